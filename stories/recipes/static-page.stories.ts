/**
 * The "static page" recipe (README, docs/prerender.md): the default series pre-rendered with
 * `renderHtml`, as a visitor sees it without the script and with it. The HTML is made at
 * story load by the real `renderHtml` from the real default feed (as the portal serves it,
 * `/feeds/tokyo-2025.json`), in the toolbar's language and at the story's instant, so it
 * cannot drift from what `seminar-widgets render` writes. `dist/prerender.css` is served as
 * `/prerender.css` (.storybook/main.ts, which makes it when no build has).
 *
 * Without the script, the page is in a sandboxed frame that runs no script, so the
 * portal's own elements cannot upgrade it; with the script, the same HTML is in the story
 * itself, and the portal's elements take it over.
 */
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { expect } from 'storybook/test';
import { renderHtml } from '../../src/render/render.js';
import '../../src/index.js';
import { FEED, MIXED_NOW, until } from '../helpers.js';

/** Where the portal serves `dist/prerender.css`. */
const PRERENDER_CSS = '/prerender.css';

interface Loaded {
  /** `renderHtml`'s output for the default series. */
  snippet: string;
  lang: 'en' | 'ja';
}

/** The snippet, as `seminar-widgets render feeds/tokyo-2025.json --element series --src /feeds/tokyo-2025.json` writes it. */
async function renderSeries({ globals, parameters }: StoryContext): Promise<Loaded> {
  const lang = ((parameters.lang as string | undefined) ?? (globals.lang as string | undefined)) === 'ja' ? 'ja' : 'en';
  // The instant the story shows (the toolbar's Now, else the story's), written as the element's `now`
  // as `--now` writes it, so that the element shows the same when it takes over.
  const now = (globals.now as string | undefined) || (parameters.now as string | undefined);
  const response = await fetch(FEED);
  if (!response.ok) throw new Error(`${FEED}: ${response.status}`);
  const { html: snippet } = renderHtml(await response.json(), { element: 'series', lang, src: FEED, now });
  return { snippet, lang };
}

/** The recipe's page: the stylesheet as a file (a strict CSP refuses an inline `<style>`), the snippet, and the script tag or not. */
function page(lang: string, snippet: string, script: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Seminars</title>
<link rel="stylesheet" href="${new URL(PRERENDER_CSS, location.href).href}">
${script ? `${script}\n` : ''}</head>
<body>
${snippet}
</body>
</html>`;
}

const SCRIPT_TAG = '<script type="module" src="/seminar-widgets/seminar-widgets.js"></script>';
const SOURCE = (script: string) => page('ja', '<!-- series.html: the output of seminar-widgets render -->', script).replace(/href="[^"]*prerender\.css"/, 'href="/seminar-widgets/prerender.css"');

const meta: Meta = {
  title: 'Recipes',
  // Its page is StaticPage.mdx.
  tags: ['!autodocs'],
  parameters: { now: MIXED_NOW },
  loaders: [renderSeries],
};
export default meta;
type Story = StoryObj;

/** What a visitor whose browser runs no script sees: the render output and prerender.css, nothing else. */
export const WithoutTheScript: Story = {
  name: 'Static page: without the script',
  // The portal check: the frame's `seminar-*` tags are undefined on purpose (scripts/check-storybook.mjs).
  tags: ['no-script'],
  render: (_args, { loaded }) => {
    const { snippet, lang } = loaded as Loaded;
    // No `allow-scripts`: nothing runs in the frame, as in a browser with JavaScript off.
    // `allow-same-origin` lets it load the stylesheet, and the portal check look inside.
    return html`<iframe
      title="The default series, pre-rendered, without the script"
      sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"
      style="display: block; width: 100%; height: 720px; border: 1px solid #c8ccd0; border-radius: 4px; background: #fff"
      srcdoc=${page(lang, snippet, '')}
    ></iframe>`;
  },
  play: async ({ canvasElement }) => {
    const frame = canvasElement.querySelector('iframe')!;
    const series = await until(() => frame.contentDocument?.querySelector('seminar-series h2, seminar-series h3') && frame.contentDocument!.querySelector('seminar-series'), 'the pre-rendered series in the frame');
    const frameWindow = frame.contentWindow as (Window & typeof globalThis) | null;
    // Nothing upgraded it: the frame has no script, and the HTML is the visitor's whole page.
    await expect(frameWindow?.customElements.get('seminar-series')).toBeUndefined();
    await expect(series.shadowRoot).toBeNull();
    await expect(series.querySelector('[data-seminar-prerender] time[datetime]')).not.toBeNull();
    await until(() => frameWindow?.getComputedStyle(series).display === 'block', 'prerender.css applied in the frame');
  },
  parameters: { docs: { source: { code: SOURCE(''), language: 'html' } } },
};

/** The same HTML, with the script: the portal's elements take it over. */
export const WithTheScript: Story = {
  name: 'Static page: with the script',
  render: (_args, { loaded }) => {
    const { snippet } = loaded as Loaded;
    return html`<link rel="stylesheet" href=${PRERENDER_CSS} />${unsafeHTML(snippet)}`;
  },
  play: async ({ canvasElement }) => {
    const series = canvasElement.querySelector('seminar-series')!;
    // Taken over: the element's own rendering in its shadow root, the pre-rendered HTML gone (shown once).
    await until(() => series.shadowRoot?.querySelector('h2') && !series.querySelector('[data-seminar-prerender]'), 'the element taking over the pre-rendered HTML', 10000);
    await expect(series.getAttribute('state')).toBe('ready');
  },
  parameters: { docs: { source: { code: SOURCE(SCRIPT_TAG), language: 'html' } } },
};
