import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/elements/feed/seminar-feed.js';
import '../../../src/elements/session-list/seminar-session-list.js';
import '../../../src/elements/session/seminar-session.js';
import type { SeminarFeed } from '../../../src/elements/feed/seminar-feed.js';
import { settled, shadowText, smallFeed } from '../../helpers.js';

function mount(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  return host;
}

describe('<seminar-feed>', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  it('loads src once and provides it to every element inside, however deep', async () => {
    const host = mount(`<seminar-feed src="/feeds/tokyo-2025.json?provider">
        <section><seminar-session-list limit="2"></seminar-session-list></section>
        <div><div><seminar-session session-id="session-5"></seminar-session></div></div>
      </seminar-feed>`);
    const feed = host.querySelector('seminar-feed')!;
    const list = host.querySelector('seminar-session-list')!;
    const session = host.querySelector('seminar-session')!;
    await settled(list);
    await settled(session);
    expect(feed.getAttribute('state')).to.equal('ready');
    expect(list.shadowRoot!.querySelectorAll('li.entry')).to.have.length(2);
    expect(shadowText(session)).to.contain('Response Strategies for Customer Harassment During In-Person Visits');
    expect(performance.getEntriesByType('resource').filter((e) => e.name.endsWith('?provider'))).to.have.length(1);
  });

  it('reads a feed from a child <script type="application/json">', async () => {
    const host = mount(`<seminar-feed>
        <script type="application/json">${JSON.stringify(smallFeed())}</script>
        <seminar-session-list></seminar-session-list>
      </seminar-feed>`);
    const list = host.querySelector('seminar-session-list')!;
    await settled(list);
    expect(shadowText(list)).to.contain('First session');
  });

  it('takes the feed property and fires seminar-feed-load with the validated feed', async () => {
    const feed = document.createElement('seminar-feed') as SeminarFeed;
    const list = document.createElement('seminar-session-list');
    feed.append(list);
    const loaded = oneEvent(feed, 'seminar-feed-load');
    feed.feed = smallFeed();
    document.body.append(feed);
    const event = await loaded;
    expect(event.detail.feed.sessions.map((s: { id: string }) => s.id)).to.deep.equal(['one', 'two']);
    expect(event.bubbles && event.composed).to.equal(true);
    await settled(list);
    expect(list.getAttribute('state')).to.equal('ready');
    feed.remove();
  });

  it('reports a broken feed to its children and in seminar-feed-error', async () => {
    const bad = smallFeed();
    bad.series.title = '';
    bad.series.timeZone = 'Nowhere/Land';
    const feed = document.createElement('seminar-feed') as SeminarFeed;
    const list = document.createElement('seminar-session-list');
    feed.append(list);
    const failed = oneEvent(feed, 'seminar-feed-error');
    feed.feed = bad;
    document.body.append(feed);
    const event = await failed;
    expect(event.detail.issues.map((i: { path: string }) => i.path)).to.deep.equal(['series.title', 'series.timeZone']);
    await settled(list);
    expect(list.getAttribute('state')).to.equal('error');
    expect(shadowText(list)).to.contain('could not be loaded');
    expect(list.shadowRoot!.querySelector('a[href="mailto:office@example.org"]')).to.exist;
    feed.remove();
  });

  it('serves elements that upgrade before it is defined', async () => {
    // A list inside a <seminar-feed> whose definition arrives later (another chunk, another script).
    const host = document.createElement('div');
    host.innerHTML = `<seminar-feed-late><seminar-session-list></seminar-session-list></seminar-feed-late>`;
    document.body.append(host);
    const list = host.querySelector('seminar-session-list')!;
    await list.updateComplete;
    expect(list.getAttribute('state')).to.equal('error');
    // Now the same list inside a real, not yet upgraded, <seminar-feed>.
    const later = document.createElement('div');
    later.innerHTML = `<seminar-feed src="/feeds/tokyo-2025.json"><seminar-session-list></seminar-session-list></seminar-feed>`;
    const inner = later.querySelector('seminar-session-list')!;
    document.body.append(later);
    await waitUntil(() => inner.getAttribute('state') === 'ready', 'the list never got the feed');
  });
});
