/**
 * The demo page's controls (demo/demo.js) in headless Chromium, served by the
 * receiver under its own strict CSP, in a browser whose own zone is not the series':
 * the language switch changes the whole page in place, the date control and its
 * presets set `now` on the series in Japan time, and the status line and the
 * shareable URL follow.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// @ts-expect-error -- a plain ES module without types
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { createReceiver } from '../../src/server/receiver.js';
import { ApplicationStore } from '../../src/server/store.js';
import type { Feed } from '../../src/feed/schema.js';

const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));

describe('demo page in a browser', { skip: chromium ? false : 'no Chromium (see scripts/chromium.mjs)' }, () => {
  let server: Server;
  let base: string;
  let browser: Browser;
  const problems: string[] = [];

  before(async () => {
    const feedText = readFileSync('feeds/tokyo-2025.json', 'utf8');
    const store = new ApplicationStore(join(mkdtempSync(join(tmpdir(), 'seminar-demo-')), 'applications.db'));
    const handle = createReceiver({
      feed: JSON.parse(feedText) as Feed,
      feedText,
      store,
      allowOrigins: [],
      demoDir: 'demo',
      distDir: 'dist',
      now: () => Date.parse('2025-12-10T10:00:00+09:00'),
    });
    // The receiver's own headers: the page must work under the CSP it sends.
    server = createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      args: [...CHROMIUM_ARGS, '--lang=en-US'],
      env: { ...process.env, TZ: 'America/Los_Angeles' },
    });
  });
  after(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  async function open(query: string): Promise<Page> {
    const page = await browser.newPage();
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) problems.push(m.text());
    });
    await page.goto(`${base}/${query}`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.querySelector('#demo seminar-series')?.hasAttribute('now'));
    return page;
  }

  const state = (page: Page) =>
    page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      chrome: [...document.querySelectorAll('body [data-t]')].map((e) => e.textContent).join(' '),
      labels: [...document.querySelectorAll('[data-t-label]')].map((e) => e.getAttribute('aria-label')).join(' '),
      presets: [...document.querySelectorAll('select[name=preset] option')].map((o) => o.textContent).join(' '),
      status: document.querySelector('#status')!.textContent,
      now: document.querySelector('#demo seminar-series')!.getAttribute('now'),
      input: (document.querySelector('input[name=now]') as HTMLInputElement).value,
      preset: (document.querySelector('select[name=preset]') as HTMLSelectElement).value,
      search: location.search,
    }));

  test('the language switch turns the whole page Japanese in place, and back', async () => {
    const page = await open('?lang=en');
    let s = await state(page);
    assert.equal(s.lang, 'en');
    assert.equal(s.status, 'Showing the page as of Wed, 10 Dec 2025, 10:00 (Japan time)');
    assert.equal(s.now, '2025-12-10T10:00:00+09:00');
    await page.select('select[name=lang]', 'ja');
    s = await state(page);
    assert.equal(s.lang, 'ja');
    assert.equal(s.title, 'セミナー・イベント｜〇〇業界団体（サンプル）');
    assert.ok(s.chrome.includes('プレビュー用の操作（掲載ページの一部ではありません）'));
    assert.doesNotMatch(`${s.chrome} ${s.labels} ${s.presets} ${s.status}`, /[A-Za-z]{2,}/);
    assert.equal(s.status, '2025年12月10日(水) 10:00（日本時間）時点の表示');
    assert.equal(new URLSearchParams(s.search).get('lang'), 'ja');
    await page.select('select[name=lang]', 'en');
    s = await state(page);
    assert.doesNotMatch(`${s.chrome} ${s.labels} ${s.presets} ${s.status}`, /[\u3000-\u30ff\u4e00-\u9fff]/);
    await page.close();
  });

  test('a preset sets `now` in Japan time though the browser is in Los Angeles; the URL can be shared', async () => {
    const page = await open('?lang=ja');
    await page.select('select[name=preset]', '2025-07-31T14:30:00+09:00');
    let s = await state(page);
    assert.equal(s.now, '2025-07-31T14:30:00+09:00');
    assert.equal(s.input, '2025-07-31T14:30');
    assert.equal(s.status, '2025年7月31日(木) 14:30（日本時間）時点の表示');
    assert.equal(new URLSearchParams(s.search).get('now'), '2025-07-31T14:30:00+09:00');
    // The shared address opens at the same moment, with the preset named.
    const shared = await open(s.search);
    s = await state(shared);
    assert.equal(s.now, '2025-07-31T14:30:00+09:00');
    assert.equal(s.preset, '2025-07-31T14:30:00+09:00');
    assert.equal(s.status, '2025年7月31日(木) 14:30（日本時間）時点の表示');
    await shared.close();
    await page.close();
  });

  test('a time typed in the date control is Japan time, and the list says it is one of your own', async () => {
    const page = await open('?lang=en');
    await page.$eval('input[name=now]', (input) => {
      (input as HTMLInputElement).value = '2025-12-31T23:45';
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const s = await state(page);
    assert.equal(s.now, '2025-12-31T23:45:00+09:00');
    assert.equal(s.status, 'Showing the page as of Wed, 31 Dec 2025, 23:45 (Japan time)');
    assert.equal(s.preset, '');
    assert.ok(s.presets.includes('A time you chose'));
    await page.close();
  });

  test('the receiver sends a strict CSP with the page, and nothing was refused by it and no script failed', async () => {
    const csp = (await fetch(`${base}/`)).headers.get('content-security-policy') ?? '';
    for (const rule of ["script-src 'self'", "style-src 'self'", "connect-src 'self'", "object-src 'none'", "frame-ancestors 'none'"]) assert.ok(csp.includes(rule), rule);
    assert.deepEqual(problems, []);
  });
});
