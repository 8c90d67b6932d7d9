import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/elements/archive-player/seminar-archive-player.js';
import type { SeminarArchivePlayer } from '../../../src/elements/archive-player/seminar-archive-player.js';
import { feedUrl, settled, shadowText, smallFeed, type Json, sendKeys } from '../../helpers.js';

const AFTER = '2025-08-10T10:00:00+09:00';
const PLAYER_HOSTS = /youtube\.com|youtube-nocookie\.com|vimeo\.com/;

function feedWith(archive: Json | undefined, format: Json = { attendance: ['online'], archive: true }): string {
  const feed = smallFeed();
  if (archive) feed.sessions[0].archive = archive;
  feed.sessions[0].format = format;
  return feedUrl(feed);
}

async function player(src: string, now = AFTER, lang = 'en'): Promise<SeminarArchivePlayer> {
  const el = document.createElement('seminar-archive-player');
  el.setAttribute('src', src);
  el.setAttribute('session-id', 'one');
  el.setAttribute('now', now);
  el.setAttribute('lang', lang);
  document.body.append(el);
  await settled(el);
  await waitUntil(() => el.shadowRoot!.querySelector('figure, .message:not([aria-busy])'));
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);

/**
 * The URLs the page asked for. Chromium and Firefox record every request through their
 * driver (test/network-plugin.js); WebKit's WebDriver has no network events, so there the
 * page's own Resource Timing entries stand in (they list what the document fetched,
 * iframes' navigations included once they load).
 */
let recording = false;
async function requested(): Promise<string[]> {
  if (recording) return (await executeServerCommand('network-requests')) as string[];
  return performance.getEntriesByType('resource').map((e) => e.name);
}

describe('<seminar-archive-player>', () => {
  before(async () => {
    recording = Boolean(await executeServerCommand('network-record'));
  });
  afterEach(() => document.querySelectorAll('seminar-archive-player').forEach((e) => e.remove()));

  it('requests nothing from a video host until the visitor asks, even on hover and focus', async () => {
    const el = await player(feedWith({ provider: 'youtube', videoId: 'dQw4w9WgXcQ', durationSeconds: 5400, chapters: [{ startSeconds: 1800, title: 'Q&A' }] }));
    expect(el.getAttribute('status')).to.equal('archived');
    const button = $<HTMLButtonElement>(el, '[part="play-button"]')!;
    expect(button.getAttribute('aria-label')).to.equal('Play the recording: First session');
    expect($(el, 'img')!.getAttribute('src')).to.equal('https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg');
    button.dispatchEvent(new PointerEvent('pointerenter'));
    button.focus();
    await new Promise((r) => setTimeout(r, 300));
    const before = await requested();
    expect(before.filter((u) => PLAYER_HOSTS.test(u))).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
    expect(document.head.querySelector('link[rel="preconnect"][href="https://www.youtube-nocookie.com"]')).to.exist;
    expect(shadowText(el)).to.contain('Length 1:30:00');
    await expect(el).to.be.accessible();
  });

  it('loads the privacy-enhanced player on click, with its attributes, and moves focus into it', async () => {
    const el = await player(feedWith({ provider: 'youtube', videoId: 'dQw4w9WgXcQ' }));
    const played = oneEvent(el, 'seminar-archive-play');
    $<HTMLButtonElement>(el, '[part="play-button"]')!.click();
    expect((await played).detail).to.deep.equal({ sessionId: 'one' });
    await el.updateComplete;
    const iframe = $<HTMLIFrameElement>(el, 'iframe')!;
    expect(iframe.src).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0&autoplay=1');
    expect(iframe.title).to.equal('Recording: First session');
    expect(iframe.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
    expect(iframe.getAttribute('allow')).to.equal('autoplay; encrypted-media; picture-in-picture; fullscreen');
    await waitUntil(() => el.shadowRoot!.activeElement === iframe, 'focus did not move into the player');
    // The request starts with the iframe; the recorder may hear of it a moment later.
    // WebKit: no recorder (see requested()), and the test machine has no way out, so the
    // iframe's navigation fails before Resource Timing lists it: the iframe's src above is the check.
    if (!recording) return;
    let after: string[] = [];
    for (let i = 0; i < 50 && !after.some((u) => u.startsWith('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')); i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 100));
      after = await requested();
    }
    expect(after.some((u) => u.startsWith('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'))).to.equal(true);
  });

  it('uses Vimeo with dnt=1, and chapters start at their time', async () => {
    const el = await player(feedWith({ provider: 'vimeo', videoId: '76979871', chapters: [{ startSeconds: 0, title: 'Start' }, { startSeconds: 3725, title: 'Case studies' }] }));
    const chapters = [...el.shadowRoot!.querySelectorAll('[part="chapters"] button')];
    expect(chapters.map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['0:00 Start', '1:02:05 Case studies']);
    (chapters[1] as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    // Firefox and WebKit deliver the key's click after sendKeys has answered.
    await waitUntil(() => $(el, 'iframe'), 'Enter on a chapter did not load the player');
    expect($<HTMLIFrameElement>(el, 'iframe')!.src).to.equal('https://player.vimeo.com/video/76979871?dnt=1&autoplay=1#t=3725s');
    expect($<HTMLAnchorElement>(el, '[part="watch-link"]')!.href).to.equal('https://vimeo.com/76979871');
  });

  it('plays feed videos natively with their captions, and seeks to chapters', async () => {
    const el = await player(
      feedWith({
        provider: 'video',
        src: '/test/fixtures/silence.wav',
        captions: [
          { lang: 'ja', label: { en: 'Japanese', ja: '日本語' }, src: '/test/fixtures/captions-ja.vtt' },
          { lang: 'en', label: 'English', src: '/test/fixtures/captions-en.vtt' },
        ],
        chapters: [{ startSeconds: 1, title: 'One second in' }],
      }),
    );
    const video = $<HTMLVideoElement>(el, 'video')!;
    expect(video.controls).to.equal(true);
    expect(video.preload).to.equal('none');
    const tracks = [...video.querySelectorAll('track')];
    expect(tracks.map((t) => [t.kind, t.srclang, t.label])).to.deep.equal([
      ['captions', 'ja', 'Japanese'],
      ['captions', 'en', 'English'],
    ]);
    expect(tracks[0].default).to.equal(true);
    // A key press, not click(): a visitor's press is a user activation, which Firefox needs
    // before a video with sound may play (and load); a script's click() is none.
    $<HTMLButtonElement>(el, '[part="chapters"] button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => video.currentTime >= 1, 'did not seek', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });

  it('says a recording is promised, or that there is none, when it is not archived', async () => {
    const promised = await player(feedWith(undefined), AFTER);
    expect(promised.getAttribute('status')).to.equal('ended');
    expect(shadowText(promised)).to.equal('A recording will be available later.');
    await expect(promised).to.be.accessible();
    const none = await player(feedWith(undefined, { attendance: ['online'] }), AFTER, 'ja');
    expect(shadowText(none)).to.equal('この回の録画はありません。');
    const expired = await player(feedWith({ provider: 'youtube', videoId: 'dQw4w9WgXcQ', availableUntil: '2025-08-01T00:00:00+09:00' }), AFTER);
    expect(expired.getAttribute('status')).to.equal('ended');
    expect(shadowText(expired)).to.equal('There is no recording of this session.');
    const before = await player(feedWith({ provider: 'youtube', videoId: 'dQw4w9WgXcQ' }), '2025-07-01T00:00:00+09:00');
    expect(before.getAttribute('status')).to.equal('open');
    expect(before.shadowRoot!.querySelector('figure')).to.equal(null);
  });
});
