// npm run bench:editor — the feed editor in headless Chromium (not part of the test command):
//
//  1. Time from a keystroke in a session title to the form answering (validated, problems
//     shown, painted), and to the preview (the real <seminar-series>) showing it, painted:
//     medians of 9, for the default feed and a 500-session feed.
//  2. The editor entry's size (dist/editor/, gzip): the entry alone and with every chunk.
//
// Run `npm run build` first (it builds dist/editor/).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { feedOf } from './bench-feed.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
if (!existsSync('dist/editor/editor.js')) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}

function startEditor(file) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', 'edit', file, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
  });
}

const WALK = `(function walk(node) {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeType === 3) out += child.textContent;
    else if (child.nodeType === 1) out += (child.shadowRoot ? walk(child.shadowRoot) : '') + walk(child);
  }
  return out;
})`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(browser, feed, name) {
  const dir = mkdtempSync(join(tmpdir(), 'seminar-editor-bench-'));
  const file = join(dir, 'feed.json');
  writeFileSync(file, JSON.stringify(feed, null, 2));
  const { child, url } = await startEditor(file);
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.querySelector('.frame-page seminar-series')?.getAttribute('state') === 'ready', { timeout: 60_000 });
    await page.evaluate(() => document.querySelector('#item-sessions\\:0 summary').click());
    await page.waitForFunction(() => document.getElementById('sessions[0].title.en'));
    const formTimes = [];
    for (let i = 0; i < RUNS; i++) {
      formTimes.push(
        await page.evaluate(`(async () => {
          const app = document.querySelector('seminar-editor-app');
          const input = document.getElementById('sessions[0].title.en');
          const start = performance.now();
          input.value += 'f${i}';
          input.dispatchEvent(new InputEvent('input', { bubbles: true }));
          await app.updateComplete;
          await new Promise((r) => requestAnimationFrame(r));
          return performance.now() - start;
        })()`),
      );
      await new Promise((r) => setTimeout(r, 1500));
    }
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      times.push(
        await page.evaluate(`(async () => {
          const walk = ${WALK};
          const input = document.getElementById('sessions[0].title.en');
          const preview = document.querySelector('.frame-page');
          const start = performance.now();
          input.value += 'x${i}';
          input.dispatchEvent(new InputEvent('input', { bubbles: true }));
          while (!walk(preview).includes(input.value)) await new Promise((r) => setTimeout(r, 0));
          await new Promise((r) => requestAnimationFrame(r));
          return performance.now() - start;
        })()`),
      );
    }
    console.log(`keystroke to the form's answer (field and summary checked), ${name}: median ${median(formTimes).toFixed(1)} ms`);
    console.log(`keystroke to preview, ${name}: median ${median(times).toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, ${RUNS} runs)`);
  } finally {
    await page.close();
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  await measure(browser, JSON.parse(readFileSync('feeds/tokyo-2025.json', 'utf8')), 'default feed (5 sessions)');
  await measure(browser, feedOf(500), '500 sessions');
} finally {
  await browser.close();
}

const gz = (file) => gzipSync(readFileSync(file)).length;
const entry = gz('dist/editor/editor.js');
const chunks = readdirSync('dist/editor/chunks').reduce((sum, f) => sum + gz(join('dist/editor/chunks', f)), 0);
console.log(`editor entry: ${(entry / 1024).toFixed(2)} KiB gzip; with every chunk it can load: ${((entry + chunks) / 1024).toFixed(2)} KiB gzip`);
