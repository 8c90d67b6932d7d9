import { expect } from '@open-wc/testing';
import '../../../src/elements/materials/seminar-materials.js';
import { feedUrl, settled, shadowText, smallFeed } from '../../helpers.js';

async function materials(feed: ReturnType<typeof smallFeed>, lang = 'en'): Promise<HTMLElement> {
  const el = document.createElement('seminar-materials');
  el.setAttribute('src', feedUrl(feed));
  el.setAttribute('session-id', 'one');
  el.setAttribute('lang', lang);
  document.body.append(el);
  await settled(el);
  return el;
}

describe('<seminar-materials>', () => {
  afterEach(() => document.querySelectorAll('seminar-materials').forEach((e) => e.remove()));

  it('shows title, type and size, description and the notices beside the download', async () => {
    const feed = smallFeed();
    feed.sessions[0].materials = [
      {
        id: 'slides',
        title: 'Presentation materials (first half)',
        url: 'https://example.org/slides.pdf',
        mediaType: 'application/pdf',
        sizeBytes: 482000,
        description: 'Examples of the “10 Types of Demands”.',
        notice: ['The copyrights belong to the lecturer.', 'Unauthorized reproduction is prohibited.'],
      },
      { id: 'bad', title: 'Bad', url: 'javascript:alert(1)' },
    ];
    const el = await materials(feed);
    const item = el.shadowRoot!.querySelector('[part="material"]')!;
    const link = item.querySelector('a')!;
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Presentation materials (first half) (PDF, 471 KB)');
    expect(link.href).to.equal('https://example.org/slides.pdf');
    expect(link.rel).to.equal('noopener');
    const notice = item.querySelector('[part="notice"]')!;
    expect(notice.textContent).to.contain('Unauthorized reproduction is prohibited.');
    expect(notice.closest('details')).to.equal(null);
    expect(shadowText(el)).to.contain('10 Types of Demands');
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://example.org/slides.pdf']);
    await expect(el).to.be.accessible();
  });

  it('says when a session has none, in Japanese too', async () => {
    expect(shadowText(await materials(smallFeed(), 'ja'))).to.equal('この回の資料はありません。');
  });
});
