/**
 * Seats from the receiver's availability endpoint, as a visitor reads them in the list
 * and on a session's own page, in both languages; the feed renders without it, before
 * it answers and when it fails. The endpoint is a stand-in for `fetch` (one URL per test:
 * each answer is kept for the page's life).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/session-list/seminar-session-list.js';
import '../../../src/elements/session/seminar-session.js';
import { defaultFeed, feedUrl, settled, type Json } from '../../helpers.js';

const NOW = '2025-12-10T10:00:00+09:00';
let run = 0;

/** The default feed with sessions 3 and 4 open at NOW, with seats, and an availability URL of its own. */
function feedWithSeats(waitlist = true): { feed: Json; url: string } {
  const url = `/api/availability?test=${++run}`;
  const feed = defaultFeed();
  feed.series.availabilityUrl = url;
  Object.assign(feed.sessions[2].application, { opensAt: '2025-12-01', closesAt: '2025-12-20', capacity: 30 });
  Object.assign(feed.sessions[3].application, { capacity: 40, waitlist });
  feed.sessions[4].application.capacity = 60;
  return { feed, url };
}

/** Answers GETs of `url` with `answer` (after `gate`, when given); other requests go through. */
function availability(url: string, answer: () => Response | Promise<Response>, gate?: Promise<void>) {
  const realFetch = window.fetch;
  const asked: string[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input) !== url) return realFetch(input, init);
    asked.push(String(input));
    await gate;
    return answer();
  };
  return { asked, restore: () => (window.fetch = realFetch) };
}

const seats = (sessions: Record<string, number>) =>
  new Response(
    JSON.stringify({
      sessions: Object.fromEntries(
        Object.entries(sessions).map(([id, remaining]) => [id, { capacity: 40, confirmed: 40 - remaining, remaining, waitlisted: remaining ? 0 : 7 }]),
      ),
    }),
    { headers: { 'Content-Type': 'application/json' } },
  );

async function list(feed: Json, lang: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('seminar-session-list');
  el.setAttribute('src', feedUrl(feed));
  el.setAttribute('now', NOW);
  el.setAttribute('lang', lang);
  wrapper.append(el);
  await settled(el);
  return el;
}

const badges = (el: Element) =>
  Object.fromEntries([...el.shadowRoot!.querySelectorAll<HTMLElement>('li.entry')].map((li) => [li.dataset.sessionId, li.querySelector('.badge')!.textContent!.trim()]));

describe('availability', () => {
  it('the list says how many seats are left when few are, and that a full session takes a waiting list (English)', async () => {
    const { feed, url } = feedWithSeats();
    const endpoint = availability(url, () => seats({ 'session-3': 2, 'session-4': 0, 'session-5': 35 }));
    try {
      const el = await list(feed, 'en');
      await waitUntil(() => badges(el)['session-3'] !== 'Applications open', 'the seats never showed');
      const shown = badges(el);
      expect(shown['session-3']).to.equal('2 seats left');
      expect(shown['session-4']).to.equal('Full — join the waiting list');
      // Still taking applications, for the waiting list: outlined, not filled like an open session.
      const badge = el.shadowRoot!.querySelector('li[data-session-id="session-4"] .badge')!;
      expect(getComputedStyle(badge).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(shown['session-5']).to.equal('Opens soon'); // not open: its seats do not matter yet
      expect(endpoint.asked).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      endpoint.restore();
    }
  });

  it('the same in Japanese, and one seat in the singular in English', async () => {
    const { feed, url } = feedWithSeats();
    const endpoint = availability(url, () => seats({ 'session-3': 1, 'session-4': 0 }));
    try {
      const ja = await list(feed, 'ja');
      await waitUntil(() => badges(ja)['session-3'] !== '申込受付中', 'the seats never showed');
      expect(badges(ja)['session-3']).to.equal('残り1席');
      expect(badges(ja)['session-4']).to.equal('満席（キャンセル待ち受付中）');
      expect(ja.shadowRoot!.textContent).not.to.match(/seat|Full/);
      const en = await list(feed, 'en');
      await waitUntil(() => badges(en)['session-3'] === '1 seat left', 'the singular never showed');
    } finally {
      endpoint.restore();
    }
  });

  it('a full session without a waiting list says it is full', async () => {
    const { feed, url } = feedWithSeats(false);
    const endpoint = availability(url, () => seats({ 'session-3': 20, 'session-4': 0 }));
    try {
      const en = await list(feed, 'en');
      await waitUntil(() => badges(en)['session-4'] === 'Full', 'full never showed');
      expect(badges(en)['session-3']).to.equal('Applications open'); // 20 left: plenty
      // Not green like an open session: muted and outlined, as a closed one.
      const look = (id: string) => getComputedStyle(en.shadowRoot!.querySelector(`li[data-session-id="${id}"] .badge`)!);
      expect(look('session-4').backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(look('session-4').borderTopColor).to.equal(look('session-4').color);
      expect(look('session-3').backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
      const ja = await list(feed, 'ja');
      await waitUntil(() => badges(ja)['session-4'] === '満席', 'full never showed');
    } finally {
      endpoint.restore();
    }
  });

  it('a session on its own page shows its seats', async () => {
    const { feed, url } = feedWithSeats();
    const endpoint = availability(url, () => seats({ 'session-4': 3 }));
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('seminar-session');
      for (const [k, v] of Object.entries({ src: feedUrl(feed), now: NOW, lang: 'ja', 'session-id': 'session-4' })) el.setAttribute(k, v);
      wrapper.append(el);
      await settled(el);
      await waitUntil(() => el.shadowRoot!.querySelector('.badge')!.textContent!.trim() === '残り3席', 'the seats never showed');
    } finally {
      endpoint.restore();
    }
  });

  it('never holds the feed back: the list renders while the endpoint is silent, and stays as it is when it fails', async () => {
    const { feed, url } = feedWithSeats();
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const endpoint = availability(url, () => new Response('Bad gateway', { status: 502 }), gate);
    try {
      const el = await list(feed, 'en');
      expect(el.getAttribute('state')).to.equal('ready');
      expect(badges(el)['session-3']).to.equal('Applications open');
      expect(endpoint.asked).to.have.length(1);
      open();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('ready');
      expect(badges(el)['session-3']).to.equal('Applications open');
      expect(badges(el)['session-4']).to.equal('Applications open');
    } finally {
      endpoint.restore();
    }
  });

  it('an endpoint that cannot be reached changes nothing', async () => {
    const { feed, url } = feedWithSeats();
    const endpoint = availability(url, () => Promise.reject(new TypeError('Failed to fetch')));
    try {
      const el = await list(feed, 'ja');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(el.getAttribute('state')).to.equal('ready');
      expect(badges(el)['session-4']).to.equal('申込受付中');
    } finally {
      endpoint.restore();
    }
  });
});
