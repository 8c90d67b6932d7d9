import { defineConfig, type Plugin } from 'vite';
// @ts-expect-error -- a plain ES module without types, shared with web-test-runner.config.js
import { minifyTemplates } from './scripts/minify-templates.mjs';

/**
 * The feed editor's page script (`seminar-widgets edit`), a build of its own into
 * dist/editor/: the script-tag bundle (vite.config.ts) never loads it, so the
 * visitors' size budgets do not see it. Runs after the main build, which empties dist/.
 */
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
  plugins: [minifyTemplatesPlugin()],
  build: {
    outDir: 'dist/editor',
    emptyOutDir: true,
    target: 'es2022',
    lib: {
      entry: { editor: 'src/editor/editor.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        minify: true,
        comments: { legal: false, annotation: false, jsdoc: false },
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
