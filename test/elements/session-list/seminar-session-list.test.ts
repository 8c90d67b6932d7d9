import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/elements/session-list/seminar-session-list.js';
import type { SeminarSessionList } from '../../../src/elements/session-list/seminar-session-list.js';
import { feedUrl, settled, shadowText, smallFeed, sendKeys } from '../../helpers.js';

const FEED = '/feeds/tokyo-2025.json';

async function list(attrs: Partial<Record<'filter' | 'level' | 'limit' | 'now' | 'lang' | 'time-zone' | 'src' | 'session-url', string>> = {}) {
  const el = document.createElement('seminar-session-list');
  el.setAttribute('src', FEED);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await settled(el);
  return el;
}

const entries = (el: SeminarSessionList) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li.entry')];
const ids = (el: SeminarSessionList) => entries(el).map((li) => li.dataset.sessionId);

describe('<seminar-session-list>', () => {
  it('shows a loading message, then every session, reflecting state', async () => {
    const el = document.createElement('seminar-session-list');
    el.setAttribute('src', FEED);
    document.body.append(el);
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.exist;
    await settled(el);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(ids(el)).to.deep.equal(['session-1', 'session-2', 'session-3', 'session-4', 'session-5']);
    el.remove();
  });

  it('shows number, label, title, date with weekday, time with zone, period, status and speakers', async () => {
    const el = await list({ now: '2025-07-01T10:00:00+09:00' });
    const first = entries(el)[0];
    const text = first.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Session 1 · Basic');
    expect(text).to.contain('Basic Knowledge of Customer Harassment and Corporate Initiatives');
    expect(text).to.contain('Thu, July 31, 2025 2:00–4:00 PM (Japan Standard Time)');
    expect(text).to.contain('Mon, June 30, 2025 – Mon, July 28, 2025');
    expect(text).to.contain('Applications open');
    expect(text).to.contain('Hara Masato, Inao Izumi');
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2025-07-31T14:00:00+09:00');
    expect(entries(el)[2].textContent).to.contain('Thu, December 25, 2025');
  });

  it('lays out only the entries near the screen in a long list, and keeps every entry readable', async () => {
    const feed = smallFeed();
    const first = feed.sessions[0];
    feed.sessions = Array.from({ length: 60 }, (_, i) => ({ ...structuredClone(first), id: `s-${i + 1}`, number: i + 1 }));
    const el = await list({ src: feedUrl(feed) });
    const all = entries(el);
    expect(all).to.have.length(60);
    const shown = (li: HTMLLIElement) => li.querySelector('h3')!.checkVisibility({ contentVisibilityAuto: true });
    // Chromium decides which entries are near the screen in the first layout; WebKit (and
    // Firefox) in the next rendering update: wait for it.
    await waitUntil(() => shown(all[0]), 'the first entry was not laid out');
    expect(shown(all[59])).to.equal(false, 'the last entry is far below the screen: its layout waits');
    // Skipped, not hidden: the text is there for find-in-page and assistive technology.
    expect(all[59].querySelector('h3')!.textContent).to.equal(all[0].querySelector('h3')!.textContent);
    all[59].scrollIntoView();
    await waitUntil(() => shown(all[59]), 'the entry was not laid out when it came on screen');
    window.scrollTo(0, 0);
    await expect(el).to.be.accessible();
  });

  it('does not shift the page while a visitor scrolls a 100-session list (CLS under 0.05)', async function () {
    // The Layout Instability API is Chromium's; other engines have no layout-shift entries to count.
    if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) this.skip();
    const feed = smallFeed();
    const first = feed.sessions[0];
    feed.sessions = Array.from({ length: 100 }, (_, i) => ({ ...structuredClone(first), id: `s-${i + 1}`, number: i + 1 }));
    let shift = 0;
    const observer = new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) shift += entry.value;
      }
    });
    observer.observe({ type: 'layout-shift' });
    const el = await list({ src: feedUrl(feed) });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    shift = 0; // count what happens while scrolling, not the first render
    const before = el.getBoundingClientRect().height;
    for (let y = 0; y < el.scrollHeight; y += 300) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    window.scrollTo(0, 0);
    expect(shift).to.be.below(0.05);
    // Entries not laid out yet hold a size close to their own: the list hardly grows as they render.
    const after = el.getBoundingClientRect().height;
    expect(Math.abs(after - before) / after, `${before} px before scrolling, ${after} px after`).to.be.below(0.15);
  });

  it('reads Japanese with a Japanese page', async () => {
    const el = await list({ lang: 'ja', now: '2025-07-01T10:00:00+09:00' });
    const text = entries(el)[0].textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('第1回 基礎編');
    expect(text).to.contain('2025年7月31日(木) 14:00〜16:00 (日本標準時)');
    expect(text).to.contain('2025年6月30日(月)〜2025年7月28日(月)');
    expect(text).to.contain('申込受付中');
  });

  it('derives every status from now', async () => {
    const badge = async (now: string) => (await list({ now, limit: '1' })).shadowRoot!.querySelector('[part="status"]')!.getAttribute('data-status');
    expect(await badge('2025-06-01T00:00:00+09:00')).to.equal('upcoming');
    expect(await badge('2025-07-28T23:00:00+09:00')).to.equal('open');
    expect(await badge('2025-07-30T00:00:00+09:00')).to.equal('closed');
    expect(await badge('2025-07-31T15:00:00+09:00')).to.equal('live');
    expect(await badge('2025-08-01T00:00:00+09:00')).to.equal('ended');
  });

  it('filters by status, level and limit', async () => {
    expect(ids(await list({ now: '2025-12-10T12:00:00+09:00', filter: 'open' }))).to.deep.equal(['session-4']);
    expect(ids(await list({ now: '2025-12-10T12:00:00+09:00', filter: 'open closed' }))).to.deep.equal(['session-3', 'session-4']);
    expect(ids(await list({ now: '2025-12-10T12:00:00+09:00', filter: 'upcoming' }))).to.deep.equal(['session-5']);
    expect(ids(await list({ level: 'practical' }))).to.deep.equal(['session-3', 'session-4', 'session-5']);
    expect(ids(await list({ level: 'basic advanced', limit: '1' }))).to.deep.equal(['session-1']);
    const none = await list({ now: '2025-12-10T12:00:00+09:00', filter: 'live' });
    expect(shadowText(none)).to.equal('There are no sessions to show.');
  });

  it('links each title to its page with session-url, and fires a cancelable seminar-session-select on click and Enter', async () => {
    const el = await list({ 'session-url': '/seminars/{id}?from=list' });
    const links = entries(el).map((li) => li.querySelector<HTMLAnchorElement>('h3 a')!);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([1, 2, 3, 4, 5].map((n) => `/seminars/session-${n}?from=list`));
    // A single-page app routes itself: cancelling the event keeps the browser from following the link.
    const seen: string[] = [];
    const onSelect = (e: CustomEvent<{ sessionId: string }>) => {
      expect(e.cancelable).to.equal(true);
      e.preventDefault();
      seen.push(e.detail.sessionId);
    };
    document.addEventListener('seminar-session-select', onSelect);
    const clicked = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    links[1].dispatchEvent(clicked);
    expect(clicked.defaultPrevented).to.equal(true);
    links[2].focus();
    await sendKeys({ press: 'Enter' });
    // Firefox and WebKit deliver the Enter key's click after the key command returns.
    await waitUntil(() => seen.length === 2, 'Enter did not follow the link');
    document.removeEventListener('seminar-session-select', onSelect);
    expect(seen).to.deep.equal(['session-2', 'session-3']);
  });

  it('shows titles as plain text with neither session-url nor a series around it', async () => {
    const el = await list();
    expect(el.shadowRoot!.querySelectorAll('h3 a')).to.have.length(0);
    expect(entries(el)[0].querySelector('h3')!.textContent!.trim()).to.equal('Basic Knowledge of Customer Harassment and Corporate Initiatives');
  });

  it('puts every title link in the tab order once, and the open session\'s Apply', async () => {
    const el = await list({ 'session-url': '/seminars/{id}', now: '2025-12-10T12:00:00+09:00' });
    const focusable = el.shadowRoot!.querySelectorAll('button, a[href], [tabindex]');
    expect(focusable.length).to.equal(6);
  });

  it('gives an open session a primary Apply action with its deadline, leading to its form', async () => {
    const el = await list({ 'session-url': '/seminars/{id}', now: '2025-12-10T12:00:00+09:00' });
    const open = entries(el).find((li) => li.dataset.status === 'open')!;
    const apply = open.querySelector<HTMLAnchorElement>('[part="apply"]')!;
    expect(apply.textContent!.trim()).to.equal('Apply');
    expect(apply.getAttribute('href')).to.equal('/seminars/session-4#apply');
    expect(open.querySelector('.deadline')!.textContent).to.equal('by Thu, 15 Jan');
    expect(entries(el).filter((li) => li.querySelector('[part="apply"]'))).to.have.length(1);
    const ja = await list({ 'session-url': '/seminars/{id}', now: '2025-12-10T12:00:00+09:00', lang: 'ja' });
    const openJa = entries(ja).find((li) => li.dataset.status === 'open')!;
    expect(openJa.querySelector('[part="apply"]')!.textContent!.trim()).to.equal('申し込む');
    expect(openJa.querySelector('.deadline')!.textContent).to.equal('1月15日(木)まで');
    await expect(el).to.be.accessible();
  });

  it('says "opens soon" before the window and never breaks a date, a time or a zone inside', async () => {
    const el = await list({ now: '2025-12-10T12:00:00+09:00', lang: 'ja' });
    const upcoming = entries(el).find((li) => li.dataset.status === 'upcoming')!;
    expect(upcoming.querySelector('[part="status"]')!.textContent).to.equal('受付開始前');
    const chunks = [...upcoming.querySelectorAll('.nowrap')];
    expect(chunks.length).to.be.greaterThan(3);
    for (const chunk of chunks) expect(getComputedStyle(chunk).display).to.equal('inline-block');
  });

  it('shows the series time even in a browser in another zone, and the visitor time when told', async () => {
    const tokyo = await list({ limit: '1' });
    expect(entries(tokyo)[0].textContent).to.contain('2:00–4:00 PM');
    const local = await list({ limit: '1', 'time-zone': 'local' });
    expect(entries(local)[0].textContent!.replace(/\s+/g, ' ')).to.contain(
      'Wed, July 30, 2025 10:00 PM – Thu, July 31, 2025 12:00 AM (Pacific Daylight Time)',
    );
  });

  it('says what is missing when it has neither src nor a feed around it', async () => {
    const el = await fixture<SeminarSessionList>(html`<seminar-session-list></seminar-session-list>`);
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('error');
    expect(shadowText(el)).to.contain('needs a src attribute');
    await expect(el).to.be.accessible();
  });

  it('shows a visitor message, with the contact, for a feed that cannot be used', async () => {
    const feed = smallFeed();
    feed.version = 9;
    const el = await list({ src: feedUrl(feed) });
    expect(el.getAttribute('state')).to.equal('error');
    expect(shadowText(el)).to.contain('could not be loaded');
    expect(el.shadowRoot!.querySelector('a[href="mailto:office@example.org"]')).to.exist;
    // For the site's editors, collapsed under the visitor message: what exactly is wrong.
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="editor-details"]')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.equal('Details for the site’s editors');
    expect(details.textContent).to.contain('version: must be 1');
    await expect(el).to.be.accessible();
  });

  it('tells the editor the URL and the HTTP status of a feed that is not there, in a Japanese page too', async () => {
    const el = await list({ src: '/feeds/no-such-feed.json', lang: 'ja' });
    expect(el.getAttribute('state')).to.equal('error');
    expect(shadowText(el)).to.contain('読み込めませんでした');
    const details = el.shadowRoot!.querySelector('[part="editor-details"]')!;
    expect(details.querySelector('summary')!.textContent).to.equal('サイト編集者向けの詳細');
    expect(details.textContent).to.contain(`the server answered 404 for ${new URL('/feeds/no-such-feed.json', location.href).href}`);
    await expect(el).to.be.accessible();
  });

  it('reports the problems of its own feed in seminar-feed-error', async () => {
    const feed = smallFeed();
    feed.sessions[1].startsAt = 'tomorrow';
    const el = document.createElement('seminar-session-list');
    el.src = feedUrl(feed);
    setTimeout(() => document.body.append(el));
    const event = await oneEvent(el, 'seminar-feed-error');
    expect(event.detail.issues.map((i: { path: string }) => i.path)).to.deep.equal(['sessions[1].startsAt']);
    await settled(el);
    expect(ids(el)).to.deep.equal(['one']);
    el.remove();
  });

  it('follows a change of the page language', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><seminar-session-list src=${FEED} limit="1"></seminar-session-list></div>`);
    const el = wrapper.querySelector('seminar-session-list')!;
    await settled(el);
    expect(shadowText(el)).to.contain('Session 1');
    wrapper.lang = 'ja';
    await waitUntil(() => shadowText(el).includes('第1回'), 'did not switch to Japanese');
  });

  it('is accessible in every language and status', async () => {
    for (const lang of ['en', 'ja']) {
      for (const now of ['2025-06-01T00:00:00+09:00', '2025-07-01T00:00:00+09:00', '2025-07-31T15:00:00+09:00']) {
        await expect(await list({ lang, now })).to.be.accessible();
      }
    }
  });
});

describe('<seminar-session-list> when the feed host fails', function () {
  this.timeout(20_000);

  it('shows the last good copy with a quiet "last updated" notice and reports the reason', async () => {
    const { executeServerCommand } = await import('@web/test-runner-commands');
    const { clearFeedCache } = await import('../../../src/feed/load.js');
    await executeServerCommand('faults', { up: true });
    const first = await list({ src: '/faults/switch', limit: '1' });
    expect(first.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
    first.remove();
    await new Promise((resolve) => setTimeout(resolve, 20)); // the good copy is written after the render
    clearFeedCache();
    await executeServerCommand('faults', { up: false });
    const el = document.createElement('seminar-session-list');
    el.setAttribute('src', '/faults/switch');
    el.setAttribute('limit', '1');
    const error = new Promise<CustomEvent>((resolve) => el.addEventListener('seminar-feed-error', (e) => resolve(e as CustomEvent)));
    document.body.append(el);
    await settled(el);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[part="stale"]')!.textContent).to.match(/Last updated .+ The latest schedule could not be loaded just now\./);
    expect((await error).detail.message).to.contain('showing the copy saved');
    await expect(el).to.be.accessible();
    el.remove();
    await executeServerCommand('faults', { up: true });
  });

  it('without a copy, ends in the visitor message', async () => {
    const el = await list({ src: '/faults/500' });
    expect(el.getAttribute('state')).to.equal('error');
    expect(shadowText(el)).to.contain('could not be loaded');
  });
});
