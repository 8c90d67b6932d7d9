/**
 * Seats left per session, from the receiver's `GET /api/availability` (the feed's
 * `series.availabilityUrl`): fetched once per page and URL, never awaited by a render.
 * Until it answers, and if it fails, there is nothing to show and the feed alone renders.
 */

/** One session's seats as the receiver counts them. */
export interface Seats {
  capacity: number;
  confirmed: number;
  remaining: number;
  waitlisted: number;
}

const cache: Record<string, Promise<unknown> | Record<string, Seats>> = {};

/**
 * The seats per session id at `url` once known; until then `undefined`, and `then`
 * runs when the answer (or the failure) is in, for the caller to render again.
 */
export function seatsAt(url: string | undefined, then: () => void): Record<string, Seats> | undefined {
  if (!url) return;
  const known = (cache[url] ??= fetch(url)
    .then((r) => r.json())
    .then((j) => j.sessions)
    .catch(() => {})
    .then((s) => (cache[url] = s || {})));
  if (!(known instanceof Promise)) return known;
  known.then(then);
}
