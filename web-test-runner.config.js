// Tests run in three real engines, each in the browser Debian ships (scripts/engines.mjs):
// Chromium (/usr/bin/chromium or CHROME_PATH) and Firefox (firefox-esr, WebDriver BiDi)
// through puppeteer-core, WebKit (WebKitGTK's MiniBrowser) through WebKitWebDriver under an
// Xvfb started here. TEST_ENGINES=chromium,firefox runs some of them.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import * as puppeteerCore from 'puppeteer-core';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { findEngines, selectedEngines, startWebKitDriver } from './scripts/engines.mjs';
import { receiverPlugin } from './test/e2e/receiver-plugin.js';
import { networkPlugin } from './test/network-plugin.js';
import { enginePlugin } from './test/engine-plugin.js';
import { faults } from './test/faults-plugin.js';
import { bundledPlugin } from './test/bundled-plugin.js';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const feedHost = faults();

/** The browser runs in another zone than the series, so tests prove times are the series'. */
export const BROWSER_TIME_ZONE = 'America/Los_Angeles';

const engines = selectedEngines();
const found = findEngines(engines);

function chromium() {
  return chromeLauncher({
    launchOptions: {
      executablePath: found.chromium,
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
  });
}

function firefox() {
  // The same launcher as @web/test-runner-puppeteer's, with puppeteer-core instead of
  // puppeteer (whose install downloads a browser): Firefox speaks WebDriver BiDi to it.
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: found.firefox,
      headless: true,
      env: { ...process.env, TZ: BROWSER_TIME_ZONE },
      extraPrefsFirefox: {
        'intl.locale.requested': 'en-US',
        'intl.accept_languages': 'en-US, en',
        // Test files run one after the other in one tab, but keep timers unthrottled as Chromium's are.
        'dom.min_background_timeout_value': 4,
        'dom.timeout.enable_budget_timer_throttling': false,
      },
    },
  });
}

async function webkit() {
  const driver = await startWebKitDriver({ timeZone: BROWSER_TIME_ZONE });
  const launcher = webdriverLauncher({
    hostname: driver.hostname,
    port: driver.port,
    logLevel: 'error',
    capabilities: {
      // No browserName: WebKitWebDriver starts the binary named here.
      'webkitgtk:browserOptions': { binary: found.webkit.browser, args: ['--automation'] },
      // WebKitWebDriver speaks classic WebDriver; no BiDi session.
      'wdio:enforceWebDriverClassic': true,
    },
  });
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize(...args);
    launcher.name = 'WebKit';
  };
  const stop = launcher.stop.bind(launcher);
  launcher.stop = async () => {
    await stop();
    driver.stop();
  };
  return launcher;
}

/** The folder of an engine's baselines, from the launcher's name. */
const engineDir = (browser) => ({ Chrome: 'chromium', Chromium: 'chromium', Firefox: 'firefox', WebKit: 'webkit' })[browser] ?? browser.toLowerCase();

/** Notes when an engine started its first test file and finished its last, and says so at the end. */
function timed(launcher) {
  let first;
  let last;
  const { startSession, stopSession } = launcher;
  launcher.startSession = function (...args) {
    first ??= Date.now();
    return startSession.apply(this, args);
  };
  launcher.stopSession = async function (...args) {
    const result = await stopSession.apply(this, args);
    last = Date.now();
    return result;
  };
  process.once('exit', () => {
    if (first && last) console.log(`${launcher.name}: its test files took ${((last - first) / 1000).toFixed(1)} s`);
  });
  return launcher;
}

const browsers = [];
if (engines.includes('chromium')) browsers.push(timed(chromium()));
if (engines.includes('firefox')) browsers.push(timed(firefox()));
if (engines.includes('webkit')) browsers.push(timed(await webkit()));

export default {
  // test/server/ and test/scripts/ hold Node tests (npm run test:node).
  files: ['test/**/*.test.ts', '!test/server/**', '!test/scripts/**'],
  nodeResolve: true,
  // One page at a time in each engine: focus, keyboard and animation frames belong to the visible tab only.
  concurrency: 1,
  // The engines run one after the other (measured: see the README's Supported browsers).
  concurrentBrowsers: Number(process.env.TEST_CONCURRENT_ENGINES ?? 1),
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  middleware: [feedHost.middleware],
  plugins: [
    receiverPlugin(),
    networkPlugin(),
    enginePlugin(),
    // test/visual/: pictures compared with each engine's own baselines. Per pixel, a colour
    // distance under 0.1 (pixelmatch's threshold, anti-aliased pixels ignored) is the same
    // pixel; a picture may then differ in at most 0.2 % of its pixels, and never in size.
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/visual',
      diffOptions: { threshold: 0.1 },
      failureThreshold: 0.2,
      failureThresholdType: 'percent',
      getBaselineName: ({ browser, name }) => join('baselines', engineDir(browser), name),
      getFailedName: ({ browser, name }) => join('..', '..', '.screenshots', 'visual', engineDir(browser), name),
      getDiffName: ({ browser, name }) => join('..', '..', '.screenshots', 'visual', engineDir(browser), `${name}-diff`),
    }),
    feedHost.plugin,
    bundledPlugin(),
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
  browsers,
};
