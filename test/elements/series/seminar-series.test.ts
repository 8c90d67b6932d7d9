import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/elements/series/seminar-series.js';
import type { SeminarSeries } from '../../../src/elements/series/seminar-series.js';
import { settled, shadowText, sendKeys } from '../../helpers.js';

async function series(attrs: Record<string, string> = {}): Promise<SeminarSeries> {
  const el = document.createElement('seminar-series');
  el.setAttribute('src', '/feeds/tokyo-2025.json');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  await settled(el);
  const inner = [...el.shadowRoot!.querySelectorAll('seminar-session-list, seminar-session, seminar-speaker-list')];
  await Promise.all(inner.map((c) => settled(c as SeminarSeries)));
  return el;
}

describe('<seminar-series>', () => {
  afterEach(() => document.querySelectorAll('seminar-series').forEach((e) => e.remove()));

  it('shows the header: title, organizer, summary, goals, audience, fee, attendance, registration, contact', async () => {
    const el = await series();
    const text = shadowText(el);
    for (const expected of [
      'Customer Harassment Prevention Seminars',
      'Organizer: Tokyo Metropolitan Government',
      'As part of our efforts to prevent customer harassment',
      'Gain knowledge of the legal framework',
      'Industry organizations and business owners',
      'Free of charge',
      'How to take part Online',
      'Separate registration is required for each session.',
      'info@customer-harassment-taisaku.metro.tokyo.lg.jp',
    ]) {
      expect(text, expected).to.contain(expected);
    }
  });

  it('shows the session list, every session in full, and the speakers', async () => {
    const el = await series();
    const root = el.shadowRoot!;
    expect(root.querySelector('seminar-session-list')!.shadowRoot!.querySelectorAll('li.entry')).to.have.length(5);
    expect([...root.querySelectorAll('seminar-session')].map((s) => s.getAttribute('session-id'))).to.deep.equal([
      'session-1',
      'session-2',
      'session-3',
      'session-4',
      'session-5',
    ]);
    const speakers = root.querySelector('seminar-speaker-list')!;
    await waitUntil(() => speakers.shadowRoot!.querySelectorAll('seminar-speaker-card[state="ready"]').length === 9);
  });

  it('passes now down so every part agrees on the status', async () => {
    const el = await series({ now: '2025-12-10T12:00:00+09:00' });
    const statuses = [...el.shadowRoot!.querySelectorAll('seminar-session')].map((s) => s.getAttribute('status'));
    expect(statuses).to.deep.equal(['ended', 'ended', 'closed', 'open', 'upcoming']);
  });

  it('moves focus to the chosen session when an entry is activated by keyboard', async () => {
    const el = await series();
    const list = el.shadowRoot!.querySelector('seminar-session-list')!;
    list.shadowRoot!.querySelectorAll('button')[3].focus();
    await sendKeys({ press: 'Enter' });
    const target = el.shadowRoot!.querySelector('seminar-session[session-id="session-4"]')!;
    await waitUntil(() => target.shadowRoot!.activeElement?.id === 'title', 'focus did not move to session 4');
  });

  it('renders in Japanese and says "free" in Japanese for a fee of 0', async () => {
    const el = await series({ lang: 'ja' });
    const text = shadowText(el);
    expect(text).to.contain('主催: Tokyo Metropolitan Government');
    expect(text).to.contain('参加費 無料');
    expect(text).to.contain('開催日程');
    expect(text).to.contain('講師紹介');
  });

  it('is accessible in both languages, light and with every part rendered', async () => {
    for (const lang of ['en', 'ja']) {
      const el = await series({ lang, now: '2025-07-01T10:00:00+09:00' });
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('gives search engines every dated session as JSON-LD in the light DOM', async () => {
    const el = await series();
    const scripts = document.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).to.have.length(1);
    expect(scripts[0].parentElement).to.equal(el);
    const data = JSON.parse(scripts[0].textContent!);
    expect(data['@graph'].map((e: { name: string }) => e.name)).to.have.length(5);
    expect(data['@graph'][2].startDate).to.equal('2025-12-25T15:00:00+09:00');
    el.remove();
    expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
  });

  it('fetches the feed once for the series and all its parts', async () => {
    const el = await series({ src: '/feeds/tokyo-2025.json?once' });
    const after = performance.getEntriesByType('resource').filter((e) => e.name.includes('/feeds/tokyo-2025.json?once')).length;
    expect(after).to.equal(1);
    expect(el.getAttribute('state')).to.equal('ready');
  });
});
