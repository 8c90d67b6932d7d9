import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { Feed, LIMITS, Text, Title, textJsonSchema } from './src/feed/schema.js';
// @ts-expect-error -- a plain ES module without types, shared with web-test-runner.config.js
import { templateEdits } from './scripts/minify-templates.mjs';

/** Emits the JSON Schema of the feed (from the one zod schema) and the default feed. */
function feedAssets(): Plugin {
  return {
    name: 'seminar-feed-assets',
    apply: 'build',
    generateBundle() {
      const schema = z.toJSONSchema(Feed, {
        io: 'input',
        target: 'draft-2020-12',
        unrepresentable: 'any',
        // Text is one zod check with our own messages: its JSON Schema is written out.
        override: ({ zodSchema, jsonSchema }) => {
          const max = zodSchema === Text ? LIMITS.text : zodSchema === Title ? LIMITS.title : undefined;
          if (max !== undefined) Object.assign(jsonSchema, textJsonSchema(max));
        },
      });
      this.emitFile({
        type: 'asset',
        fileName: 'feed.schema.json',
        source: JSON.stringify({ ...schema, title: 'Seminar feed, version 1', $id: 'feed.schema.json' }, null, 2) + '\n',
      });
      // The bundle carries no licence comments; the licences of what it bundles are here.
      const bundled = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context', 'zod'];
      this.emitFile({
        type: 'asset',
        fileName: 'THIRD-PARTY-LICENSES.txt',
        source: bundled
          .map((name) => `${name}\n${'='.repeat(name.length)}\n\n${readFileSync(`node_modules/${name}/LICENSE`, 'utf8').trim()}\n`)
          .join('\n\n'),
      });
      this.emitFile({
        type: 'asset',
        fileName: 'feeds/tokyo-2025.json',
        source: readFileSync('feeds/tokyo-2025.json', 'utf8'),
      });
    },
  };
}

type Edit = [start: number, end: number, text: string];

/** Minifies the text of our html`` and css`` templates (scripts/minify-templates.mjs), with a source map of the edits. */
function minifyTemplatesPlugin(): Plugin {
  return {
    name: 'seminar-minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts')) return null;
      const edits: Edit[] = templateEdits(code, id);
      return edits.length === 0 ? null : applyEdits(code, edits, id);
    },
  };
}

const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(value: number): string {
  let n = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    const digit = n & 31;
    n >>>= 5;
    out += VLQ[n > 0 ? digit | 32 : digit];
  } while (n > 0);
  return out;
}

/**
 * The edited code and its source map: each output line, and the text after each edit,
 * maps to where it came from; an edit's own (white-space) text maps to its start.
 */
function applyEdits(code: string, edits: Edit[], id: string): { code: string; map: { version: 3; sources: string[]; names: string[]; mappings: string } } {
  const lines: number[][][] = [[]]; // per output line: [outColumn, inLine, inColumn]
  let outColumn = 0;
  let inLine = 0;
  let inColumn = 0;
  const mark = () => lines[lines.length - 1].push([outColumn, inLine, inColumn]);
  const emit = (text: string, advanceInput: boolean) => {
    let word = false;
    for (const ch of text) {
      // Copied code maps token by token (each word and each other character), so columns stay exact.
      const isWord = /[\w$]/.test(ch);
      if (advanceInput && !(isWord && word)) mark();
      word = isWord;
      if (ch === '\n') {
        lines.push([]);
        outColumn = 0;
        if (advanceInput) {
          inLine++;
          inColumn = 0;
        }
        mark();
      } else {
        outColumn += ch.length;
        if (advanceInput) inColumn += ch.length;
      }
    }
  };
  const skip = (text: string) => {
    for (const ch of text) {
      if (ch === '\n') {
        inLine++;
        inColumn = 0;
      } else inColumn += ch.length;
    }
  };
  let out = '';
  let last = 0;
  mark();
  for (const [start, end, text] of edits) {
    emit(code.slice(last, start), true);
    mark();
    emit(text, false);
    skip(code.slice(start, end));
    mark();
    out += code.slice(last, start) + text;
    last = end;
  }
  emit(code.slice(last), true);
  out += code.slice(last);
  // Relative encoding: columns restart per line, source positions run on.
  let previousLine = 0;
  let previousColumn = 0;
  const mappings = lines
    .map((segments) => {
      let previousOut = 0;
      return segments
        .map(([o, l, c]) => {
          const segment = vlq(o - previousOut) + vlq(0) + vlq(l - previousLine) + vlq(c - previousColumn);
          previousOut = o;
          previousLine = l;
          previousColumn = c;
          return segment;
        })
        .join(',');
    })
    .join(';');
  return { code: out, map: { version: 3, sources: [id], names: [], mappings } };
}

export default defineConfig({
  plugins: [feedAssets(), minifyTemplatesPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json feeds scripts/size.mjs; package.json's `files` leaves it out of the package.
    manifest: true,
    target: 'es2022',
    // Maps beside every file (`*.js.map`) without a `sourceMappingURL` comment in the bundle,
    // whose bytes the size budgets count: load them in the browser's developer tools or an error tracker.
    sourcemap: 'hidden',
    lib: {
      entry: { 'seminar-widgets': 'src/loader/seminar-widgets.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      // Reading a property has no side effects in our code (no forced layout reads such as
      // `el.offsetHeight;`): the minifier may then fold a value read once into its one use.
      treeshake: { propertyReadSideEffects: false },
      output: {
        minify: true,
        // The script-tag bundle is final: no later bundler reads its `@__PURE__` annotations.
        comments: { legal: false, annotation: false, jsdoc: false },
        // Words are named by their language (`chunks/ja-list-….js`), so a page's requests say which it loaded.
        chunkFileNames: (chunk) => {
          const lang = /messages[\\/](en|ja)[\\/]/.exec(chunk.facadeModuleId ?? '')?.[1];
          return `chunks/${lang ? `${lang}-` : ''}[name]-[hash].js`;
        },
        codeSplitting: {
          // A group takes only the modules it names, not what they import.
          includeDependenciesRecursively: false,
          groups: [
            // What the entry imports stays in the entry: a session list page loads one file and its words.
            { name: 'seminar-widgets', tags: ['$initial'] },
            // What the details, the form, the recording and <seminar-feed> share (the contact
            // block, the session base class, the feed provider): one small chunk, so that a form
            // alone does not load the details.
            { name: 'common', test: /(elements[\\/]feed[\\/]seminar-feed|shared[\\/](contact|session-element)|feed[\\/]video|controllers[\\/](feed-provider|status-clock)|@lit[\\/]context[\\/]lib[\\/](controllers[\\/]context-provider|value-notifier))\.(ts|js)$/ },
          ],
        },
      },
    },
  },
});
