import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { initials } from '../../../src/elements/speaker-card/seminar-speaker-card.js';
import type { SeminarSpeakerCard } from '../../../src/elements/speaker-card/seminar-speaker-card.js';
import { feedUrl, sendKeys, settled, shadowText, smallFeed } from '../../helpers.js';

async function card(attrs: Record<string, string>): Promise<SeminarSpeakerCard> {
  const el = document.createElement('seminar-speaker-card');
  if (!('src' in attrs)) el.setAttribute('src', '/feeds/tokyo-2025.json');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  await settled(el);
  return el;
}

describe('<seminar-speaker-card>', () => {
  it('shows initials, name, title, organization and the sessions', async () => {
    const el = await card({ 'speaker-id': 'tsuda-noriko' });
    const text = shadowText(el);
    expect(el.shadowRoot!.querySelector('[part="photo"]')!.textContent).to.equal('TN');
    expect(el.shadowRoot!.querySelector('[part="photo"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(text).to.contain('Tsuda Noriko');
    expect(text).to.contain('President');
    expect(text).to.contain('Fine HR');
    expect(text).to.contain('Session 2 · Advanced: Understanding Customer Harassment and Organizational Responses');
    expect(text).to.contain('Session 3 · Practical ①: Measures for Handling');
  });

  it('folds a long bio behind a disclosure that keyboards can open', async () => {
    const el = await card({ 'speaker-id': 'hara-masato' });
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.equal('Full profile');
    expect(details.querySelectorAll('p')).to.have.length(3);
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    await expect(el).to.be.accessible();
    // By keyboard, in every engine: the summary takes focus, Enter opens, Space closes.
    details.open = false;
    const summary = details.querySelector('summary')!;
    summary.focus();
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details.open, 'Enter did not open the disclosure');
    await sendKeys({ press: ' ' });
    await waitUntil(() => !details.open, 'Space did not close the disclosure');
  });

  it('shows a short bio in full, and a photo with its alt text', async () => {
    const feed = smallFeed();
    feed.speakers[0].bio = 'Short.';
    feed.speakers[0].photo = { src: 'ana.jpg', alt: 'Ana Example smiling' };
    feed.speakers[0].links = [{ label: 'Home page', url: 'https://ana.example' }];
    const el = await card({ src: feedUrl(feed), 'speaker-id': 'ana' });
    expect(el.shadowRoot!.querySelector('details')).to.equal(null);
    expect(shadowText(el)).to.contain('Short.');
    const img = el.shadowRoot!.querySelector('img')!;
    expect(img.alt).to.equal('Ana Example smiling');
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="https://ana.example/"]')!.rel).to.equal('noopener');
  });

  it('reads Japanese', async () => {
    const el = await card({ src: feedUrl(smallFeed()), 'speaker-id': 'ben', lang: 'ja' });
    expect(shadowText(el)).to.contain('ベン・サンプル');
    expect(shadowText(el)).to.contain('第2回');
    await expect(el).to.be.accessible();
  });

  it('tells the editor about an unknown speaker-id', async () => {
    const el = await card({ 'speaker-id': 'nobody' });
    expect(el.getAttribute('state')).to.equal('error');
    expect(shadowText(el)).to.contain('no speaker with the id "nobody"');
  });

  it('makes initials from Latin and Japanese names', () => {
    expect(initials('Hara Masato')).to.equal('HM');
    expect(initials('原 昌登')).to.equal('原');
    expect(initials('  ')).to.equal('');
  });
});
