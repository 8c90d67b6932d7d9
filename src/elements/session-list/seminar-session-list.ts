import { html, nothing, type PropertyDeclarations } from 'lit';
import { STATUSES, sessionStatus, type Status } from '../../feed/status.js';
import type { Level, Session } from '../../feed/schema.js';
import { SeminarElement, type RenderContext } from '../shared/base.js';
import { defineElement } from '../shared/define.js';
import { fire, type SessionSelectDetail } from '../../controllers/events.js';
import { baseStyles } from '../shared/styles.js';
import { renderApply, renderDateRows, renderLabelLine, sessionHref, sessionSpeakers } from '../shared/session-parts.js';
import { closestAcross } from '../../controllers/dom.js';
import { listOf } from '../../feed/text.js';
import { sessionListStyles } from './seminar-session-list.styles.js';

const LEVELS: readonly Level[] = ['basic', 'advanced', 'practical'];

/** From this many entries on, only those near the screen are laid out. */
const LONG_LIST = 24;

/** Parses a space-separated list of allowed words; unknown words are ignored. */
function wordList<T extends string>(value: string | undefined, allowed: readonly T[]): T[] | undefined {
  if (!value || value.trim() === '' || value.trim() === 'all') return undefined;
  return value
    .trim()
    .split(/[\s,]+/)
    .filter((word): word is T => (allowed as readonly string[]).includes(word));
}

/**
 * One entry per session: number and label, status badge, title, date with weekday,
 * time range with zone, the application period while it matters, the speakers'
 * names, and for an open session an Apply action with its deadline.
 *
 * Titles are links when there is somewhere to go: `session-url` (a URL template with
 * `{id}`), or, inside `<seminar-series>`, the session's details on the same page
 * (`#session-4`). Without either they are plain text. Following a link fires
 * `seminar-session-select`, which a single-page app may cancel to route itself.
 *
 * @element seminar-session-list
 * @attr src - URL of the feed; without it the closest `<seminar-feed>` provides it.
 * @attr lang - UI language, `en` or `ja`; otherwise inherited from the page.
 * @attr now - An instant used instead of the clock (previews, tests).
 * @attr time-zone - An IANA zone or `local`; default: the series time zone.
 * @attr filter - `all` (default), or statuses separated by spaces: `open upcoming`.
 * @attr level - Only sessions of these levels: `basic`, `advanced`, `practical` (space-separated).
 * @attr limit - At most this many entries.
 * @attr session-url - Where a session's page is: a URL with `{id}`, like `/seminars/{id}`. Titles link there, Apply to its `#apply`.
 * @attr state - Reflected: `loading`, `ready` or `error`.
 * @fires {CustomEvent<SessionSelectDetail>} seminar-session-select - `{ sessionId }`: a session's link was followed; cancelable (the link is then not followed).
 * @fires {CustomEvent<FeedLoadDetail>} seminar-feed-load - `{ feed }`: this element's own `src` was loaded.
 * @fires {CustomEvent<FeedErrorDetail>} seminar-feed-error - `{ message, issues }`: this element's own `src` could not be used, or items were left out.
 * @csspart list - The `<ol>` of entries.
 * @csspart entry - One session's card.
 * @csspart entry-link - The title link (when there is one).
 * @csspart apply - The Apply button of an open session.
 * @csspart status - A status badge.
 * @csspart message - Loading, empty and error messages.
 * @cssprop --seminar-color-text - Text colour.
 * @cssprop --seminar-color-background - Card background.
 * @cssprop --seminar-color-surface - Message background.
 * @cssprop --seminar-color-muted - Secondary text.
 * @cssprop --seminar-color-border - Borders.
 * @cssprop --seminar-color-accent - Links, focus rings, the Apply button.
 * @cssprop --seminar-color-accent-text - Text on the Apply button.
 * @cssprop --seminar-color-open - The "open" badge.
 * @cssprop --seminar-color-live - The "live" badge.
 * @cssprop --seminar-color-scheme - `light dark` follows the visitor's preference; `light` or `dark` forces one.
 * @cssprop --seminar-font-family - Font family; by default the page's (inherited).
 * @cssprop --seminar-font-size - Base font size.
 * @cssprop --seminar-radius - Corner radius.
 * @cssprop --seminar-space - Base spacing.
 * @cssprop --seminar-space-outer - Space above and below the element.
 */
export class SeminarSessionList extends SeminarElement {
  static override styles = [baseStyles, sessionListStyles];

  static override properties: PropertyDeclarations = {
    filter: { reflect: true },
    level: { reflect: true },
    limit: { type: Number, reflect: true },
    sessionUrl: { attribute: 'session-url', reflect: true },
  };

  /** `all`, or space-separated statuses to show. */
  filter = 'all';

  /** Space-separated levels to show; empty for all. */
  level?: string;

  /** The most entries to show. */
  limit?: number;

  /** A URL template with `{id}` for each session's page; titles become links to it. */
  sessionUrl?: string;

  /** The sessions shown now, with their status, after `filter`, `level` and `limit`. */
  protected visible(ctx: RenderContext): Array<{ session: Session; status: Status }> {
    const statuses = wordList(this.filter, STATUSES);
    const levels = wordList(this.level, LEVELS);
    const rows = [...ctx.feed.sessions]
      .sort((a, b) => a.number - b.number)
      .map((session) => ({ session, status: sessionStatus(session, ctx.now, ctx.timeZone) }))
      .filter(({ session, status }) => (!statuses || statuses.includes(status)) && (!levels || levels.includes(session.level)));
    const limit = this.limit !== undefined && this.limit >= 0 ? Math.floor(this.limit) : undefined;
    return limit === undefined ? rows : rows.slice(0, limit);
  }

  /** Where a session's details are: its place in the series around this list, or its page (`session-url`). */
  private hrefFor(id: string): string | undefined {
    return sessionHref(id, closestAcross(this, 'seminar-series') !== null, this.sessionUrl);
  }

  /** Where an open session's Apply leads: its form on its page, or in the series; an external application page. */
  private applyHref(session: Session, href: string | undefined): string | undefined {
    if (session.application?.mode === 'external') return session.application.url;
    if (!href) return undefined;
    return href.startsWith('#') ? `${href}/apply` : `${href}#apply`;
  }

  /** One listener for every entry: following a link selects its session, unless a page cancels that. */
  private onClick = (event: MouseEvent): void => {
    const link = (event.target as Element).closest('a');
    const id = link?.closest('li')?.dataset.sessionId;
    if (!id || !link) return;
    if (!fire<SessionSelectDetail>(this, 'seminar-session-select', { sessionId: id }, true)) event.preventDefault();
  };

  protected override renderReady(ctx: RenderContext) {
    const rows = this.visible(ctx);
    if (rows.length === 0) {
      return html`<p class="message" part="message" lang=${ctx.lang}>${ctx.m.list.noSessions}</p>`;
    }
    return html`<ol part="list" class=${rows.length > LONG_LIST ? 'long' : ''} lang=${ctx.lang} @click=${this.onClick}>
      ${rows.map(({ session, status }) => {
        const names = sessionSpeakers(ctx, session).map(({ speaker }) => ctx.t(speaker.name));
        const href = this.hrefFor(session.id);
        const title = ctx.t(session.title);
        return html`<li class="entry card" part="entry" data-session-id=${session.id} data-status=${status}>
          ${renderLabelLine(ctx, session, status)}
          <h3 lang=${ctx.langOf(session.title)}>${href ? html`<a part="entry-link" href=${href}>${title}</a>` : title}</h3>
          <dl>${renderDateRows(ctx, session, status)}</dl>
          ${names.length
            ? html`<p class="speakers"><span class="visually-hidden">${ctx.m.list.speakers}: </span>${listOf(names, ctx.lang)}</p>`
            : nothing}
          ${status === 'live' && session.stream
            ? html`<p><a class="button" part="stream-link" href=${session.stream.url} rel="noopener">${ctx.m.list.joinLiveStream}</a></p>`
            : status === 'archived' && href
              ? html`<p><a href=${href}>${ctx.m.list.watchRecording}</a></p>`
              : status === 'open'
                ? renderApply(ctx, session, this.applyHref(session, href))
                : nothing}
        </li>`;
      })}
    </ol>`;
  }
}

defineElement('seminar-session-list', SeminarSessionList);

declare global {
  interface HTMLElementTagNameMap {
    'seminar-session-list': SeminarSessionList;
  }
}
