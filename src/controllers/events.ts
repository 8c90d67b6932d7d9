import type { FeedState } from '../feed/feed-state.js';
import type { Feed } from '../feed/schema.js';
import type { Issue } from '../feed/validate.js';

export interface FeedLoadDetail {
  feed: Feed;
}
export interface FeedErrorDetail {
  message: string;
  issues: Issue[];
}
export interface SessionSelectDetail {
  sessionId: string;
}

interface SeminarEventMap {
  'seminar-feed-load': CustomEvent<FeedLoadDetail>;
  'seminar-feed-error': CustomEvent<FeedErrorDetail>;
  'seminar-session-select': CustomEvent<SessionSelectDetail>;
}

declare global {
  // Every seminar event bubbles and is composed: listen on the element, the document or the window.
  /* eslint-disable @typescript-eslint/no-empty-object-type */
  interface HTMLElementEventMap extends SeminarEventMap {}
  interface DocumentEventMap extends SeminarEventMap {}
  interface WindowEventMap extends SeminarEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}

/** Fires an event that bubbles and crosses shadow roots, as every seminar event does. */
export function fire<T>(target: EventTarget, type: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
}

/** Announces a finished feed load: `seminar-feed-load`, and `seminar-feed-error` for any problem. */
export function announceFeed(target: EventTarget, state: FeedState): void {
  if (state.state === 'ready') {
    fire<FeedLoadDetail>(target, 'seminar-feed-load', { feed: state.feed });
    if (state.stale) {
      fire<FeedErrorDetail>(target, 'seminar-feed-error', {
        message: `The feed could not be fetched; showing the copy saved ${new Date(state.stale.savedAt).toISOString()}`,
        issues: state.stale.issues,
      });
    }
    if (state.issues.length > 0) {
      fire<FeedErrorDetail>(target, 'seminar-feed-error', {
        message: `${state.issues.length} item(s) of the feed were left out`,
        issues: state.issues,
      });
    }
  } else if (state.state === 'error') {
    fire<FeedErrorDetail>(target, 'seminar-feed-error', {
      message: state.reason === 'fetch' ? 'The feed could not be fetched' : 'The feed is not valid',
      issues: state.issues,
    });
  }
}
