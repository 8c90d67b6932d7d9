import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { Feed, LIMITS, Text, Title, textJsonSchema } from './src/feed/schema.js';
// @ts-expect-error -- a plain ES module without types, shared with web-test-runner.config.js
import { minifyTemplates } from './scripts/minify-templates.mjs';

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

/** Minifies the text of our html`` and css`` templates (scripts/minify-templates.mjs). */
function minifyTemplatesPlugin(): Plugin {
  return {
    name: 'seminar-minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts')) return null;
      const out = minifyTemplates(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}

export default defineConfig({
  plugins: [feedAssets(), minifyTemplatesPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
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
