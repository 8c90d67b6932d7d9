// The default series page on a throttled phone (part of `npm run bench`, docs/prerender.md):
// 375 px, CPU ×4, 150 ms round trip, 1.6 Mbit/s down, every response gzipped as a host
// serves it. Runs alternate, each in a fresh page with an empty cache:
//
//   (a) client-rendered: <seminar-series src> and the script tag; "before" is another
//       build's dist/ (BENCH_BEFORE_DIST=../main/dist), "after" this one;
//   (b) pre-rendered (`seminar-widgets render`) + dist/prerender.css + the script;
//   (c) the same pre-rendered HTML and CSS without the script: the static floor;
//   (c′) the same with the CSS inline (a <style>, which a strict CSP blocks): one request
//       less, for reference (ratios are to (c)).
//
// First contentful paint and largest contentful paint (medians), the layout shift of (b)
// when the script takes over, and the requests of (a) as round trips. BENCH_TIMELINE=1 also
// prints every run's paints and requests (start–end, ms after the page's request).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { renderHtml } from '../dist/render.js';

const NOW = '2025-12-10T10:00:00+09:00';
const FEED = '/feeds/tokyo-2025.json';
const PROFILE = { width: 375, height: 812, cpu: 4, latency: 150, download: (1.6e6 / 8) | 0, upload: (0.75e6 / 8) | 0 };
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8', '.css': 'text/css' };

const page = (head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Seminars</title>${head}</head>` +
  `<body style="margin:0 auto;max-width:60rem;padding:0 1rem;font-family:system-ui,sans-serif">${body}</body></html>`;

export async function benchPhone(browser, runs) {
  const beforeDist = process.env.BENCH_BEFORE_DIST ? resolve(process.env.BENCH_BEFORE_DIST) : undefined;
  if (beforeDist && !existsSync(join(beforeDist, 'seminar-widgets.js'))) throw new Error(`BENCH_BEFORE_DIST: no seminar-widgets.js in ${beforeDist}`);
  const feed = JSON.parse(readFileSync('feeds/tokyo-2025.json', 'utf8'));
  const snippet = renderHtml(feed, { element: 'series', lang: 'en', now: NOW, src: FEED }).html;
  const element = `<seminar-series src="${FEED}" lang="en" now="${NOW}"></seminar-series>`;
  const css = '<link rel="stylesheet" href="/dist/prerender.css">';
  const script = (dir) => `<script type="module" src="/${dir}/seminar-widgets.js"></script>`;
  const pages = {
    before: page(script('before'), element),
    after: page(script('dist'), element),
    prerendered: page(css + script('dist'), snippet),
    static: page(css, snippet),
    inline: page(`<style>${readFileSync('dist/prerender.css', 'utf8')}</style>`, snippet),
  };

  const root = resolve('.');
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const named = /^\/phone\/(\w+)\.html$/.exec(path)?.[1];
    let body;
    let type = TYPES['.html'];
    if (named && pages[named]) body = Buffer.from(pages[named]);
    else {
      const file = path.startsWith('/before/') && beforeDist ? join(beforeDist, path.slice('/before/'.length)) : resolve(join(root, path));
      if ((!file.startsWith(root + sep) && !file.startsWith(`${beforeDist}${sep}`)) || !existsSync(file)) return res.writeHead(404).end();
      body = readFileSync(file);
      type = TYPES[extname(file)] ?? 'application/octet-stream';
    }
    res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store' });
    res.end(gzipSync(body));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;

  async function measure(kind) {
    const tab = await browser.newPage();
    await tab.setCacheEnabled(false);
    await tab.setViewport({ width: PROFILE.width, height: PROFILE.height, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: PROFILE.latency, downloadThroughput: PROFILE.download, uploadThroughput: PROFILE.upload });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu });
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, start: e.timestamp }));
    cdp.on('Network.loadingFinished', (e) => requests.has(e.requestId) && (requests.get(e.requestId).end = e.timestamp));
    await tab.evaluateOnNewDocument(() => {
      window.__paint = { fcp: undefined, lcp: undefined, cls: 0 };
      new PerformanceObserver((l) => l.getEntries().forEach((e) => e.name === 'first-contentful-paint' && (window.__paint.fcp = e.startTime))).observe({ type: 'paint', buffered: true });
      new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__paint.lcp = e.startTime))).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((l) => l.getEntries().forEach((e) => !e.hadRecentInput && (window.__paint.cls += e.value))).observe({ type: 'layout-shift', buffered: true });
    });
    await tab.goto(`${origin}/phone/${kind}.html`, { waitUntil: 'load', timeout: 60_000 });
    if (kind !== 'static' && kind !== 'inline') {
      await tab.waitForFunction(() => document.querySelector('seminar-series')?.getAttribute('state') === 'ready', { timeout: 60_000 });
    }
    // Network quiet for a while: what loads later (the form, the recording) is in, LCP is final.
    let count = -1;
    while (count !== requests.size) {
      count = requests.size;
      await new Promise((r) => setTimeout(r, 1500));
    }
    const paint = await tab.evaluate(() => window.__paint);
    if (process.env.BENCH_TIMELINE) {
      const t0 = Math.min(...[...requests.values()].map((r) => r.start));
      console.log(kind, JSON.stringify(paint), [...requests.values()].map((r) => `${new URL(r.url).pathname.split('/').pop()} ${((r.start - t0) * 1000).toFixed(0)}-${((r.end - t0) * 1000).toFixed(0)}`).join(' | '));
    }
    await tab.close();
    return { ...paint, requests: [...requests.values()] };
  }

  /** Requests as round trips: each starts after the one whose arrival led to it. */
  function rounds(requests) {
    const sorted = requests.filter((r) => r.end !== undefined).sort((a, b) => a.start - b.start);
    const round = new Map();
    for (const r of sorted) {
      const before = sorted.filter((o) => o !== r && o.end <= r.start + 0.002);
      round.set(r, before.length ? Math.max(...before.map((o) => round.get(o) ?? 1)) + 1 : 1);
    }
    const lines = [];
    for (const [r, n] of round) (lines[n - 1] ??= []).push(new URL(r.url).pathname.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '.js'));
    return lines.map((names, i) => `      ${i + 1}. ${names.join(', ')}`).join('\n');
  }

  const kinds = [...(beforeDist ? ['before'] : []), 'after', 'prerendered', 'static', 'inline'];
  const results = Object.fromEntries(kinds.map((k) => [k, []]));
  // One warm-up of each, not counted (the browser's own start-up costs).
  for (const kind of kinds) await measure(kind);
  for (let i = 0; i < runs; i++) for (const kind of kinds) results[kind].push(await measure(kind));
  server.close();

  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const floor = { fcp: median(results.static.map((r) => r.fcp)), lcp: median(results.static.map((r) => r.lcp)) };
  const label = { before: '(a) client-rendered, before', after: '(a) client-rendered, after', prerendered: '(b) pre-rendered + script', static: '(c) static HTML (floor)', inline: '(c′) static, CSS inline' };
  console.log(`0. default series on a phone (375 px, CPU ×${PROFILE.cpu}, ${PROFILE.latency} ms RTT, 1.6 Mbit/s, gzip; median of ${runs}, alternating)`);
  for (const kind of kinds) {
    const fcp = median(results[kind].map((r) => r.fcp));
    const lcp = median(results[kind].map((r) => r.lcp));
    console.log(
      `   ${label[kind].padEnd(30)} FCP ${fcp.toFixed(0).padStart(5)} ms (${(fcp / floor.fcp).toFixed(2)}×)   LCP ${lcp.toFixed(0).padStart(5)} ms (${(lcp / floor.lcp).toFixed(2)}×)`,
    );
  }
  const shifts = results.prerendered.map((r) => r.cls);
  console.log(`   layout shift of (b) when the script takes over: median ${median(shifts).toFixed(4)}, most ${Math.max(...shifts).toFixed(4)}`);
  for (const kind of kinds.filter((k) => k === 'before' || k === 'after')) {
    console.log(`   requests of ${label[kind]}, as round trips:\n${rounds(results[kind].at(-1).requests)}`);
  }
}
