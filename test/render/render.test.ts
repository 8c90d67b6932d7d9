// renderHtml() and `seminar-widgets render`: the pre-rendered HTML a visitor reads with no script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { RenderError, renderHtml } from '../../src/render/render.js';
import { messages as enList } from '../../src/feed/messages/en/list.js';
import { messages as jaList } from '../../src/feed/messages/ja/list.js';
import { messages as enDetails } from '../../src/feed/messages/en/details.js';
import { messages as jaDetails } from '../../src/feed/messages/ja/details.js';

const feed = JSON.parse(readFileSync('feeds/tokyo-2025.json', 'utf8'));
const hostile = JSON.parse(readFileSync('test/e2e/hostile-feed.json', 'utf8'));
const recorded = JSON.parse(readFileSync('test/e2e/recorded-feed.json', 'utf8'));
// Session 4 is open then; 1 and 2 are over; 3 has closed.
const NOW = '2025-12-10T10:00:00+09:00';

/** The text a visitor reads: tags dropped, entities decoded, spaces collapsed. */
function textOf(markup: string): string {
  return markup
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD is read as plain JSON
function jsonLdOf(markup: string): any {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(markup);
  return m ? JSON.parse(m[1]) : undefined;
}

test('series: the element with its attributes around every session, speaker and the office, in English', () => {
  const { html } = renderHtml(feed, { element: 'series', lang: 'en', now: NOW, src: '/feeds/tokyo-2025.json' });
  assert.match(html, /^<seminar-series src="\/feeds\/tokyo-2025.json" lang="en" now="2025-12-10T10:00:00\+09:00"><div data-seminar-prerender>/);
  assert.match(html, /<\/div><\/seminar-series>$/);
  const text = textOf(html);
  assert.match(html, /<h2 part="title" lang="en">Customer Harassment Prevention Seminars<\/h2>/);
  for (const s of feed.sessions) {
    assert.ok(text.includes(s.title.en), s.id);
    // The list links to the session's details, which carry its id for the link to work.
    assert.ok(html.includes(`href="#${s.id}"`), s.id);
    assert.ok(html.includes(`data-sw="session" part="session" id="${s.id}"`), s.id);
    assert.ok(html.includes(`<time class="when" datetime="${s.startsAt}">`), s.id);
  }
  for (const speaker of feed.speakers) assert.ok(text.includes(speaker.name.en), speaker.id);
  assert.match(text, /Session 4 · Practical ② Applications open/);
  // Apply leads to the session's details, where the form is once the script runs.
  assert.ok(html.includes('<a class="button" part="apply" href="#session-4/apply">Apply</a>'));
  assert.ok(html.includes('<article class="card" part="session" lang="en" id="session-4/apply">'));
  assert.match(text, new RegExp(`${enList.status.ended}.*${enList.status.closed}`));
  assert.match(text, /Application period Thu, October 30, 2025 – Wed, November 26, 2025/);
  assert.match(text, /Tue, January 20, 2026 2:00–4:00 PM \(Japan Standard Time\)/);
  assert.ok(text.includes(enDetails.nowOpen));
  assert.ok(text.includes(enDetails.contactHeading));
  // The office by email, with no script.
  const email = feed.series.contact.email;
  assert.ok(html.includes(`<a href="mailto:${email}">${email}</a>`));
  // Nothing of the other language's catalogue.
  for (const word of [jaList.status.open, jaList.apply, jaDetails.contactHeading]) assert.ok(!text.includes(word), word);
});

test('series in Japanese: the Japanese catalogue and dates, and nothing of the English one', () => {
  const { html } = renderHtml(feed, { element: 'series', lang: 'ja', now: NOW });
  const text = textOf(html);
  assert.match(html, /^<seminar-series lang="ja" now="[^"]+"><div data-seminar-prerender><div class="series" lang="ja">/);
  assert.ok(text.includes(feed.series.title.ja));
  assert.ok(html.includes('<span class="label">第4回\u3000実践編②</span>'));
  assert.ok(text.includes(jaList.status.open));
  assert.match(text, /2026年1月20日\(火\) 14:00〜16:00 \(日本標準時\)/);
  assert.ok(text.includes(jaDetails.speakersHeading));
  for (const word of [enList.status.open, enList.apply, enDetails.contactHeading, enDetails.organizer]) assert.ok(!text.includes(word), word);
});

test('--now decides the statuses: before the window the session opens soon, after it is over', () => {
  const before = (renderHtml(feed, { element: 'session', sessionId: 'session-4', lang: 'en', now: '2025-10-01T00:00:00+09:00' }).html);
  assert.ok(before.includes(`data-status="upcoming">${enList.opensSoon}<`));
  assert.ok(!before.includes('data-status="open"'));
  const after = (renderHtml(feed, { element: 'session', sessionId: 'session-4', lang: 'en', now: '2026-03-01T00:00:00+09:00' }).html);
  assert.ok(after.includes(`data-status="ended">${enList.status.ended}<`));
  assert.throws(() => renderHtml(feed, { element: 'series', now: 'tomorrow' }), RenderError);
});

test('session: the article, how to apply, the calendar links and the office; its JSON-LD EducationEvent', () => {
  const { html } = renderHtml(feed, { element: 'session', sessionId: 'session-4', lang: 'en', now: NOW, pageUrl: 'https://example.org/seminars/4' });
  assert.match(html, /^<seminar-session lang="en" now="[^"]+" session-id="session-4"><div data-seminar-prerender><article class="card" part="session" lang="en">/);
  const text = textOf(html);
  assert.ok(text.includes(enDetails.howToApply));
  assert.ok(text.includes(enDetails.applyWithForm));
  assert.match(html, /<a part="google" href="https:\/\/calendar.google.com\//);
  assert.match(html, /href="mailto:[^"?]+\?subject=Session%204/);
  const ld = jsonLdOf(html);
  assert.equal(ld['@type'], 'EducationEvent');
  assert.equal(ld['@id'], 'https://example.org/seminars/4#session-4');
  assert.equal(ld.startDate, '2026-01-20T14:00:00+09:00');
  assert.throws(() => renderHtml(feed, { element: 'session', sessionId: 'nope' }), /nope/);
  assert.throws(() => renderHtml(feed, { element: 'session' }), RenderError);
});

test('session list: links through session-url, Apply for the open session, no JSON-LD (the element publishes none)', () => {
  const { html } = renderHtml(feed, { element: 'session-list', lang: 'en', now: NOW, sessionUrl: '/seminars/{id}' });
  assert.match(html, /^<seminar-session-list lang="en" now="[^"]+" session-url="\/seminars\/\{id\}">/);
  assert.ok(html.includes('<a part="entry-link" href="/seminars/session-1">'));
  assert.match(html, /<a class="button" part="apply" href="\/seminars\/session-4#apply">Apply<\/a> <span class="deadline nowrap">by Thu, 15 Jan<\/span>/);
  assert.equal(jsonLdOf(html), undefined);
  assert.equal((html.match(/<li class="entry card"/g) ?? []).length, feed.sessions.length);
});

test('speaker list: every speaker, or one session’s, as cards with their sessions', () => {
  const all = renderHtml(feed, { element: 'speaker-list', lang: 'en', now: NOW });
  assert.equal((all.html.match(/data-sw="speaker-card"/g) ?? []).length, feed.speakers.length);
  const one = renderHtml(feed, { element: 'speaker-list', sessionId: 'session-1', lang: 'en', now: NOW, sessionUrl: '/s/{id}' });
  const text = textOf(one.html);
  assert.equal((one.html.match(/<h4 part="name"/g) ?? []).length, 2);
  assert.ok(text.includes('Hara Masato') && text.includes('Inao Izumi'));
  assert.ok(one.html.includes('<a href="/s/session-1">Session 1 · Basic</a>'));
  assert.match(one.html, /session-id="session-1" session-url="\/s\/\{id\}"/);
});

test('a hostile feed: every string escaped, bad URLs left out, the JSON-LD cannot close its script', () => {
  const { html, issues } = renderHtml(hostile, { element: 'series', lang: 'en', now: '2025-07-01T00:00:00+09:00' });
  assert.ok(issues.length > 0);
  // Only our own tags and attributes: nothing the feed wrote became markup.
  const TAGS = new Set('seminar-series div h2 h3 h4 h5 p a span section dl dt dd ul ol li time header article details summary br wbr svg circle path img script figure figcaption'.split(' '));
  const ATTRS = new Set(
    'src lang now data-seminar-prerender data-sw part id class href rel datetime aria-labelledby aria-label data-session-id data-status type aria-hidden viewBox cx cy r d loading decoding width height alt target download style session-id'.split(' '),
  );
  for (const [, close, name, attrs] of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g)) {
    assert.ok(TAGS.has(name), `<${close}${name}>`);
    for (const [, attrName] of attrs.matchAll(/\s([\w:-]+)(?:="[^"]*")?/g)) assert.ok(ATTRS.has(attrName), `${name} ${attrName}`);
  }
  assert.ok(!/(href|src)="\s*(javascript|vbscript):/i.test(html));
  assert.ok(html.includes('&lt;script&gt;window.__pwned'));
  assert.ok(!html.includes('<img src=x'));
  // One script only: the JSON-LD, in which `<` is escaped.
  assert.equal((html.match(/<script/g) ?? []).length, 1);
  assert.ok(jsonLdOf(html)['@graph'][0].name.includes('<a href'));
});

test('a recording: a VideoObject with what the feed has (YouTube thumbnail from its id), and a link to watch', () => {
  const { html } = renderHtml(recorded, { element: 'session', sessionId: 'recorded', lang: 'en', now: '2025-08-01T00:00:00+09:00' });
  const ld = jsonLdOf(html);
  assert.deepEqual(ld.recordedIn, {
    '@type': 'VideoObject',
    name: 'A recorded session',
    thumbnailUrl: 'https://i.ytimg.com/vi/example0001/hqdefault.jpg',
    embedUrl: 'https://www.youtube-nocookie.com/embed/example0001?rel=0',
  });
  assert.ok(html.includes('<a part="watch-link" href="https://www.youtube.com/watch?v=example0001" rel="noopener">'));
  assert.match(textOf(html), /Chapters 1:00 Start/);
  // A feed video with its own poster and date: those, and no YouTube address.
  const own = structuredClone(recorded);
  own.sessions[0].overview = 'What was said.';
  own.sessions[0].archive = { provider: 'video', src: 'https://example.org/v.mp4', publishedAt: '2025-08-01T09:00:00+09:00', durationSeconds: 5400 };
  const video = jsonLdOf(renderHtml(own, { element: 'series', now: '2025-08-02T00:00:00+09:00' }).html)['@graph'][0].recordedIn;
  assert.deepEqual(video, {
    '@type': 'VideoObject',
    name: 'A recorded session',
    description: 'What was said.',
    uploadDate: '2025-08-01T09:00:00+09:00',
    duration: 'PT5400S',
    contentUrl: 'https://example.org/v.mp4',
  });
  // Before the session there is nothing to index.
  assert.equal(jsonLdOf(renderHtml(recorded, { element: 'series', now: '2025-07-01T00:00:00+09:00' }).html)['@graph'][0].recordedIn, undefined);
});

test('seminar-widgets render prints the snippet; a bad option is a usage error', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', 'render', ...args], { encoding: 'utf8' });
  const ok = cli('feeds/tokyo-2025.json', '--element', 'session-list', '--lang', 'ja', '--now', NOW, '--src', '/feed.json');
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /^<seminar-session-list src="\/feed.json" lang="ja" now="2025-12-10T10:00:00\+09:00">/);
  assert.ok(ok.stdout.includes(jaList.status.open));
  const bad = cli('feeds/tokyo-2025.json', '--element', 'session-list', '--lang', 'fr');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--lang must be ja or en/);
  const broken = cli('test/e2e/hostile-top.json', '--element', 'series');
  assert.equal(broken.status, 1);
  assert.match(broken.stderr, /cannot be used/);
});
