import { LitElement, css, html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { LOADING, loadFeed, reportToConsole, stateFromJson, stateFromText, type FeedState } from '../../feed/load.js';
import type { Feed } from '../../feed/schema.js';
import { FeedProvider } from '../../controllers/feed-provider.js';
import { defineElement } from '../shared/define.js';
import { announceFeed } from '../../controllers/events.js';

/**
 * Loads, validates and provides one feed to every seminar element inside it.
 * It shows nothing of its own: its children render.
 *
 * The feed comes from `src`, or from a child `<script type="application/json">`,
 * or from the `feed` property, in that order.
 *
 * @element seminar-feed
 * @attr src - URL of the feed (relative URLs in the feed resolve against it).
 * @attr state - Reflected: `loading`, `ready` or `error`.
 * @fires {CustomEvent<FeedLoadDetail>} seminar-feed-load - `{ feed }`: the feed was loaded and validated.
 * @fires {CustomEvent<FeedErrorDetail>} seminar-feed-error - `{ message, issues }`: the feed could not be used, or items were left out.
 * @slot - Seminar elements and any other content.
 */
export class SeminarFeed extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    feed: { attribute: false },
    state: { reflect: true },
    value: { state: true },
  };

  /** URL of the feed. */
  src?: string;

  /** The feed as an object, for pages that have it already. Validated like any other. */
  feed?: unknown;

  /** `loading`, `ready` or `error`. */
  state: FeedState['state'] = 'loading';

  private value: FeedState = LOADING;

  private provider = new FeedProvider(this, () => ({ feed: this.value }));
  private scriptObserver?: MutationObserver;
  private inlineText?: string;

  /** The validated feed once ready, for scripts. */
  get loaded(): Feed | undefined {
    return this.value.state === 'ready' ? this.value.feed : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A CMS may insert the inline script after the element is upgraded.
    this.scriptObserver = new MutationObserver(() => {
      if (!this.src && this.feed === undefined) this.readSource();
    });
    this.scriptObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.scriptObserver?.disconnect();
    this.scriptObserver = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('feed') || !this.hasUpdated) this.readSource();
    this.state = this.value.state;
  }

  private publish(value: FeedState): void {
    this.value = value;
    this.provider.provide();
    announceFeed(this, value);
  }

  private readSource(): void {
    const src = this.src;
    if (src) {
      this.value = LOADING;
      this.provider.provide();
      const url = new URL(src, document.baseURI).href;
      void loadFeed(url).then((result) => {
        if (this.src === src) this.publish(result);
      });
      return;
    }
    let result: FeedState;
    if (this.feed !== undefined) {
      result = stateFromJson(this.feed, document.baseURI);
    } else {
      const script = this.querySelector('script[type="application/json"]');
      const text = script?.textContent ?? undefined;
      if (text === undefined || text === this.inlineText) return;
      this.inlineText = text;
      result = stateFromText(text, document.baseURI);
    }
    reportToConsole(result);
    this.publish(result);
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}

defineElement('seminar-feed', SeminarFeed);

declare global {
  interface HTMLElementTagNameMap {
    'seminar-feed': SeminarFeed;
  }
}
