/**
 * Feed requests started before the code that reads them has finished loading (see
 * loader/prefetch.ts). No imports: this module is evaluated first.
 */
export interface EarlyRequest {
  response: Promise<Response>;
  /** Aborts the request; the loader's time limit uses it. */
  controller: AbortController;
}

// One registry per page, shared by every copy of the script (loaded twice, or two
// builds): a copy must not ask for a feed another copy has asked for already. A URL
// stays in it once asked for; `null` once its request has been taken over.
const KEY = Symbol.for('seminar-widgets.early-requests');
type Registry = Map<string, EarlyRequest | null>;
function registry(): Registry {
  const page = globalThis as Record<symbol, Registry | undefined>;
  return (page[KEY] ??= new Map());
}

/** The options of every feed request: no cookies, JSON wanted. */
export const FEED_REQUEST: RequestInit = { credentials: 'omit', headers: { Accept: 'application/json' } };

/** Starts the request for `url` now, once; the loader takes it over (`takeEarlyRequest`). */
export function startEarlyRequest(url: string): void {
  const early = registry();
  if (early.has(url)) return;
  const controller = new AbortController();
  const response = fetch(url, { ...FEED_REQUEST, signal: controller.signal });
  response.catch(() => {}); // a failure is handled when the loader takes the request
  early.set(url, { response, controller });
}

/**
 * The early request for `url`, if there is one; it is handed out once. Also notes that
 * `url` is being loaded, so that no copy of the script starts it early again.
 */
export function takeEarlyRequest(url: string): EarlyRequest | undefined {
  const early = registry();
  const found = early.get(url);
  early.set(url, null);
  return found ?? undefined;
}
