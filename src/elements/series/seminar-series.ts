import { html, nothing } from 'lit';
import { formatFee, listOf } from '../../feed/text.js';
import { seriesJsonLd } from '../../feed/jsonld.js';
import { placeJsonLd } from '../shared/jsonld.js';
import { SeminarElement, type RenderContext } from '../shared/base.js';
import { renderContact, renderParagraphs } from '../shared/contact.js';
import { defineElement } from '../shared/define.js';
import { baseStyles } from '../shared/styles.js';
import { seriesStyles } from './seminar-series.styles.js';
import '../session-list/seminar-session-list.js';
import '../session/seminar-session.js';
import '../speaker-list/seminar-speaker-list.js';
import { FeedProvider } from '../../controllers/feed-provider.js';
import { FragmentController, until } from '../../controllers/fragment.js';
import { sessionStatus } from '../../feed/status.js';
import type { Session } from '../../feed/schema.js';
import type { SeminarSession } from '../session/seminar-session.js';
import { contactPanelStyles } from '../session/seminar-session.styles.js';


type Ctx = RenderContext<'list' | 'details'>;

/**
 * The whole series page: the header (title, organizer, summary, goals, audience,
 * fee, attendance, registration note, notes, contact), the session list, each
 * session's details, and the speakers. Choosing a session in the list moves focus
 * to its details.
 *
 * @element seminar-series
 * @attr src - URL of the feed; without it the closest `<seminar-feed>` provides it.
 * @attr lang - UI language, `en` or `ja`; otherwise inherited from the page.
 * @attr now - An instant used instead of the clock (previews, tests).
 * @attr time-zone - An IANA zone or `local`; default: the series time zone.
 * @attr state - Reflected: `loading`, `ready` or `error`.
 * Search engines get every dated session as schema.org JSON-LD, in a
 * `<script type="application/ld+json">` child of the element (removed with it).
 *
 * @fires {CustomEvent<SessionSelectDetail>} seminar-session-select - `{ sessionId }`: a session was chosen in the list.
 * @fires {CustomEvent<FeedLoadDetail>} seminar-feed-load - `{ feed }`: this element's own `src` was loaded.
 * @fires {CustomEvent<FeedErrorDetail>} seminar-feed-error - `{ message, issues }`: this element's own `src` could not be used, or items were left out.
 * @csspart header - The series header.
 * @csspart title - The series title.
 * @csspart facts - Audience, fee, attendance and registration.
 * @csspart contact - The office to contact for changes and cancellations.
 * @csspart session-list - The `<seminar-session-list>`.
 * @csspart session - Each `<seminar-session>`.
 * @csspart speaker-list - The `<seminar-speaker-list>`.
 * @csspart message - Loading and error messages.
 * @cssprop --seminar-color-text - Text colour.
 * @cssprop --seminar-color-background - Card background.
 * @cssprop --seminar-color-surface - Fact box background.
 * @cssprop --seminar-color-muted - Secondary text.
 * @cssprop --seminar-color-border - Borders.
 * @cssprop --seminar-color-accent - Links and focus rings.
 * @cssprop --seminar-color-scheme - `light dark` follows the visitor's preference; `light` or `dark` forces one.
 * @cssprop --seminar-font-family - Font stack.
 * @cssprop --seminar-radius - Corner radius.
 * @cssprop --seminar-space - Base spacing.
 */
export class SeminarSeries extends SeminarElement<'details'> {
  static override styles = [baseStyles, contactPanelStyles, seriesStyles];

  constructor() {
    super(['details']);
    // The elements this one renders share its feed, `now` and `time-zone`.
    new FeedProvider(this, () => this.feed.view);
    // The browser cannot find a session's id inside the shadow root: the series does.
    new FragmentController(this, (fragment) => void this.followFragment(fragment));
  }

  private jsonLd?: HTMLScriptElement;

  /** Search engines read the series from JSON-LD in the page's light DOM. */
  protected override updated(): void {
    const source = this.feed.state;
    this.jsonLd = placeJsonLd(
      this,
      source?.state === 'ready' ? seriesJsonLd(source.feed, { pageUrl: location.href, now: this.nowMs }) : undefined,
      this.jsonLd,
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.jsonLd = placeJsonLd(this, undefined, this.jsonLd);
  }

  /** Brings the session a fragment names into view and focus: `#session-4` its title, `#session-4/apply` its form. */
  private async followFragment(fragment: string): Promise<void> {
    const [id, action] = fragment.split('/');
    const target = this.renderRoot.querySelector<SeminarSession>(`seminar-session[session-id="${CSS.escape(id)}"]`);
    if (!target) return;
    await until(() => target.state === 'ready');
    if (action === 'apply') await target.focusForm();
    else target.focus();
  }

  /** Title, organizer and summary; what a visitor can do now follows, then the facts. */
  private renderHeader(ctx: Ctx) {
    const { series } = ctx.feed;
    const t = ctx.t;
    return html`<header part="header">
      <h2 part="title" lang=${ctx.langOf(series.title)}>${t(series.title)}</h2>
      <p class="organizer">
        ${ctx.m.details.organizer}:
        ${series.organizer.url
          ? html`<a href=${series.organizer.url} rel="noopener">${t(series.organizer.name)}</a>`
          : html`<span lang=${ctx.langOf(series.organizer.name)}>${t(series.organizer.name)}</span>`}
      </p>
      ${series.summary ? html`<div class="summary">${renderParagraphs(ctx, series.summary)}</div>` : nothing}
    </header>`;
  }

  /** The key facts as a row of labelled items, the goals, the registration note, the notes. */
  private renderAbout(ctx: Ctx) {
    const { series } = ctx.feed;
    const t = ctx.t;
    const fee = series.fee
      ? series.fee.label && (series.fee.amount > 0 || ctx.langOf(series.fee.label) === ctx.lang)
        ? t(series.fee.label)
        : formatFee(series.fee.amount, series.fee.currency, ctx.lang, ctx.m.details.free)
      : undefined;
    return html`<div class="about">
      <dl class="facts" part="facts">
        ${fee
          ? html`<div>
              <dt>${ctx.m.details.fee}</dt>
              <dd>${fee}</dd>
            </div>`
          : nothing}
        ${series.attendance?.length
          ? html`<div>
              <dt>${ctx.m.details.attendanceHeading}</dt>
              <dd>${listOf(series.attendance.map((a) => ctx.m.details.attendance[a]), ctx.lang)}</dd>
            </div>`
          : nothing}
        ${ctx.feed.sessions.length
          ? html`<div>
              <dt>${ctx.m.details.sessionsHeading}</dt>
              <dd>${ctx.m.details.sessionCount(ctx.feed.sessions.length)}</dd>
            </div>`
          : nothing}
        ${series.audience
          ? html`<div class="wide">
              <dt>${ctx.m.details.audience}</dt>
              <dd lang=${ctx.langOf(series.audience)}>${t(series.audience)}</dd>
            </div>`
          : nothing}
      </dl>
      ${series.goals?.length
        ? html`<section class="goals" aria-labelledby="goals">
            <h3 id="goals">${ctx.m.details.goals}</h3>
            <ul>
              ${series.goals.map((g) => html`<li lang=${ctx.langOf(g)}>${t(g)}</li>`)}
            </ul>
          </section>`
        : nothing}
      ${series.registrationNote ? html`<p class="registration" lang=${ctx.langOf(series.registrationNote)}>${t(series.registrationNote)}</p>` : nothing}
      ${series.notes?.length
        ? html`<ul class="notes">
            ${series.notes.map((n) => html`<li lang=${ctx.langOf(n)}>${t(n)}</li>`)}
          </ul>`
        : nothing}
    </div>`;
  }

  /**
   * What a visitor can do now: the sessions open for applications, with their deadline
   * and Apply; when none is open, the next one, with its application period; nothing once
   * all are over. The list shows them as it shows every session.
   */
  private renderNow(ctx: Ctx, sessions: Session[]) {
    const statuses = sessions.map((session) => sessionStatus(session, ctx.now, ctx.timeZone));
    const open = statuses.includes('open');
    if (!open && !sessions.some((s, i) => statuses[i] === 'upcoming' && s.application && s.startsAt)) return nothing;
    return html`<section class="now card" part="now" aria-labelledby="now">
      <h3 id="now">${open ? ctx.m.details.nowOpen : ctx.m.details.nextSession}</h3>
      <seminar-session-list filter=${open ? 'open' : 'upcoming'} limit=${open ? nothing : 1}></seminar-session-list>
    </section>`;
  }

  protected override renderReady(ctx: Ctx) {
    const sessions = [...ctx.feed.sessions].sort((a, b) => a.number - b.number);
    const contact = ctx.feed.series.contact;
    return html`<div class="series" lang=${ctx.lang}>
      ${this.renderHeader(ctx)} ${this.renderNow(ctx, sessions)} ${this.renderAbout(ctx)}
      <section aria-labelledby="sessions">
        <h3 id="sessions">${ctx.m.details.sessionsHeading}</h3>
        <seminar-session-list part="session-list"></seminar-session-list>
      </section>
      <ol class="details" aria-label=${ctx.m.details.sessionsHeading}>
        ${sessions.map(
          (s) => html`<li>
            <seminar-session part="session" session-id=${s.id}></seminar-session>
          </li>`,
        )}
      </ol>
      ${ctx.feed.speakers.length
        ? html`<section aria-labelledby="speakers">
            <h3 id="speakers">${ctx.m.details.speakersHeading}</h3>
            <seminar-speaker-list part="speaker-list"></seminar-speaker-list>
          </section>`
        : nothing}
      ${contact
        ? html`<section class="contact-once" aria-labelledby="contact">
            <h3 id="contact">${ctx.m.details.contactHeading}</h3>
            ${renderContact(ctx, contact)}
          </section>`
        : nothing}
    </div>`;
  }
}

defineElement('seminar-series', SeminarSeries);

declare global {
  interface HTMLElementTagNameMap {
    'seminar-series': SeminarSeries;
  }
}
