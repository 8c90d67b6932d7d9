/**
 * Where an element's feed comes from, and where it stands: the element's own `src`
 * (loaded once per URL per page), else what the closest provider gives through
 * `@lit/context` (`<seminar-feed>`, or a seminar element that renders this one), else
 * nothing, which the element reports. An element that renders other seminar elements
 * passes `view` on to them with a `FeedProvider`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { LOADING, type FeedState } from '../feed/feed-state.js';
import { loadFeed } from '../feed/load.js';
import { closestAcross } from './dom.js';
import { announceFeed } from './events.js';
import { feedContext, type FeedView } from './feed-context.js';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  now?: string;
  timeZone?: string;
}

export class FeedController implements ReactiveController {
  private inherited?: FeedView;
  private readonly consumer: ContextConsumer<typeof feedContext, FeedHost>;
  private own?: FeedState;
  private ownSrc?: string;

  constructor(private readonly host: FeedHost) {
    host.addController(this);
    this.consumer = new ContextConsumer(host, {
      context: feedContext,
      subscribe: true,
      callback: (value) => {
        this.inherited = value;
      },
    });
  }

  /**
   * An element may upgrade before the `<seminar-feed>` around it is defined (its code
   * loads on demand): its request for the feed then went unanswered, so it asks again
   * once that element exists.
   */
  hostConnected(): void {
    if (customElements.get('seminar-feed') || !closestAcross(this.host, 'seminar-feed')) return;
    void customElements.whenDefined('seminar-feed').then(() => {
      if (!this.inherited && this.host.isConnected) this.consumer.hostConnected();
    });
  }

  /** Before each render: load a changed `src`. */
  hostUpdate(): void {
    if (this.host.src !== this.ownSrc) this.load(this.host.src);
  }

  /** What this element passes on to the seminar elements it renders. */
  get view(): FeedView | undefined {
    const feed = this.state;
    return feed && { feed, now: this.now, timeZone: this.timeZone, nested: true };
  }

  /** Where the feed stands, or `undefined` when the element has no source at all. */
  get state(): FeedState | undefined {
    if (this.host.src) return this.own ?? LOADING;
    if (this.inherited) return this.inherited.feed;
    // A <seminar-feed> that is not upgraded yet will answer once it is.
    return closestAcross(this.host, 'seminar-feed') ? LOADING : undefined;
  }

  /** The element's `now`, else the one its provider was given. */
  get now(): string | undefined {
    return this.host.now ?? (this.host.src ? undefined : this.inherited?.now);
  }

  /** The element's `time-zone`, else the one its provider was given. */
  get timeZone(): string | undefined {
    return this.host.timeZone ?? (this.host.src ? undefined : this.inherited?.timeZone);
  }

  /** Whether a seminar element around this one shows the feed too (and says what is shared once). */
  get nested(): boolean {
    return !this.host.src && this.inherited?.nested === true;
  }

  private load(src: string | undefined): void {
    this.ownSrc = src;
    this.own = undefined;
    if (!src) return;
    const url = new URL(src, document.baseURI).href;
    void loadFeed(url).then((result) => {
      if (this.ownSrc !== src) return;
      this.own = result;
      announceFeed(this.host, result);
      this.host.requestUpdate();
    });
  }
}
