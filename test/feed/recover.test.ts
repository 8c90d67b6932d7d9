/**
 * Feed faults against a real local host (test/faults-plugin.js): each ends in a clear
 * state, passing faults are retried, and the last good copy stands in when the host
 * later fails.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { clearFeedCache, loadFeed, STORE_PREFIX } from '../../src/feed/load.js';
import { lastGood, RETRY_DELAYS_MS } from '../../src/feed/recover.js';

const at = (path: string) => new URL(path, location.href).href;

describe('feed faults', function () {
  this.timeout(25_000);
  beforeEach(() => {
    clearFeedCache();
    localStorage.clear();
  });

  for (const [path, reason, words] of [
    ['/faults/404', 'fetch', 'answered 404'],
    ['/faults/500', 'fetch', 'answered 500'],
    ['/faults/broken', 'invalid', 'is not valid JSON'],
    ['/faults/wrong', 'invalid', 'is not valid JSON'],
  ] as const) {
    it(`${path} ends in an error with the reason`, async () => {
      const state = await loadFeed(at(path));
      expect(state.state).to.equal('error');
      if (state.state !== 'error') return;
      expect(state.reason).to.equal(reason);
      expect(state.issues[0].message).to.contain(words);
    });
  }

  it('retries 5xx with backoff, a bounded number of times, never 4xx', async () => {
    await executeServerCommand('faults', { resetFlaky: true });
    const started = performance.now();
    const state = await loadFeed(at('/faults/flaky'));
    expect(state.state).to.equal('ready');
    expect(performance.now() - started).to.be.at.least(RETRY_DELAYS_MS[0] + RETRY_DELAYS_MS[1] - 50);
    const notFound = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/faults/404'));
    expect(notFound).to.have.length(1);
    const fiveHundred = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/faults/500'));
    expect(fiveHundred).to.have.length(1 + RETRY_DELAYS_MS.length);
  });

  it('offline: a host that refuses connections ends in an error', async () => {
    const state = await loadFeed('http://127.0.0.1:9/feed.json');
    expect(state.state === 'error' && state.reason).to.equal('fetch');
  });

  it('a host that never answers ends in an error within 15 s', async () => {
    const started = performance.now();
    const state = await loadFeed(at('/faults/hang'));
    const took = performance.now() - started;
    expect(state.state === 'error' && state.issues[0].message).to.contain('within 15 s');
    // The 15 s limit, not a retry schedule past it. The upper margin allows for a loaded
    // two-core machine running three engines (Firefox once took 16.6 s here).
    expect(took).to.be.within(14_500, 17_500);
  });

  it('keeps the last good copy, shows it when the host fails, and a fresh copy replaces it', async () => {
    await executeServerCommand('faults', { up: true });
    const fresh = await loadFeed(at('/faults/switch'));
    expect(fresh.state === 'ready' && fresh.stale).to.equal(undefined);
    expect(lastGood(at('/faults/switch'))).to.equal(undefined, 'written when the page is idle, not at once');
    // The copy is written when the page is idle (at the latest 5 s later).
    for (let i = 0; i < 100 && !lastGood(at('/faults/switch')); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lastGood(at('/faults/switch'))!.text).to.contain('"version": 1');
    expect(Object.keys(localStorage)).to.deep.equal([STORE_PREFIX + at('/faults/switch')]);

    clearFeedCache();
    await executeServerCommand('faults', { up: false });
    const fallback = await loadFeed(at('/faults/switch'));
    expect(fallback.state).to.equal('ready');
    if (fallback.state !== 'ready') return;
    expect(fallback.stale!.savedAt).to.be.closeTo(Date.now(), 10_000);
    expect(fallback.stale!.issues[0].message).to.contain('answered 502');

    clearFeedCache();
    await executeServerCommand('faults', { up: true });
    const recovered = await loadFeed(at('/faults/switch'));
    expect(recovered.state === 'ready' && recovered.stale).to.equal(undefined);
  });

  it('never stands in an old copy for a feed that is gone or broken', async () => {
    localStorage.setItem(STORE_PREFIX + at('/faults/404'), `${Date.now()}\n{}`);
    expect((await loadFeed(at('/faults/404'))).state).to.equal('error');
  });
});
