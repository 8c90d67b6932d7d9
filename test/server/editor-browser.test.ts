/**
 * `seminar-widgets edit` end to end: the command runs on a temporary copy of the default
 * feed, and headless Chromium drives the editor page as the office would. The preview
 * is the real widgets; problems show at their field and in the summary; saving keeps a
 * backup and refuses when the file changed on disk; unsaved work survives a reload;
 * rows pasted from a spreadsheet become sessions; axe finds nothing in any of those
 * states; and nothing is answered without the run's token.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// @ts-expect-error -- a plain ES module without types
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { validateFeed } from '../../src/feed/validate.js';

const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** Starts the command; resolves with the address it prints. */
function startEditor(file: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', 'edit', file, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`edit exited with ${code}: ${out}`)));
  });
}

function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/**
 * The text of a node and of every shadow root under it, as a visitor reads it. A string,
 * run in the page: functions compiled here would carry tsx's helpers along.
 */
const WALK = `(function walk(node) {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeType === 3) out += child.textContent;
    else if (child.nodeType === 1) out += (child.shadowRoot ? walk(child.shadowRoot) : '') + walk(child);
  }
  return out;
})`;

const deepText = (page: Page, selector: string) =>
  page.evaluate(`(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    return el ? (el.shadowRoot ? ${WALK}(el.shadowRoot) : '') + ${WALK}(el) : '';
  })()`) as Promise<string>;

async function axe(page: Page, state: string): Promise<void> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (c: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run(document);
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  });
  assert.deepEqual(violations, [], `axe, ${state}`);
}

/** Types into a field by its id (the feed path), as keystrokes. */
async function typeInto(page: Page, id: string, text: string, clear = false): Promise<void> {
  const handle = await page.evaluateHandle((i) => document.getElementById(i), id);
  const input = handle.asElement() as import('puppeteer-core').ElementHandle<HTMLInputElement>;
  assert.ok(input, `no field ${id}`);
  if (clear) await input.evaluate((el) => ((el as HTMLInputElement).value = ''));
  await input.type(text);
}

/** Sets a date or time input and fires its change, as the browser's picker does. */
async function setValue(page: Page, id: string, value: string): Promise<void> {
  const found = await page.evaluate(
    (i, v) => {
      const input = document.getElementById(i) as HTMLInputElement | null;
      if (!input) return false;
      input.value = v;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    },
    id,
    value,
  );
  assert.ok(found, `no field ${id}`);
}

const openSession = (page: Page, index: number) =>
  page.evaluate(async (i) => {
    const details = document.getElementById(`item-sessions:${i}`) as HTMLDetailsElement;
    details.querySelector('summary')!.click();
    await new Promise((r) => setTimeout(r, 50));
  }, index);

/** Milliseconds from an input event to the preview showing the new text (and one frame painted). */
const keystrokeToPreview = (page: Page, id: string, typed: string) =>
  page.evaluate(`(async () => {
    const walk = ${WALK};
    const input = document.getElementById(${JSON.stringify(id)});
    const preview = document.querySelector('.frame-page');
    const start = performance.now();
    input.value += ${JSON.stringify(typed)};
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: ${JSON.stringify(typed)}, inputType: 'insertText' }));
    while (!walk(preview).includes(input.value)) await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - start;
  })()`) as Promise<number>;

describe('the feed editor (seminar-widgets edit)', { skip: chromium ? false : 'no Chromium (see scripts/chromium.mjs)' }, () => {
  let dir: string;
  let file: string;
  let editor: { child: ChildProcess; url: string };
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const original = readFileSync('feeds/tokyo-2025.json', 'utf8');

  before(async () => {
    assert.ok(existsSync('dist/editor/editor.js'), 'the editor is not built: run `npm run build` first');
    dir = mkdtempSync(join(tmpdir(), 'seminar-editor-'));
    file = join(dir, 'feed.json');
    copyFileSync('feeds/tokyo-2025.json', file);
    editor = await startEditor(file);
    browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: [...CHROMIUM_ARGS, '--lang=en-US'] });
    page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) problems.push(m.text());
    });
    await page.goto(editor.url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.querySelector('.frame-page seminar-series')?.getAttribute('state') === 'ready');
  });

  after(async () => {
    await browser?.close();
    editor?.child.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('nothing is answered without the token, nor for another host name', async () => {
    const base = new URL(editor.url).origin;
    const token = new URL(editor.url).searchParams.get('token')!;
    assert.equal(await raw(`${base}/`), 403);
    assert.equal(await raw(`${base}/api/draft`), 403);
    assert.equal(await raw(`${base}/editor/editor.js`), 403);
    assert.equal(await raw(`${base}/?token=wrong${token.slice(5)}`), 403);
    // A page of another site cannot add the header: the cookie alone does not save.
    const body = JSON.stringify({ feed: JSON.parse(original), version: 'x' });
    assert.equal(await raw(`${base}/api/save`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: `seminar_editor=${token}` }, body }), 403);
    // A name rebound to 127.0.0.1 by another site.
    assert.equal(await raw(`${base}/api/draft`, { headers: { Host: 'attacker.example', 'X-Editor-Token': token } }), 403);
    assert.equal(await raw(`${base}/api/draft`, { headers: { 'X-Editor-Token': token } }), 200);
    assert.equal(readFileSync(file, 'utf8'), original);
  });

  test('a changed session title shows in the preview at once', async () => {
    await axe(page, 'as loaded');
    await openSession(page, 0);
    await axe(page, 'a session open');
    await typeInto(page, 'sessions[0].title.en', ' (revised)');
    const text = await deepText(page, '.frame-page seminar-series');
    assert.ok(text.includes('Basic Knowledge of Customer Harassment and Corporate Initiatives (revised)'), 'the preview shows the new title');
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push(await keystrokeToPreview(page, 'sessions[0].title.en', String(i)));
    times.sort((a, b) => a - b);
    console.log(`# keystroke to preview, default feed: median ${times[2].toFixed(1)} ms (of ${times.map((t) => t.toFixed(0)).join(', ')})`);
    // The goal is 100 ms; the bound leaves room for a machine busy with other work.
    assert.ok(times[2] < 400, `keystroke to preview took ${times[2]} ms`);
  });

  test('an end before the start shows at the field and in the summary, which links to it', async () => {
    await setValue(page, 'sessions[0].endsAt', '13:00');
    const state = await page.evaluate(() => {
      const field = document.getElementById('sessions[0].endsAt')!.closest('.field-inline')!;
      const link = document.querySelector<HTMLAnchorElement>('#problem-summary a[href="#sessions[0].endsAt"]');
      return { atField: field.querySelector('.error-message')?.textContent?.trim(), invalid: document.getElementById('sessions[0].endsAt')!.getAttribute('aria-invalid'), link: link?.textContent, heading: document.querySelector('#problem-summary h2')?.textContent };
    });
    assert.match(state.atField ?? '', /The end must be after the start/);
    assert.equal(state.invalid, 'true');
    assert.match(state.link ?? '', /Session 1: .* › end: The end must be after the start/);
    assert.equal(await page.evaluate(() => document.querySelector('#problem-summary code')?.textContent), 'sessions[0].endsAt');
    assert.equal(state.heading, 'There is 1 problem');
    await axe(page, 'with a problem');
    // The link takes the office to the field.
    await page.evaluate(() => document.querySelector<HTMLAnchorElement>('#problem-summary a')!.click());
    await page.waitForFunction(() => document.activeElement?.id === 'sessions[0].endsAt');
    // And saving is refused while it stands.
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('#notice')?.textContent?.includes('fix the problems'));
    assert.equal(readFileSync(file, 'utf8'), original);
    await setValue(page, 'sessions[0].endsAt', '16:00');
    await page.waitForFunction(() => document.querySelector('#problem-summary')?.textContent?.includes('No problems'));
  });

  test('unsaved changes survive a reload of the page', async () => {
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.querySelector('.frame-page seminar-series')?.getAttribute('state') === 'ready');
    const text = await deepText(page, '.frame-page seminar-series');
    assert.ok(text.includes('Corporate Initiatives (revised)01234'), 'the restored draft is previewed');
    const banner = await page.evaluate(() => document.querySelector('.banner')?.textContent ?? '');
    assert.match(banner, /unsaved changes from .* were restored/);
    await axe(page, 'restored');
  });

  test('save writes a valid file, with the previous one kept as a backup', async () => {
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('#notice')?.textContent?.includes('Saved at'));
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    const result = validateFeed(saved);
    assert.ok(result.ok);
    assert.deepEqual(result.issues, []);
    assert.equal(saved.sessions[0].title.en, 'Basic Knowledge of Customer Harassment and Corporate Initiatives (revised)01234');
    assert.equal(saved.sessions[0].endsAt, '2025-07-31T16:00:00+09:00');
    const backups = readdirSync(dir).filter((f) => /^feed\.json\.\d{8}-\d{6}\.bak$/.test(f));
    assert.equal(backups.length, 1);
    assert.equal(readFileSync(join(dir, backups[0]), 'utf8'), original);
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
    const status = await page.evaluate(() => document.querySelector('.topbar .status')?.textContent);
    assert.equal(status, 'No unsaved changes');
    await axe(page, 'saved');
  });

  test('a file changed on disk since it was loaded is not overwritten', async () => {
    const byHand = readFileSync(file, 'utf8').replace('(revised)01234', '(changed by hand)');
    writeFileSync(file, byHand);
    await openSession(page, 0);
    await typeInto(page, 'sessions[0].title.en', '!');
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('#notice')?.textContent?.includes('changed by someone else'));
    assert.equal(readFileSync(file, 'utf8'), byHand);
    await axe(page, 'refused');
    // Loading the file again shows what is on disk.
    page.once('dialog', (d) => void d.accept());
    await page.evaluate(() => document.querySelector<HTMLButtonElement>('#notice button')!.click());
    await page.waitForFunction(() => document.querySelector('.topbar .status')?.textContent === 'No unsaved changes');
    assert.ok((await deepText(page, '.frame-page seminar-series')).includes('(changed by hand)'));
  });

  test('the preview switches language, moment, view and width', async () => {
    const pressed = (label: string) =>
      page.evaluate((l) => [...document.querySelectorAll<HTMLButtonElement>('.preview-controls button')].find((b) => b.textContent?.trim() === l)!.click(), label);
    await pressed('日本語');
    await page.waitForFunction(() => document.querySelector('.frame-page seminar-series')?.getAttribute('lang') === 'ja');
    await page.waitForFunction(`${WALK}(document.querySelector('.frame-page')).includes('カスタマーハラスメント防止セミナー')`);
    // As on 1 July 2025, 10:00 in Tokyo: session 1 takes applications (30 June to 28 July).
    await setValue(page, 'preview-now', '2025-07-01T10:00');
    await page.waitForFunction(`${WALK}(document.querySelector('.frame-page')).includes('申込受付中')`);
    assert.equal(await page.evaluate(() => document.querySelector('.frame-page seminar-series')?.getAttribute('state')), 'ready');
    await page.select('#preview-view', 'form');
    await page.waitForFunction(() => document.querySelector('.frame-page seminar-application-form')?.getAttribute('state') === 'ready');
    assert.match(await deepText(page, '.frame-page seminar-application-form'), /申し込む/);
    await pressed('Computer');
    const width = await page.evaluate(() => document.querySelector('.frame-page')!.getBoundingClientRect().width);
    assert.ok(width < 960 && width > 400, `the computer width is scaled to the pane (${width})`);
    await axe(page, 'preview of the form');
    await page.select('#preview-view', 'series');
    await pressed('English');
    await pressed('Phone');
  });

  test('three sessions pasted from a spreadsheet, with what will change shown first', async () => {
    await page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Paste from a spreadsheet')!.click());
    await page.waitForSelector('#paste-text');
    const rows = [
      'Number\tLevel\tTitle (ja)\tTitle (en)\tDate\tStart\tEnd',
      '6\t実践編\t窓口対応の実践\tPractice at the counter\t2026/3/5\t14:00\t16:00',
      '7\tbasic\t基礎の復習\tBasics again\t2026-03-19\t10:00\t12:00',
      '8\tadvanced\t組織での対応\tResponding as an organization\t2026-04-02\t14:00\t16:30',
    ].join('\n');
    await page.evaluate((text) => {
      const area = document.getElementById('paste-text') as HTMLTextAreaElement;
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, rows);
    await page.click('#paste-check');
    const plan = await page.evaluate(() => [...document.querySelectorAll('.plan li')].map((li) => li.textContent?.trim()));
    assert.deepEqual(plan, ['Adds session 6', 'Adds session 7', 'Adds session 8']);
    await axe(page, 'paste preview');
    await page.click('#paste-apply');
    await page.waitForFunction(() => document.querySelectorAll('.items > details').length === 8);
    const text = await deepText(page, '.frame-page seminar-series');
    for (const title of ['Practice at the counter', 'Basics again', 'Responding as an organization']) assert.ok(text.includes(title), title);
    const summary = await page.evaluate(() => document.querySelector('#problem-summary')?.textContent ?? '');
    assert.match(summary, /No problems/);
    await axe(page, 'pasted');
  });

  test('the editor speaks Japanese, problems included', async () => {
    await page.evaluate(() => document.querySelector<HTMLButtonElement>('.lang-switch button[lang="ja"]')!.click());
    await openSession(page, 1);
    await setValue(page, 'sessions[1].endsAt', '13:00');
    const words = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.querySelector('.topbar h1')?.textContent,
      tabs: [...document.querySelectorAll('.tabs button')].map((b) => b.textContent?.replace(/[()\d]/g, '').trim()).join(' '),
      link: document.querySelector('#problem-summary a')?.textContent,
      field: document.getElementById('sessions[1].endsAt')!.closest('.field-inline')!.querySelector('.error-message')?.textContent?.trim(),
    }));
    assert.deepEqual(words, {
      lang: 'ja',
      title: 'セミナーページの編集',
      tabs: 'シリーズ 各回 講師 編集者向けメモ',
      link: '第2回：カスタマーハラスメントの理解と組織としての対応 › 終了：開始時刻より後にしてください',
      field: 'エラー： 開始時刻より後にしてください',
    });
    await axe(page, 'in Japanese');
    assert.deepEqual(problems, []);
  });
});
