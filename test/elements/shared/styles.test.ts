import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../../src/elements/session-list/seminar-session-list.js';
import '../../../src/elements/session/seminar-session.js';
import { settled } from '../../helpers.js';

async function mount(tag: string, attrs: Record<string, string> = {}, style = ''): Promise<HTMLElement> {
  const el = document.createElement(tag);
  el.setAttribute('src', '/feeds/tokyo-2025.json');
  // Titles are links when the list knows where sessions are.
  if (tag === 'seminar-session-list') el.setAttribute('session-url', '/seminars/{id}');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (style) el.setAttribute('style', style);
  document.body.append(el);
  await settled(el as HTMLElement & { state?: string });
  return el;
}

const colorOf = (el: Element, selector: string, prop = 'color') =>
  getComputedStyle(el.shadowRoot!.querySelector(selector)!).getPropertyValue(prop);

describe('shared styles: theming, dark mode, layout, print', () => {
  afterEach(async () => {
    document.querySelectorAll('seminar-session-list, seminar-session').forEach((e) => e.remove());
    await emulateMedia({ colorScheme: 'light', media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('follows prefers-color-scheme: light and dark, both accessible', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const light = await mount('seminar-session-list', { limit: '2' });
    expect(colorOf(light, '.entry', 'background-color')).to.equal('rgb(255, 255, 255)');
    await expect(light).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    expect(colorOf(light, '.entry', 'background-color')).to.equal('rgb(15, 20, 25)');
    expect(colorOf(light, 'h3 a')).to.equal('rgb(124, 183, 255)');
    await expect(light).to.be.accessible();
  });

  it('lets the page force a scheme with color-scheme on the element', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mount('seminar-session-list', { limit: '1' }, 'color-scheme: light');
    expect(colorOf(el, '.entry', 'background-color')).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'light' });
    const forced = await mount('seminar-session-list', { limit: '1' }, '--seminar-color-scheme: dark');
    expect(colorOf(forced, '.entry', 'background-color')).to.equal('rgb(15, 20, 25)');
  });

  it('takes --seminar-* custom properties from any ancestor, and ::part', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .themed { --seminar-color-accent: rgb(138, 21, 56); --seminar-radius: 2px; }
      .themed seminar-session-list::part(entry) { border-width: 3px; }`;
    document.head.append(style);
    const wrapper = document.createElement('div');
    wrapper.className = 'themed';
    document.body.append(wrapper);
    const el = document.createElement('seminar-session-list');
    el.setAttribute('src', '/feeds/tokyo-2025.json');
    el.setAttribute('session-url', '/seminars/{id}');
    el.setAttribute('limit', '1');
    wrapper.append(el);
    await settled(el);
    expect(colorOf(el, 'h3 a')).to.equal('rgb(138, 21, 56)');
    expect(colorOf(el, '.entry', 'border-top-left-radius')).to.equal('2px');
    expect(colorOf(el, '.entry', 'border-top-width')).to.equal('3px');
    wrapper.remove();
    style.remove();
  });

  it('keeps the host page styles out, but takes its font', async () => {
    const style = document.createElement('style');
    style.textContent = `body { font-family: Georgia, serif; text-align: center; line-height: 4; } * { letter-spacing: 5px; } a { background: red; }`;
    document.head.append(style);
    const el = await mount('seminar-session-list', { limit: '4', now: '2025-12-10T12:00:00+09:00' });
    const apply = el.shadowRoot!.querySelector('[part="apply"]')!;
    expect(getComputedStyle(apply).backgroundColor).not.to.equal('rgb(255, 0, 0)');
    const inner = el.shadowRoot!.querySelector('ol')!;
    expect(getComputedStyle(inner).textAlign).to.equal('start');
    expect(getComputedStyle(inner).letterSpacing).to.equal('normal');
    expect(getComputedStyle(apply).letterSpacing).to.equal('normal');
    expect(getComputedStyle(inner).lineHeight).not.to.equal(getComputedStyle(document.body).lineHeight);
    // The widgets read in the page's own typeface, unless the page names one for them.
    expect(getComputedStyle(inner).fontFamily).to.equal('Georgia, serif');
    el.style.setProperty('--seminar-font-family', '"Noto Sans JP", sans-serif');
    expect(getComputedStyle(inner).fontFamily).to.equal('"Noto Sans JP", sans-serif');
    style.remove();
  });

  it('keeps a space around a pasted element that a page can change', async () => {
    const el = await mount('seminar-session-list', { limit: '1' });
    expect(getComputedStyle(el).marginTop).to.equal('24px');
    expect(getComputedStyle(el).marginBottom).to.equal('24px');
    el.style.setProperty('--seminar-space-outer', '0px');
    expect(getComputedStyle(el).marginTop).to.equal('0px');
  });

  it('keeps labels beside their values: a narrow label column at 320 px, a wider one on a wide page', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount('seminar-session', { 'session-id': 'session-1' });
    const dl = el.shadowRoot!.querySelector('dl.facts')!;
    const columns = () => getComputedStyle(dl).gridTemplateColumns.split(' ').map(parseFloat);
    expect(columns()).to.have.length(2);
    expect(columns()[0]).to.equal(88);
    expect(el.scrollWidth).to.be.at.most(320);
    await setViewport({ width: 1280, height: 800 });
    await new Promise((r) => requestAnimationFrame(r));
    expect(columns()[0]).to.equal(160);
  });

  it('prints without buttons', async () => {
    const el = await mount('seminar-session-list', { limit: '4', now: '2025-12-10T12:00:00+09:00' });
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="apply"]')!).display).to.equal('none');
    // The title stays readable.
    expect(getComputedStyle(el.shadowRoot!.querySelector('h3 a')!).display).to.equal('inline');
  });

  it('breaks Japanese titles at phrase boundaries with strict line breaking', async () => {
    const el = await mount('seminar-session-list', { limit: '1', lang: 'ja' });
    const label = el.shadowRoot!.querySelector('ol')!;
    expect(getComputedStyle(label).lineBreak).to.equal('strict');
    expect(getComputedStyle(label).wordBreak).to.equal('auto-phrase');
  });
});
