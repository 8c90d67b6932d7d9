/**
 * The receiver's demo page: a partner's page in one language at a time, a
 * toolbar that says it is only for previewing, times for people (never raw ISO),
 * the series' own zone for the clock, and a favicon the receiver serves as SVG.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoPage, wallClock } from '../../src/server/demo-page.js';
import { createReceiver } from '../../src/server/receiver.js';
import { ApplicationStore } from '../../src/server/store.js';
import type { Feed } from '../../src/feed/schema.js';

const strings = JSON.parse(readFileSync('demo/strings.json', 'utf8')) as Record<'en' | 'ja', Record<string, unknown>>;
const CLOCK = Date.parse('2025-12-10T10:00:00+09:00');

/** What a visitor reads: the text outside tags, scripts and styles, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<svg\b[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

function attr(html: string, pattern: RegExp): string | undefined {
  return pattern.exec(html)?.[1];
}

describe('demo page', () => {
  test('links a favicon that exists and is SVG', () => {
    const html = demoPage(CLOCK);
    assert.match(html, /<link rel="icon" href="\/demo\/favicon\.svg" type="image\/svg\+xml" \/>/);
    assert.match(readFileSync('demo/favicon.svg', 'utf8'), /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  test('is English unless ?lang=ja, and <html lang> says so', () => {
    assert.match(demoPage(CLOCK), /<html lang="en"/);
    assert.match(demoPage(CLOCK, { lang: 'fr' }), /<html lang="en"/);
    assert.match(demoPage(CLOCK, { lang: 'ja' }), /<html lang="ja"/);
    assert.match(demoPage(CLOCK, { lang: 'ja' }), /<option value="ja" lang="ja" selected>日本語<\/option>/);
  });

  test('the toolbar says it is only for previewing, in the page language', () => {
    assert.ok(visibleText(demoPage(CLOCK)).includes("Preview controls — not part of the partner's page"));
    assert.ok(visibleText(demoPage(CLOCK, { lang: 'ja' })).includes('プレビュー用の操作（掲載ページの一部ではありません）'));
  });

  test('has a partner site around the series: an example association, nav, breadcrumb, one h1, a footer', () => {
    const html = demoPage(CLOCK);
    assert.match(html, /<header class="site-header">/);
    assert.match(html, /<nav class="breadcrumb" aria-label="Breadcrumb"/);
    assert.match(html, /<a href="" aria-current="page" data-t="navEvents">Seminars and events<\/a>/);
    assert.equal(html.match(/<h1\b/g)?.length, 1);
    assert.match(html, /<main id="content"[\s\S]*<seminar-series src="\/feed.json"><\/seminar-series>[\s\S]*<\/main>/);
    assert.match(html, /<footer class="site-footer">/);
    assert.ok(visibleText(html).includes('Example Industry Association'));
    assert.ok(visibleText(demoPage(CLOCK, { lang: 'ja' })).includes('〇〇業界団体'));
  });

  test('no sentence in the other language: English page has no Japanese but 日本語, Japanese page no English but English', () => {
    const en = visibleText(demoPage(CLOCK)).replace('日本語', '');
    assert.doesNotMatch(en, /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/);
    const ja = visibleText(demoPage(CLOCK, { lang: 'ja' })).replace('English', '');
    assert.doesNotMatch(ja, /[A-Za-z]{2,}/);
    // …and so does everything else in <head> and the attributes a visitor's software reads.
    assert.match(demoPage(CLOCK, { lang: 'ja' }), /aria-label="現在位置"/);
  });

  test('shows times for people, in the page language, never raw ISO', () => {
    for (const lang of ['en', 'ja'] as const) {
      for (const previewAt of [undefined, '2025-07-31T14:30:00+09:00', '2025-07-31T05:30:00Z']) {
        const text = visibleText(demoPage(CLOCK, { lang, previewAt }));
        assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}|[+-]\d{2}:\d{2}\b|\dZ\b/, `${lang} ${previewAt}: ${text}`);
      }
    }
    assert.ok(visibleText(demoPage(CLOCK)).includes('Showing the page as of Wed, 10 Dec 2025, 10:00 (Japan time)'));
    assert.ok(visibleText(demoPage(CLOCK, { lang: 'ja' })).includes('2025年12月10日(水) 10:00（日本時間）時点の表示'));
  });

  test('a shared ?now= is what the page shows first; a bad one falls back to the clock', () => {
    const live = demoPage(CLOCK, { previewAt: '2025-07-31T14:30:00+09:00' });
    assert.equal(attr(live, /name="now" step="60" value="([^"]*)"/), '2025-07-31T14:30');
    assert.ok(visibleText(live).includes('Thu, 31 Jul 2025, 14:30 (Japan time)'));
    const typed = demoPage(CLOCK, { previewAt: '2025-07-31T14:30:00 09:00' }); // "+" in an address reads as a space
    assert.equal(attr(typed, /name="now" step="60" value="([^"]*)"/), '2025-07-31T14:30');
    const bad = demoPage(CLOCK, { previewAt: 'yesterday' });
    assert.equal(attr(bad, /name="now" step="60" value="([^"]*)"/), '2025-12-10T10:00');
  });

  test("turns the receiver's clock into the series' wall-clock time through the zone, not a fixed +9 hours", () => {
    // 23:30 UTC on 9 December is already 10 December in Tokyo.
    const lateUtc = Date.parse('2025-12-09T23:30:00Z');
    const tokyo = demoPage(lateUtc);
    assert.equal(attr(tokyo, /data-now="([^"]*)"/), '2025-12-10T08:30');
    assert.ok(visibleText(tokyo).includes('Wed, 10 Dec 2025, 08:30 (Japan time)'));
    const jaMidnight = demoPage(Date.parse('2025-12-09T15:00:00Z'), { lang: 'ja' });
    assert.equal(attr(jaMidnight, /data-now="([^"]*)"/), '2025-12-10T00:00');
    assert.ok(visibleText(jaMidnight).includes('2025年12月10日(水) 00:00（日本時間）'));
    // Another series zone: its own date, its own daylight saving time, and its name.
    const newYork = demoPage(lateUtc, { timeZone: 'America/New_York' });
    assert.equal(attr(newYork, /data-now="([^"]*)"/), '2025-12-09T18:30');
    assert.equal(attr(newYork, /data-time-zone="([^"]*)"/), 'America/New_York');
    assert.ok(visibleText(newYork).includes('Tue, 9 Dec 2025, 18:30 (America/New_York)'));
    assert.equal(wallClock(Date.parse('2025-07-01T12:00:00Z'), 'Europe/London'), '2025-07-01T13:00');
    assert.equal(wallClock(Date.parse('2025-12-01T12:00:00Z'), 'Europe/London'), '2025-12-01T12:00');
  });

  test('has no inline script or style, so it works under a strict CSP', () => {
    const html = demoPage(CLOCK, { lang: 'ja' });
    for (const script of html.match(/<script\b[^>]*>/g) ?? []) assert.match(script, /\bsrc="/, script);
    assert.doesNotMatch(html, /<style\b|\sstyle=|\son[a-z]+=/);
  });

  test('the words: both languages have the same keys, and every word the page names exists', () => {
    assert.deepEqual(Object.keys(strings.ja).sort(), Object.keys(strings.en).sort());
    const html = demoPage(CLOCK);
    const named = [...html.matchAll(/data-t(?:-label)?="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(named.length > 15);
    for (const key of named) assert.equal(typeof strings.en[key], 'string', key);
  });
});

describe('demo page from the receiver', () => {
  let server: Server;
  let base: string;

  before(async () => {
    const feedText = readFileSync('feeds/tokyo-2025.json', 'utf8');
    const feed = JSON.parse(feedText) as Feed;
    feed.series.timeZone = 'America/New_York'; // the receiver must pass the feed's zone on
    const store = new ApplicationStore(join(mkdtempSync(join(tmpdir(), 'seminar-demo-')), 'applications.db'));
    const handle = createReceiver({ feed, feedText, store, allowOrigins: [], demoDir: 'demo', now: () => Date.parse('2025-12-09T23:30:00Z') });
    server = createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('renders ?lang= and ?now= and the clock in the feed’s time zone', async () => {
    const html = await (await fetch(`${base}/?lang=ja&now=2025-07-31T14%3A30%3A00%2B09%3A00`)).text();
    assert.match(html, /<html lang="ja" data-now="2025-12-09T18:30" data-time-zone="America\/New_York">/);
    assert.equal(attr(html, /name="now" step="60" value="([^"]*)"/), '2025-07-31T01:30');
  });

  test('serves the favicon and the words as what they are', async () => {
    const icon = await fetch(`${base}/demo/favicon.svg`);
    assert.equal(icon.status, 200);
    assert.equal(icon.headers.get('content-type'), 'image/svg+xml');
    const words = await fetch(`${base}/demo/strings.json`);
    assert.match(words.headers.get('content-type') ?? '', /^application\/json/);
  });
});
