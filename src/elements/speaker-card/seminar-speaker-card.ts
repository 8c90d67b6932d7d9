import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Speaker } from '../../feed/schema.js';
import { paragraphs } from '../../feed/text.js';
import { SeminarElement, type RenderContext } from '../shared/base.js';
import { renderParagraphs } from '../shared/contact.js';
import { defineElement } from '../shared/define.js';
import { sessionLabel } from '../shared/session-parts.js';
import { baseStyles } from '../shared/styles.js';
import { speakerCardStyles } from './seminar-speaker-card.styles.js';


type Ctx = RenderContext<'list' | 'details'>;

/** Bios longer than this many characters fold behind a "Full profile" disclosure. */
export const LONG_BIO = 320;

/** Initials for a speaker without a photo: "Hara Masato" → "HM", "原 昌登" → "原". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  if (/^[\p{Script=Latin}]/u.test(words[0])) {
    return words
      .slice(0, 2)
      .map((w) => w[0].toUpperCase())
      .join('');
  }
  return Array.from(words[0])[0];
}

/**
 * One speaker: photo or initials, name, reading, title, organization, bio (long
 * ones collapsible), links, and the sessions they appear in.
 *
 * @element seminar-speaker-card
 * @attr speaker-id - The `id` of the speaker in the feed (required).
 * @attr src - URL of the feed; without it the closest `<seminar-feed>` provides it.
 * @attr lang - UI language, `en` or `ja`; otherwise inherited from the page.
 * @attr now - An instant used instead of the clock (previews, tests).
 * @attr time-zone - An IANA zone or `local`; default: the series time zone.
 * @attr state - Reflected: `loading`, `ready` or `error`.
 * @fires seminar-feed-load - `{ feed }`: this element's own `src` was loaded.
 * @fires seminar-feed-error - `{ message, issues }`: this element's own `src` could not be used, or items were left out.
 * @csspart card - The `<article>` around the card.
 * @csspart photo - The photo, or the initials in its place.
 * @csspart name - The speaker's name.
 * @csspart bio - The biography.
 * @csspart message - Loading and error messages.
 * @cssprop --seminar-color-text - Text colour.
 * @cssprop --seminar-color-background - Card background.
 * @cssprop --seminar-color-surface - Initials background.
 * @cssprop --seminar-color-muted - Secondary text.
 * @cssprop --seminar-color-border - Borders.
 * @cssprop --seminar-color-accent - Links and focus rings.
 * @cssprop --seminar-color-scheme - `light`, `dark`, or `light dark` (default: follows the visitor's preference).
 * @cssprop --seminar-font-family - Font stack.
 * @cssprop --seminar-radius - Corner radius.
 * @cssprop --seminar-space - Base spacing.
 */
export class SeminarSpeakerCard extends SeminarElement<'details'> {
  static override styles = [baseStyles, speakerCardStyles];

  constructor() {
    super(['details']);
  }

  /** The `id` of the speaker in the feed. */
  @property({ attribute: 'speaker-id', reflect: true }) speakerId?: string;

  private speakerIn(ctx: Ctx): Speaker | undefined {
    return ctx.feed.speakers.find((s) => s.id === this.speakerId);
  }

  protected override problem(ctx: Ctx): string | undefined {
    if (!this.speakerId) return ctx.m.details.missingSpeakerId;
    if (!this.speakerIn(ctx)) return ctx.m.details.unknownSpeaker(this.speakerId);
    return undefined;
  }

  private renderBio(ctx: Ctx, speaker: Speaker): TemplateResult | typeof nothing {
    if (!speaker.bio) return nothing;
    const text = ctx.t(speaker.bio);
    if (text.length <= LONG_BIO) {
      return html`<div class="bio" part="bio">${renderParagraphs(ctx, speaker.bio)}</div>`;
    }
    // The excerpt is for sighted readers only; the disclosure holds the whole text for everyone.
    return html`<div class="bio" part="bio">
      <details>
        <summary>${ctx.m.details.fullProfile}</summary>
        ${renderParagraphs(ctx, speaker.bio)}
      </details>
      <p class="excerpt" aria-hidden="true" lang=${ctx.langOf(speaker.bio)}>${paragraphs(text)[0]}</p>
    </div>`;
  }

  protected override renderReady(ctx: Ctx) {
    const speaker = this.speakerIn(ctx)!;
    const name = ctx.t(speaker.name);
    const sessions = ctx.feed.sessions
      .filter((s) => s.speakers?.some((ref) => ref.speakerId === speaker.id))
      .sort((a, b) => a.number - b.number);
    return html`<article class="card" part="card" lang=${ctx.lang} aria-labelledby="name">
      ${speaker.photo
        ? html`<img class="avatar" part="photo" src=${speaker.photo.src} alt=${ctx.t(speaker.photo.alt)} loading="lazy" decoding="async" width="64" height="64" />`
        : html`<span class="avatar initials" part="photo" aria-hidden="true">${initials(name)}</span>`}
      <div class="who">
        <h4 id="name" part="name" lang=${ctx.langOf(speaker.name)}>${name}</h4>
        ${speaker.nameReading ? html`<span class="reading" lang=${ctx.langOf(speaker.nameReading)}>${ctx.t(speaker.nameReading)}</span>` : nothing}
        ${speaker.title ? html`<span lang=${ctx.langOf(speaker.title)}>${ctx.t(speaker.title)}</span>` : nothing}
        ${speaker.organization ? html`<span class="muted" lang=${ctx.langOf(speaker.organization)}>${ctx.t(speaker.organization)}</span>` : nothing}
      </div>
      <div class="more">
        ${this.renderBio(ctx, speaker)}
        ${speaker.links?.length
          ? html`<h5>${ctx.m.details.links}</h5>
              <ul>
                ${speaker.links.map((link) => html`<li><a href=${link.url} rel="noopener">${ctx.t(link.label)}</a></li>`)}
              </ul>`
          : nothing}
        ${sessions.length
          ? html`<h5>${ctx.m.details.appearsIn}</h5>
              <ul>
                ${sessions.map((s) => html`<li>${sessionLabel(ctx, s)}: <span lang=${ctx.langOf(s.title)}>${ctx.t(s.title)}</span></li>`)}
              </ul>`
          : nothing}
      </div>
    </article>`;
  }
}

defineElement('seminar-speaker-card', SeminarSpeakerCard);

declare global {
  interface HTMLElementTagNameMap {
    'seminar-speaker-card': SeminarSpeakerCard;
  }
}
