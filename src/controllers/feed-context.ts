import { createContext } from '@lit/context';
import type { FeedState } from '../feed/feed-state.js';

/**
 * What a provider hands to the seminar elements inside it: the feed, and the `now` and
 * `time-zone` that the provider was given, so that children need no attributes passed
 * down by hand. `<seminar-feed>` provides the feed alone; an element that loads its
 * own `src` and renders other seminar elements (series, session, speaker list)
 * provides all three, marked `nested`.
 */
export interface FeedView {
  feed: FeedState;
  now?: string;
  timeZone?: string;
  /** Provided by a seminar element to the elements it renders (not by `<seminar-feed>`). */
  nested?: boolean;
}

export const feedContext = createContext<FeedView>(Symbol.for('seminar-widgets.feed-view'));
