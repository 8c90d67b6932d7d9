import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/elements/add-to-calendar/seminar-add-to-calendar.js';
import { feedUrl, settled, shadowText, smallFeed } from '../../helpers.js';

async function calendar(now: string, lang = 'en', sessionId = 'one'): Promise<HTMLElement> {
  const el = document.createElement('seminar-add-to-calendar');
  el.setAttribute('src', feedUrl(smallFeed()));
  el.setAttribute('session-id', sessionId);
  el.setAttribute('now', now);
  el.setAttribute('lang', lang);
  document.body.append(el);
  await settled(el);
  return el;
}

describe('<seminar-add-to-calendar>', () => {
  afterEach(() => document.querySelectorAll('seminar-add-to-calendar').forEach((e) => e.remove()));

  it('links to Google Calendar and Outlook with UTC times and this page', async () => {
    const el = await calendar('2025-07-01T00:00:00+09:00');
    const google = new URL(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="google"]')!.href);
    expect(google.searchParams.get('dates')).to.equal('20250731T050000Z/20250731T070000Z');
    expect(google.searchParams.get('details')).to.contain(`${location.origin}${location.pathname}`);
    expect(google.searchParams.get('location')).to.equal('Online');
    const outlook = new URL(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="outlook"]')!.href);
    expect(outlook.searchParams.get('startdt')).to.equal('2025-07-31T05:00:00Z');
    await expect(el).to.be.accessible();
  });

  it('downloads an .ics file that holds the session', async () => {
    const el = await calendar('2025-07-01T00:00:00+09:00');
    let downloaded: { name: string; text: string } | undefined;
    el.shadowRoot!.addEventListener(
      'click',
      async (event) => {
        const a = event.target as HTMLAnchorElement;
        if (a.localName !== 'a' || !a.download) return;
        event.preventDefault();
        downloaded = { name: a.download, text: await (await fetch(a.href)).text() };
      },
      true,
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="ics"]')!.click();
    await waitUntil(() => downloaded);
    expect(downloaded!.name).to.equal('one.ics');
    expect(downloaded!.text).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(downloaded!.text).to.contain('\r\nDTSTART:20250731T050000Z\r\n');
    expect(downloaded!.text).to.contain('\r\nUID:one@test-series.seminar-widgets\r\n');
    expect(downloaded!.text).to.contain('SUMMARY:First session');
  });

  it('says so when the session has ended or has no date yet', async () => {
    expect(shadowText(await calendar('2025-09-01T00:00:00+09:00'))).to.equal('This session has ended.');
    expect(shadowText(await calendar('2025-07-01T00:00:00+09:00', 'ja', 'two'))).to.equal('日程は決まり次第お知らせします。');
  });

  it('is in Japanese on a Japanese page', async () => {
    const el = await calendar('2025-07-01T00:00:00+09:00', 'ja');
    expect(shadowText(el)).to.contain('カレンダーに追加');
    await expect(el).to.be.accessible();
  });
});
