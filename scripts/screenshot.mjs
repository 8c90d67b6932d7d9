// Screenshots of a page at phone and desktop widths, light and dark, en and ja.
//   node scripts/screenshot.mjs URL OUTDIR [--full]
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const [url = 'http://localhost:5173/', outDir = '.screenshots', ...flags] = process.argv.slice(2);
const full = flags.includes('--full');
mkdirSync(outDir, { recursive: true });
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark']) {
      for (const lang of ['en', 'ja']) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 900 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        const target = new URL(url);
        target.searchParams.set('lang', lang);
        await page.goto(target.href, { waitUntil: 'networkidle0' });
        await page.waitForFunction(() => !document.querySelector('[state="loading"]'), { timeout: 10000 }).catch(() => {});
        const file = `${outDir}/${width}-${scheme}-${lang}.png`;
        await page.screenshot({ path: file, fullPage: full });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
}
