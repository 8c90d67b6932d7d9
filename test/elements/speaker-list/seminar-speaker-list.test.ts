import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/speaker-list/seminar-speaker-list.js';
import type { SeminarSpeakerList } from '../../../src/elements/speaker-list/seminar-speaker-list.js';
import { settled, shadowText } from '../../helpers.js';

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

  it('tells the editor about an unknown session-id', async () => {
    const el = await speakerList({ 'session-id': 'nope' });
    expect(el.getAttribute('state')).to.equal('error');
    expect(shadowText(el)).to.contain('no session with the id "nope"');
  });
});
