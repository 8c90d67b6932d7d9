// Checks the layering of src/ that docs/architecture.md describes, and fails (exit 1)
// naming the files when a rule is broken:
//   - no import cycle among static imports (`import type` included; `import()` not);
//   - src/feed imports nothing of Lit (`lit`, `@lit/*`) and nothing in src outside src/feed;
//   - src/controllers imports neither src/elements nor src/loader;
//   - src/elements/shared imports no element folder (src/elements/<name>/);
//   - src/elements imports nothing of src/loader (the loader knows the elements, not the reverse);
//   - src/server imports neither src/elements, src/controllers nor src/loader;
//   - src/editor (the editor page, a build of its own) imports neither src/loader nor src/server,
//     and nothing outside src/editor imports it.
//   - src/render imports nothing of Lit and nothing in src outside src/feed and src/render,
//     and only src/server imports src/render (the browser bundle never carries it).
// The layering rules count every kind of import: static, `import type` and `import()`.
//   node scripts/check-architecture.mjs [root]   (root: the folder that holds src/; default: .)
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const srcDir = join(root, 'src');

/** Every .ts file under `dir`, as paths relative to `root` with forward slashes. */
function tsFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tsFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(relative(root, path).split(sep).join('/'));
  }
  return out;
}

// Statements start a line: `import … from '…'`, `import '…'`, `export … from '…'`
// (the clause may span lines); `import('…')` anywhere. Comments start with `*` or `//`.
// A clause is names, `*`, `as` and commas, with at most `{ … }` groups: `* as z`, `X, { a, type B }`.
const STATIC = /^[ \t]*(import|export)\s+(type\s+)?((?:[\w$*,\s]|\{[^{}'"]*\})+?\s*from\s*)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The imports of one file: `{ specifier, target, dynamic }`, `target` a src path or undefined for a package. */
function importsOf(file) {
  const text = readFileSync(join(root, file), 'utf8');
  const found = [];
  for (const m of text.matchAll(STATIC)) {
    if (m[1] === 'export' && !m[3]) continue; // `export …` without `from`
    found.push({ specifier: m[4], dynamic: false });
  }
  for (const m of text.matchAll(DYNAMIC)) found.push({ specifier: m[1], dynamic: true });
  return found.map((i) => ({ ...i, target: resolveSpecifier(file, i.specifier) }));
}

/** A relative specifier as a path relative to root (`.js` written for a `.ts` file). */
function resolveSpecifier(file, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = join(dirname(join(root, file)), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')];
  const hit = candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? candidates[0];
  return relative(root, hit).split(sep).join('/');
}

const under = (path, folder) => path !== undefined && path.startsWith(`${folder}/`);
const elementFolder = (path) => /^src\/elements\/([^/]+)\//.exec(path ?? '')?.[1];

/** The layering rules: each returns the reason an import breaks it, or undefined. */
const RULES = [
  (file, imp) => {
    if (!under(file, 'src/feed')) return undefined;
    if (imp.specifier === 'lit' || imp.specifier.startsWith('lit/') || imp.specifier.startsWith('@lit/')) {
      return 'src/feed imports nothing of Lit';
    }
    if (imp.target !== undefined && !under(imp.target, 'src/feed')) return 'src/feed imports nothing outside src/feed';
    return undefined;
  },
  (file, imp) =>
    under(file, 'src/controllers') && (under(imp.target, 'src/elements') || under(imp.target, 'src/loader'))
      ? 'src/controllers imports neither src/elements nor src/loader'
      : undefined,
  (file, imp) => {
    if (!under(file, 'src/elements/shared')) return undefined;
    const folder = elementFolder(imp.target);
    return folder && folder !== 'shared' ? 'src/elements/shared imports no element folder' : undefined;
  },
  (file, imp) =>
    under(file, 'src/elements') && under(imp.target, 'src/loader') ? 'src/elements imports nothing of src/loader' : undefined,
  (file, imp) =>
    under(file, 'src/server') && ['src/elements', 'src/controllers', 'src/loader'].some((f) => under(imp.target, f))
      ? 'src/server imports neither src/elements, src/controllers nor src/loader'
      : undefined,
  (file, imp) =>
    under(file, 'src/editor') && (under(imp.target, 'src/loader') || under(imp.target, 'src/server'))
      ? 'src/editor imports neither src/loader nor src/server'
      : undefined,
  (file, imp) =>
    !under(file, 'src/editor') && under(imp.target, 'src/editor') ? 'nothing outside src/editor imports it (the editor is a build of its own)' : undefined,
  (file, imp) => {
    if (!under(file, 'src/render')) return undefined;
    if (imp.specifier === 'lit' || imp.specifier.startsWith('lit/') || imp.specifier.startsWith('@lit/')) return 'src/render imports nothing of Lit';
    return imp.target !== undefined && !under(imp.target, 'src/feed') && !under(imp.target, 'src/render')
      ? 'src/render imports nothing outside src/feed and src/render'
      : undefined;
  },
  (file, imp) =>
    under(imp.target, 'src/render') && !under(file, 'src/render') && !under(file, 'src/server')
      ? 'only src/server imports src/render'
      : undefined,
];

/** Every cycle of the static import graph, each once, as a list of files ending where it starts. */
function findCycles(graph) {
  const cycles = [];
  const seen = new Set();
  const index = new Map();
  const onStack = [];
  // Tarjan's strongly connected components; a component of more than one file (or a
  // file importing itself) holds a cycle, reported by one path through it.
  let counter = 0;
  const low = new Map();
  const components = [];
  function visit(v) {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    onStack.push(v);
    seen.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.includes(w)) {
        low.set(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      let w;
      do {
        w = onStack.pop();
        component.push(w);
      } while (w !== v);
      components.push(component);
    }
  }
  for (const v of graph.keys()) if (!seen.has(v)) visit(v);
  for (const component of components) {
    const members = new Set(component);
    const start = [...members].sort()[0];
    if (members.size === 1 && !(graph.get(start) ?? []).includes(start)) continue;
    // The shortest way back to `start` inside the component.
    const previous = new Map([[start, undefined]]);
    const queue = [start];
    let path;
    while (queue.length > 0 && !path) {
      const v = queue.shift();
      for (const w of graph.get(v) ?? []) {
        if (w === start) {
          path = [w];
          for (let p = v; p !== undefined; p = previous.get(p)) path.unshift(p);
          break;
        }
        if (members.has(w) && !previous.has(w)) {
          previous.set(w, v);
          queue.push(w);
        }
      }
    }
    cycles.push(path);
  }
  return cycles;
}

if (!existsSync(srcDir)) {
  console.error(`check-architecture: no src/ in ${root}`);
  process.exit(2);
}

const problems = [];
const graph = new Map();
for (const file of tsFiles(srcDir)) {
  const imports = importsOf(file);
  graph.set(file, [...new Set(imports.filter((i) => !i.dynamic && i.target).map((i) => i.target))]);
  for (const imp of imports) {
    for (const rule of RULES) {
      const reason = rule(file, imp);
      if (reason) problems.push(`${file} imports '${imp.specifier}'${imp.dynamic ? ' (import())' : ''}: ${reason}`);
    }
  }
}
for (const cycle of findCycles(graph)) problems.push(`import cycle: ${cycle.join(' -> ')}`);

if (problems.length > 0) {
  console.error(`check-architecture: ${problems.length} problem(s); the rules are in docs/architecture.md`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`check-architecture: ${graph.size} files in src/, no cycles, layers as docs/architecture.md describes`);
