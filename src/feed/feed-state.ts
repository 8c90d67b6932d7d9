/**
 * A feed as elements see it: loading, ready (with the problems of items left out),
 * or in error (with why, and the office contact when one could be read).
 */
import { LIMITS, type Contact, type Feed } from './schema.js';
import { validateFeed, type Issue } from './validate.js';

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

/**
 * A feed file's bytes as text, as every reader takes them (the elements' fetch, the
 * CLI's `validate` and `serve`): `undefined` above the size limit, else UTF-8 with a
 * leading byte-order mark dropped and broken bytes read as U+FFFD.
 */
export function feedText(bytes: ArrayBuffer | Uint8Array): string | undefined {
  if (bytes.byteLength <= LIMITS.bodyBytes) return new TextDecoder().decode(bytes);
}

export function tooLarge(url?: string): FeedState {
  return fail('invalid', `the feed is larger than ${LIMITS.bodyBytes / 1024 / 1024} MB`, url);
}

export function parsed(text: string, baseUrl?: string, url?: string): FeedState {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('invalid', `is not valid JSON (${(error as Error).message})`, url);
  }
  return stateFromJson(json, baseUrl, url);
}

export function fail(reason: 'fetch' | 'invalid', message: string, url?: string, transient = false): FeedState {
  return { state: 'error', reason, issues: [{ path: '(feed)', message }], url, transient };
}

