import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { initialOf } from '../../../src/elements/speaker-card/seminar-speaker-card.js';
import { sessionHref } from '../../../src/elements/shared/session-parts.js';
import type { SeminarSpeakerCard } from '../../../src/elements/speaker-card/seminar-speaker-card.js';
import '../../../src/elements/series/seminar-series.js';
import { defaultFeed, feedUrl, sendKeys, settled, shadowText, smallFeed } from '../../helpers.js';

async function card(attrs: Record<string, string>, width?: string): Promise<SeminarSpeakerCard> {
  const el = document.createElement('seminar-speaker-card');
  if (!('src' in attrs)) el.setAttribute('src', '/feeds/tokyo-2025.json');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  if (width) box.style.width = width;
  box.append(el);
  await settled(el);
  await nextFrame();
  await el.updateComplete;
  return el;
}

const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const photo = (el: Element) => $(el, '[part="photo"]')!;
const toggle = (el: Element) => $<HTMLButtonElement>(el, 'button.toggle');
const bio = (el: Element) => $(el, '[part="bio"]')!;
const sessionLinks = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.sessions a')].map((a) => a.getAttribute('href'));

/** A speaker of the small feed with other words. */
function feedWith(speaker: Record<string, unknown>) {
  const feed = smallFeed();
  Object.assign(feed.speakers[0], speaker);
  return feedUrl(feed);
}

describe('<seminar-speaker-card>', () => {
  describe('the initial', () => {
    it('is the first letter of the family name, which the feed writes first', () => {
      expect(initialOf('Hara Masato')).to.equal('H');
      expect(initialOf('Inao Izumi')).to.equal('I');
      expect(initialOf('原 昌登')).to.equal('原');
      expect(initialOf('原\u3000昌登')).to.equal('原');
      expect(initialOf('原昌登')).to.equal('原');
      expect(initialOf('ōta kenji')).to.equal('Ō');
      expect(initialOf('“Ana” Example')).to.equal('A');
      expect(initialOf('  ')).to.equal(undefined);
      expect(initialOf('123 456')).to.equal(undefined);
    });

    it('shows one letter: H for "Hara Masato", I (not II) for "Inao Izumi", 原 for 「原 昌登」', async () => {
      const hara = await card({ 'speaker-id': 'hara-masato' });
      expect(photo(hara).textContent).to.equal('H');
      expect(photo(hara).getAttribute('aria-hidden')).to.equal('true');
      const inao = await card({ 'speaker-id': 'inao-izumi' });
      expect(photo(inao).textContent).to.equal('I');
      const haraJa = await card({ 'speaker-id': 'hara-masato', lang: 'ja' });
      expect(photo(haraJa).textContent).to.equal('原');
      expect(shadowText(haraJa)).to.contain('原 昌登');
    });

    it('gives way to a neutral silhouette when the name has no letter', async () => {
      const el = await card({ src: feedWith({ name: '—' }), 'speaker-id': 'ana' });
      expect(photo(el).textContent!.trim()).to.equal('');
      expect(photo(el).querySelector('svg')).to.not.equal(null);
      expect(photo(el).getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('gives way to a photo with its alt text', async () => {
      const el = await card({
        src: feedWith({ photo: { src: 'ana.jpg', alt: 'Ana Example smiling' }, links: [{ label: 'Home page', url: 'https://ana.example' }] }),
        'speaker-id': 'ana',
      });
      const img = $<HTMLImageElement>(el, 'img')!;
      expect(img.alt).to.equal('Ana Example smiling');
      expect(getComputedStyle(img).objectFit).to.equal('cover');
      expect($<HTMLAnchorElement>(el, 'a[href="https://ana.example/"]')!.rel).to.equal('noopener');
      expect($(el, 'ul.links')!.getAttribute('aria-label')).to.equal('Links');
      await expect(el).to.be.accessible();
    });
  });

  describe('name, title and organization', () => {
    it('shows the name, title, organization and the sessions', async () => {
      const el = await card({ 'speaker-id': 'tsuda-noriko' });
      const text = shadowText(el);
      expect(text).to.contain('Tsuda Noriko');
      expect(text).to.contain('President, Fine HR');
      // The sessions by their label: the list of sessions carries the titles.
      expect(text).to.contain('Speaks at Session 2 · Advanced Session 3 · Practical ①');
    });

    it('joins title and organization as an English reader expects', async () => {
      const el = await card({ 'speaker-id': 'hara-masato' });
      expect($(el, '.affiliation')!.textContent).to.equal('Professor, Faculty of Law, Seikei University');
    });

    it('puts the organization first in Japanese, with no English comma', async () => {
      const hara = await card({ 'speaker-id': 'hara-masato', lang: 'ja' });
      expect($(hara, '.affiliation')!.textContent).to.equal('成蹊大学 法学部 教授');
      const tsuda = await card({ 'speaker-id': 'tsuda-noriko', lang: 'ja' });
      expect($(tsuda, '.affiliation')!.textContent).to.equal('Fine HR 代表');
      expect(shadowText(tsuda)).to.not.contain('代表, Fine HR');
    });

    it('shows the reading of the name in small muted type, above the name', async () => {
      const el = await card({ src: feedWith({ name: '原 昌登', nameReading: 'はら まさと' }), 'speaker-id': 'ana', lang: 'ja' });
      const reading = $(el, '.reading')!;
      expect(reading.textContent).to.equal('はら まさと');
      expect(parseFloat(getComputedStyle(reading).fontSize)).to.be.below(parseFloat(getComputedStyle($(el, 'h4')!).fontSize));
      expect(reading.getBoundingClientRect().bottom).to.be.at.most($(el, 'h4')!.getBoundingClientRect().top + 1);
    });

    it('says in which role a speaker speaks, when not as lecturer', async () => {
      const el = await card({ 'speaker-id': 'murahashi-tetsuya', lang: 'ja' });
      expect($(el, '.sessions li')!.textContent!.trim()).to.equal('第3回　実践編①（事例発表）');
      const en = await card({ 'speaker-id': 'murahashi-tetsuya' });
      expect($(en, '.sessions li')!.textContent!.trim()).to.equal('Session 3 · Practical ① · Case presenter');
      const lecturer = await card({ 'speaker-id': 'tsuda-noriko' });
      expect($(lecturer, '.sessions li')!.textContent!.trim()).to.equal('Session 2 · Advanced');
    });
  });

  describe('the bio', () => {
    it('shows three lines, then "Full profile", which opens the whole bio from the keyboard', async () => {
      const el = await card({ 'speaker-id': 'hara-masato' });
      const text = bio(el);
      const button = toggle(el)!;
      // After the excerpt, in the DOM and on screen.
      expect(text.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(button.getBoundingClientRect().top).to.be.at.least(text.getBoundingClientRect().bottom);
      expect(button.textContent!.trim()).to.equal('Full profile');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(text.id);
      const line = parseFloat(getComputedStyle(text).lineHeight);
      expect(text.getBoundingClientRect().height).to.be.closeTo(3 * line, 2);
      expect(text.scrollHeight).to.be.above(text.clientHeight);
      await expect(el).to.be.accessible();

      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(text.querySelectorAll('p')).to.have.length(3);
      expect(text.getBoundingClientRect().height).to.be.above(6 * line);
      expect(text.scrollHeight).to.be.at.most(text.clientHeight + 1);
      const last = [...text.querySelectorAll('p')].at(-1)!;
      expect(last.getBoundingClientRect().bottom).to.be.at.most(text.getBoundingClientRect().bottom + 1);
      expect(el.shadowRoot!.activeElement).to.equal(button);
      await expect(el).to.be.accessible();

      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(text.getBoundingClientRect().height).to.be.closeTo(3 * line, 2);
    });

    it('has no toggle when the bio fits in three lines', async () => {
      const el = await card({ src: feedWith({ bio: 'Short.' }), 'speaker-id': 'ana' });
      expect(toggle(el)).to.equal(null);
      expect(shadowText(el)).to.contain('Short.');
    });

    it('measures the lines at the width it is given', async () => {
      const words = 'Teaches labour law and chairs a committee on harassment at work. '.repeat(2);
      const el = await card({ src: feedWith({ bio: words }), 'speaker-id': 'ana' }, '900px');
      expect(toggle(el)).to.equal(null);
      el.parentElement!.style.width = '240px';
      await waitUntil(() => toggle(el) !== null, 'no toggle at 240 px');
      el.parentElement!.style.width = '900px';
      await waitUntil(() => toggle(el) === null, 'a toggle left at 900 px');
    });

    it('keeps focus on the toggle when the bio, closed, fits its new width', async () => {
      const words = 'Teaches labour law and chairs a committee on harassment at work. '.repeat(2);
      const el = await card({ src: feedWith({ bio: words }), 'speaker-id': 'ana' }, '240px');
      await waitUntil(() => toggle(el) !== null, 'no toggle at 240 px');
      toggle(el)!.focus();
      await sendKeys({ press: 'Enter' });
      el.parentElement!.style.width = '900px';
      await nextFrame();
      await sendKeys({ press: 'Enter' });
      await nextFrame();
      await el.updateComplete;
      expect(toggle(el), 'the focused toggle stays').to.not.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(toggle(el));
      expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('shows the whole bio when printed', async () => {
      const el = await card({ 'speaker-id': 'hara-masato' });
      const rules = [...el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules])]
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print')
        .map((r) => r.cssText)
        .join('\n');
      expect(rules).to.match(/\.bio\[data-clamped\]\s*\{[^}]*display: block;[^}]*overflow: visible/);
    });
  });

  describe('"Speaks at"', () => {
    it('shows sessions as plain text without a series or a session-url', async () => {
      const el = await card({ 'speaker-id': 'fujiki-takeshi' });
      expect(sessionLinks(el)).to.deep.equal([]);
      expect($(el, '.sessions')!.textContent).to.contain('Session 4 · Practical ②');
    });

    it('links each session with the session-url template', async () => {
      const el = await card({ 'speaker-id': 'fujiki-takeshi', 'session-url': '/seminars/{id}?from=speakers' });
      expect(sessionLinks(el)).to.deep.equal(['/seminars/session-2?from=speakers', '/seminars/session-4?from=speakers']);
      expect($(el, '.sessions a')!.textContent).to.equal('Session 2 · Advanced');
      await expect(el).to.be.accessible();
    });

    it('links each session to #<session-id> inside a series, even with a session-url', async () => {
      const series = await fixture<HTMLElement>(html`<seminar-series></seminar-series>`);
      const el = document.createElement('seminar-speaker-card');
      el.setAttribute('src', '/feeds/tokyo-2025.json');
      el.setAttribute('speaker-id', 'fujiki-takeshi');
      el.setAttribute('session-url', '/seminars/{id}');
      series.append(el);
      await settled(el);
      expect(sessionLinks(el)).to.deep.equal(['#session-2', '#session-4']);
    });

    it('links a session inside the series page, across its shadow roots', async () => {
      const series = await fixture<HTMLElement & { state?: string }>(html`<seminar-series src="/feeds/tokyo-2025.json"></seminar-series>`);
      await settled(series);
      const list = series.shadowRoot!.querySelector<HTMLElement & { state?: string }>('seminar-speaker-list')!;
      await settled(list);
      const hara = list.shadowRoot!.querySelector<SeminarSpeakerCard>('seminar-speaker-card[speaker-id="hara-masato"]')!;
      await settled(hara);
      expect(sessionLinks(hara)).to.deep.equal(['#session-1']);
    });

    it('builds hrefs: fragment in a series, template elsewhere, none with neither', () => {
      expect(sessionHref('session-1', true, '/s/{id}')).to.equal('#session-1');
      expect(sessionHref('session 1', false, '/s/{id}/{id}')).to.equal('/s/session%201/session%201');
      expect(sessionHref('session-1', false, undefined)).to.equal(undefined);
    });
  });

  it('reads Japanese', async () => {
    const el = await card({ src: feedUrl(smallFeed()), 'speaker-id': 'ben', lang: 'ja' });
    expect(shadowText(el)).to.contain('ベン・サンプル');
    expect(shadowText(el)).to.contain('第2回');
    expect(shadowText(el)).to.contain('登壇回');
    await expect(el).to.be.accessible();
  });

  it('is accessible in Japanese with a folded bio and session links', async () => {
    const feed = defaultFeed();
    const el = await card({ src: feedUrl(feed), 'speaker-id': 'tsuda-noriko', lang: 'ja', 'session-url': '/s/{id}' });
    expect(toggle(el)!.textContent!.trim()).to.equal('プロフィール全文');
    await expect(el).to.be.accessible();
  });

  it('tells the editor about an unknown speaker-id', async () => {
    const el = await card({ 'speaker-id': 'nobody' });
    expect(el.getAttribute('state')).to.equal('error');
    expect(shadowText(el)).to.contain('no speaker with the id "nobody"');
  });
});
