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

  it('links list entries to #<session-id>; following one brings that session into view and focus, and back works', async () => {
    const start = location.href;
    const el = await series();
    const list = el.shadowRoot!.querySelector('seminar-session-list')!;
    await waitUntil(() => list.getAttribute('state') === 'ready');
    const link = list.shadowRoot!.querySelectorAll<HTMLAnchorElement>('h3 a')[3];
    expect(link.getAttribute('href')).to.equal('#session-4');
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(location.hash).to.equal('#session-4');
    const target = el.shadowRoot!.querySelector('seminar-session[session-id="session-4"]')!;
    await waitUntil(() => target.shadowRoot!.activeElement?.id === 'title', 'focus did not move to session 4');
    const session2 = el.shadowRoot!.querySelector('seminar-session[session-id="session-2"]')!;
    location.hash = '#session-2';
    await waitUntil(() => session2.shadowRoot!.activeElement?.id === 'title', 'focus did not follow the fragment');
    history.back();
    await waitUntil(() => target.shadowRoot!.activeElement?.id === 'title', 'back did not return to session 4');
    history.replaceState(null, '', start);
  });

  it('opens on the session a fragment names, and #<id>/apply on its form', async () => {
    const start = location.href;
    history.replaceState(null, '', '#session-4/apply');
    const el = await series({ now: '2025-12-10T12:00:00+09:00' });
    const target = el.shadowRoot!.querySelector('seminar-session[session-id="session-4"]')!;
    await waitUntil(() => {
      const form = target.shadowRoot!.querySelector('seminar-application-form');
      return form?.shadowRoot?.activeElement?.getAttribute('name') === 'name';
    }, 'focus did not reach the first field of session 4\'s form');
    history.replaceState(null, '', start);
  });

  it('puts what a visitor can do now first: the open session with its deadline and Apply', async () => {
    const nowList = async (el: HTMLElement) => {
      const list = el.shadowRoot!.querySelector('[part="now"] seminar-session-list')!;
      await waitUntil(() => list.getAttribute('state') === 'ready');
      return list.shadowRoot!;
    };
    const el = await series({ now: '2025-12-10T12:00:00+09:00' });
    expect(el.shadowRoot!.querySelector('[part="now"] h3')!.textContent).to.equal('Applications open now');
    const open = await nowList(el);
    expect([...open.querySelectorAll('li')].map((li) => li.dataset.sessionId)).to.deep.equal(['session-4']);
    expect(open.querySelector('[part="apply"]')!.getAttribute('href')).to.equal('#session-4/apply');
    expect(open.querySelector('.deadline')!.textContent).to.equal('by Thu, 15 Jan');
    const later = await series({ now: '2026-01-15T23:59:00+09:00', lang: 'ja' });
    expect((await nowList(later)).querySelector('.deadline')!.textContent).to.equal('1月15日(木)まで');
    const between = await series({ now: '2025-11-28T12:00:00+09:00' });
    expect(between.shadowRoot!.querySelector('[part="now"] h3')!.textContent).to.equal('Next session');
    expect([...(await nowList(between)).querySelectorAll('li')].map((li) => li.dataset.sessionId)).to.deep.equal(['session-4']);
    const over = await series({ now: '2026-06-01T12:00:00+09:00' });
    expect(over.shadowRoot!.querySelector('[part="now"]')).to.equal(null);
  });

  it('names the office once, at the end, not per session', async () => {
    const el = await series({ now: '2025-12-10T12:00:00+09:00' });
    const text = shadowText(el);
    expect(text.split('info@customer-harassment-taisaku.metro.tokyo.lg.jp').length - 1).to.equal(1);
    for (const session of el.shadowRoot!.querySelectorAll('seminar-session')) {
      expect(session.shadowRoot!.querySelector('[part="contact"]')).to.equal(null);
    }
  });

  it('renders in Japanese and says "free" in Japanese for a fee of 0', async () => {
    const el = await series({ lang: 'ja' });
    const text = shadowText(el);
    expect(text).to.contain('主催: 東京都');
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

  it('shows a page in one language: no English sentence in Japanese, no Japanese in English', async () => {
    /** Every text of the element and of the seminar elements inside it, once all have rendered. */
    const deepText = async (root: Element): Promise<string> => {
      let text = '';
      const walk = async (node: Node): Promise<void> => {
        for (const child of node.childNodes) {
          if (child.nodeType === Node.TEXT_NODE) text += ` ${child.textContent}`;
          else if (child instanceof Element && child.localName !== 'style' && child.localName !== 'script') await walk(child);
        }
        if (node instanceof Element && node.shadowRoot) {
          if (node.localName.startsWith('seminar-')) {
            await customElements.whenDefined(node.localName);
            await waitUntil(() => node.getAttribute('state') !== 'loading', `<${node.localName}> did not render`);
          }
          await walk(node.shadowRoot);
        }
      };
      await walk(root);
      return text.replace(/\s+/g, ' ');
    };
    // Names the source gives in Latin letters only (people, organisations, and the titles of
    // books whose Japanese title we do not know for certain), and addresses.
    const names = /Learning Labor Law from Scratch|Listening Skills and Probing Skills: Understanding Customer Psychology|How the Strongest Team Leaders Build Relationships with Their Members|Appearance Support Tokyo Association|Fujiki Takeshi|Tsuda Noriko|Murahashi Tetsuya|Kunimi Dai|Osabe Hiromi|Sango Masashi|Odai Masaki|Fine HR|Harayoshiko Beauty Salon Co\., Ltd\.|Social Support Office Citrus|The Japan Harassment Association|ANA|[\w.-]+@[\w.-]+/g;
    for (const now of ['2025-07-01T10:00:00+09:00', '2025-12-10T12:00:00+09:00', '2026-06-01T12:00:00+09:00']) {
      const ja = await deepText(await series({ lang: 'ja', now }));
      const english = ja.replace(names, '').match(/[A-Za-z]{2,}(?:[ ,.'’:-]+[A-Za-z]{2,}){2,}/g);
      expect(english, `English in the Japanese page at ${now}: ${english?.join(" | ")}`).to.equal(null);
      const en = await deepText(await series({ lang: 'en', now }));
      // The form's hint shows how a reading is written, in kana.
      const japanese = en.replace('やまだ たろう', '').match(/[\u3040-\u30ff\u3400-\u9fff]+/g);
      expect(japanese, `Japanese in the English page at ${now}: ${japanese?.join(" | ")}`).to.equal(null);
    }
  });
});
