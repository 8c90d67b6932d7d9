/** Shared fixtures for the tests: the default feed and small feeds built from it. */
import { waitUntil } from '@open-wc/testing';

/** The default feed, fetched once as a partner's page would. */
const defaultFeedJson: unknown = await (await fetch('/feeds/tokyo-2025.json')).json();

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fresh deep copy of the default feed, safe to change. */
export function defaultFeed(): Json {
  return structuredClone(defaultFeedJson) as Json;
}

/** A small valid feed: one series, two speakers, two sessions. */
export function smallFeed(): Json {
  return {
    version: 1,
    series: {
      id: 'test-series',
      title: { en: 'Test series', ja: 'テストシリーズ' },
      organizer: { name: 'Test Office' },
      timeZone: 'Asia/Tokyo',
      contact: { name: { en: 'Test Office', ja: 'テスト事務局' }, email: 'office@example.org' },
      // A form session needs a privacy notice or policy; without one, validate warns.
      privacyPolicyUrl: 'https://example.org/privacy',
    },
    speakers: [
      { id: 'ana', name: 'Ana Example', title: 'Professor' },
      { id: 'ben', name: { en: 'Ben Sample', ja: 'ベン・サンプル' } },
    ],
    sessions: [
      {
        id: 'one',
        number: 1,
        level: 'basic',
        title: { en: 'First session', ja: '第一回のテーマ' },
        startsAt: '2025-07-31T14:00:00+09:00',
        endsAt: '2025-07-31T16:00:00+09:00',
        format: { attendance: ['online'], live: true, archive: true },
        speakers: [{ speakerId: 'ana', role: 'lecturer' }],
        application: { opensAt: '2025-06-30', closesAt: '2025-07-28', mode: 'form', endpoint: 'https://example.org/apply' },
        stream: { url: 'https://example.org/live' },
      },
      {
        id: 'two',
        number: 2,
        level: 'advanced',
        title: 'Second session',
        format: { attendance: ['online', 'in-person'] },
        speakers: [{ speakerId: 'ben', role: 'moderator' }],
      },
    ],
  };
}

/** A URL that serves `feed` as JSON, as a partner's server would. */
export function feedUrl(feed: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
}

/** Waits until a seminar element has finished loading and rendered. */
export async function settled(el: Element & { state?: string; updateComplete?: Promise<unknown> }): Promise<void> {
  await waitUntil(() => el.state !== 'loading', `${el.localName} stayed loading`, { timeout: 5000 });
  await el.updateComplete;
}

/** The text of an element's shadow root as a visitor reads it, white space collapsed. */
export function shadowText(el: Element): string {
  // From the DOM, not from layout (innerText): a long list leaves off-screen entries
  // unrendered (content-visibility), and the templates carry no white space between
  // blocks, so a space stands for each block's edge.
  const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|DD|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|LEGEND|LI|NAV|OL|P|SECTION|SUMMARY|UL|BR)$/;
  let text = '';
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
      else if (child instanceof Element) {
        const block = BLOCK.test(child.tagName);
        if (block) text += ' ';
        walk(child);
        if (block) text += ' ';
      }
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return text.replace(/\s+/g, ' ').trim();
}

/** The engine this test runs in (web-test-runner runs every test in Chromium, Firefox and WebKit). */
export type Engine = 'chromium' | 'firefox' | 'webkit';

export function engine(): Engine {
  const ua = navigator.userAgent;
  if (/Firefox\//.test(ua)) return 'firefox';
  if (/Chrom(e|ium)\//.test(ua)) return 'chromium';
  return 'webkit';
}

/**
 * Sets the page's viewport in any engine (test/engine-plugin.js): Puppeteer's viewport in
 * Chromium and Firefox, the window size in WebKit (WebDriver). Waits for the next frame.
 */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  const done = await executeServerCommand('engine-viewport', size);
  document.body.style.removeProperty('max-width');
  if (!done) {
    if (engine() !== 'webkit' || innerWidth < size.width) throw new Error(`${engine()} could not set the viewport to ${size.width}x${size.height}`);
    // WebKitGTK's MiniBrowser window cannot get narrower than its toolbar (447 px here).
    // The widgets lay out by container queries, never by the viewport, so a body that
    // narrow lays them out as the narrow screen would.
    document.body.style.maxWidth = `${size.width}px`;
  }
  await new Promise((r) => requestAnimationFrame(r));
}

/**
 * Emulates prefers-color-scheme and/or a media type. Returns false where the engine's driver
 * cannot (WebDriver has no media emulation: WebKit here), so the test checks an equivalent.
 */
export async function emulateMedia(media: { colorScheme?: 'light' | 'dark'; media?: 'screen' | 'print' }): Promise<boolean> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  const done = (await executeServerCommand('engine-media', media)) as boolean;
  if (done) await new Promise((r) => requestAnimationFrame(r));
  return done;
}

/**
 * Presses or types keys as a visitor would (@web/test-runner-commands' sendKeys), and
 * fails at once if the page has lost the focus: the keys would go elsewhere (Firefox moves
 * the focus into its toolbar when Tab leaves the page's last control).
 */
export async function sendKeys(keys: { press: string } | { type: string }): Promise<void> {
  const commands = await import('@web/test-runner-commands');
  // Not in WebKit: its window under Xvfb (no window manager) never reports the focus, and
  // WebKitWebDriver delivers the keys to the page all the same.
  if (engine() !== 'webkit' && !document.hasFocus()) throw new Error(`the test page has no focus in ${engine()}: keys would go elsewhere`);
  await commands.sendKeys(keys);
}
