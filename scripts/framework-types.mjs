// Writes type declarations for React 19, Preact, Vue and Svelte templates from the
// Custom Elements Manifest, so `<seminar-session-list filter="open">` type-checks there.
//   dist/jsx/{react,preact,vue,svelte}.d.ts   (run after `cem analyze`)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const EVENT_DETAILS = {
  'seminar-feed-load': 'FeedLoadDetail',
  'seminar-feed-error': 'FeedErrorDetail',
  'seminar-session-select': 'SessionSelectDetail',
  'seminar-application-submit': 'ApplicationSubmitDetail',
  'seminar-application-success': 'ApplicationSuccessDetail',
  'seminar-application-error': 'ApplicationErrorDetail',
  'seminar-archive-play': 'ArchivePlayDetail',
};

/** The session statuses, read from the `STATUSES` array of src/feed/status.ts (the one list of them). */
function statusUnion() {
  const text = readFileSync('src/feed/status.ts', 'utf8');
  const list = /export const STATUSES\s*=\s*\[([^\]]*)\]/.exec(text)?.[1];
  const names = list ? [...list.matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => m[1] ?? m[2]) : [];
  if (names.length === 0) throw new Error('framework-types: no STATUSES array in src/feed/status.ts');
  return names.map((n) => `'${n}'`).join(' | ');
}

const TYPE_NAMES = {
  ElementState: `'loading' | 'ready' | 'error'`,
  Status: statusUnion(),
};

function attributeType(text = 'string') {
  const parts = text.split('|').map((t) => t.trim()).filter((t) => t !== 'undefined');
  const mapped = parts.map((t) => TYPE_NAMES[t] ?? (t === 'number' ? 'number | string' : t === 'boolean' ? 'boolean' : 'string'));
  return [...new Set(mapped)].join(' | ') || 'string';
}

const elements = [];
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    if (!d.tagName) continue;
    const attributes = (d.attributes ?? []).filter((a, i, all) => all.findIndex((b) => b.name === a.name) === i);
    const events = (d.events ?? []).filter((e, i, all) => e.name && all.findIndex((b) => b.name === e.name) === i);
    elements.push({ tag: d.tagName, className: d.name, attributes, events, description: d.summary ?? d.description ?? '' });
  }
}
elements.sort((a, b) => a.tag.localeCompare(b.tag));

const detailImports = `import type { ${[...new Set(Object.values(EVENT_DETAILS))].join(', ')} } from '../esm/index.js';`;
const eventType = (name) => `(event: CustomEvent<${EVENT_DETAILS[name] ?? 'unknown'}>) => void`;
const propsName = (el) => `${el.className}Props`;

function propsInterfaces(eventProp) {
  return elements
    .map((el) => {
      const lines = el.attributes.map((a) => `  ${JSON.stringify(a.name)}?: ${attributeType(a.type?.text)};`);
      for (const e of el.events) lines.push(`  ${JSON.stringify(eventProp(e.name))}?: ${eventType(e.name)};`);
      return `/** <${el.tag}>: ${el.description.split('\n')[0].replace(/\*\//g, '')} */\nexport interface ${propsName(el)} {\n${lines.join('\n')}\n}`;
    })
    .join('\n\n');
}

const header = '// Generated from dist/custom-elements.json by scripts/framework-types.mjs. Do not edit.\n';
mkdirSync('dist/jsx', { recursive: true });

// React 19 sets unknown props on custom elements as properties or attributes and
// listens to `on` + the exact event name.
writeFileSync(
  'dist/jsx/react.d.ts',
  `${header}${detailImports}
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

${propsInterfaces((name) => `on${name}`)}

type ElementProps<P, E> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P> & P;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((el) => `      ${JSON.stringify(el.tag)}: ElementProps<${propsName(el)}, HTMLElementTagNameMap[${JSON.stringify(el.tag)}]>;`).join('\n')}
    }
  }
}
`,
);

writeFileSync(
  'dist/jsx/preact.d.ts',
  `${header}${detailImports}
import type { JSX as PreactJSX } from 'preact';

${propsInterfaces((name) => `on${name}`)}

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((el) => `      ${JSON.stringify(el.tag)}: Omit<PreactJSX.HTMLAttributes<HTMLElementTagNameMap[${JSON.stringify(el.tag)}]>, keyof ${propsName(el)}> & ${propsName(el)};`).join('\n')}
    }
  }
}
`,
);

writeFileSync(
  'dist/jsx/vue.d.ts',
  `${header}${detailImports}
import type { DefineComponent } from 'vue';

${propsInterfaces((name) => `on${name.replace(/(^|-)(\w)/g, (_m, _d, c) => c.toUpperCase())}`)}

declare module 'vue' {
  interface GlobalComponents {
${elements.map((el) => `    ${JSON.stringify(el.tag)}: DefineComponent<${propsName(el)}>;`).join('\n')}
  }
}
`,
);

writeFileSync(
  'dist/jsx/svelte.d.ts',
  `${header}${detailImports}
import type { HTMLAttributes } from 'svelte/elements';

${propsInterfaces((name) => `on${name}`)}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${elements.map((el) => `    ${JSON.stringify(el.tag)}: Omit<HTMLAttributes<HTMLElementTagNameMap[${JSON.stringify(el.tag)}]>, keyof ${propsName(el)}> & ${propsName(el)};`).join('\n')}
  }
}
`,
);
console.log(`framework types for ${elements.length} elements: dist/jsx/{react,preact,vue,svelte}.d.ts`);
