/**
 * Without localStorage, as in Safari's private browsing (older Safari throws on any
 * access; newer throws QuotaExceededError on setItem) and in sandboxed frames: the feed
 * still loads and renders, only without a last good copy to fall back on. Run in every
 * engine; storage is made to fail here the way each of those browsers fails.
 */
import { expect } from '@open-wc/testing';
import { clearFeedCache, loadFeed } from '../../src/feed/load.js';
import { lastGood } from '../../src/feed/recover.js';
import '../../src/elements/session-list/seminar-session-list.js';
import { settled, shadowText } from '../helpers.js';

const at = (path: string) => new URL(path, location.href).href;

/** Replaces window.localStorage with `value` (a getter) until the returned function is called. */
function replaceLocalStorage(get: () => Storage): () => void {
  const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', { configurable: true, get });
  return () => {
    if (own) Object.defineProperty(window, 'localStorage', own);
    else delete (window as { localStorage?: Storage }).localStorage;
  };
}

/** A Storage whose every write fails as Safari's private mode did: QuotaExceededError. */
function fullStorage(): Storage {
  const quota = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return { length: 0, key: () => null, getItem: () => null, setItem: quota, removeItem: () => {}, clear: () => {} } as Storage;
}

describe('feeds without localStorage (Safari private browsing)', () => {
  let restore: (() => void) | undefined;
  const errors: string[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in e ? e.reason : e.message));
  beforeEach(() => {
    clearFeedCache();
    errors.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    restore?.();
    restore = undefined;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    document.querySelectorAll('seminar-session-list').forEach((e) => e.remove());
  });

  async function renders(): Promise<void> {
    const el = document.createElement('seminar-session-list');
    el.setAttribute('src', '/feeds/tokyo-2025.json');
    el.setAttribute('limit', '1');
    document.body.append(el);
    await settled(el as HTMLElement & { state?: string });
    expect(el.getAttribute('state')).to.equal('ready');
    expect(shadowText(el)).to.contain('Basic Knowledge of Customer Harassment and Corporate Initiatives');
    // The copy is written when the page is idle (setTimeout where requestIdleCallback is
    // missing, as in Safari): give it the time, and see that nothing was thrown.
    await new Promise((r) => setTimeout(r, 300));
    expect(errors).to.deep.equal([]);
  }

  it('renders when any access to localStorage throws (SecurityError)', async () => {
    restore = replaceLocalStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(() => window.localStorage).to.throw();
    await renders();
    expect(lastGood(at('/feeds/tokyo-2025.json'))).to.equal(undefined);
  });

  it('renders when every write throws QuotaExceededError', async () => {
    const storage = fullStorage();
    restore = replaceLocalStorage(() => storage);
    await renders();
    expect(lastGood(at('/feeds/tokyo-2025.json'))).to.equal(undefined);
  });

  it('says the feed failed, with no copy to fall back on, when the host fails too', async () => {
    restore = replaceLocalStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const state = await loadFeed(at('/faults/404'));
    expect(state.state).to.equal('error');
  });

  it('still has localStorage back after each test', () => {
    expect(() => window.localStorage.getItem('x')).not.to.throw();
  });
});
