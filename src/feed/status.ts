/**
 * Session status: one pure function of (session, now), with the boundaries of
 * docs/elements.md, "Session status".
 */
import { parseInstant, windowInstant } from './instant.js';
import type { Session } from './schema.js';

export const STATUSES = ['upcoming', 'open', 'closed', 'live', 'archived', 'ended'] as const;
export type Status = (typeof STATUSES)[number];

/** The application window as instants: both ends inclusive. */
export function applicationWindow(session: Session, timeZone: string): { opens: number; closes: number } | undefined {
  const app = session.application;
  if (!app) return undefined;
  return { opens: windowInstant(app.opensAt, 'opens', timeZone), closes: windowInstant(app.closesAt, 'closes', timeZone) };
}

/**
 * The status of `session` at instant `now` (ms since the epoch).
 *
 * - no date: `upcoming`;
 * - after `endsAt`: `archived` with a recording not past `availableUntil`, else `ended`;
 * - from `startsAt` through `endsAt`: `live` (the start instant is live even where the
 *   window closes at that same instant);
 * - inside the window, both ends inclusive: `open`; before it `upcoming`; after it `closed`.
 */
export function sessionStatus(session: Session, now: number, timeZone: string): Status {
  if (session.startsAt === undefined || session.endsAt === undefined) return 'upcoming';
  const start = parseInstant(session.startsAt);
  const end = parseInstant(session.endsAt);
  if (now > end) {
    const archive = session.archive;
    if (!archive) return 'ended';
    const until = archive.availableUntil === undefined ? Infinity : parseInstant(archive.availableUntil);
    return now <= until ? 'archived' : 'ended';
  }
  if (now >= start) return 'live';
  const window = applicationWindow(session, timeZone);
  if (!window || now < window.opens) return 'upcoming';
  return now <= window.closes ? 'open' : 'closed';
}

/**
 * The next instant after `now` at which the status of `session` can change, so an
 * element left open on a page can re-render then; `undefined` when it never will.
 */
export function nextStatusChange(session: Session, now: number, timeZone: string): number | undefined {
  if (session.startsAt === undefined || session.endsAt === undefined) return undefined;
  const window = applicationWindow(session, timeZone);
  const until = session.archive?.availableUntil;
  const edges = [
    window?.opens,
    window && window.closes + 1,
    parseInstant(session.startsAt),
    parseInstant(session.endsAt) + 1,
    until === undefined ? undefined : parseInstant(until) + 1,
  ];
  const later = edges.filter((t): t is number => t !== undefined && t > now);
  return later.length > 0 ? Math.min(...later) : undefined;
}
