// The Custom Elements Manifest (`cem analyze`, run by `npm run build` and the Storybook
// scripts): dist/custom-elements.json from the elements' JSDoc, then the editor data
// generated from it: dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json
// (VS Code) and dist/web-types.json (JetBrains IDEs).
//
// The manifest describes the package as it ships: the public API only (what src/index.ts
// exports; no private or protected members, no internal fields), module paths to
// dist/esm/*.js, every attribute, event and custom property an element inherits from
// SeminarElement and SessionElement, event detail types from `@fires {CustomEvent<…>}`,
// and each custom property's default as the styles set it (light and dark).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

/** The names src/index.ts exports as values: the public API. */
function publicNames() {
  const index = readFileSync('src/index.ts', 'utf8');
  const names = new Set();
  for (const [, list] of index.matchAll(/^export \{([^}]*)\} from/gm)) {
    for (const item of list.split(',')) {
      const name = item.trim().split(/\s+as\s+/).pop();
      if (name) names.add(name);
    }
  }
  return names;
}

/** `var(--seminar-x, default)` in the element styles: the default of each custom property. */
function cssDefaults() {
  const defaults = new Map();
  const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  for (const file of files('src/elements').filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/var\((--seminar-[\w-]+),\s*/g)) {
      // The default runs to the `)` that closes this var(), across nested parentheses.
      let depth = 0;
      let end = match.index + match[0].length;
      for (; end < text.length; end++) {
        if (text[end] === '(') depth++;
        else if (text[end] === ')' && depth-- === 0) break;
      }
      const value = text.slice(match.index + match[0].length, end).trim();
      const known = defaults.get(match[1]);
      if (known !== undefined && known !== value) throw new Error(`manifest: ${match[1]} has two defaults, ${known} and ${value}`);
      defaults.set(match[1], value);
    }
  }
  return defaults;
}

/** `Status` and `ElementState` as the literal unions they are, so tools offer the values. */
function namedTypes() {
  const status = /export const STATUSES\s*=\s*\[([^\]]*)\]/.exec(readFileSync('src/feed/status.ts', 'utf8'))?.[1];
  const state = /export type ElementState\s*=\s*([^;]+);/.exec(readFileSync('src/elements/shared/base.ts', 'utf8'))?.[1];
  if (!status || !state) throw new Error('manifest: STATUSES or ElementState not found');
  return {
    Status: [...status.matchAll(/'([^']+)'/g)].map((m) => `'${m[1]}'`).join(' | '),
    ElementState: state.trim(),
  };
}

const shipped = (path) => path.replace(/^(\/?)src\//, '$1dist/esm/').replace(/\.ts$/, '.js');

function seminarManifest() {
  return {
    name: 'seminar-widgets: public API, shipped paths, defaults',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const names = publicNames();
      const defaults = cssDefaults();
      const types = namedTypes();
      const typeText = (text) =>
        text ? text.replace(/FeedState\['state'\]/g, types.ElementState).replace(/\b(Status|ElementState)\b/g, (name) => types[name]) : text;
      const problems = [];

      for (const mod of manifest.modules) {
        mod.declarations = (mod.declarations ?? []).filter((d) => names.has(d.name));
        for (const d of mod.declarations) {
          if (d.kind !== 'class') continue;
          // Only a class with a tag is a custom element (SeminarElement and SessionElement are base classes).
          if (!d.tagName) delete d.customElement;
          d.members = (d.members ?? []).filter((m) => !m.static && !m.privacy?.match(/private|protected/) && !m.name.startsWith('_') && !m.name.startsWith('#'));
          for (const m of d.members) if (m.type) m.type.text = typeText(m.type.text);
          // Lit's internal reactive state (`static properties = { phase: { state: true } }`) has no attribute.
          const fields = new Set(d.members.map((m) => m.name));
          d.attributes = (d.attributes ?? []).filter((a) => !a.fieldName || fields.has(a.fieldName));
          for (const a of d.attributes ?? []) if (a.type) a.type.text = typeText(a.type.text);
          for (const e of d.events ?? []) {
            if (!/^CustomEvent<\w+>$/.test(e.type?.text ?? '')) problems.push(`${d.name}: @fires ${e.name} needs its type, {CustomEvent<…Detail>}`);
          }
          for (const p of d.cssProperties ?? []) {
            const value = defaults.get(p.name);
            if (value === undefined) {
              problems.push(`${d.name}: ${p.name} is documented but no style reads it`);
              continue;
            }
            // As the styles say it: `light-dark(#1f2328, #e6edf3)` is the light and the dark default.
            p.default = value;
          }
          for (const key of ['attributes', 'members', 'events', 'cssProperties', 'cssParts', 'slots']) {
            if (d[key]?.length === 0) delete d[key];
          }
        }
        // Exports: public declarations only; `defineElement()` is not a definition of a tag named "name".
        mod.exports = (mod.exports ?? []).filter((e) => (e.kind === 'js' ? names.has(e.name) : false));
        for (const d of mod.declarations) {
          if (d.tagName) mod.exports.push({ kind: 'custom-element-definition', name: d.tagName, declaration: { name: d.name, module: mod.path } });
        }
      }
      manifest.modules = manifest.modules.filter((mod) => mod.declarations.length > 0);
      // Every element documents each custom property the shared styles give it.
      const documented = new Set(manifest.modules.flatMap((m) => m.declarations.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name))));
      for (const name of defaults.keys()) if (!documented.has(name)) problems.push(`${name} is read by the styles but documented nowhere (@cssprop)`);
      if (problems.length) throw new Error(`manifest:\n  ${problems.join('\n  ')}`);

      // Paths as shipped: dist/esm/…js, in the modules and in every reference to one.
      const visit = (node) => {
        if (Array.isArray(node)) node.forEach(visit);
        else if (node && typeof node === 'object') {
          for (const [key, value] of Object.entries(node)) {
            if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shipped(value);
            else visit(value);
          }
        }
      };
      visit(manifest.modules);
    },
  };
}

export default {
  globs: ['src/elements/*/seminar-*.ts', 'src/elements/shared/base.ts', 'src/elements/shared/session-element.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    seminarManifest(),
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir: 'dist',
      webTypesFileName: 'web-types.json',
      packageJson: false,
      hideLogs: true,
    }),
  ],
};
