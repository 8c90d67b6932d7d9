import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/session/seminar-session.js';
import type { SeminarSession } from '../../../src/elements/session/seminar-session.js';
import { feedUrl, settled, shadowText, smallFeed, type Json } from '../../helpers.js';

const FEED = '/feeds/tokyo-2025.json';

async function session(attrs: Record<string, string>): Promise<SeminarSession> {
  const el = document.createElement('seminar-session');
  if (!('src' in attrs)) el.setAttribute('src', FEED);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await settled(el);
  return el;
}

function withSession(change: (s: Json) => void): string {
  const feed = smallFeed();
  change(feed.sessions[0]);
  return feedUrl(feed);
}

describe('<seminar-session>', () => {
  it('shows everything the feed has for the session', async () => {
    const el = await session({ 'session-id': 'session-3', now: '2025-11-01T10:00:00+09:00' });
    const text = shadowText(el);
    for (const expected of [
      'Session 3 · Practical ①',
      'Measures for Handling Customer Harassment in In-Person Situations',
      'Thu, December 25, 2025 3:00–5:00 PM (Japan Standard Time)',
      'Thu, October 30, 2025 – Wed, November 26, 2025',
      'Apply with the application form for this session.',
      'Online, Live stream (recording available later)',
      'Session 3 will be held as Practical Session ①',
      'Characteristics of Customer Harassment in In-Person Situations',
      'Challenges, Initiatives, and Prospects in the Beauty Industry',
      'Tokyo Beauty and Hygiene Trade Association',
      'Presented by: Murahashi Tetsuya, Kunimi Dai',
      'Lecturer Tsuda Noriko',
      'Case presenter Murahashi Tetsuya',
      'Representative of the Project Members',
      'Changes and cancellations',
      'Administrative Office',
    ]) {
      expect(text, expected).to.contain(expected);
    }
    // The remark that the source page prints the wrong weekday is for editors: a $comment, never shown.
    expect(text).not.to.contain('is a Thursday');
    expect(el.shadowRoot!.querySelector('#note')).to.equal(null);
    // The format is said once, by the element from attendance, live and archive.
    expect(text.split('recording available later')).to.have.length(2);
    const mail = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
    expect(mail.href).to.equal(
      'mailto:info@customer-harassment-taisaku.metro.tokyo.lg.jp?subject=' +
        encodeURIComponent('Session 3 · Practical ① Measures for Handling Customer Harassment in In-Person Situations'),
    );
  });

  it('reflects each status and says what it calls for', async () => {
    const cases: Array<[string, string, string]> = [
      ['2025-06-01T00:00:00+09:00', 'upcoming', 'Applications open on Mon, June 30, 2025.'],
      ['2025-07-01T00:00:00+09:00', 'open', 'Apply with the application form for this session.'],
      ['2025-07-30T00:00:00+09:00', 'closed', 'Applications closed on Mon, July 28, 2025.'],
      ['2025-07-31T15:00:00+09:00', 'live', 'Live now'],
      ['2025-08-01T00:00:00+09:00', 'ended', 'A recording will be available later.'],
    ];
    for (const [now, status, words] of cases) {
      const el = await session({ 'session-id': 'session-1', now });
      expect(el.getAttribute('status'), now).to.equal(status);
      // After the session, the recording's place (its own element, loaded on demand) says one is coming.
      const player = el.shadowRoot!.querySelector('seminar-archive-player');
      if (status === 'ended') await waitUntil(() => player?.getAttribute('state') === 'ready', 'the recording did not render');
      const text = shadowText(el) + (player ? shadowText(player) : '');
      expect(text, status).to.contain(words);
      expect(text.split('A recording will be available later.').length - 1, status).to.be.at.most(1);
      // How to apply matters only until the session starts.
      if (status === 'live' || status === 'ended') expect(shadowText(el), status).not.to.contain('Applications closed on');
      await expect(el).to.be.accessible();
    }
  });

  it('shows the live-stream link only while live', async () => {
    const src = withSession(() => {});
    const live = await session({ src, 'session-id': 'one', now: '2025-07-31T15:00:00+09:00' });
    const link = live.shadowRoot!.querySelector<HTMLAnchorElement>('[part="stream-link"]');
    expect(link?.href).to.equal('https://example.org/live');
    expect(link?.textContent).to.equal('Join the live stream');
    const before = await session({ src, 'session-id': 'one', now: '2025-07-31T13:59:00+09:00' });
    expect(before.shadowRoot!.querySelector('[part="stream-link"]')).to.equal(null);
  });

  it('is archived after the end when the feed has a recording', async () => {
    const src = withSession((s) => (s.archive = { provider: 'youtube', videoId: 'dQw4w9WgXcQ' }));
    const el = await session({ src, 'session-id': 'one', now: '2025-08-01T00:00:00+09:00' });
    expect(el.getAttribute('status')).to.equal('archived');
    expect(shadowText(el)).not.to.contain('will be available later');
  });

  it('links to the external form while open in external mode', async () => {
    const src = withSession((s) => (s.application = { opensAt: '2025-06-30', closesAt: '2025-07-28', mode: 'external', url: 'https://forms.example/apply', capacity: 100 }));
    const el = await session({ src, 'session-id': 'one', now: '2025-07-01T00:00:00+09:00' });
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="apply-link"]')!;
    expect(link.href).to.equal('https://forms.example/apply');
    expect(link.rel).to.equal('noopener');
    expect(shadowText(el)).to.contain('Capacity: 100');
  });

  it('says "to be announced" for a session without a date', async () => {
    const el = await session({ src: feedUrl(smallFeed()), 'session-id': 'two' });
    expect(el.getAttribute('status')).to.equal('upcoming');
    expect(shadowText(el)).to.contain('Date to be announced');
    expect(shadowText(el)).to.contain('No registration is needed.');
  });

  it('renders in Japanese with Japanese dates', async () => {
    const el = await session({ 'session-id': 'session-1', lang: 'ja', now: '2025-07-01T00:00:00+09:00' });
    const text = shadowText(el);
    expect(text).to.contain('2025年7月31日(木) 14:00〜16:00 (日本標準時)');
    expect(text).to.contain('申込受付中');
    expect(text).to.contain('申込内容の変更・キャンセル');
    // The default feed has Japanese for its text, marked as such.
    expect(text).to.contain('第1回 基礎編');
    const title = el.shadowRoot!.querySelector('h3')!;
    expect(title.textContent).to.equal('カスタマーハラスメントの基礎知識と企業の取組');
    expect(title.getAttribute('lang')).to.equal('ja');
    await expect(el).to.be.accessible();
    // Feed text only in English keeps its own language for screen readers and line breaking.
    const src = withSession((s) => (s.title = { en: 'English only' }));
    const english = await session({ src, 'session-id': 'one', lang: 'ja' });
    expect(english.shadowRoot!.querySelector('h3')!.textContent).to.equal('English only');
    expect(english.shadowRoot!.querySelector('h3')!.getAttribute('lang')).to.equal('en');
  });

  it('renders markup in feed text as text, never as HTML', async () => {
    const src = withSession((s) => (s.overview = '<img src=x onerror="window.__pwned=1"><b>bold</b>'));
    const el = await session({ src, 'session-id': 'one' });
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(shadowText(el)).to.contain('<b>bold</b>');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('tells the editor about a missing or unknown session-id', async () => {
    const missing = await session({});
    expect(missing.getAttribute('state')).to.equal('error');
    expect(shadowText(missing)).to.contain('needs a session-id attribute');
    const unknown = await session({ 'session-id': 'session-9' });
    expect(unknown.getAttribute('state')).to.equal('error');
    expect(shadowText(unknown)).to.contain('no session with the id "session-9"');
    await expect(unknown).to.be.accessible();
  });

  it('moves focus to its title when asked', async () => {
    const el = await session({ 'session-id': 'session-2' });
    el.focus();
    expect(el.shadowRoot!.activeElement?.id).to.equal('title');
  });
});

describe('<seminar-session> with recording, materials, calendar and JSON-LD', () => {
  it('shows the player when archived, materials always, the calendar before the end', async () => {
    const src = withSession((s) => {
      s.archive = { provider: 'youtube', videoId: 'dQw4w9WgXcQ' };
      s.materials = [{ id: 'slides', title: 'Slides', url: 'https://example.org/s.pdf' }];
    });
    const after = await session({ src, 'session-id': 'one', now: '2025-08-10T10:00:00+09:00' });
    expect(after.shadowRoot!.querySelector('seminar-archive-player')).to.exist;
    expect(after.shadowRoot!.querySelector('seminar-materials')).to.exist;
    expect(after.shadowRoot!.querySelector('seminar-add-to-calendar')).to.equal(null);
    const before = await session({ src, 'session-id': 'one', now: '2025-07-01T10:00:00+09:00' });
    expect(before.shadowRoot!.querySelector('seminar-archive-player')).to.equal(null);
    expect(before.shadowRoot!.querySelector('seminar-add-to-calendar')).to.exist;
  });

  it('puts escaped schema.org JSON-LD into the light DOM, and removes it with the element', async () => {
    const src = withSession((s) => (s.title = '</script><script>window.__ld = 1</script>'));
    const el = await session({ src, 'session-id': 'one' });
    const script = el.querySelector<HTMLScriptElement>('script[type="application/ld+json"]')!;
    expect(script.textContent).not.to.contain('</script');
    const data = JSON.parse(script.textContent!);
    expect(data['@type']).to.equal('EducationEvent');
    expect(data.name).to.equal('</script><script>window.__ld = 1</script>');
    expect(data.startDate).to.equal('2025-07-31T14:00:00+09:00');
    expect((window as unknown as { __ld?: number }).__ld).to.equal(undefined);
    el.remove();
    expect(el.querySelector('script')).to.equal(null);
  });
});
