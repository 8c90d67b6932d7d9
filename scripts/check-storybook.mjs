// Checks the built Storybook (`npm run build-storybook` first): every story and every docs
// page of storybook-static/ is rendered in Chromium, and the run fails when one of them
//   - logs a console error or throws (an uncaught error, a failing `play` function); a story
//     tagged `feed-error` shows an unusable feed on purpose, and there the element's own report
//     (`seminar-widgets: …`, once per feed URL and page) is expected; a failed load is expected
//     only from the form stories' mocked receiver and the video hosts of an opened player,
//   - leaves a `seminar-*` tag undefined (its code was dropped from the build),
//   - leaves an element in `state="loading"` (unless the story is tagged `stays-loading`,
//     which shows that state on purpose: then something must be loading).
// Frames of the portal's own origin are looked into too. The `seminar-*` tags of a frame that
// runs no script (pre-rendered HTML, as a visitor without JavaScript sees it) are undefined
// on purpose; a story tagged `no-script` shows such a frame, and only such a story may.
//
//   node scripts/check-storybook.mjs [storybook-static] [--port 8120] [--only id-substring]
//
// The stories are switched in one page through Storybook's own channel (as its manager does),
// so the preview's code loads once; each docs page gets a fresh page, since it renders
// many stories at once.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: '8120' }, only: { type: 'string' } },
});
const root = positionals[0] ?? 'storybook-static';
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.mp4': 'video/mp4', '.vtt': 'text/vtt',
};

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  // iframe.html names no icon, and Chromium asks for /favicon.ico now and then: not a story's request.
  if (path === '/favicon.ico') return void res.writeHead(204).end();
  let file = join(root, path);
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  }
});
await new Promise((resolve) => server.listen(Number(values.port), '127.0.0.1', resolve));
const base = `http://127.0.0.1:${values.port}`;

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter((e) => !values.only || e.id.includes(values.only));
const stories = entries.filter((e) => e.type === 'story');
const allStories = Object.values(index.entries).filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs');

/** In the page: what is wrong with the seminar elements now (also inside shadow roots). */
function inspect() {
  const found = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('seminar-')) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  // Same-origin frames too; a frame where no seminar element is defined runs no script.
  const noScript = [];
  for (const frame of document.querySelectorAll('iframe')) {
    const inFrame = [];
    const doc = frame.contentDocument;
    if (!doc) continue;
    for (const el of doc.querySelectorAll('*')) if (el.localName.startsWith('seminar-')) inFrame.push(el);
    const registry = frame.contentWindow.customElements;
    if (inFrame.some((el) => registry.get(el.localName))) found.push(...inFrame);
    else noScript.push(...inFrame);
  }
  const defined = (el) => el.ownerDocument.defaultView.customElements.get(el.localName);
  return {
    count: found.length,
    noScript: noScript.length,
    undefinedTags: [...new Set(found.filter((el) => !defined(el)).map((el) => el.localName))],
    // The display elements (a <seminar-feed> that waits shows nothing; what is inside it says "loading").
    loading: found.filter((el) => el.localName !== 'seminar-feed' && el.getAttribute('state') === 'loading').map((el) => el.localName),
  };
}

/** Waits until at most `allowed` seminar elements are loading (or the time is up), then reports. */
async function settle(page, timeout = 8000, allowed = 0) {
  await page
    .waitForFunction(
      (max) => {
        let loading = 0;
        const walk = (node) => {
          for (const el of node.querySelectorAll('*')) {
            if (el.localName.startsWith('seminar-') && el.localName !== 'seminar-feed' && el.getAttribute('state') === 'loading') loading++;
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        walk(document);
        return loading <= max;
      },
      { timeout, polling: 50 },
      allowed,
    )
    .catch(() => {});
  // A feed that arrived is rendered in the next frames.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(inspect);
}

/** What an element logs for a feed it cannot use, and the browser's line for a 404. */
const EXPECTED_FEED_ERROR = /^seminar-widgets: |^Failed to load resource: the server responded with a status of 404/;

/**
 * The browser's "Failed to load resource" for an answer a story asks for: the form stories'
 * mocked receiver (`receiver.example.org`, answering 409, 422, 429, 503 or failing on purpose),
 * and the video hosts of a player a story opens (`external-player`: the fictional video id).
 */
const EXPECTED_HOSTS = /^https:\/\/(receiver\.example\.org|www\.youtube-nocookie\.com|player\.vimeo\.com)\//;
/** A console message, with the address of the resource when it is about one. */
function describe(msg) {
  const url = msg.location()?.url;
  return msg.text().startsWith('Failed to load resource') && url ? `${msg.text()}: ${url}` : msg.text();
}
function expectedFailure(msg) {
  return msg.text().startsWith('Failed to load resource') && EXPECTED_HOSTS.test(msg.location()?.url ?? '');
}

const failures = [];
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
const started = Date.now();
try {
  // Stories: one page, switched through the channel.
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  let errors = [];
  page.on('console', (msg) => msg.type() === 'error' && !expectedFailure(msg) && errors.push(describe(msg)));
  page.on('pageerror', (error) => errors.push(String(error)));
  // The preview without a story: it then waits for the manager's `setCurrentStory`, which this script sends.
  await page.goto(`${base}/iframe.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => Boolean(window.__STORYBOOK_ADDONS_CHANNEL__ && window.__STORYBOOK_PREVIEW__), { timeout: 30000 });
  const listen = () =>
    page.evaluate(() => {
      if (window.__storyDone) return;
      const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
      window.__storyDone = {};
      for (const event of ['storyRendered', 'storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing']) {
        channel.on(event, (arg) => {
          const id = typeof arg === 'string' ? arg : (arg?.storyId ?? window.__currentStory);
          (window.__storyDone[id] ??= []).push({ event, message: arg?.message ?? arg?.description ?? (typeof arg === 'string' ? '' : JSON.stringify(arg)?.slice(0, 300)) });
        });
      }
    });
  const show = async (id) => {
    await listen();
    await page.evaluate((storyId) => {
      window.__currentStory = storyId;
      delete window.__storyDone[storyId];
      window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
    }, id);
    return page.waitForFunction((storyId) => window.__storyDone?.[storyId], { timeout: 20000, polling: 25 }, id).then((h) => h.jsonValue());
  };
  for (const story of stories) {
    errors = [];
    const done = await show(story.id).catch(async () => {
      // The preview reloaded under the story (it does, now and then, on a change of globals): once more, in a fresh one.
      await page.goto(`${base}/iframe.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => Boolean(window.__STORYBOOK_ADDONS_CHANNEL__ && window.__STORYBOOK_PREVIEW__), { timeout: 30000 });
      errors = [];
      return show(story.id).catch(() => [{ event: 'timeout', message: 'never rendered' }]);
    });
    const loadingWanted = story.tags?.includes('stays-loading');
    // A story that stays loading on purpose is given a moment, not the whole wait.
    const state = await settle(page, loadingWanted ? 1500 : 8000, loadingWanted ? 1e9 : 0);
    const problems = [];
    for (const d of done) if (d.event !== 'storyRendered') problems.push(`${d.event}: ${d.message}`);
    // A story tagged `feed-error` shows a feed that cannot be used, on purpose: the element's own
    // report to the console (and the browser's line for a 404) is expected there, and only there.
    const feedError = story.tags?.includes('feed-error');
    const unexpected = feedError ? errors.filter((e) => !EXPECTED_FEED_ERROR.test(e)) : errors;
    if (unexpected.length) problems.push(...unexpected.map((e) => `console error: ${e}`));
    if (state.undefinedTags.length) problems.push(`undefined tags: ${state.undefinedTags.join(', ')}`);
    // A story tagged `stays-loading` shows the loading state on purpose: there it must.
    if (state.loading.length && !loadingWanted) problems.push(`still loading: ${state.loading.join(', ')}`);
    if (!state.loading.length && loadingWanted) problems.push('tagged stays-loading, but nothing shows the loading state');
    // A story tagged `no-script` shows pre-rendered HTML in a frame without the script.
    const noScriptWanted = story.tags?.includes('no-script');
    if (state.noScript && !noScriptWanted) problems.push(`${state.noScript} seminar element(s) in a frame without the script, and not tagged no-script`);
    if (!state.noScript && noScriptWanted) problems.push('tagged no-script, but no frame shows seminar elements without the script');
    if (state.count + state.noScript === 0) problems.push('no seminar element rendered');
    if (problems.length) failures.push({ id: story.id, problems });
  }
  await page.close();

  // Docs pages: each in a page of its own, every story on it rendered inline; a story that
  // fails there is reported on Storybook's channel, which is hooked before the page's scripts run.
  for (const doc of docs) {
    const docPage = await browser.newPage();
    await docPage.evaluateOnNewDocument(() => {
      window.__storyFailures = [];
      let channel;
      Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
        configurable: true,
        get: () => channel,
        set: (value) => {
          channel = value;
          for (const event of ['storyErrored', 'storyThrewException', 'playFunctionThrewException']) {
            value.on(event, (arg) => window.__storyFailures.push(`${event}: ${arg?.message ?? arg?.title ?? JSON.stringify(arg)?.slice(0, 300)}`));
          }
        },
      });
    });
    await docPage.setViewport({ width: 1200, height: 900 });
    const docErrors = [];
    docPage.on('console', (msg) => msg.type() === 'error' && !expectedFailure(msg) && docErrors.push(describe(msg)));
    docPage.on('pageerror', (error) => docErrors.push(String(error)));
    await docPage.goto(`${base}/iframe.html?id=${encodeURIComponent(doc.id)}&viewMode=docs`, { waitUntil: 'load' });
    await docPage.waitForFunction(() => document.querySelector('#storybook-docs .sbdocs'), { timeout: 20000 }).catch(() => docErrors.push('docs page never rendered'));
    const ofPage = allStories.filter((s) => s.importPath === doc.importPath);
    const allowed = ofPage.filter((s) => s.tags?.includes('stays-loading')).length;
    // The page's stories mount one after another: wait until as many seminar elements as
    // there will be are there (their number stays the same for half a second).
    await docPage
      .waitForFunction(
        () => {
          const count = document.querySelectorAll('.sb-story *').length;
          const now = Date.now();
          if (count !== window.__lastCount) Object.assign(window, { __lastCount: count, __since: now });
          return count > 0 && now - window.__since > 500;
        },
        { timeout: 15000, polling: 100 },
      )
      .catch(() => {});
    const state = await settle(docPage, 15000, allowed);
    const feedErrors = ofPage.some((s) => s.tags?.includes('feed-error'));
    const failed = await docPage.evaluate(() => [
      ...(window.__storyFailures ?? []),
      // What a docs page's story block shows in place of a story that threw: the error, in a <pre>.
      ...[...document.querySelectorAll('.sb-story > pre')].map((e) => `story error shown: ${e.textContent.trim().split('\n')[0].slice(0, 200)}`),
    ]);
    const problems = failed.concat(docErrors.filter((e) => !(feedErrors && EXPECTED_FEED_ERROR.test(e))).map((e) => `console error: ${e}`));
    if (state.undefinedTags.length) problems.push(`undefined tags: ${state.undefinedTags.join(', ')}`);
    // Its stories tagged `stays-loading` are the only ones allowed to be loading.
    if (state.loading.length > allowed) problems.push(`still loading: ${state.loading.length} element(s), ${allowed} on purpose: ${[...new Set(state.loading)].join(', ')}`);
    if (problems.length) failures.push({ id: doc.id, problems });
    await docPage.close();
  }
} finally {
  await browser.close();
  server.close();
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length) {
  for (const f of failures) console.error(`✗ ${f.id}\n    ${f.problems.join('\n    ')}`);
  console.error(`\n${failures.length} of ${stories.length} stories and ${docs.length} docs pages failed (${seconds} s).`);
  process.exit(1);
}
console.log(`storybook-static: ${stories.length} stories and ${docs.length} docs pages render without errors (${seconds} s).`);
