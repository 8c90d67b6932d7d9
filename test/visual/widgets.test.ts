/**
 * Visual regression: a few elements from the default feed at a fixed `now`, 375 and
 * 1280 px wide, English and Japanese, light and dark, compared with the baselines of the
 * engine they run in (test/visual/baselines/<engine>/). A difference over the threshold
 * (web-test-runner.config.js) fails and leaves the new picture and a diff in
 * .screenshots/visual/<engine>/. After a deliberate change: npm run test:visual:update.
 */
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/elements/session-list/seminar-session-list.js';
import '../../src/elements/session/seminar-session.js';
import '../../src/elements/application-form/seminar-application-form.js';
import '../../src/elements/series/seminar-series.js';
import '../../src/elements/speaker-card/seminar-speaker-card.js';
import '../../src/elements/archive-player/seminar-archive-player.js';
import { engine, setViewport, settled } from '../helpers.js';

const NOW = '2025-12-10T10:00:00+09:00';
const WIDTHS = [375, 1280];
const LANGS = ['en', 'ja'];
const SCHEMES = ['light', 'dark'] as const;

// One font that every machine has after .ci/run (Debian's fonts-noto-cjk), for Latin and
// Japanese alike, on the page and in the widgets (their own stack starts with system-ui,
// which differs between machines), so the pictures match across machines.
const style = document.createElement('style');
style.textContent = `
  html, body { margin: 0; background: #fff; font: 16px/1.5 "Noto Sans CJK JP", sans-serif; }
  .frame { box-sizing: border-box; padding: 8px; --seminar-font-family: "Noto Sans CJK JP"; }
  .frame[data-scheme='dark'] { background: #0f1419; }
  *, *::before, *::after { transition: none !important; animation: none !important; caret-color: transparent !important; }
  /* The list's entries render only near the screen (content-visibility: auto), and WebKit's
     WebDriver screenshots leave such entries unpainted (black) even when they are on screen. */
  seminar-session-list::part(entry) { content-visibility: visible; }
`;
document.head.append(style);

/** Sends the form (after `fill`), answered by a stub endpoint, and waits for what the visitor then sees. */
async function submitForm(el: Element, fill: boolean): Promise<void> {
  const root = el.shadowRoot!;
  if (fill) {
    for (const [name, value] of [['name', '山田 花子'], ['organization', 'Example Co.'], ['email', 'hanako@example.com']]) {
      const input = root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    root.querySelector<HTMLInputElement>('[name="consent"]')!.click();
  }
  const realFetch = window.fetch;
  window.fetch = async () => new Response(JSON.stringify({ reference: 'SW-2025-0042', status: 'confirmed' }), { status: 201 });
  try {
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await new Promise((r) => setTimeout(r, 300));
  } finally {
    window.fetch = realFetch;
  }
  (document.activeElement as HTMLElement | null)?.blur();
}

const ELEMENTS: Array<{ name: string; tag: string; attrs: Record<string, string>; then?: (el: Element) => Promise<void> }> = [
  { name: 'series', tag: 'seminar-series', attrs: {} },
  { name: 'session-list', tag: 'seminar-session-list', attrs: { limit: '4', 'session-url': '/seminars/{id}' } },
  { name: 'session', tag: 'seminar-session', attrs: { 'session-id': 'session-4' } },
  { name: 'application-form', tag: 'seminar-application-form', attrs: { 'session-id': 'session-4' } },
  { name: 'application-form-errors', tag: 'seminar-application-form', attrs: { 'session-id': 'session-4' }, then: (el) => submitForm(el, false) },
  { name: 'application-form-success', tag: 'seminar-application-form', attrs: { 'session-id': 'session-4' }, then: (el) => submitForm(el, true) },
  { name: 'archive-player', tag: 'seminar-archive-player', attrs: { 'session-id': 'session-1' } },
  { name: 'speaker-card', tag: 'seminar-speaker-card', attrs: { 'speaker-id': 'hara-masato' } },
];

/** Waits for an element and every seminar element inside it (loaded on demand) to render. */
async function settledDeep(root: Element): Promise<void> {
  let seen = -1;
  for (;;) {
    const inner: Element[] = [];
    const walk = (el: Element) => {
      if (el.localName.startsWith('seminar-')) inner.push(el);
      for (const child of el.shadowRoot?.querySelectorAll('*') ?? []) walk(child);
    };
    walk(root);
    if (inner.length === seen) return;
    seen = inner.length;
    for (const el of inner) {
      await customElements.whenDefined(el.localName);
      await settled(el as HTMLElement & { state?: string });
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function frame(width: number, lang: string, scheme: string, tag: string, attrs: Record<string, string>): Promise<HTMLElement> {
  const box = document.createElement('div');
  box.className = 'frame';
  box.dataset.scheme = scheme;
  box.style.width = `${width}px`;
  const el = document.createElement(tag);
  el.setAttribute('src', '/feeds/tokyo-2025.json');
  el.setAttribute('now', NOW);
  el.setAttribute('lang', lang);
  el.style.setProperty('--seminar-color-scheme', scheme);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  box.append(el);
  document.body.append(box);
  await settledDeep(el);
  await document.fonts.ready;
  // Two frames: layout and paint settle (content-visibility, container queries).
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return box;
}

describe(`visual regression (${engine()})`, function () {
  // A whole series is a picture 9,000 px tall; comparing it takes seconds on a busy machine.
  this.timeout(30000);
  before(async function () {
    // Wider than 1280 px; Puppeteer's element screenshots take what is below the fold too.
    await setViewport({ width: 1300, height: 900 });
  });
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => document.querySelectorAll('.frame').forEach((e) => e.remove()));

  for (const { name, tag, attrs, then } of ELEMENTS) {
    for (const width of WIDTHS) {
      for (const lang of LANGS) {
        for (const scheme of SCHEMES) {
          const id = `${name}-${width}-${lang}-${scheme}`;
          it(id, async () => {
            const box = await frame(width, lang, scheme, tag, attrs);
            if (then) {
              await then(box.firstElementChild!);
              await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            }
            await visualDiff(box, id);
          });
        }
      }
    }
  }
});
