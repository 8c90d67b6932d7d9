import { expect } from '@open-wc/testing';
import { clearFeedCache, loadFeed, stateFromText } from '../../src/feed/load.js';
import { smallFeed } from '../helpers.js';

describe('loadFeed', () => {
  afterEach(() => clearFeedCache());

  it('shares one request among every caller of the same URL', async () => {
    let calls = 0;
    const fake: typeof fetch = async () => {
      calls++;
      return new Response(JSON.stringify(smallFeed()), { headers: { 'Content-Type': 'application/json' } });
    };
    const url = 'https://partner.example/feed.json';
    const [a, b, c] = await Promise.all([loadFeed(url, fake), loadFeed(url, fake), loadFeed(url, fake)]);
    expect(calls).to.equal(1);
    expect(a.state).to.equal('ready');
    expect(b).to.equal(a);
    expect(c).to.equal(a);
  });

  it('reports a server error as a fetch failure with the status', async () => {
    const fake: typeof fetch = async () => new Response('nope', { status: 404 });
    const state = await loadFeed('https://partner.example/missing.json', fake);
    expect(state.state).to.equal('error');
    if (state.state !== 'error') return;
    expect(state.reason).to.equal('fetch');
    expect(state.issues[0].message).to.contain('404');
  });

  it('reports a network failure', async () => {
    const fake: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const state = await loadFeed('https://partner.example/offline.json', fake);
    expect(state.state === 'error' && state.reason).to.equal('fetch');
  });

  it('refuses a body over 2 MB before parsing it', async () => {
    const fake: typeof fetch = async () => new Response('{}', { headers: { 'Content-Length': String(3 * 1024 * 1024) } });
    const state = await loadFeed('https://partner.example/huge.json', fake);
    expect(state.state === 'error' && state.issues[0].message).to.contain('larger than 2 MB');
    expect(stateFromText(' '.repeat(2 * 1024 * 1024 + 1)).state).to.equal('error');
  });

  it('reports broken JSON', () => {
    const state = stateFromText('{"version": 1,');
    expect(state.state === 'error' && state.reason).to.equal('invalid');
    expect(state.state === 'error' && state.issues[0].message).to.match(/^is not valid JSON/);
  });

  it('resolves relative URLs against the URL the feed came from', async () => {
    const feed = smallFeed();
    feed.sessions[0].application.endpoint = 'api/apply';
    const fake: typeof fetch = async () => new Response(JSON.stringify(feed));
    const state = await loadFeed('https://partner.example/seminars/feed.json', fake);
    expect(state.state === 'ready' && state.feed.sessions[0].application?.endpoint).to.equal('https://partner.example/seminars/api/apply');
  });
});
