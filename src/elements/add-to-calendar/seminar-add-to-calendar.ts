import { css, html, nothing } from 'lit';
import { buildIcs, googleCalendarUrl, outlookCalendarUrl, type CalendarEvent } from '../../feed/ics.js';
import type { Session } from '../../feed/schema.js';
import type { RenderContext } from '../shared/base.js';
import { SessionElement } from '../shared/session-element.js';
import { defineElement } from '../shared/define.js';
import { sessionLabel } from '../shared/session-parts.js';
import { baseStyles } from '../shared/styles.js';


type Ctx = RenderContext<'list' | 'details' | 'media'>;

/**
 * Adds a session to a calendar: an `.ics` file (RFC 5545, times in UTC) and links
 * that open Google Calendar and Outlook with the session filled in. The event links
 * back to the page it was added from.
 *
 * @element seminar-add-to-calendar
 * @attr session-id - The `id` of the session in the feed (required).
 * @attr src - URL of the feed; without it the closest `<seminar-feed>` provides it.
 * @attr lang - UI language, `en` or `ja`; otherwise inherited from the page.
 * @attr now - An instant used instead of the clock (previews, tests).
 * @attr time-zone - An IANA zone or `local`; default: the series time zone.
 * @attr state - Reflected: `loading`, `ready` or `error`.
 * @attr status - Reflected: the session's status.
 * @csspart ics - The `.ics` download button.
 * @csspart google - The Google Calendar link.
 * @csspart outlook - The Outlook link.
 * @csspart message - Messages instead of the links.
 * @cssprop --seminar-color-accent - Links, button and focus rings.
 * @cssprop --seminar-color-scheme - `light dark` follows the visitor's preference; `light` or `dark` forces one.
 */
export class SeminarAddToCalendar extends SessionElement<'details' | 'media'> {
  static override styles = [
    baseStyles,
    css`
      .links {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
      }
      button {
        min-height: 2.5rem;
        padding: 0.4rem 1rem;
        border: 2px solid var(--_accent);
        border-radius: var(--_radius);
        background: transparent;
        color: var(--_accent);
        font: inherit;
        font-weight: 600;
        cursor: pointer;
      }
      h4 {
        margin: 0 0 0.4rem;
        font-size: 1em;
      }
    `,
  ];

  constructor() {
    super(['details', 'media']);
  }

  /** The calendar event of a session, linking back to this page. */
  private event(ctx: Ctx, session: Session): CalendarEvent {
    const online = session.format.attendance.includes('online');
    const page = new URL(location.href);
    page.hash = session.id;
    return {
      uid: `${session.id}@${ctx.feed.series.id}.seminar-widgets`,
      title: ctx.t(session.title),
      description: [sessionLabel(ctx, session), ctx.t(ctx.feed.series.title), session.overview ? ctx.t(session.overview) : '']
        .filter(Boolean)
        .join('\n\n'),
      url: page.href,
      location: online && !session.format.attendance.includes('in-person') ? ctx.m.details.attendance.online : undefined,
      startsAt: session.startsAt!,
      endsAt: session.endsAt!,
    };
  }

  /** Downloads the `.ics` through a Blob URL, which strict Content-Security-Policies allow. */
  private download(ctx: Ctx, session: Session): void {
    const ics = buildIcs(this.event(ctx, session), Date.now());
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${session.id}.ics`;
    a.hidden = true;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  protected override renderReady(ctx: Ctx) {
    const session = this.sessionIn(ctx.feed)!;
    if (!session.startsAt) return html`<p class="message" part="message" lang=${ctx.lang}>${ctx.m.media.calendarToBeAnnounced}</p>`;
    if (this.status === 'ended' || this.status === 'archived') {
      return html`<p class="message" part="message" lang=${ctx.lang}>${ctx.m.media.calendarEnded}</p>`;
    }
    const event = this.event(ctx, session);
    // Inside a session the disclosure around it names it.
    return html`<div lang=${ctx.lang}>
      ${this.feed.nested ? nothing : html`<h4>${ctx.m.media.calendarHeading}</h4>`}
      <div class="links">
        <button type="button" part="ics" @click=${() => this.download(ctx, session)}>${ctx.m.media.downloadIcs}</button>
        <a part="google" href=${googleCalendarUrl(event)} rel="noopener" target="_blank">${ctx.m.media.googleCalendar}</a>
        <a part="outlook" href=${outlookCalendarUrl(event)} rel="noopener" target="_blank">${ctx.m.media.outlookCalendar}</a>
      </div>
    </div>`;
  }
}

defineElement('seminar-add-to-calendar', SeminarAddToCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'seminar-add-to-calendar': SeminarAddToCalendar;
  }
}
