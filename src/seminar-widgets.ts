/**
 * The script-tag bundle. It defines every element: `<seminar-feed>` and
 * `<seminar-session-list>`, the most used, at once (in this order, so that lists
 * inside a feed find their provider); every other element's code loads only when
 * its tag appears on the page, now or later. A page that shows only a session list
 * downloads this file and its language's messages, nothing else.
 *
 * Loading this script twice, or two builds of it, is harmless: each element is
 * defined only if its name is free.
 */
// First: start the feeds' requests while the rest of this file is evaluated.
import './elements/shared/prefetch.js';
import './elements/feed/seminar-feed.js';
import './elements/session-list/seminar-session-list.js';
import { elementLoaders, ensureDefined } from './elements/shared/lazy.js';

const pending = new Set(Object.keys(elementLoaders).filter((tag) => !customElements.get(tag)));

function loadPresent(): void {
  for (const tag of pending) {
    if (document.querySelector(tag)) {
      pending.delete(tag);
      ensureDefined(tag);
    }
  }
  if (pending.size === 0) observer.disconnect();
}

const observer = new MutationObserver(loadPresent);
observer.observe(document.documentElement, { childList: true, subtree: true });
loadPresent();

/** Loads and defines every element now, for pages that create them from script. */
export function defineAll(): Promise<unknown> {
  return Promise.all(Object.values(elementLoaders).map((load) => load()));
}
