import { LitElement, html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer, ContextRoot } from '@lit/context';
import { LOADING, loadFeed, type FeedState } from '../../feed/load.js';
import { loadMessages, messagesIfLoaded, uiLanguage, type MessagePart, type Messages, type UiLanguage } from '../../feed/i18n.js';
import { isTimeZone, parseInstant, seriesTimeZone } from '../../feed/instant.js';
import { formatDate, formatTime, localTimeZone } from '../../feed/dates.js';
import { nextStatusChange, sessionStatus, type Status } from '../../feed/status.js';
import { resolveText, resolvedLanguage, type Text } from '../../feed/text.js';
import type { Feed, Session } from '../../feed/schema.js';
import { feedContext } from './context.js';
import { announceFeed } from './events.js';
import { baseStyles } from './styles.js';

export type ElementState = 'loading' | 'ready' | 'error';

/** `closest()` that continues from a shadow root to its host. */
export function closestAcross(node: Element, selector: string): Element | null {
  let current: Element | null = node;
  while (current) {
    const found = current.closest(selector);
    if (found) return found;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

// Elements may upgrade before the <seminar-feed> around them (separate chunks, late
// markup): a context root replays their requests when a provider appears.
const ROOT_FLAG = Symbol.for('seminar-widgets.context-root');
if (typeof document !== 'undefined' && !(document as unknown as Record<symbol, boolean>)[ROOT_FLAG]) {
  (document as unknown as Record<symbol, boolean>)[ROOT_FLAG] = true;
  new ContextRoot().attach(document.documentElement);
}

// One observer for the whole page re-renders elements when any ancestor's `lang` changes.
const connected = new Set<SeminarElement>();
let langObserver: MutationObserver | undefined;

function observeLanguage(element: SeminarElement): void {
  connected.add(element);
  if (!langObserver) {
    langObserver = new MutationObserver(() => connected.forEach((e) => e.requestUpdate()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unobserveLanguage(element: SeminarElement): void {
  connected.delete(element);
  if (connected.size === 0 && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

/** Everything an element needs to render the feed for one visitor. */
export interface RenderContext {
  feed: Feed;
  lang: UiLanguage;
  m: Messages;
  timeZone: string;
  now: number;
  /** Resolves a feed Text for the page's language. */
  t: (text: Text | undefined) => string;
  /** The language that Text resolves to, for a `lang` attribute. */
  langOf: (text: Text | undefined) => string;
}

/**
 * The base of every display element: the shared attributes of elements.md
 * (`src`, `lang`, `now`, `time-zone`), where the feed comes from (own `src`, a
 * parent element, or an ancestor `<seminar-feed>`), and the `state` attribute.
 */
export abstract class SeminarElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** The parts of the message catalogue this element's words come from (see i18n.ts). */
  static messageParts: readonly MessagePart[] = ['core', 'more'];

  /** URL of the feed. Without it, the closest `<seminar-feed>` ancestor provides it. */
  @property({ reflect: true }) src?: string;

  /** UI language (`en`, `ja`); otherwise the closest ancestor's `lang`, otherwise the document's. */
  @property({ reflect: true }) override lang!: string;

  /** An instant (`2025-07-31T14:00:00+09:00`) used instead of the clock: previews and tests. */
  @property({ reflect: true }) now?: string;

  /** An IANA time zone, or `local` for the visitor's. Default: the series `timeZone`. */
  @property({ attribute: 'time-zone', reflect: true }) timeZone?: string;

  /** What the element shows: `loading`, `ready` or `error`. Reflected for pages and tests. */
  @property({ reflect: true }) state: ElementState = 'loading';

  /** The feed as another seminar element passes it down; pages set `src` or use `<seminar-feed>`. */
  @property({ attribute: false }) feedState?: FeedState;

  @state() private ownState?: FeedState;
  @state() private contextState?: FeedState;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: feedContext,
      subscribe: true,
      callback: (value) => {
        this.contextState = value;
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    observeLanguage(this);
    // A re-attached element re-derives what depends on the page and the clock.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unobserveLanguage(this);
  }

  /** The UI language this element renders in. */
  get uiLang(): UiLanguage {
    const owner = closestAcross(this, '[lang]');
    return uiLanguage(owner ? owner.getAttribute('lang') : document.documentElement.lang);
  }

  /** Where the feed stands for this element now. */
  protected get source(): FeedState | undefined {
    if (this.src) return this.ownState ?? LOADING;
    if (this.feedState) return this.feedState;
    if (this.contextState) return this.contextState;
    // A <seminar-feed> that is not upgraded yet will answer once it is.
    if (closestAcross(this, 'seminar-feed')) return LOADING;
    return undefined;
  }

  /** The clock, or the `now` attribute when it holds a valid instant. */
  protected get nowMs(): number {
    const fixed = this.now ? parseInstant(this.now) : NaN;
    return Number.isNaN(fixed) ? Date.now() : fixed;
  }

  protected zoneFor(feed: Feed): string {
    const zone = this.timeZone === 'local' ? localTimeZone() : this.timeZone;
    if (zone && isTimeZone(zone)) return zone;
    return seriesTimeZone(feed.series);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.startLoad();
    const source = this.source;
    const m = this.messages();
    if (!m) this.state = 'loading';
    else if (!source) this.state = 'error';
    else if (source.state !== 'ready') this.state = source.state;
    else this.state = this.problem(this.context(source.feed, m)) ? 'error' : 'ready';
  }

  /** The UI messages, or `undefined` while their language chunk is still loading. */
  protected messages(): Messages | undefined {
    const lang = this.uiLang;
    const needed = (this.constructor as typeof SeminarElement).messageParts;
    const m = messagesIfLoaded(lang, needed);
    if (!m) void loadMessages(lang, needed).then(() => this.requestUpdate());
    return m;
  }

  private startLoad(): void {
    const src = this.src;
    this.ownState = undefined;
    if (!src) return;
    const url = new URL(src, document.baseURI).href;
    void loadFeed(url).then((result) => {
      if (this.src !== src) return;
      this.ownState = result;
      announceFeed(this, result);
    });
  }

  protected context(feed: Feed, m: Messages): RenderContext {
    const lang = this.uiLang;
    const fallback = feed.series.defaultLanguage ?? 'en';
    return {
      feed,
      lang,
      m,
      timeZone: this.zoneFor(feed),
      now: this.nowMs,
      t: (text) => resolveText(text, lang, fallback),
      langOf: (text) => resolvedLanguage(text, lang, fallback) ?? fallback,
    };
  }

  /**
   * A message for an editor when the element's own attributes do not fit the feed
   * (an unknown `session-id`, say); `undefined` when all is well.
   */
  protected problem(_ctx: RenderContext): string | undefined {
    return undefined;
  }

  protected abstract renderReady(ctx: RenderContext): TemplateResult | typeof nothing;

  protected override render(): unknown {
    const lang = this.uiLang;
    const m = this.messages();
    if (!m) return html`<p class="message" part="message" role="status" aria-busy="true"></p>`;
    const source = this.source;
    if (!source) return this.renderMessage(lang, m.missingSource);
    if (source.state === 'loading') {
      return html`<p class="message" part="message" role="status" lang=${lang}>${m.loading}</p>`;
    }
    if (source.state === 'error') {
      const contact = source.contact;
      const name = contact ? resolveText(contact.name, lang) : '';
      return html`<div class="message" data-kind="error" part="message" role="alert" lang=${lang}>
        <p>${m.feedError}</p>
        ${contact
          ? html`<p>
              ${m.feedErrorContact(name)}
              ${contact.email ? html`<a href="mailto:${contact.email}">${contact.email}</a>` : nothing}
              ${contact.phone ? html`<a href="tel:${contact.phone.replace(/[^\d+]/g, '')}">${contact.phone}</a>` : nothing}
            </p>`
          : nothing}
      </div>`;
    }
    const ctx = this.context(source.feed, m);
    const problem = this.problem(ctx);
    if (problem) return this.renderMessage(lang, problem);
    // A copy kept from an earlier visit stands in while the host fails; say so quietly, once per tree.
    const stale = source.stale && !this.feedState ? source.stale.savedAt : undefined;
    return html`${stale === undefined
        ? nothing
        : html`<p class="stale muted" part="stale" role="status" lang=${lang}>
            ${m.lastUpdated(`${formatDate(stale, lang, ctx.timeZone)} ${formatTime(stale, lang, ctx.timeZone)}`)}
          </p>`}${this.renderReady(ctx)}`;
  }

  private lastWarning?: string;

  private renderMessage(lang: UiLanguage, text: string): TemplateResult {
    if (this.lastWarning !== text) console.warn(`<${this.localName}>: ${(this.lastWarning = text)}`);
    return html`<p class="message" data-kind="error" part="message" role="alert" lang=${lang}>${text}</p>`;
  }
}

/**
 * The base of elements that show one session (`session-id`): finds it, derives its
 * status, reflects `status`, and re-renders when the status changes by the clock.
 */
export abstract class SessionElement extends SeminarElement {
  /** The `id` of the session in the feed. */
  @property({ attribute: 'session-id', reflect: true }) sessionId?: string;

  /** The session's status (feed-format.md), reflected: `upcoming`, `open`, `closed`, `live`, `archived`, `ended`. */
  @property({ reflect: true }) status?: Status;

  private statusTimer?: ReturnType<typeof setTimeout>;

  protected sessionIn(feed: Feed): Session | undefined {
    return feed.sessions.find((s) => s.id === this.sessionId);
  }

  protected override problem(ctx: RenderContext): string | undefined {
    if (!this.sessionId) return ctx.m.missingSessionId;
    if (!this.sessionIn(ctx.feed)) return ctx.m.unknownSession(this.sessionId);
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const source = this.source;
    const session = source?.state === 'ready' ? this.sessionIn(source.feed) : undefined;
    this.status = session && source?.state === 'ready' ? sessionStatus(session, this.nowMs, this.zoneFor(source.feed)) : undefined;
    this.scheduleStatusChange(session, source);
  }

  private scheduleStatusChange(session: Session | undefined, source: FeedState | undefined): void {
    clearTimeout(this.statusTimer);
    this.statusTimer = undefined;
    if (!session || this.now || source?.state !== 'ready' || !this.isConnected) return;
    const next = nextStatusChange(session, Date.now(), this.zoneFor(source.feed));
    if (next === undefined) return;
    const delay = next - Date.now();
    if (delay > 2 ** 31 - 1) return;
    this.statusTimer = setTimeout(() => this.requestUpdate(), Math.max(0, delay));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.statusTimer);
    this.statusTimer = undefined;
  }
}
