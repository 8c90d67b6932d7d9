/**
 * Starts the feed requests of the elements already in the page before the rest of the
 * bundle (Lit, the validator, the elements) is evaluated: the feed then travels while
 * the script starts up, not after. Imported first by the script-tag entry.
 */
import { startEarlyRequest } from '../feed/early.js';

// The elements that load a feed of their own from `src`.
const WITH_FEED = ':is(seminar-feed,seminar-series,seminar-session-list,seminar-session,seminar-speaker-list,seminar-speaker-card)[src]:not([src=""])';

for (const element of document.querySelectorAll(WITH_FEED)) {
  try {
    startEarlyRequest(new URL(element.getAttribute('src')!, document.baseURI).href);
  } catch {
    // Not a URL: the element reports it when it loads.
  }
}
