import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { STATUSES, sessionStatus, type Status } from '../../feed/status.js';
import type { Level, Session } from '../../feed/schema.js';
import { SeminarElement, type RenderContext } from '../shared/base.js';
import { defineElement } from '../shared/define.js';
import { fire, type SessionSelectDetail } from '../../controllers/events.js';
import { baseStyles } from '../shared/styles.js';
import { renderDateRows, renderLabelLine, sessionSpeakers } from '../shared/session-parts.js';
import { listOf } from '../../feed/text.js';
import { sessionListStyles } from './seminar-session-list.styles.js';

const LEVELS: readonly Level[] = ['basic', 'advanced', 'practical'];

/** Parses a space-separated list of allowed words; unknown words are ignored. */
function wordList<T extends string>(value: string | undefined, allowed: readonly T[]): T[] | undefined {
  if (!value || value.trim() === '' || value.trim() === 'all') return undefined;
  return value
    .trim()
    .split(/[\s,]+/)
    .filter((word): word is T => (allowed as readonly string[]).includes(word));
}

/**
 * One entry per session: number and label, title, date with weekday, time range
 * with zone, application period, status badge and the speakers' names. Each entry
 * is a button: activating it fires `seminar-session-select`.
 *
 * @element seminar-session-list
 * @attr src - URL of the feed; without it the closest `<seminar-feed>` provides it.
 * @attr lang - UI language, `en` or `ja`; otherwise inherited from the page.
 * @attr now - An instant used instead of the clock (previews, tests).
 * @attr time-zone - An IANA zone or `local`; default: the series time zone.
 * @attr filter - `all` (default), or statuses separated by spaces: `open upcoming`.
 * @attr level - Only sessions of these levels: `basic`, `advanced`, `practical` (space-separated).
 * @attr limit - At most this many entries.
 * @attr state - Reflected: `loading`, `ready` or `error`.
 * @fires seminar-session-select - `{ sessionId }`: an entry was activated.
 * @fires seminar-feed-load - `{ feed }`: this element's own `src` was loaded.
 * @fires seminar-feed-error - `{ message, issues }`: this element's own `src` could not be used, or items were left out.
 * @csspart list - The `<ol>` of entries.
 * @csspart entry - One session's card.
 * @csspart entry-button - The title button that selects the session.
 * @csspart status - A status badge.
 * @csspart message - Loading, empty and error messages.
 * @cssprop --seminar-color-text - Text colour.
 * @cssprop --seminar-color-background - Card background.
 * @cssprop --seminar-color-surface - Badge and message background.
 * @cssprop --seminar-color-muted - Secondary text.
 * @cssprop --seminar-color-border - Borders.
 * @cssprop --seminar-color-accent - Links, focus rings and the selectable titles.
 * @cssprop --seminar-color-open - The dot of the "open" badge.
 * @cssprop --seminar-color-live - The dot of the "live" badge.
 * @cssprop --seminar-color-scheme - `light`, `dark`, or `light dark` (default: follows the visitor's preference).
 * @cssprop --seminar-font-family - Font stack.
 * @cssprop --seminar-radius - Corner radius.
 * @cssprop --seminar-space - Base spacing.
 */
export class SeminarSessionList extends SeminarElement {
  static override styles = [baseStyles, sessionListStyles];

  /** `all`, or space-separated statuses to show. */
  @property({ reflect: true }) filter = 'all';

  /** Space-separated levels to show; empty for all. */
  @property({ reflect: true }) level?: string;

  /** The most entries to show. */
  @property({ type: Number, reflect: true }) limit?: number;

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

  /** One listener for every entry: a click on a title button selects its session. */
  private onClick = (event: Event): void => {
    const entry = (event.target as Element).closest('button')?.closest('li');
    if (entry?.dataset.sessionId) fire<SessionSelectDetail>(this, 'seminar-session-select', { sessionId: entry.dataset.sessionId });
  };

  protected override renderReady(ctx: RenderContext) {
    const rows = this.visible(ctx);
    if (rows.length === 0) {
      return html`<p class="message" part="message" lang=${ctx.lang}>${ctx.m.list.noSessions}</p>`;
    }
    return html`<ol part="list" lang=${ctx.lang} @click=${this.onClick}>
      ${rows.map(({ session, status }) => {
        const names = sessionSpeakers(ctx, session).map(({ speaker }) => ctx.t(speaker.name));
        return html`<li class="entry card" part="entry" data-session-id=${session.id} data-status=${status}>
          ${renderLabelLine(ctx, session, status)}
          <h3 lang=${ctx.langOf(session.title)}><button type="button" part="entry-button">${ctx.t(session.title)}</button></h3>
          <dl>${renderDateRows(ctx, session)}</dl>
          ${names.length
            ? html`<p class="speakers"><span class="visually-hidden">${ctx.m.list.speakers}: </span>${listOf(names, ctx.lang)}</p>`
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
