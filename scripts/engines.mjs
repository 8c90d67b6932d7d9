// The three browser engines the tests run in, and what each needs on this machine:
//   Chromium  Debian's /usr/bin/chromium (or CHROME_PATH), driven by puppeteer-core over CDP
//   Firefox   Debian's firefox-esr (or FIREFOX_PATH), driven by puppeteer-core over WebDriver BiDi
//   WebKit    Debian's webkit2gtk-driver: WebKitWebDriver driving WebKitGTK's MiniBrowser,
//             which needs an X display: an Xvfb started here
// TEST_ENGINES=chromium,firefox picks some of them (all three by default).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { findChromium } from './chromium.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines asked for with TEST_ENGINES (comma-separated), all three by default. */
export function selectedEngines() {
  const asked = (process.env.TEST_ENGINES ?? '').split(',').map((e) => e.trim().toLowerCase()).filter(Boolean);
  if (asked.length === 0) return ENGINES;
  const unknown = asked.filter((e) => !ENGINES.includes(e));
  if (unknown.length) {
    console.error(`\nUnknown TEST_ENGINES ${unknown.join(', ')}: use ${ENGINES.join(', ')}.\n`);
    process.exit(1);
  }
  return ENGINES.filter((e) => asked.includes(e));
}

const INSTALL = 'sudo apt-get update && sudo apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb fonts-noto-cjk';

function missing(what, hint) {
  console.error(`\nNo ${what} found for the browser tests.\n${hint}\nInstall every engine:   ${INSTALL}\n` +
    `or run fewer engines:   TEST_ENGINES=chromium npm test\n`);
  process.exit(1);
}

export function findFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p) => p && existsSync(p));
  return found ?? missing('Firefox', 'Point FIREFOX_PATH at a Firefox binary, or install Debian\'s firefox-esr.');
}

export const WEBKIT_MINIBROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
];

export function findWebKit() {
  const driver = [process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver'].find((p) => p && existsSync(p));
  if (!driver) missing('WebKitWebDriver', 'It comes with Debian\'s webkit2gtk-driver (WEBKIT_DRIVER_PATH points at another).');
  const browser = [process.env.WEBKIT_BROWSER_PATH, ...WEBKIT_MINIBROWSER_CANDIDATES].find((p) => p && existsSync(p));
  if (!browser) missing('WebKitGTK MiniBrowser', 'It comes with Debian\'s webkit2gtk-driver (WEBKIT_BROWSER_PATH points at another).');
  const xvfb = [process.env.XVFB_PATH, '/usr/bin/Xvfb'].find((p) => p && existsSync(p));
  if (!xvfb) missing('Xvfb', 'WebKit runs in a virtual X display: Debian\'s xvfb.');
  return { driver, browser, xvfb };
}

/** Finds every selected engine, or stops with how to install what is missing. */
export function findEngines(engines = selectedEngines()) {
  const found = {};
  if (engines.includes('chromium')) found.chromium = findChromium();
  if (engines.includes('firefox')) found.firefox = findFirefox();
  if (engines.includes('webkit')) found.webkit = findWebKit();
  return found;
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check, what, timeout = 20_000) {
  const until = Date.now() + timeout;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > until) throw new Error(`${what} did not start within ${timeout / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts a virtual X display and WebKitWebDriver on a free loopback port, both in `timeZone`.
 * Returns the driver's address and a stop() that ends both (also called when this process exits).
 */
export async function startWebKitDriver({ timeZone, width = 1920, height = 1200 } = {}) {
  const { driver, xvfb } = findWebKit();
  const children = [];
  const stop = () => {
    for (const child of children.reverse()) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    children.length = 0;
  };
  process.once('exit', stop);

  // -displayfd: Xvfb picks a free display itself and writes its number to stdout.
  const x = spawn(xvfb, ['-displayfd', '1', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  children.push(x);
  const display = await new Promise((resolve, reject) => {
    let out = '';
    x.stdout.on('data', (d) => {
      out += d;
      const m = /^(\d+)\s*$/m.exec(out);
      if (m) resolve(`:${m[1]}`);
    });
    x.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before giving its display`)));
  });

  const port = await freePort();
  const wd = spawn(driver, ['--host=127.0.0.1', `--port=${port}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      DISPLAY: display,
      TZ: timeZone ?? process.env.TZ ?? '',
      WAYLAND_DISPLAY: '',
    },
  });
  children.push(wd);
  let log = '';
  wd.stderr.on('data', (d) => { log = (log + d).slice(-4000); });
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok, `WebKitWebDriver on port ${port}${log ? `:\n${log}` : ''}`);
  return { hostname: '127.0.0.1', port, display, stop };
}
