/**
 * What happens after a feed request fails, loaded only then: a bounded number of
 * retries with backoff for passing faults (5xx, network errors, time-outs; never for
 * 4xx or invalid content), within the visitor's 15 s; then the last good copy of the
 * feed, if this browser has one, marked as stale.
 */
import { STORE_PREFIX, stateFromText, type FeedState } from './load.js';

/** Waits before each retry: two retries at most. */
export const RETRY_DELAYS_MS = [400, 1200] as const;

export function lastGood(url: string): { savedAt: number; text: string } | undefined {
  try {
    // Stored as the time it was saved, a line break, and the feed's text.
    const raw = globalThis.localStorage?.getItem(STORE_PREFIX + url) ?? '';
    const cut = raw.indexOf('\n');
    const savedAt = Number(raw.slice(0, cut));
    return cut > 0 && Number.isFinite(savedAt) ? { savedAt, text: raw.slice(cut + 1) } : undefined;
  } catch {
    return undefined;
  }
}

export async function recover(url: string, first: FeedState, attempt: () => Promise<FeedState>, deadline: number): Promise<FeedState> {
  let last = first;
  for (const delay of RETRY_DELAYS_MS) {
    if (last.state !== 'error' || !last.transient || Date.now() + delay >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, delay));
    last = await attempt();
  }
  if (last.state !== 'error' || !last.transient) return last;
  const stored = lastGood(url);
  if (!stored) return last;
  const copy = stateFromText(stored.text, url, url);
  return copy.state === 'ready' ? { ...copy, stale: { savedAt: stored.savedAt, issues: last.issues } } : last;
}
