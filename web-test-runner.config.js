// Tests run in real headless Chromium: Debian's /usr/bin/chromium, or CHROME_PATH.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const executablePath = candidates.find((p) => p && existsSync(p));
if (!executablePath) {
  console.error(
    '\nNo Chromium found for the browser tests.\n' +
      'Install one:   sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or point CHROME_PATH at a Chrome or Chromium binary:   CHROME_PATH=/path/to/chrome npm test\n',
  );
  process.exit(1);
}

/** The browser runs in another zone than the series, so tests prove times are the series'. */
export const BROWSER_TIME_ZONE = 'America/Los_Angeles';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: focus, keyboard and animation frames belong to the visible tab only.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [
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
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
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
