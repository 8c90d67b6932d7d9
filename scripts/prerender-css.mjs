// Writes dist/prerender.css: the elements' own shadow styles, rewritten for the light-DOM
// HTML of `seminar-widgets render`, so that a pre-rendered page looks as the elements do
// before (and without) the script. One source for both: the elements' css`` styles.
//
//   - each element's styles apply inside `@scope (<the element>) to ([data-sw] > *)`: from
//     the element (or, for one it shows, its `data-sw="<name>"` wrapper) down to the
//     content of the next element inside it, as its shadow root would;
//   - `:host` becomes the scope (`HOST` below), `x::part(p)` becomes `x [part~="p"]` (those rules reach into
//     the inner element, as `::part` does), and a tag such as
//     `seminar-session` also matches its wrapper `[data-sw="session"]`.
// A stylesheet file, not a <style> in the snippet: a strict Content-Security-Policy
// (`style-src 'self'`) allows the file and blocks an inline <style>.
//   node scripts/prerender-css.mjs   (after `vite build`; writes dist/prerender.css)
import { build, transform } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';

const ELEMENTS = {
  series: 'series/seminar-series.ts#SeminarSeries',
  'session-list': 'session-list/seminar-session-list.ts#SeminarSessionList',
  session: 'session/seminar-session.ts#SeminarSession',
  'speaker-list': 'speaker-list/seminar-speaker-list.ts#SeminarSpeakerList',
  'speaker-card': 'speaker-card/seminar-speaker-card.ts#SeminarSpeakerCard',
  'archive-player': 'archive-player/seminar-archive-player.ts#SeminarArchivePlayer',
  materials: 'materials/seminar-materials.ts#SeminarMaterials',
  'add-to-calendar': 'add-to-calendar/seminar-add-to-calendar.ts#SeminarAddToCalendar',
};
// The elements `render` writes at the top. Their scope starts at the element and at the
// wrapper of its pre-rendered HTML: once the element has a shadow root, WebKit finds no
// scoping root above the slotted wrapper.
const TOP = ['series', 'session-list', 'session', 'speaker-list'];

/** The element classes' `styles`, read in Node (Lit's Node build defines elements harmlessly). */
async function elementStyles() {
  const entry = Object.entries(ELEMENTS)
    .map(([name, spec]) => {
      const [file, cls] = spec.split('#');
      return `export { ${cls} as ${JSON.stringify(name).replace(/"/g, '').replace(/-/g, '_')} } from './src/elements/${file}';`;
    })
    .join('\n');
  const out = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'error' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  return Object.fromEntries(Object.keys(ELEMENTS).map((name) => [name, [mod[name.replace(/-/g, '_')].styles].flat(Infinity).map((s) => s.cssText)]));
}

// What `:host` becomes: the element (or its wrapper), never the pre-rendered HTML's own
// wrapper, which is a scoping root too (WebKit looks no further up from slotted nodes), and
// as weak as `:host`: a page's own rules for the element win, before and after the take-over.
const HOST = ':where(:scope:not([data-seminar-prerender]))';

/** One shadow stylesheet as light-DOM rules. */
export function rewrite(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/:host\(((?:[^()]|\([^()]*\))*)\)/g, `${HOST}:is($1)`)
    .replace(/:host(?=\s*>)/g, ':scope')
    .replace(/:host\b/g, HOST)
    .replace(/::part\(([\w-]+)\)/g, ' [part~="$1"]')
    .replace(/(?<![\w-])seminar-([a-z]+(?:-[a-z]+)*)(?![\w-])/g, ':is(seminar-$1,[data-sw="$1"])');
}

const root = (name) => (TOP.includes(name) ? `seminar-${name},seminar-${name}>[data-seminar-prerender],[data-sw="${name}"]` : `[data-sw="${name}"]`);

/** Splits off the top-level rules that style another element's parts: they reach into it, as `::part` does. */
function splitParts(css) {
  const parts = [];
  const rest = css.replace(/(?<=^|[};])([^{};@]*::part\([^{}]*)\{([^{}]*)\}/g, (_, selector, body) => {
    parts.push(`${selector}{${body}}`);
    return '';
  });
  return { rest, parts: parts.join('') };
}

const sheets = await elementStyles();
const [base] = sheets.series;
const parts = [`@scope (${Object.keys(ELEMENTS).map(root).join(',')}) to ([data-sw] > *) {${rewrite(base)}}`];
for (const [name, list] of Object.entries(sheets)) {
  for (const css of list.filter((text) => text !== base)) {
    const split = splitParts(css.replace(/\/\*[\s\S]*?\*\//g, ''));
    parts.push(`@scope (${root(name)}) to ([data-sw] > *) {${rewrite(split.rest)}}`);
    if (split.parts) parts.push(`@scope (${root(name)}) {${rewrite(split.parts)}}`);
  }
}
// Scroll anchoring must not pick a node of the pre-rendered HTML: it goes when the element
// takes over, and Firefox then moves the page by the anchor's margin.
parts.push('[data-seminar-prerender] { overflow-anchor: none; }');
const { code } = await transform(parts.join('\n'), { loader: 'css', minify: true, logLevel: 'error' });
mkdirSync('dist', { recursive: true });
writeFileSync(
  'dist/prerender.css',
  `/* seminar-widgets: the look of the HTML that \`seminar-widgets render\` writes, before and without the script. */\n${code}`,
);
console.log(`dist/prerender.css: ${code.length} bytes`);
