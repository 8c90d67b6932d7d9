/**
 * The script-tag bundle. It defines every element: `<seminar-session-list>`, the most
 * used, at once; every other element's code loads only when its tag appears on the
 * page, now or later (a list inside a `<seminar-feed>` finds its provider when that
 * arrives). A page that shows only a session list downloads this file and its
 * language's words, nothing else.
 *
 * Loading this script twice, or two builds of it, is harmless: each element is
 * defined only if its name is free.
 */
// First: start the feeds' requests while the rest of this file is evaluated.
import './prefetch.js';
import * as z from 'zod/mini';
import '../elements/session-list/seminar-session-list.js';
import { elementLoaders, ensureDefined } from './elements.js';
import { loadMessages } from '../feed/messages/load.js';
import { uiLanguage } from '../feed/messages/catalogue.js';

// zod checks whether it may compile validators with `new Function`; under a strict
// Content-Security-Policy even that probe is reported. This bundle's own copy of zod
// never compiles (validating a feed is fast enough without).
z.config({ jitless: true });

const pending = new Set(Object.keys(elementLoaders).filter((tag) => !customElements.get(tag)));

function loadPresent(): void {
  for (const tag of pending) {
    const element = document.querySelector(tag);
    if (element) {
      pending.delete(tag);
      ensureDefined(tag);
      // Its words too, now, with its code and the feed (not once its code has run).
      const lang = element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
      if (tag !== 'seminar-feed') void loadMessages(uiLanguage(lang), ['list', 'details']);
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
