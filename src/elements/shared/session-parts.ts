/**
 * Pieces of a session that the list, the session, the series and the form show the
 * same way.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDeadline, formatSessionWhen, periodParts, type SessionWhen } from '../../feed/dates.js';
import type { Session, SessionSpeaker, Speaker } from '../../feed/schema.js';
import type { Status } from '../../feed/status.js';
import type { RenderContext } from './base.js';

/** "Session 1 · Basic", "第1回　基礎編"; the feed's `label` wins over the level's name. */
export function sessionLabel(ctx: RenderContext, session: Session): string {
  const label = session.label ? ctx.t(session.label) : ctx.m.list.level[session.level];
  return ctx.m.list.sessionHeading(ctx.m.list.sessionNumber(session.number), label);
}

export function sessionWhen(ctx: RenderContext, session: Session): SessionWhen | undefined {
  if (!session.startsAt || !session.endsAt) return undefined;
  return formatSessionWhen(session.startsAt, session.endsAt, ctx.lang, ctx.timeZone);
}

/**
 * The status in words: an upcoming session whose window has not opened "opens soon";
 * an open one with few seats left (availability) says how many, or that it is full.
 */
export function statusText(ctx: RenderContext, session: Session, status: Status): string {
  const left = ctx.seats?.[session.id]?.remaining;
  return status === 'upcoming' && session.application && session.startsAt
    ? ctx.m.list.opensSoon
    : status === 'open' && left! < 11
      ? ctx.m.list.seats(left!, session.application!.waitlist)
      : ctx.m.list.status[status];
}

/**
 * The line above a session's title: "Session 1 · Basic" and the status badge at the end.
 * A full session is no longer shown as plainly open: outlined in the accent colour while it
 * takes a waiting list (as "opens soon"), muted without one (as "applications closed").
 */
export function renderLabelLine(ctx: RenderContext, session: Session, status: Status): TemplateResult {
  const look = status === 'open' && ctx.seats?.[session.id]?.remaining === 0 ? (session.application!.waitlist ? 'upcoming' : 'closed') : status;
  return html`<div class="top">
    <span class="label">${sessionLabel(ctx, session)}</span>
    <span class="badge" part="status" data-status=${look}>${statusText(ctx, session, status)}</span>
  </div>`;
}

/** Date, time and zone, each kept whole on its line, in a `<time>` for machines; "to be announced" without a date. */
export function renderWhen(ctx: RenderContext, session: Session): TemplateResult {
  const when = sessionWhen(ctx, session);
  if (!when) return html`<span class="when">${ctx.m.list.dateToBeAnnounced}</span>`;
  return html`<time class="when" datetime=${session.startsAt!}
    ><span class="nowrap">${when.date}</span> <span class="nowrap">${when.time}</span> <span class="nowrap">(${when.zone})</span></time
  >`;
}

/** The application period, each end kept whole on its line. */
export function renderPeriod(ctx: RenderContext, session: Session): TemplateResult | typeof nothing {
  const app = session.application;
  if (!app) return nothing;
  const { from, to, zone } = periodParts(app.opensAt, app.closesAt, ctx.lang, ctx.timeZone);
  // Japanese breaks after 〜 without a space; English keeps its spaced dash.
  const range =
    ctx.lang === 'ja'
      ? html`<span class="nowrap">${from}〜</span><wbr /><span class="nowrap">${to}</span>`
      : html`<span class="nowrap">${from} –</span> <span class="nowrap">${to}</span>`;
  return html`${range}${zone ? html` <span class="nowrap">(${zone})</span>` : nothing}`;
}

/** The date row and, while applications matter (upcoming, open, closed), the application period row. */
export function renderDateRows(ctx: RenderContext, session: Session, status: Status): TemplateResult {
  const period = status === 'upcoming' || status === 'open' || status === 'closed' ? renderPeriod(ctx, session) : nothing;
  return html`<dt>${ctx.m.list.date}</dt>
    <dd>${renderWhen(ctx, session)}</dd>
    ${period === nothing
      ? nothing
      : html`<dt>${ctx.m.list.applicationPeriod}</dt>
          <dd>${period}</dd>`}`;
}

/** The primary Apply action with its deadline, for an open session with somewhere to apply. */
export function renderApply(ctx: RenderContext, session: Session, href: string | undefined): TemplateResult | typeof nothing {
  const app = session.application;
  if (!app || !href) return nothing;
  return html`<p class="apply">
    <a class="button" part="apply" href=${href}>${ctx.m.list.apply}</a>
    <span class="deadline nowrap">${ctx.m.list.applyBy(formatDeadline(app.closesAt, ctx.lang, ctx.timeZone))}</span>
  </p>`;
}

/** The speakers a session names, in its order. */
export function sessionSpeakers(ctx: RenderContext, session: Session): Array<{ speaker: Speaker; role: SessionSpeaker['role']; note?: string }> {
  return (session.speakers ?? []).flatMap((ref) => {
    const speaker = ctx.feed.speakers.find((s) => s.id === ref.speakerId);
    return speaker ? [{ speaker, role: ref.role, note: ref.note && ctx.t(ref.note) }] : [];
  });
}


/** A session's link inside a series (`#id`), from a `session-url` template, or none. */
export function sessionHref(sessionId: string, inSeries: boolean, template: string | undefined): string | undefined {
  if (inSeries) return `#${encodeURIComponent(sessionId)}`;
  if (template) return template.replaceAll('{id}', encodeURIComponent(sessionId));
  return undefined;
}
