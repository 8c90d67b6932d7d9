/**
 * All ten elements, several of each, Japanese and English side by side, on one page of
 * the built bundle: one fetch for the feed, every element ready, nothing thrown.
 */
import { expect, waitUntil } from '@open-wc/testing';

describe('many instances on one page', () => {
  it('share one fetch per feed and all render, in both languages', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1200px';
    frame.style.height = '900px';
    frame.src = '/test/e2e/many.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & { __errors: string[]; __violations: string[] };
    const elements = [...doc.querySelectorAll('body *')].filter((e) => e.localName.startsWith('seminar-'));
    expect(new Set(elements.map((e) => e.localName)).size).to.equal(10);
    await waitUntil(() => elements.every((e) => e.getAttribute('state') === 'ready'), 'not every element became ready', { timeout: 10_000 });
    const fetches = win.performance.getEntriesByType('resource').filter((e) => e.name.includes('/feeds/tokyo-2025.json'));
    expect(fetches).to.have.length(1);
    expect(win.__errors).to.deep.equal([]);
    const [jaList, enList] = [...doc.querySelectorAll('seminar-session-list')];
    expect(jaList.shadowRoot!.textContent).to.contain('申込受付中');
    expect(enList.shadowRoot!.textContent).to.contain('Applications open');
    // Each element keeps its own state: the English series is ended, the Japanese one is not.
    const [jaSeries, enSeries] = [...doc.querySelectorAll('seminar-series')];
    const statuses = (s: Element) => [...s.shadowRoot!.querySelectorAll('seminar-session')].map((x) => x.getAttribute('status'));
    expect(statuses(jaSeries)).to.deep.equal(['ended', 'ended', 'closed', 'open', 'upcoming']);
    expect(statuses(enSeries)).to.deep.equal(['ended', 'ended', 'ended', 'ended', 'ended']);
    frame.remove();
  });
});
