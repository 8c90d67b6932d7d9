/**
 * What happens after a feed request fails, loaded only then: a bounded number of
 * retries with backoff for passing faults (5xx, network errors, time-outs; never for
 * 4xx or invalid content), within the visitor's 15 s; then the last good copy of the
 * feed, if this browser has one, marked as stale.
 */
import { stateFromText, type FeedState } from './feed-state.js';
import { lastGood } from './last-good.js';

export { lastGood } from './last-good.js';

/** Waits before each retry: two retries at most. */
export const RETRY_DELAYS_MS = [400, 1200] as const;

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
