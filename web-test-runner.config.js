// Tests run in real headless Chromium: Debian's /usr/bin/chromium, or CHROME_PATH.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { receiverPlugin } from './test/e2e/receiver-plugin.js';
import { networkPlugin } from './test/network-plugin.js';
import { faults } from './test/faults-plugin.js';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const feedHost = faults();

const executablePath = findChromium();

/** The browser runs in another zone than the series, so tests prove times are the series'. */
export const BROWSER_TIME_ZONE = 'America/Los_Angeles';

export default {
  // test/server/ and test/scripts/ hold Node tests (npm run test:node).
  files: ['test/**/*.test.ts', '!test/server/**', '!test/scripts/**'],
  nodeResolve: true,
  // One page at a time: focus, keyboard and animation frames belong to the visible tab only.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  middleware: [feedHost.middleware],
  plugins: [
    receiverPlugin(),
    networkPlugin(),
    feedHost.plugin,
    // The templates are minified as the build does it, so the tests check what ships.
    {
      name: 'seminar-minify-templates',
      transform(context) {
        if (!context.path.startsWith('/src/') || !context.path.endsWith('.ts')) return undefined;
        const body = minifyTemplates(String(context.body), context.path);
        return body === null ? undefined : { body };
      },
    },
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        env: { ...process.env, TZ: BROWSER_TIME_ZONE },
        args: [
          ...CHROMIUM_ARGS,
          '--lang=en-US',
          // Test files run side by side in tabs; background tabs must not be throttled.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
