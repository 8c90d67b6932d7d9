import { LitElement, html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { isTimeZone, parseInstant, seriesTimeZone } from '../../feed/instant.js';
import { localTimeZone } from '../../feed/dates.js';
import { resolveText, resolvedLanguage } from '../../feed/text.js';
import { seatsAt } from '../../feed/availability.js';
import type { Messages, Section, UiLanguage } from '../../feed/messages/catalogue.js';
import type { FeedState } from '../../feed/feed-state.js';
import type { Feed } from '../../feed/schema.js';
import { FeedController } from '../../controllers/feed-controller.js';
import { LocalizeController } from '../../controllers/localize.js';
import { renderFeedState, renderProblem, renderStale } from './feed-states.js';
import { baseStyles } from './styles.js';
import type { RenderContext } from './render-context.js';

export type { RenderContext } from './render-context.js';

export type ElementState = 'loading' | 'ready' | 'error';

/** The links to `href` under `root`, through shadow roots, in the order they are shown. */
function links(root: ParentNode, href: string, found: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    if (el.getAttribute('href') === href) found.push(el);
    if (el.shadowRoot) links(el.shadowRoot, href, found);
  }
  return found;
}

/** What one update found: the words, where the feed stands, and the context when ready. */
interface Frame<S extends Section> {
  lang: UiLanguage;
  m?: Messages<'list' | S>;
  source?: FeedState;
  ctx?: RenderContext<'list' | S>;
  problem?: string;
}

/**
 * The base of every display element: the shared attributes (`src`, `lang`, `now`,
 * `time-zone`) and the reflected `state`. Where the feed comes from is the
 * `FeedController`'s job, the words the `LocalizeController`'s; this class builds the
 * render context once per update and shows the loading and error states, so that an
 * element only renders its feed (`renderReady`).
 *
 * What every display element takes and fires (each element's manifest entry inherits it):
 *
 * @attr src - URL of the feed; without it the closest `<seminar-feed>` (or the seminar element around this one) provides it.
 * @attr lang - UI language, `en` or `ja`; otherwise the closest `lang` on the way up, else the document's.
 * @attr now - An instant (`2025-07-31T14:00:00+09:00`) used instead of the clock: previews and tests.
 * @attr time-zone - An IANA zone (`Europe/Berlin`) or `local` for the visitor's; default: the series time zone.
 * @attr state - Reflected, read only: `loading`, `ready` or `error`.
 * @fires {CustomEvent<FeedLoadDetail>} seminar-feed-load - `{ feed }`: this element's own `src` was loaded and validated.
 * @fires {CustomEvent<FeedErrorDetail>} seminar-feed-error - `{ message, issues }`: this element's own `src` could not be used, or items were left out.
 * @csspart message - Loading, empty and error messages.
 * @cssprop --seminar-color-text - Text colour.
 * @cssprop --seminar-color-background - Card and field background.
 * @cssprop --seminar-color-surface - Background of boxes, badges and messages.
 * @cssprop --seminar-color-muted - Secondary text.
 * @cssprop --seminar-color-border - Borders.
 * @cssprop --seminar-color-accent - Links, buttons and focus rings.
 * @cssprop --seminar-color-accent-text - Text on accent-coloured buttons.
 * @cssprop --seminar-color-open - The "open" badge.
 * @cssprop --seminar-color-live - The "live" badge.
 * @cssprop --seminar-color-error - Error messages and the required-field marker.
 * @cssprop --seminar-color-scheme - `light dark` follows the visitor's preference; `light` or `dark` forces one.
 * @cssprop --seminar-font-family - Font family; by default the page's (inherited).
 * @cssprop --seminar-font-size - Base font size.
 * @cssprop --seminar-radius - Corner radius of cards, boxes and buttons.
 * @cssprop --seminar-space - The base of the spacing scale.
 * @cssprop --seminar-space-outer - Space above and below the element.
 */
export abstract class SeminarElement<S extends Section = 'list'> extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    lang: { reflect: true },
    now: { reflect: true },
    timeZone: { attribute: 'time-zone', reflect: true },
    state: { reflect: true },
  };

  /** URL of the feed. Without it, the closest `<seminar-feed>` (or the seminar element around this one) provides it. */
  src?: string;

  /** UI language (`en`, `ja`); otherwise the closest ancestor's `lang`, otherwise the document's. */
  override lang!: string;

  /** An instant (`2025-07-31T14:00:00+09:00`) used instead of the clock: previews and tests. */
  now?: string;

  /** An IANA time zone, or `local` for the visitor's. Default: the series `timeZone`. */
  timeZone?: string;

  /** What the element shows: `loading`, `ready` or `error`. Reflected for pages and tests. */
  state: ElementState = 'loading';

  protected readonly feed: FeedController;
  protected readonly localize: LocalizeController<'list' | S>;
  private frame?: Frame<S>;

  /** @param sections - the catalogue sections this element reads besides `list`. */
  constructor(sections: readonly S[] = []) {
    super();
    this.feed = new FeedController(this);
    this.localize = new LocalizeController<'list' | S>(this, ['list', ...sections]);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A re-attached element re-derives what depends on the page and the clock.
    if (this.hasUpdated) this.requestUpdate();
  }

  /** The render context of the last update, when the feed is ready. */
  protected get context(): RenderContext<'list' | S> | undefined {
    return this.frame?.ctx;
  }

  /** The instant the element renders for: `now` (own or provided) when valid, else the clock. */
  protected get nowMs(): number {
    const fixed = this.feed.now ? parseInstant(this.feed.now) : NaN;
    return Number.isNaN(fixed) ? Date.now() : fixed;
  }

  protected zoneFor(feed: Feed): string {
    const wanted = this.feed.timeZone;
    const zone = wanted === 'local' ? localTimeZone() : wanted;
    return zone && isTimeZone(zone) ? zone : seriesTimeZone(feed.series);
  }

  protected override update(changed: PropertyValues<this>): void {
    const lang = this.localize.lang;
    const frame: Frame<S> = { lang, m: this.localize.messages(lang), source: this.feed.state };
    if (frame.m && frame.source?.state === 'ready') {
      const feed = frame.source.feed;
      const fallback = feed.series.defaultLanguage ?? 'en';
      frame.ctx = {
        feed,
        lang,
        m: frame.m,
        timeZone: this.zoneFor(feed),
        now: this.nowMs,
        t: (text) => resolveText(text, lang, fallback),
        langOf: (text) => resolvedLanguage(text, lang, fallback) ?? fallback,
        seats: seatsAt(feed.series.availabilityUrl, () => this.requestUpdate()),
      };
      frame.problem = this.problem(frame.ctx);
    }
    this.frame = frame;
    if (!frame.m) this.state = 'loading';
    else if (!frame.source) this.state = 'error';
    else if (frame.source.state !== 'ready') this.state = frame.source.state;
    else this.state = frame.problem ? 'error' : 'ready';
    this.prepare(frame.problem ? undefined : frame.ctx);
    super.update(changed);
    if (frame.ctx) this.takeOver();
  }

  /**
   * Pre-rendered HTML (`seminar-widgets render`) is shown through a slot, there from the
   * moment the shadow root is (an empty root would hide it, and a browser laying out then
   * would lose the page's scroll position), until the element can render its feed; then
   * the slot and the HTML go: the element's own rendering, made in the same frame, has its
   * place. A link that had focus hands it to the same link (the same `href`, the same
   * count along) in the element's rendering.
   */
  private get pre(): Element | null {
    return this.querySelector(':scope>[data-seminar-prerender]');
  }

  private preSlot?: HTMLSlotElement;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (this.pre) root.append((this.preSlot = document.createElement('slot')));
    return root;
  }

  private takeOver(): void {
    const pre = this.pre;
    const focused = document.activeElement;
    const href = pre?.contains(focused) && focused!.getAttribute('href');
    const index = href ? links(pre!, href).indexOf(focused!) : -1;
    pre?.remove();
    this.preSlot?.remove();
    if (index >= 0) requestAnimationFrame(() => (links(this.renderRoot, href as string)[index] as HTMLElement | undefined)?.focus({ preventScroll: true }));
  }

  /**
   * Called in every update before rendering, with the context when the element can
   * render its feed: reflect what the feed decides (`status`), restore state.
   */
  protected prepare(_ctx: RenderContext<'list' | S> | undefined): void {}

  /**
   * A message for an editor when the element's own attributes do not fit the feed
   * (an unknown `session-id`, say); `undefined` when all is well.
   */
  protected problem(_ctx: RenderContext<'list' | S>): string | undefined {
    return undefined;
  }

  protected abstract renderReady(ctx: RenderContext<'list' | S>): TemplateResult | typeof nothing;

  protected override render(): unknown {
    const { lang, m, source, ctx, problem } = this.frame!;
    if (!ctx && this.pre) return nothing;
    if (!m) return html`<p class="message" part="message" role="status" aria-busy="true"></p>`;
    if (!source) return renderProblem(this, lang, m.list.missingSource);
    if (!ctx) return renderFeedState(lang, m, source);
    if (problem) return renderProblem(this, lang, problem);
    // A copy kept from an earlier visit stands in while the host fails: said once per tree.
    const stale = source.state === 'ready' && !this.feed.nested ? source.stale : undefined;
    return html`${stale ? renderStale(ctx, stale.savedAt) : nothing}${this.renderReady(ctx)}`;
  }
}
