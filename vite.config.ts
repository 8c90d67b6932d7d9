import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { minify } from 'terser';
import * as z from 'zod/mini';
import { Feed, jsonSchemaOf } from './src/feed/schema.js';
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
        override: ({ zodSchema, jsonSchema }) => {
          const own = jsonSchemaOf.get(zodSchema);
          if (!own) return;
          for (const key of Object.keys(jsonSchema)) delete (jsonSchema as Record<string, unknown>)[key];
          Object.assign(jsonSchema, own);
        },
      });
      this.emitFile({
        type: 'asset',
        fileName: 'feed.schema.json',
        source: JSON.stringify({ ...schema, title: 'Seminar feed, version 1', $id: 'feed.schema.json' }, null, 2) + '\n',
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

/**
 * Drops `/* @__PURE__ *\/` annotations from the final chunks: they only guide a
 * later bundler, and the script-tag bundle is final (about 0.2 KB gzip).
 */
function stripPureAnnotations(): Plugin {
  return {
    name: 'seminar-strip-pure-annotations',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const code = chunk.code;
        // Keep a space where the comment separated two words (`return/* … */ f()`).
        chunk.code = code.replace(/\/\* ?[@#]__PURE__ ?\*\/ ?/g, (match, at: number) =>
          /[\w$]/.test(code[at - 1] ?? '') && /[\w$]/.test(code[at + match.length] ?? '') ? ' ' : '',
        );
      }
    },
  };
}

/**
 * A second pass over the final chunks with terser, after Rolldown's own minifier:
 * it folds and mangles a little further (about 0.4 KiB gzip over all chunks).
 */
const TERSER = { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } } as const;

function terserPass(): Plugin {
  return {
    name: 'seminar-terser-pass',
    apply: 'build',
    async renderChunk(code) {
      const out = await minify(code, TERSER);
      return out.code === undefined ? null : { code: out.code, map: null };
    },
  };
}

export default defineConfig({
  plugins: [feedAssets(), minifyTemplatesPlugin(), terserPass(), stripPureAnnotations()],
  // The script-tag bundle never generates the JSON Schema: schema.ts leaves its parts out.
  define: { SEMINAR_BROWSER_BUNDLE: 'true' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    lib: {
      entry: { 'seminar-widgets': 'src/seminar-widgets.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: {
          // A group takes only the modules it names, not what they import.
          includeDependenciesRecursively: false,
          groups: [
            // What the entry imports stays in the entry: a session list page loads one file and its words.
            { name: 'seminar-widgets', tags: ['$initial'] },
            // The contact block, shared by the details, the form and the recording: its own small
            // chunk, so that a form alone does not load the details.
            { name: 'common', test: /shared[\\/]contact\.ts$/ },
          ],
        },
      },
    },
  },
});
