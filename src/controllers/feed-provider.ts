/**
 * Provides a feed, with `now` and `time-zone`, to the seminar elements inside the host
 * (`@lit/context`): `<seminar-feed>` to what a page puts in it, the series, a session
 * and the speaker list to the elements they render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextProvider } from '@lit/context';
import { LOADING } from '../feed/feed-state.js';
import { feedContext, type FeedView } from './feed-context.js';

export class FeedProvider implements ReactiveController {
  private readonly provider: ContextProvider<typeof feedContext>;
  private provided?: FeedView;

  /** `view` is read before every render of the host; `undefined` keeps what was provided. */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly view: () => FeedView | undefined,
  ) {
    this.provider = new ContextProvider(host, { context: feedContext, initialValue: { feed: LOADING } });
    host.addController(this);
  }

  hostUpdate(): void {
    this.provide();
  }

  /** Passes the current view down now, if it changed. */
  provide(): void {
    const view = this.view();
    const last = this.provided;
    if (!view || (last && last.feed === view.feed && last.now === view.now && last.timeZone === view.timeZone)) return;
    this.provided = view;
    this.provider.setValue(view);
  }
}
