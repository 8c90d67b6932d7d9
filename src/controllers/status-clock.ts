/**
 * Re-renders an element when its session's status changes by the clock (applications
 * open, the session goes live, it ends), with one timer at the next change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextStatusChange } from '../feed/status.js';
import type { Session } from '../feed/schema.js';

export class StatusClock implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Sets the timer for `session`'s next change; none for a fixed `now` or no session. */
  follow(session: Session | undefined, timeZone: string, fixedNow: boolean): void {
    this.stop();
    if (!session || fixedNow || !this.host.isConnected) return;
    const next = nextStatusChange(session, Date.now(), timeZone);
    if (next === undefined) return;
    const delay = next - Date.now();
    if (delay > 2 ** 31 - 1) return; // setTimeout's limit; a later render sets it again
    this.timer = setTimeout(() => this.host.requestUpdate(), Math.max(0, delay));
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
