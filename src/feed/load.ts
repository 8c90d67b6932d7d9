/**
 * Loading feeds: one fetch per feed URL for the whole page, a size limit and a
 * time limit, then validation. No DOM: the same code runs in Node.
 */
import { LIMITS } from './schema.js';
import { formatIssue } from './validate.js';
import { DEFAULT_TIME_ZONE, isTimeZone } from './instant.js';
import { FEED_REQUEST, takeEarlyRequest } from './early.js';
import { fail, feedText, parsed, tooLarge, type FeedState } from './feed-state.js';
import { remember } from './last-good.js';
import { recover } from './recover.js';

export { LOADING, stateFromJson, stateFromText, type FeedState } from './feed-state.js';
export { STORE_PREFIX } from './last-good.js';

/** How long a visitor waits at most for a feed, retries included, before seeing a message. */
export const FEED_TIMEOUT_MS = 15_000;

/** One request, given until `deadline`; a good feed is remembered as the last good copy. */
export async function fetchOnce(url: string, fetchImpl: typeof fetch, deadline: number): Promise<FeedState> {
  // A request the page started before this code loaded (prefetch.ts) counts as this one.
  const early = fetchImpl === fetch ? takeEarlyRequest(url) : undefined;
  const controller = early?.controller ?? new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.max(0, deadline - Date.now()));
  try {
    const response = await (early?.response ?? fetchImpl(url, { ...FEED_REQUEST, signal: controller.signal }));
    if (!response.ok) return fail('fetch', `the server answered ${response.status} for ${url}`, url, response.status >= 500);
    if (Number(response.headers.get('Content-Length')) > LIMITS.bodyBytes) return tooLarge(url);
    // Bytes first: their count is the size limit, with no second encoding of the text.
    const text = feedText(await response.arrayBuffer());
    if (text === undefined) return tooLarge(url);
    const state = parsed(text, response.url || url, url);
    if (state.state === 'ready') remember(url, text);
    return state;
  } catch (error) {
    const timedOut = controller.signal.aborted;
    return fail('fetch', timedOut ? `no answer from ${url} within ${FEED_TIMEOUT_MS / 1000} s` : `could not fetch ${url} (${(error as Error).message})`, url, true);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One try; only when it fails does the recovery code run:
 * retries with backoff for passing faults, then the last good copy.
 */
async function fetchFeed(url: string, fetchImpl: typeof fetch): Promise<FeedState> {
  const deadline = Date.now() + FEED_TIMEOUT_MS;
  const first = await fetchOnce(url, fetchImpl, deadline);
  if (first.state !== 'error') return first;
  return recover(url, first, () => fetchOnce(url, fetchImpl, deadline), deadline);
}

const shared = new Map<string, Promise<FeedState>>();

/**
 * Loads the feed at absolute `url`. Every caller on the page asking for the same URL
 * shares one request and one result. Problems are written to the console once per
 * load, for editors.
 */
export function loadFeed(url: string, fetchImpl: typeof fetch = fetch): Promise<FeedState> {
  let pending = shared.get(url);
  if (!pending) {
    pending = fetchFeed(url, fetchImpl).then((state) => {
      reportToConsole(state, url);
      return state;
    });
    shared.set(url, pending);
    // The first Intl formatter with a time zone makes the browser load its zone data
    // (~40 ms): let that happen while the feed is on its way, not after it arrives.
    setTimeout(() => isTimeZone(DEFAULT_TIME_ZONE), 0);
  }
  return pending;
}

/** Forgets loaded feeds, so the next load fetches again (tests, live previews). */
export function clearFeedCache(url?: string): void {
  if (url === undefined) shared.clear();
  else shared.delete(url);
}

/** Writes a feed's problems to the console, one line each, for the editor. */
export function reportToConsole(state: FeedState, source = 'inline feed'): void {
  if (state.state === 'loading' || state.issues.length === 0) return;
  const lines = state.issues.map(formatIssue).join('\n');
  if (state.state === 'error') console.error(`seminar-widgets: the feed (${source}) cannot be used:\n${lines}`);
  else console.warn(`seminar-widgets: items of the feed (${source}) were left out:\n${lines}`);
}
