import { html, nothing, type TemplateResult } from 'lit';
import { formatWindowEdge } from '../../feed/dates.js';
import { sessionJsonLd } from '../../feed/jsonld.js';
import { placeJsonLd } from '../shared/jsonld.js';
import type { Session } from '../../feed/schema.js';
import type { Status } from '../../feed/status.js';
import type { RenderContext } from '../shared/base.js';
import { SessionElement } from '../shared/session-element.js';
import { renderContact, renderParagraphs } from '../shared/contact.js';
import { listOf } from '../../feed/text.js';
import { defineElement } from '../shared/define.js';
import { baseStyles } from '../shared/styles.js';
import { renderDateRows, renderLabelLine, renderWhen, sessionLabel, sessionSpeakers } from '../shared/session-parts.js';
import { renderAffiliation } from '../shared/speaker-parts.js';
import { contactPanelStyles, sessionStyles } from './seminar-session.styles.js';
import { FeedProvider } from '../../controllers/feed-provider.js';
import { FragmentController, until } from '../../controllers/fragment.js';

/** Loads the elements this one shows only sometimes: the form, and the recording, materials and calendar (one chunk). */
function loadElement(load: () => Promise<unknown>): void {
  load().catch((error: unknown) => console.error('seminar-widgets: could not load an element', error));
}

type Ctx = RenderContext<'list' | 'details' | 'media'>;

/**
 * One session in full: label, title, date and time, the application period and how
 * to apply, overview, topics, case studies, format, speakers with their roles,
 * notes, the live-stream link while live, the application form while open, the
 * recording after it, materials, add-to-calendar, and the office to contact for
 * changes. On its own on a page it gives search engines schema.org JSON-LD.
 *
 * @element seminar-session
 * @attr session-id - The `id` of the session in the feed (required).
 * @attr src - URL of the feed; without it the closest `<seminar-feed>` provides it.
 * @attr lang - UI language, `en` or `ja`; otherwise inherited from the page.
 * @attr now - An instant used instead of the clock (previews, tests).
 * @attr time-zone - An IANA zone or `local`; default: the series time zone.
 * @attr state - Reflected: `loading`, `ready` or `error`.
 * @attr status - Reflected: `upcoming`, `open`, `closed`, `live`, `archived` or `ended`.
 * @fires {CustomEvent<FeedLoadDetail>} seminar-feed-load - `{ feed }`: this element's own `src` was loaded.
 * @fires {CustomEvent<FeedErrorDetail>} seminar-feed-error - `{ message, issues }`: this element's own `src` could not be used, or items were left out.
 * @csspart session - The `<article>` around everything.
 * @csspart title - The session title.
 * @csspart status - The status badge.
 * @csspart stream-link - The live-stream link, shown while live.
 * @csspart application-form - The `<seminar-application-form>`, shown while applications are open.
 * @csspart archive-player - The `<seminar-archive-player>`, after the session.
 * @csspart materials - The `<seminar-materials>`, when the session has materials.
 * @csspart add-to-calendar - The `<seminar-add-to-calendar>`, until the session ends.
 * @csspart contact - The office to contact for changes and cancellations.
 * @csspart message - Loading and error messages.
 * @cssprop --seminar-color-text - Text colour.
 * @cssprop --seminar-color-background - Card background.
 * @cssprop --seminar-color-surface - Badge, role and contact background.
 * @cssprop --seminar-color-muted - Secondary text.
 * @cssprop --seminar-color-border - Borders.
 * @cssprop --seminar-color-accent - Links, focus rings, the stream button.
 * @cssprop --seminar-color-accent-text - Text on the stream button.
 * @cssprop --seminar-color-scheme - `light dark` follows the visitor's preference; `light` or `dark` forces one.
 * @cssprop --seminar-font-family - Font stack.
 * @cssprop --seminar-radius - Corner radius.
 * @cssprop --seminar-space - Base spacing.
 */
export class SeminarSession extends SessionElement<'details' | 'media'> {
  static override styles = [baseStyles, contactPanelStyles, sessionStyles];

  constructor() {
    super(['details', 'media']);
    // The elements this one renders share its feed, `now` and `time-zone`.
    new FeedProvider(this, () => this.feed.view);
    // On its own page (`/seminars/session-4#apply`), the fragment `apply` leads to the form.
    new FragmentController(this, (fragment) => {
      if (fragment === 'apply' && !this.feed.nested) void this.focusForm();
    });
  }

  private jsonLd?: HTMLScriptElement;

  /**
   * Search engines read the session from JSON-LD in the page's light DOM; a session
   * shown inside a series leaves that to the series.
   */
  protected override updated(): void {
    const source = this.feed.state;
    const session = source?.state === 'ready' ? this.sessionIn(source.feed) : undefined;
    const own = this.getRootNode() === document;
    this.jsonLd = placeJsonLd(
      this,
      own && session && source?.state === 'ready' ? sessionJsonLd(source.feed, session, { pageUrl: location.href, now: this.nowMs }) : undefined,
      this.jsonLd,
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.jsonLd = placeJsonLd(this, undefined, this.jsonLd);
  }

  /** Loads the recording, materials and calendar elements (one chunk) when this session shows one. */
  private needExtras(session: Session, status: Status): { player: boolean; materials: boolean; calendar: boolean } {
    const after = status === 'ended' || status === 'archived';
    const need = {
      player: status === 'archived' || (after && session.format.archive === true),
      materials: (session.materials?.length ?? 0) > 0,
      calendar: session.startsAt !== undefined && !after,
    };
    if (need.player || need.materials || need.calendar) loadElement(() => import('./extras.js'));
    return need;
  }

  /** Moves focus to the session title (used when a list selects this session). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus(options);
  }

  /** Moves focus to the first field of the application form, once it is there; to the title without a form. */
  async focusForm(): Promise<void> {
    const form = this.renderRoot.querySelector('seminar-application-form');
    if (!form) return this.focus();
    await until(() => form.state === 'ready' && !!form.shadowRoot?.querySelector('form'));
    const field = form.shadowRoot?.querySelector<HTMLElement>('form :is(input, select, textarea):not([tabindex="-1"])');
    if (field) field.focus();
    else this.focus();
  }

  private renderHowToApply(ctx: Ctx, session: Session, status: Status): TemplateResult {
    const app = session.application;
    if (!app) return html`<p>${ctx.m.details.noApplication}</p>`;
    let what: TemplateResult;
    if (status === 'upcoming') what = html`<p>${ctx.m.details.opensOn(formatWindowEdge(app.opensAt, ctx.lang, ctx.timeZone))}</p>`;
    else if (status !== 'open') what = html`<p>${ctx.m.details.closedOn(formatWindowEdge(app.closesAt, ctx.lang, ctx.timeZone))}</p>`;
    else if (app.mode === 'form') what = html`<p>${ctx.m.details.applyWithForm}</p>`;
    else {
      what = html`<p>${ctx.m.details.applyExternal}</p>
        <p><a part="apply-link" href=${app.url!} rel="noopener">${ctx.m.details.applyExternalLink}</a></p>`;
    }
    return html`${what}${app.capacity ? html`<p>${ctx.m.details.capacity(app.capacity)}</p>` : nothing}`;
  }

  /** The form while applications are open; a chunk of its own, fetched only then. */
  private renderForm(session: Session, status: Status): TemplateResult | typeof nothing {
    if (status !== 'open' || session.application?.mode !== 'form') return nothing;
    loadElement(() => import('../application-form/seminar-application-form.js'));
    return html`<seminar-application-form part="application-form" session-id=${session.id}></seminar-application-form>`;
  }

  private renderFormat(ctx: Ctx, session: Session, status: Status): TemplateResult {
    const { format } = session;
    const ways = [
      ...format.attendance.map((a) => ctx.m.details.attendance[a]),
      ...(format.live ? [ctx.m.details.liveStream] : []),
    ];
    // After the session the recording's own place says whether one is coming.
    const promised = format.archive && status !== 'archived' && status !== 'ended';
    return html`<p>${listOf(ways, ctx.lang)}${promised ? html`${ctx.lang === 'ja' ? '（' : ' ('}${ctx.m.details.archiveLater}${ctx.lang === 'ja' ? '）' : ')'}` : nothing}</p>
      ${format.note ? renderParagraphs(ctx, format.note) : nothing}`;
  }

  private renderSpeakers(ctx: Ctx, session: Session): TemplateResult | typeof nothing {
    const speakers = sessionSpeakers(ctx, session);
    if (speakers.length === 0) return nothing;
    return html`<ul class="speakers">
        ${speakers.map(
          ({ speaker, role, note }) => html`<li>
            <span class="role">${ctx.m.details.role[role]}</span>
            <span class="speaker-name" lang=${ctx.langOf(speaker.name)}>${ctx.t(speaker.name)}</span>
            ${renderAffiliation(ctx, speaker)}
            ${note ? html`<br /><span class="muted">${note}</span>` : nothing}
          </li>`,
        )}
      </ul>`;
  }

  private renderCaseStudies(ctx: Ctx, session: Session): TemplateResult | typeof nothing {
    const studies = session.caseStudies ?? [];
    if (studies.length === 0) return nothing;
    const nameOf = (id: string) => {
      const speaker = ctx.feed.speakers.find((s) => s.id === id);
      return speaker ? ctx.t(speaker.name) : '';
    };
    return html`<ol class="cases">
        ${studies.map(
          (study) => html`<li>
            <span lang=${ctx.langOf(study.title)}>${ctx.t(study.title)}</span>
            ${study.organization ? html`<br /><span class="muted">${ctx.t(study.organization)}</span>` : nothing}
            ${study.speakerIds?.length
              ? html`<br /><span class="muted">${ctx.m.details.presenters}: ${listOf(study.speakerIds.map(nameOf), ctx.lang)}</span>`
              : nothing}
          </li>`,
        )}
      </ol>`;
  }

  /** A section behind a disclosure, closed at first: details on demand. */
  private renderMore(heading: string, content: unknown): TemplateResult {
    return html`<details part="more">
      <summary>${heading}</summary>
      <div class="more">${content}</div>
    </details>`;
  }

  protected override renderReady(ctx: Ctx) {
    const session = this.sessionIn(ctx.feed)!;
    const status = this.status!;
    const label = sessionLabel(ctx, session);
    const extras = this.needExtras(session, status);
    // Inside a series the list above carries the application period: a session there is compact.
    const nested = this.feed.nested;
    const topics = session.topics ?? [];
    const speakers = this.renderSpeakers(ctx, session);
    const cases = this.renderCaseStudies(ctx, session);
    const overview = session.overview ? renderParagraphs(ctx, session.overview) : nothing;
    const about = html`${session.overview
      ? html`<h4>${ctx.m.details.overview}</h4>
          ${overview}`
      : nothing}
    ${topics.length
      ? html`<h4>${ctx.m.details.topics}</h4>
          <ul>
            ${topics.map((topic) => html`<li lang=${ctx.langOf(topic)}>${ctx.t(topic)}</li>`)}
          </ul>`
      : nothing}
    ${cases === nothing
      ? nothing
      : html`<h4>${ctx.m.details.caseStudies}</h4>
          ${cases}`}
    ${speakers === nothing
      ? nothing
      : html`<h4>${ctx.m.list.speakers}</h4>
          ${speakers}`}
    ${session.note
      ? html`<h4>${ctx.m.details.note}</h4>
          ${renderParagraphs(ctx, session.note)}`
      : nothing}`;
    const hasAbout = session.overview || session.note || topics.length > 0 || cases !== nothing || speakers !== nothing;
    const player = extras.player
      ? html`<seminar-archive-player part="archive-player" session-id=${session.id}></seminar-archive-player>`
      : nothing;
    const before = status === 'upcoming' || status === 'open' || status === 'closed';
    // The office is named once per page: inside a series, at its end; never for changes after the session.
    const contact = !nested && session.application && (before || status === 'live');
    return html`<article class="card" part="session" lang=${ctx.lang} aria-labelledby="title">
      <header>
        ${renderLabelLine(ctx, session, status)}
        <h3 id="title" part="title" tabindex="-1" lang=${ctx.langOf(session.title)}>${ctx.t(session.title)}</h3>
      </header>
      ${status === 'live' && session.stream
        ? html`<p><a class="button" part="stream-link" href=${session.stream.url} rel="noopener">${ctx.m.list.joinLiveStream}</a></p>`
        : nothing}
      ${status === 'archived' ? player : nothing}
      <dl class="facts">
        ${nested
          ? html`<dt>${ctx.m.list.date}</dt>
              <dd>${renderWhen(ctx, session)}</dd>`
          : renderDateRows(ctx, session, status)}
        ${before && !nested
          ? html`<dt>${ctx.m.details.howToApply}</dt>
              <dd>${this.renderHowToApply(ctx, session, status)}</dd>`
          : nothing}
        <dt>${ctx.m.details.format}</dt>
        <dd>${this.renderFormat(ctx, session, status)}</dd>
      </dl>
      ${status === 'ended' ? player : nothing} ${this.renderForm(session, status)}
      ${hasAbout || extras.materials || extras.calendar
        ? html`<div class="disclosures">
            ${hasAbout ? this.renderMore(ctx.m.details.aboutSession, about) : nothing}
            ${extras.materials
              ? this.renderMore(ctx.m.media.materialsHeading, html`<seminar-materials part="materials" session-id=${session.id}></seminar-materials>`)
              : nothing}
            ${extras.calendar
              ? this.renderMore(
                  ctx.m.media.calendarHeading,
                  html`<seminar-add-to-calendar part="add-to-calendar" session-id=${session.id}></seminar-add-to-calendar>`,
                )
              : nothing}
          </div>`
        : nothing}
      ${contact ? renderContact(ctx, ctx.feed.series.contact, `${label} ${ctx.t(session.title)}`) : nothing}
    </article>`;
  }
}

defineElement('seminar-session', SeminarSession);

declare global {
  interface HTMLElementTagNameMap {
    'seminar-session': SeminarSession;
  }
}
