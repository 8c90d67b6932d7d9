/**
 * Follows the page's fragment (`#session-4`): calls back once the host has rendered its
 * feed on a page opened with a fragment, and on every `hashchange` (links, back and
 * forward). The browser cannot find ids inside shadow roots; elements that hold
 * sessions do it with this.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

interface Host extends ReactiveControllerHost, HTMLElement {
  state: string;
}

export class FragmentController implements ReactiveController {
  private pending = true;

  constructor(
    private readonly host: Host,
    private readonly follow: (fragment: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onChange);
    this.pending = true;
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onChange);
  }

  hostUpdated(): void {
    if (!this.pending || this.host.state !== 'ready') return;
    this.pending = false;
    this.onChange();
  }

  private onChange = (): void => {
    const fragment = decodeURIComponent(location.hash.slice(1));
    if (fragment) this.follow(fragment);
  };
}

/** Resolves once `check` is true (checked every 50 ms), or after `ms` regardless. */
export async function until(check: () => boolean, ms = 3000): Promise<void> {
  for (const end = Date.now() + ms; !check() && Date.now() < end; ) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
