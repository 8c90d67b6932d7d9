import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/elements/speaker-list/seminar-speaker-list.js';
import type { SeminarSpeakerList } from '../../../src/elements/speaker-list/seminar-speaker-list.js';
import { emulateMedia, setViewport, settled, shadowText } from '../../helpers.js';

async function speakerList(attrs: Record<string, string> = {}): Promise<SeminarSpeakerList> {
  const el = document.createElement('seminar-speaker-list');
  el.setAttribute('src', '/feeds/tokyo-2025.json');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  await settled(el);
  const cards = [...el.shadowRoot!.querySelectorAll('seminar-speaker-card')];
  await Promise.all(cards.map((c) => settled(c)));
  return el;
}

const names = (el: SeminarSpeakerList) =>
  [...el.shadowRoot!.querySelectorAll('seminar-speaker-card')].map((c) => c.shadowRoot!.querySelector('[part="name"]')!.textContent);

describe('<seminar-speaker-list>', () => {
  it('shows all nine speakers once each, from one fetch', async () => {
    const el = await speakerList();
    expect(names(el)).to.deep.equal([
      'Hara Masato',
      'Inao Izumi',
      'Fujiki Takeshi',
      'Tsuda Noriko',
      'Murahashi Tetsuya',
      'Kunimi Dai',
      'Osabe Hiromi',
      'Sango Masashi',
      'Odai Masaki',
    ]);
    await expect(el).to.be.accessible();
  });

  it("shows only a session's speakers, in its order", async () => {
    const el = await speakerList({ 'session-id': 'session-3' });
    expect(names(el)).to.deep.equal(['Tsuda Noriko', 'Murahashi Tetsuya', 'Kunimi Dai']);
  });

  it('passes the language down to its cards', async () => {
    const el = await speakerList({ 'session-id': 'session-1', lang: 'ja' });
    const card = el.shadowRoot!.querySelector('seminar-speaker-card')!;
    expect(shadowText(card)).to.contain('登壇回');
    await expect(el).to.be.accessible();
  });

  it('passes session-url to its cards, whose sessions link there', async () => {
    const el = await speakerList({ 'session-id': 'session-3', 'session-url': '/seminars/{id}' });
    for (const card of el.shadowRoot!.querySelectorAll('seminar-speaker-card')) {
      expect(card.getAttribute('session-url')).to.equal('/seminars/{id}');
    }
    const tsuda = el.shadowRoot!.querySelector('seminar-speaker-card[speaker-id="tsuda-noriko"]')!;
    const hrefs = [...tsuda.shadowRoot!.querySelectorAll('.sessions a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['/seminars/session-2', '/seminars/session-3']);
  });

  it('shows sessions as plain text without session-url', async () => {
    const el = await speakerList({ 'session-id': 'session-3' });
    const tsuda = el.shadowRoot!.querySelector('seminar-speaker-card[speaker-id="tsuda-noriko"]')!;
    expect(tsuda.shadowRoot!.querySelectorAll('.sessions a')).to.have.length(0);
  });

  it('is accessible in dark mode, with session links', async () => {
    // Where the driver cannot emulate the scheme (Firefox, WebKit here), the page forces it.
    const emulated = await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await speakerList({ lang: 'ja', 'session-url': '/seminars/{id}' });
      if (!emulated) el.style.setProperty('--seminar-color-scheme', 'dark');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  describe('at 1280 px', () => {
    before(() => setViewport({ width: 1280, height: 800 }));
    after(() => setViewport({ width: 800, height: 600 }));

    for (const lang of ['en', 'ja']) {
      it(`gives the cards of a row one height (${lang})`, async () => {
        const el = await speakerList({ lang });
        await nextFrame();
        const cards = [...el.shadowRoot!.querySelectorAll('seminar-speaker-card')];
        const boxes = cards.map((card) => ({
          host: card.getBoundingClientRect(),
          article: card.shadowRoot!.querySelector('article')!.getBoundingClientRect(),
          content: card.shadowRoot!.querySelector('article')!.scrollHeight,
        }));
        const rows = new Map<number, typeof boxes>();
        for (const box of boxes) rows.set(Math.round(box.host.top), [...(rows.get(Math.round(box.host.top)) ?? []), box]);
        // Three or four to a row at this width: three rows either way.
        expect(rows.size, 'rows').to.equal(3);
        for (const row of rows.values()) {
          for (const box of row) {
            expect(box.article.height).to.be.closeTo(row[0].article.height, 0.5);
            expect(box.article.top).to.be.closeTo(row[0].article.top, 0.5);
          }
        }
        expect([...rows.values()][0].length, 'cards in the first row').to.be.within(3, 4);
        // The first row holds cards of different content: Fujiki speaks twice, Hara once.
        const first = [...rows.values()][0];
        const natural = first.map((_, i) => cards[i].shadowRoot!.querySelector('.sessions li:last-child')!.getBoundingClientRect().bottom);
        expect(Math.max(...natural) - Math.min(...natural)).to.be.above(20);
        // Cards sit in the grid's gap, with no outer margin of their own.
        expect(getComputedStyle(cards[0]).marginTop).to.equal('0px');
      });
    }
  });

  it('tells the editor about an unknown session-id', async () => {
    const el = await speakerList({ 'session-id': 'nope' });
    expect(el.getAttribute('state')).to.equal('error');
    expect(shadowText(el)).to.contain('no session with the id "nope"');
  });
});
