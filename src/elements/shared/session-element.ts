import type { PropertyDeclarations } from 'lit';
import { sessionStatus, type Status } from '../../feed/status.js';
import type { Section } from '../../feed/messages/catalogue.js';
import type { Feed, Session } from '../../feed/schema.js';
import { StatusClock } from '../../controllers/status-clock.js';
import { SeminarElement, type RenderContext } from './base.js';

/**
 * The base of elements that show one session (`session-id`): finds it, derives its
 * status, reflects `status`, and re-renders when the status changes by the clock.
 *
 * @attr session-id - The `id` of the session in the feed (required).
 * @attr status - Reflected, read only: `upcoming`, `open`, `closed`, `live`, `archived` or `ended`.
 */
export abstract class SessionElement<S extends Section = 'details'> extends SeminarElement<'details' | S> {
  static override properties: PropertyDeclarations = {
    sessionId: { attribute: 'session-id', reflect: true },
    status: { reflect: true },
  };

  /** The `id` of the session in the feed. */
  sessionId?: string;

  /** The session's status, reflected: `upcoming`, `open`, `closed`, `live`, `archived`, `ended`. */
  status?: Status;

  private readonly clock = new StatusClock(this);

  protected sessionIn(feed: Feed): Session | undefined {
    return feed.sessions.find((s) => s.id === this.sessionId);
  }

  protected override problem(ctx: RenderContext<'list' | 'details' | S>): string | undefined {
    if (!this.sessionId) return ctx.m.details.missingSessionId;
    if (!this.sessionIn(ctx.feed)) return ctx.m.details.unknownSession(this.sessionId);
    return undefined;
  }

  protected override prepare(ctx: RenderContext<'list' | 'details' | S> | undefined): void {
    const session = ctx && this.sessionIn(ctx.feed);
    this.status = session ? sessionStatus(session, ctx.now, ctx.timeZone) : undefined;
    this.clock.follow(session, ctx?.timeZone ?? '', this.feed.now !== undefined);
  }
}
