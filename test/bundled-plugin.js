// Serves, as one browser module each, packages that carry CommonJS inside and so cannot be
// loaded module by module in the test browsers: `storybook/test` (the stories' `play`
// functions use its expect, fn and userEvent; test/stories/play.test.ts runs them) and `msw`
// (the form stories' answers).
import { build } from 'esbuild';

const BUNDLED = { 'storybook/test': '/__bundled__/storybook-test.js', msw: '/__bundled__/msw.js' };

export function bundledPlugin() {
  const bundles = new Map();
  return {
    name: 'seminar-bundled-packages',
    resolveImport({ source }) {
      return BUNDLED[source];
    },
    async serve(context) {
      const name = Object.keys(BUNDLED).find((key) => BUNDLED[key] === context.path);
      if (!name) return undefined;
      if (!bundles.has(name)) {
        bundles.set(
          name,
          build({
            stdin: { contents: `export * from '${name}';`, resolveDir: process.cwd() },
            bundle: true,
            format: 'esm',
            platform: 'browser',
            target: 'es2022',
            write: false,
            logLevel: 'silent',
            define: { 'process.env.NODE_ENV': '"production"' },
          }).then((result) => result.outputFiles[0].text),
        );
      }
      return { body: await bundles.get(name), type: 'js' };
    },
  };
}
