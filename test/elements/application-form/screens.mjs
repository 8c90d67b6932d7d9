// Screenshots of the form in each state at 375 and 1280 px, en and ja, light and dark.
//   npx vite --port 5287 &   node test/elements/application-form/screens.mjs [BASE] [OUTDIR] [state,…]
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';

const [base = 'http://localhost:5287', outDir = '.screenshots/form', only] = process.argv.slice(2);
const states = only ? only.split(',') : ['empty', 'errors', 'success', 'waitlisted', 'duplicate', 'full', 'not-accepting'];
mkdirSync(outDir, { recursive: true });
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  for (const state of states) {
    for (const width of [375, 1280]) {
      for (const scheme of ['light', 'dark']) {
        for (const lang of ['en', 'ja']) {
          const page = await browser.newPage();
          await page.setViewport({ width, height: 800 });
          await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
          await page.goto(`${base}/test/elements/application-form/screens.html?lang=${lang}&state=${state}`, { waitUntil: 'networkidle0' });
          await page.waitForSelector('body[data-ready]', { timeout: 10000 });
          const file = `${outDir}/${state}-${width}-${scheme}-${lang}.png`;
          await page.screenshot({ path: file, fullPage: true });
          console.log(file);
          await page.close();
        }
      }
    }
  }
} finally {
  await browser.close();
}
