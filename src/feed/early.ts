/**
 * Feed requests started before the code that reads them has finished loading (see
 * elements/shared/prefetch.ts). No imports: this module is evaluated first.
 */
export interface EarlyRequest {
  response: Promise<Response>;
  /** Aborts the request; the loader's time limit uses it. */
  controller: AbortController;
}

const early = new Map<string, EarlyRequest>();

/** The options of every feed request: no cookies, JSON wanted. */
export const FEED_REQUEST: RequestInit = { credentials: 'omit', headers: { Accept: 'application/json' } };

/** Starts the request for `url` now, once; the loader takes it over (`takeEarlyRequest`). */
export function startEarlyRequest(url: string): void {
  if (early.has(url)) return;
  const controller = new AbortController();
  const response = fetch(url, { ...FEED_REQUEST, signal: controller.signal });
  response.catch(() => {}); // a failure is handled when the loader takes the request
  early.set(url, { response, controller });
}

/** The early request for `url`, if there is one; it is handed out once. */
export function takeEarlyRequest(url: string): EarlyRequest | undefined {
  const found = early.get(url);
  early.delete(url);
  return found;
}
