import { html, nothing, svg, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Session, SessionSpeaker, Speaker } from '../../feed/schema.js';
import { closestAcross } from '../../controllers/dom.js';
import { SeminarElement, type RenderContext } from '../shared/base.js';
import { renderParagraphs } from '../shared/contact.js';
import { defineElement } from '../shared/define.js';
import { sessionHref, sessionLabel } from '../shared/session-parts.js';
import { baseStyles } from '../shared/styles.js';
import { renderAffiliation } from '../shared/speaker-parts.js';
import { speakerCardStyles } from './seminar-speaker-card.styles.js';
import { initialOf } from '../../feed/initial.js';

type Ctx = RenderContext<'list' | 'details'>;

// The speaker's initial is shared with the pre-rendered HTML (src/render).
export { initialOf } from '../../feed/initial.js';


/** A neutral head and shoulders, for a speaker with neither photo nor letter. */
const silhouette = svg`<svg viewBox="0 0 64 64" aria-hidden="true"><circle cx="32" cy="26" r="11" /><path d="M12 60c0-11 9-19 20-19s20 8 20 19z" /></svg>`;

/**
 * One speaker: photo or initial, name with its reading, title and organization, a
 * three-line excerpt of the bio with "Full profile" after it, links, and the sessions
 * they speak at, as links where the page has a place for each session.
 *
 * A session links to `#<session-id>` inside `<seminar-series>`, to `session-url` with
 * `{id}` replaced elsewhere, and is plain text with neither.
 *
 * @element seminar-speaker-card
 * @attr speaker-id - The `id` of the speaker in the feed (required).
 * @attr session-url - Where a session's page is, with `{id}` for the session's id (`/seminars/{id}`); the sessions the speaker speaks at link there. Inside `<seminar-series>` they link to `#<session-id>` instead; with neither they are plain text.
 * @attr src - URL of the feed; without it the closest `<seminar-feed>` provides it.
 * @attr lang - UI language, `en` or `ja`; otherwise inherited from the page.
 * @attr now - An instant used instead of the clock (previews, tests).
 * @attr time-zone - An IANA zone or `local`; default: the series time zone.
 * @attr state - Reflected: `loading`, `ready` or `error`.
 * @fires {CustomEvent<FeedLoadDetail>} seminar-feed-load - `{ feed }`: this element's own `src` was loaded.
 * @fires {CustomEvent<FeedErrorDetail>} seminar-feed-error - `{ message, issues }`: this element's own `src` could not be used, or items were left out.
 * @csspart card - The `<article>` around the card.
 * @csspart photo - The photo, or the initial or silhouette in its place.
 * @csspart name - The speaker's name.
 * @csspart bio - The biography.
 * @csspart toggle - The "Full profile" button after a long biography.
 * @csspart sessions - The list of sessions the speaker speaks at.
 * @csspart message - Loading and error messages.
 * @cssprop --seminar-color-text - Text colour.
 * @cssprop --seminar-color-background - Card background.
 * @cssprop --seminar-color-surface - Initial background.
 * @cssprop --seminar-color-muted - Secondary text.
 * @cssprop --seminar-color-border - Borders.
 * @cssprop --seminar-color-accent - Links and focus rings.
 * @cssprop --seminar-color-scheme - `light dark` follows the visitor's preference; `light` or `dark` forces one.
 * @cssprop --seminar-font-family - Font stack; by default the page's (inherited).
 * @cssprop --seminar-radius - Corner radius.
 * @cssprop --seminar-space - Base spacing.
 * @cssprop --seminar-space-outer - Space above and below the element; 0 for the cards inside `<seminar-speaker-list>`.
 */
export class SeminarSpeakerCard extends SeminarElement<'details'> {
  static override styles = [baseStyles, speakerCardStyles];

  static override properties: PropertyDeclarations = {
    speakerId: { attribute: 'speaker-id', reflect: true },
    sessionUrl: { attribute: 'session-url', reflect: true },
    expanded: { state: true },
    overflows: { state: true },
  };

  constructor() {
    super(['details']);
  }

  /** The `id` of the speaker in the feed. */
  speakerId?: string;

  /** Where a session's page is: a URL with `{id}` for the session's id. */
  sessionUrl?: string;

  /** The whole bio is shown, not only its first three lines. */
  private expanded = false;

  /** The bio, clamped to three lines, has more than those: the toggle is needed. */
  private overflows = false;

  // Measured in the next frame: changing what renders inside the observer's own callback is a
  // "ResizeObserver loop" error in Firefox.
  private readonly resizes = new ResizeObserver(() => requestAnimationFrame(() => this.measure()));
  private observed?: HTMLElement;

  private speakerIn(ctx: Ctx): Speaker | undefined {
    return ctx.feed.speakers.find((s) => s.id === this.speakerId);
  }

  protected override problem(ctx: Ctx): string | undefined {
    if (!this.speakerId) return ctx.m.details.missingSpeakerId;
    if (!this.speakerIn(ctx)) return ctx.m.details.unknownSpeaker(this.speakerId);
    return undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizes.disconnect();
    this.observed = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another speaker starts folded.
    if (changed.has('speakerId')) this.expanded = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A newly observed bio reports its size once, after layout and before paint, so the
    // toggle appears in the first frame; then again whenever a new width changes its lines.
    const bio = this.bioElement;
    if (bio !== this.observed) {
      this.resizes.disconnect();
      if (bio) this.resizes.observe(bio);
      this.observed = bio;
    }
  }

  /** Whether the clamped bio hides lines; while it is open, the toggle stays to close it. */
  private get bioElement(): HTMLElement | undefined {
    return this.renderRoot.querySelector<HTMLElement>('.bio') ?? undefined;
  }

  private measure(): void {
    const bio = this.bioElement;
    if (!bio || this.expanded) return;
    const overflows = bio.scrollHeight > bio.clientHeight + 1;
    // A toggle that has focus stays (closed at a width where the bio now fits): focus is not lost.
    if (!overflows && this.shadowRoot?.activeElement?.classList.contains('toggle')) return;
    if (overflows !== this.overflows) this.overflows = overflows;
  }

  private toggle(): void {
    this.expanded = !this.expanded;
  }

  private renderPhoto(ctx: Ctx, speaker: Speaker, name: string): TemplateResult {
    if (speaker.photo) {
      return html`<img class="avatar" part="photo" src=${speaker.photo.src} alt=${ctx.t(speaker.photo.alt)} loading="lazy" decoding="async" width="64" height="64" />`;
    }
    const letter = initialOf(name);
    return letter
      ? html`<span class="avatar initial" part="photo" aria-hidden="true" lang=${ctx.langOf(speaker.name)}>${letter}</span>`
      : html`<span class="avatar initial" part="photo" aria-hidden="true">${silhouette}</span>`;
  }

  private renderBio(ctx: Ctx, speaker: Speaker): TemplateResult | typeof nothing {
    if (!speaker.bio || !ctx.t(speaker.bio)) return nothing;
    const folded = this.overflows && !this.expanded;
    // One text for everyone: three lines on screen until opened; the button follows it.
    return html`<div class="bio" id="bio" part="bio" ?data-clamped=${!this.expanded}>${renderParagraphs(ctx, speaker.bio)}</div>
      ${this.overflows || this.expanded
        ? html`<button type="button" class="toggle" part="toggle" aria-controls="bio" aria-expanded=${folded ? 'false' : 'true'} @click=${this.toggle}>${ctx.m.details.fullProfile}</button>`
        : nothing}`;
  }

  /** A session the speaker speaks at: its label ("Session 3 · Practical ①", with a role other than lecturer), as a link where there is one. */
  private renderSession(ctx: Ctx, session: Session, role: SessionSpeaker['role'] | undefined, inSeries: boolean): TemplateResult {
    const href = sessionHref(session.id, inSeries, this.sessionUrl);
    const label = role && role !== 'lecturer' ? ctx.m.details.sessionWithRole(sessionLabel(ctx, session), ctx.m.details.role[role]) : sessionLabel(ctx, session);
    return html`<li>${href ? html`<a href=${href}>${label}</a>` : label}</li>`;
  }

  protected override renderReady(ctx: Ctx) {
    const speaker = this.speakerIn(ctx)!;
    const name = ctx.t(speaker.name);
    const sessions = ctx.feed.sessions
      .flatMap((session) => {
        const ref = session.speakers?.find((r) => r.speakerId === speaker.id);
        return ref ? [{ session, role: ref.role }] : [];
      })
      .sort((a, b) => a.session.number - b.session.number);
    const inSeries = closestAcross(this, 'seminar-series') !== null;
    return html`<article class="card" part="card" lang=${ctx.lang} aria-labelledby="name">
      <header class="head">
        ${this.renderPhoto(ctx, speaker, name)}
        <div class="who">
          <h4 id="name" part="name" lang=${ctx.langOf(speaker.name)}>${name}</h4>
          ${speaker.nameReading
            ? html`<p class="reading" lang=${ctx.langOf(speaker.nameReading)}>${ctx.t(speaker.nameReading)}</p>`
            : nothing}
          ${renderAffiliation(ctx, speaker)}
        </div>
      </header>
      ${this.renderBio(ctx, speaker)}
      ${speaker.links?.length
        ? html`<ul class="links" aria-label=${ctx.m.details.links}>
            ${speaker.links.map(
              (link) => html`<li><a href=${link.url} rel="noopener" lang=${ctx.langOf(link.label)}>${ctx.t(link.label)}</a></li>`,
            )}
          </ul>`
        : nothing}
      ${sessions.length
        ? html`<div class="sessions" part="sessions">
            <h5>${ctx.m.details.appearsIn}</h5>
            <ul>
              ${sessions.map(({ session, role }) => this.renderSession(ctx, session, role, inSeries))}
            </ul>
          </div>`
        : nothing}
    </article>`;
  }
}

defineElement('seminar-speaker-card', SeminarSpeakerCard);

declare global {
  interface HTMLElementTagNameMap {
    'seminar-speaker-card': SeminarSpeakerCard;
  }
}
