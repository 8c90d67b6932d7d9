// Writes type declarations for React 19, Preact, Vue and Svelte templates from the
// Custom Elements Manifest, so `<seminar-session-list filter="open">` type-checks there.
//   dist/jsx/{react,preact,vue,svelte}.d.ts   (run after `cem analyze`)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));

/**
 * An attribute's type as a template may write it: the manifest's literal unions stay
 * (`'open' | 'closed'`), a number may also be written as a string, anything else is a string.
 */
function attributeType(text = 'string') {
  const parts = text.split('|').map((t) => t.trim()).filter((t) => t !== 'undefined');
  const mapped = parts.map((t) => (/^'[^']*'$/.test(t) ? t : t === 'number' ? 'number | string' : t === 'boolean' ? 'boolean' : 'string'));
  return [...new Set(mapped)].join(' | ') || 'string';
}

/** `CustomEvent<SessionSelectDetail>` → `SessionSelectDetail`: the detail type each `@fires` names. */
function detailType(event, tag) {
  const name = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
  if (!name) throw new Error(`framework-types: <${tag}> fires ${event.name} without a {CustomEvent<…Detail>} type in the manifest`);
  return name;
}

const elements = [];
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    if (!d.tagName) continue;
    const attributes = (d.attributes ?? []).filter((a, i, all) => all.findIndex((b) => b.name === a.name) === i);
    const events = (d.events ?? []).filter((e, i, all) => e.name && all.findIndex((b) => b.name === e.name) === i);
    elements.push({
      tag: d.tagName,
      className: d.name,
      attributes,
      events: events.map((e) => ({ name: e.name, detail: detailType(e, d.tagName) })),
      description: d.summary ?? d.description ?? '',
    });
  }
}
elements.sort((a, b) => a.tag.localeCompare(b.tag));

const details = [...new Set(elements.flatMap((el) => el.events.map((e) => e.detail)))].sort();
const detailImports = `import type { ${details.join(', ')} } from '../esm/index.js';`;
const eventType = (event) => `(event: CustomEvent<${event.detail}>) => void`;
const propsName = (el) => `${el.className}Props`;

function propsInterfaces(eventProp) {
  return elements
    .map((el) => {
      const lines = el.attributes.map((a) => `  ${JSON.stringify(a.name)}?: ${attributeType(a.type?.text)};`);
      for (const e of el.events) lines.push(`  ${JSON.stringify(eventProp(e.name))}?: ${eventType(e)};`);
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
