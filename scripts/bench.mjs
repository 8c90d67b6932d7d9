// npm run bench — performance in real headless Chromium (not part of the test command).
//
//  0. The default series page on a throttled phone: client-rendered (before and after,
//     BENCH_BEFORE_DIST=<another build's dist>), pre-rendered + script, static floor
//     (scripts/bench-phone.mjs). BENCH_ONLY=phone runs this part alone.
//  1. Time from navigation to a rendered, laid-out <seminar-session-list> of 5, 100 and
//     500 sessions, alternating in one run with a hand-written innerHTML page that fetches
//     the same JSON and renders the same content (the practical floor), and with that page
//     plus the content-visibility line our list uses. Medians, ratios.
//  2. Validation time of a 500-session feed: in Chromium (first call, then warm), and in Node.
//  3. JS heap after rendering 500 sessions.
//  4. 1,000 connect/disconnect cycles: event listeners and pending timers before and after.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { feedOf } from './bench-feed.mjs';
import { benchPhone } from './bench-phone.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const SIZES = [5, 100, 500];
if (!existsSync('dist/seminar-widgets.js')) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}

const feeds = Object.fromEntries(SIZES.map((n) => [n, JSON.stringify(feedOf(n))]));

const OURS = (n) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>
  window.__timers = new Set();
  const st = setTimeout, ct = clearTimeout;
  window.setTimeout = (fn, ms, ...a) => { const id = st(() => { __timers.delete(id); fn(...a); }, ms); __timers.add(id); return id; };
  window.clearTimeout = (id) => { __timers.delete(id); ct(id); };
</script>
<script type="module" src="/dist/seminar-widgets.js"></script></head><body>
<seminar-session-list src="/bench/feed-${n}.json" now="2025-12-10T10:00:00+09:00"></seminar-session-list>
<script type="module">
  const list = document.querySelector('seminar-session-list');
  // Rendered: the list says it is ready (feed and words both in) and Lit has committed that update.
  if (list.getAttribute('state') !== 'ready') {
    await new Promise((r) => new MutationObserver((_, o) => list.getAttribute('state') === 'ready' && (o.disconnect(), r())).observe(list, { attributes: true, attributeFilter: ['state'] }));
  }
  await list.updateComplete;
  if (list.shadowRoot.querySelectorAll('li').length !== ${n}) throw new Error('not every session rendered');
  list.shadowRoot.querySelector('li:last-child').getBoundingClientRect();
  await new Promise((r) => requestAnimationFrame(() => r()));
  window.__done = performance.now();
</script></body></html>`;

// The practical floor: the same JSON, the same visible content (label, status badge,
// title button, date and time with the zone, application period, speakers), written by
// hand with innerHTML: no validation, no components, no styles beyond a border.
// With \`cv\`, the floor gets the one CSS line our list uses to skip the layout of
// off-screen entries (content-visibility), so that the comparison can be read both ways.
const FLOOR = (n, cv = false) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>ol{list-style:none;padding:0}li{border:1px solid #ccc;border-radius:8px;padding:1rem;margin:.5rem 0${cv ? ';content-visibility:auto;contain-intrinsic-size:auto 11rem' : ''}}</style></head><body>
<ol id="list"></ol>
<script type="module">
  const feed = await (await fetch('/bench/feed-${n}.json')).json();
  const tz = feed.series.timeZone;
  const now = Date.parse('2025-12-10T10:00:00+09:00');
  const date = new Intl.DateTimeFormat('en-US', { timeZone: tz, year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' });
  const time = new Intl.DateTimeFormat('en-US', { timeZone: tz, hour: 'numeric', minute: '2-digit' });
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const names = new Map(feed.speakers.map((s) => [s.id, s.name]));
  // Days (YYYY-MM-DD) are whole days in the series zone (+09:00 for Tokyo).
  const at = (v, end) => (v.length === 10 ? Date.parse(v + 'T00:00:00+09:00') + (end ? 86400000 : 0) : Date.parse(v));
  const status = (s) => {
    const a = Date.parse(s.startsAt), b = Date.parse(s.endsAt);
    if (now >= b) return 'Ended';
    if (now >= a) return 'Live now';
    if (!s.application) return 'Upcoming';
    if (now < at(s.application.opensAt)) return 'Upcoming';
    return now < at(s.application.closesAt, true) ? 'Applications open' : 'Applications closed';
  };
  document.getElementById('list').innerHTML = feed.sessions.map((s) => {
    const a = Date.parse(s.startsAt), b = Date.parse(s.endsAt);
    return '<li><div><span>Session ' + s.number + ' · ' + esc(s.label) + '</span> <span>' + status(s) + '</span></div><h3><button>' + esc(s.title) + '</button></h3><dl><dt>Date</dt><dd>' +
      date.format(a) + ' ' + time.formatRange(a, b) + ' (Japan Standard Time)</dd><dt>Application period</dt><dd>' + date.format(at(s.application.opensAt)) + ' – ' + date.format(at(s.application.closesAt)) +
      '</dd></dl><p>' + (s.speakers || []).map((r) => esc(names.get(r.speakerId))).join(', ') + '</p></li>';
  }).join('');
  document.querySelector('li:last-child').getBoundingClientRect();
  await new Promise((r) => requestAnimationFrame(() => r()));
  window.__done = performance.now();
</script></body></html>`;

// The validator alone, for timing it in the browser and in Node.
const validator = (
  await build({ entryPoints: ['src/feed/validate.ts'], bundle: true, format: 'esm', minify: true, write: false, logLevel: 'silent' })
).outputFiles[0].text;
const VALIDATE = `<!doctype html><html><body><script type="module">
  import { validateFeed } from '/bench/validate.js';
  const text = await (await fetch('/bench/feed-500.json')).text();
  let t = performance.now();
  validateFeed(JSON.parse(text), { baseUrl: location.href });
  const cold = performance.now() - t;
  const warm = [];
  for (let i = 0; i < 9; i++) {
    const json = JSON.parse(text);
    t = performance.now();
    validateFeed(json, { baseUrl: location.href });
    warm.push(performance.now() - t);
  }
  warm.sort((a, b) => a - b);
  window.__done = { cold, warm: warm[4] };
</script></body></html>`;

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
const root = resolve('.');
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const page = /^\/bench\/(ours|floor|floorcv)-(\d+)\.html$/.exec(url.pathname);
  if (page) {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    const n = Number(page[2]);
    return res.end(page[1] === 'ours' ? OURS(n) : FLOOR(n, page[1] === 'floorcv'));
  }
  if (url.pathname === '/bench/validate.html' || url.pathname === '/bench/validate.js') {
    const html = url.pathname.endsWith('.html');
    res.writeHead(200, { 'Content-Type': html ? 'text/html' : 'text/javascript' });
    return res.end(html ? VALIDATE : validator);
  }
  const feed = /^\/bench\/feed-(\d+)\.json$/.exec(url.pathname);
  if (feed) {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    return res.end(feeds[feed[1]]);
  }
  const file = resolve(join(root, url.pathname));
  if (!file.startsWith(root + sep) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
try {
  await benchPhone(browser, Number(process.env.BENCH_PHONE_RUNS ?? 7));
  if (process.env.BENCH_ONLY === 'phone') {
    await browser.close();
    server.close();
    process.exit(0);
  }
  async function measure(kind, n) {
    const page = await browser.newPage();
    await page.setCacheEnabled(false);
    await page.goto(`${origin}/bench/${kind}-${n}.html`);
    await page.waitForFunction('window.__done !== undefined', { timeout: 30_000 });
    const t = await page.evaluate('window.__done');
    await page.close();
    return t;
  }

  console.log(`1. navigation → rendered, laid-out list (median of ${RUNS}, alternating)`);
  for (const n of SIZES) {
    const ours = [];
    const floor = [];
    const floorCv = [];
    for (let i = 0; i < RUNS; i++) {
      ours.push(await measure('ours', n));
      floor.push(await measure('floor', n));
      floorCv.push(await measure('floorcv', n));
    }
    const a = median(ours);
    const b = median(floor);
    const c = median(floorCv);
    console.log(
      `   ${String(n).padStart(3)} sessions: seminar-widgets ${a.toFixed(1)} ms, hand-written ${b.toFixed(1)} ms, ratio ${(a / b).toFixed(2)}×` +
        ` (hand-written with content-visibility ${c.toFixed(1)} ms, ratio ${(a / c).toFixed(2)}×)`,
    );
  }

  // Validation as a visitor's browser runs it: the first call in a fresh page (cold code,
  // time-zone data not loaded yet), then warm calls; and the same code in Node for reference.
  const coldRuns = [];
  const warmRuns = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage();
    await page.goto(`${origin}/bench/validate.html`);
    await page.waitForFunction('window.__done !== undefined', { timeout: 30_000 });
    const { cold, warm } = await page.evaluate('window.__done');
    coldRuns.push(cold);
    warmRuns.push(warm);
    await page.close();
  }
  const { validateFeed } = await import(`data:text/javascript;base64,${Buffer.from(validator).toString('base64')}`);
  const big = JSON.parse(feeds[500]);
  for (let i = 0; i < 3; i++) validateFeed(big); // warm up
  const times = Array.from({ length: 15 }, () => {
    const t = performance.now();
    validateFeed(big);
    return performance.now() - t;
  });
  console.log(
    `2. validating a 500-session feed (${(feeds[500].length / 1024).toFixed(0)} KiB): in Chromium first call ${median(coldRuns).toFixed(1)} ms, ` +
      `then ${median(warmRuns).toFixed(1)} ms; in Node (warm) ${median(times).toFixed(1)} ms`,
  );

  const page = await browser.newPage();
  await page.goto(`${origin}/bench/ours-500.html`);
  await page.waitForFunction('window.__done !== undefined');
  const session = await page.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  const metrics = await page.metrics();
  console.log(`3. JS heap after rendering 500 sessions: ${(metrics.JSHeapUsedSize / 1024 / 1024).toFixed(1)} MiB, ${metrics.Nodes} DOM nodes`);

  const before = await page.metrics();
  const timersBefore = await page.evaluate('window.__timers.size');
  await page.evaluate(async () => {
    const list = document.querySelector('seminar-session-list');
    const session = document.createElement('seminar-session');
    session.setAttribute('src', list.getAttribute('src'));
    session.setAttribute('session-id', 'session-1');
    document.body.append(session);
    await customElements.whenDefined('seminar-session');
    await new Promise((r) => setTimeout(r, 300));
    for (let i = 0; i < 1000; i++) {
      list.remove();
      session.remove();
      document.body.append(list, session);
    }
    session.remove();
    await new Promise((r) => setTimeout(r, 100));
  });
  await session.send('HeapProfiler.collectGarbage');
  const after = await page.metrics();
  const timersAfter = await page.evaluate('window.__timers.size');
  console.log(
    `4. 1,000 connect/disconnect cycles: event listeners ${before.JSEventListeners} → ${after.JSEventListeners}, pending timers ${timersBefore} → ${timersAfter}`,
  );
} finally {
  await browser.close();
  server.close();
}
