/**
 * Loading feeds: one fetch per feed URL for the whole page, a size limit and a
 * time limit, then validation. No DOM: the same code runs in Node.
 */
import { LIMITS, type Contact, type Feed } from './schema.js';
import { formatIssue, validateFeed, type Issue } from './validate.js';
import { recover } from './recover.js';
import { DEFAULT_TIME_ZONE, isTimeZone } from './instant.js';
import { FEED_REQUEST, takeEarlyRequest } from './early.js';

export type FeedState =
  | { state: 'loading' }
  | {
      state: 'ready';
      feed: Feed;
      issues: Issue[];
      url?: string;
      /** Set when the host failed and this is the last good copy: when it was saved, and why. */
      stale?: { savedAt: number; issues: Issue[] };
    }
  | {
      state: 'error';
      reason: 'missing-source' | 'fetch' | 'invalid';
      issues: Issue[];
      contact?: Contact;
      url?: string;
      /** A 5xx answer, a network error or a time-out: worth another try. */
      transient?: boolean;
    };

export const LOADING: FeedState = Object.freeze({ state: 'loading' });

/** How long a visitor waits at most for a feed, retries included, before seeing a message. */
export const FEED_TIMEOUT_MS = 15_000;

/** Where the last good copy of each feed is kept (public data only). */
export const STORE_PREFIX = 'seminar-widgets:feed:';

/**
 * Keeps `text` as the last good copy of `url`, stored as `savedAt` and the text on
 * the lines after it (no JSON around it: escaping a large feed again costs time).
 * Written when the page is idle, after the first render: a large feed takes tens of
 * milliseconds to store, and a visitor should not wait for a fallback copy.
 */
function remember(url: string, text: string): void {
  const write = () => {
    try {
      globalThis.localStorage?.setItem(STORE_PREFIX + url, `${Date.now()}\n${text}`);
    } catch {
      // Storage full or forbidden: the page works, only without a fallback copy.
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(write, { timeout: 5000 });
  else setTimeout(write, 0);
}

/** Turns a validation result into the state elements render. */
export function stateFromJson(json: unknown, baseUrl?: string, url?: string): FeedState {
  const result = validateFeed(json, { baseUrl });
  if (result.ok) return { state: 'ready', feed: result.feed, issues: result.issues, url };
  return { state: 'error', reason: 'invalid', issues: result.issues, contact: result.contact, url };
}

/** Parses feed text (from a response or an inline script) into a state. */
export function stateFromText(text: string, baseUrl?: string, url?: string): FeedState {
  // UTF-8 takes at most 3 bytes per UTF-16 unit: count bytes only when the text could be too large.
  if (text.length * 3 > LIMITS.bodyBytes && new TextEncoder().encode(text).length > LIMITS.bodyBytes) return tooLarge(url);
  return parsed(text, baseUrl, url);
}

function tooLarge(url?: string): FeedState {
  return fail('invalid', `the feed is larger than ${LIMITS.bodyBytes / 1024 / 1024} MB`, url);
}

function parsed(text: string, baseUrl?: string, url?: string): FeedState {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('invalid', `is not valid JSON (${(error as Error).message})`, url);
  }
  return stateFromJson(json, baseUrl, url);
}

function fail(reason: 'fetch' | 'invalid', message: string, url?: string, transient = false): FeedState {
  return { state: 'error', reason, issues: [{ path: '(feed)', message }], url, transient };
}

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
    const bytes = await response.arrayBuffer();
    if (bytes.byteLength > LIMITS.bodyBytes) return tooLarge(url);
    const text = new TextDecoder().decode(bytes);
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
 * One try; only when it fails does the recovery code load (a chunk of its own):
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
