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
import { PNG } from 'pngjs';
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
  launcher.takeScreenshot = (_sessionId, locator) => webkitElementScreenshot(launcher.driver, locator);
  const stop = launcher.stop.bind(launcher);
  launcher.stop = async () => {
    await stop();
    driver.stop();
  };
  return launcher;
}

/**
 * An element's picture in WebKit, cut from a screenshot of the whole window. WebKitGTK's
 * element screenshots (WebDriver "Take Element Screenshot") under Xvfb come back with a band
 * of black wherever the element is (measured: the top 148 px of a list at the top of the page,
 * everything below 430 px of one lower down), while its window screenshots are right. The
 * window is made as wide and as tall as the element needs from the top of the page, shot,
 * and put back.
 */
async function webkitElementScreenshot(driver, locator) {
  const element = await driver.execute(locator, []);
  const box = () => driver.execute((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height, ratio: devicePixelRatio, inner: innerHeight, innerWidth };
  }, element);
  const frames = () => driver.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const size = await driver.getWindowSize();
  await driver.execute(() => scrollTo(0, 0));
  let rect = await box();
  // Only as wide as the element needs (the widgets have no width media queries: their layout
  // follows their own width), which makes a tall series' picture a third of the pixels.
  const wide = Math.max(Math.ceil(rect.x + rect.width) + 1, 480);
  const tall = Math.ceil(rect.y + rect.height) + 1;
  await driver.setWindowSize(size.width + wide - rect.innerWidth, size.height + Math.max(0, tall - rect.inner));
  await frames();
  rect = await box();
  const shot = PNG.sync.read(Buffer.from(await driver.takeScreenshot(), 'base64'));
  await driver.setWindowSize(size.width, size.height);
  const [x, y, width, height] = [rect.x, rect.y, rect.width, rect.height].map((v) => Math.round(v * rect.ratio));
  const out = new PNG({ width, height });
  PNG.bitblt(shot, out, x, y, Math.min(width, shot.width - x), Math.min(height, shot.height - y), 0, 0);
  return PNG.sync.write(out);
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
  // test/server/, test/scripts/ and test/render/ hold Node tests (npm run test:node).
  files: ['test/**/*.test.ts', '!test/server/**', '!test/scripts/**', '!test/render/**'],
  nodeResolve: true,
  // One page at a time in each engine: focus, keyboard and animation frames belong to the visible tab only.
  concurrency: 1,
  // The engines run one after the other (measured: see the README's Supported browsers).
  concurrentBrowsers: Number(process.env.TEST_CONCURRENT_ENGINES ?? 1),
  testFramework: { config: { timeout: 10000 } },
  // A test file's limit: the 64 screenshots of test/visual/ take ~75 s in WebKit on two cores
  // (a picture of the window, cut; see webkitElementScreenshot) and more on a busy machine.
  testsFinishTimeout: 300000,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  middleware: [
    feedHost.middleware,
    // The stories' drawn pictures, where Storybook serves them (staticDirs in .storybook/main.ts).
    (context, next) => {
      if (context.url.startsWith('/story-assets/')) context.url = context.url.replace('/story-assets/', '/stories/assets/');
      return next();
    },
  ],
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
