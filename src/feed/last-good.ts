/**
 * The last good copy of each feed, kept in localStorage (public feed data only) so
 * that a host that fails later does not leave visitors with nothing.
 */

/** Where the last good copy of each feed is kept (public data only). */
export const STORE_PREFIX = 'seminar-widgets:feed:';

/**
 * Keeps `text` as the last good copy of `url`, stored as `savedAt` and the text on
 * the lines after it (no JSON around it: escaping a large feed again costs time).
 * Written when the page is idle, after the first render: a large feed takes tens of
 * milliseconds to store, and a visitor should not wait for a fallback copy.
 */
export function remember(url: string, text: string): void {
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


/** The last good copy of `url` and when it was saved, if this browser has one. */
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

