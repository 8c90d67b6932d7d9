/**
 * Pieces of a session that several elements show the same way.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatPeriod, formatSessionWhen, type SessionWhen } from '../../feed/dates.js';
import type { Session, Speaker } from '../../feed/schema.js';
import type { Status } from '../../feed/status.js';
import type { RenderContext } from './base.js';

/** "Session 1 · Basic", "第1回　基礎編"; the feed's `label` wins over the level's name. */
export function sessionLabel(ctx: RenderContext, session: Session): string {
  const label = session.label ? ctx.t(session.label) : ctx.m.level[session.level];
  return ctx.m.sessionHeading(ctx.m.sessionNumber(session.number), label);
}

/**
 * The date line as shown: `Thu, July 31, 2025 2:00–4:00 PM (Japan Standard Time)`. Date,
 * time and zone each stay whole (`.when > span` in the shared styles): the line breaks only
 * between them, also where `word-break: auto-phrase` is unknown (Firefox, Safari), which
 * break Japanese between any two characters, and after the 〜 of a time range in any engine.
 */
export function whenLine(when: SessionWhen): TemplateResult {
  return html`<span>${when.date}</span>${' '}<span>${when.time}</span>${' '}<span>(${when.zone})</span>`;
}

export function sessionWhen(ctx: RenderContext, session: Session): SessionWhen | undefined {
  if (!session.startsAt || !session.endsAt) return undefined;
  return formatSessionWhen(session.startsAt, session.endsAt, ctx.lang, ctx.timeZone);
}

export function applicationPeriod(ctx: RenderContext, session: Session): string | undefined {
  const app = session.application;
  return app ? formatPeriod(app.opensAt, app.closesAt, ctx.lang, ctx.timeZone) : undefined;
}

// The templates below are written without white space between tags: a list of 500
// sessions renders them 500 times, and every run of white space is a DOM node.

/** The line above a session's title: "Session 1 · Basic" and the status badge. */
export function renderLabelLine(ctx: RenderContext, session: Session, status: Status): TemplateResult {
  return html`<div class="top"><span class="label">${sessionLabel(ctx, session)}</span><span class="badge" part="status" data-status=${status}>${ctx.m.status[status]}</span></div>`;
}

/** The date and application-period rows of a session's facts. */
export function renderDateRows(ctx: RenderContext, session: Session): TemplateResult {
  const period = applicationPeriod(ctx, session);
  return html`<dt>${ctx.m.date}</dt><dd>${renderWhen(ctx, session)}</dd>${period ? html`<dt>${ctx.m.applicationPeriod}</dt><dd>${period}</dd>` : nothing}`;
}

/** The speakers a session names, in its order. */
export function sessionSpeakers(ctx: RenderContext, session: Session): Array<{ speaker: Speaker; role: string; note?: string }> {
  return (session.speakers ?? []).flatMap((ref) => {
    const speaker = ctx.feed.speakers.find((s) => s.id === ref.speakerId);
    return speaker ? [{ speaker, role: ctx.m.role[ref.role], note: ref.note && ctx.t(ref.note) }] : [];
  });
}

/** Date, time and zone, in a `<time>` for machines; "to be announced" without a date. */
export function renderWhen(ctx: RenderContext, session: Session): TemplateResult {
  const when = sessionWhen(ctx, session);
  if (!when) return html`<span class="when">${ctx.m.dateToBeAnnounced}</span>`;
  return html`<time class="when" datetime=${session.startsAt!}>${whenLine(when)}</time>`;
}
