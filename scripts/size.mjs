// Size budgets over the built files (gzip, as a CDN serves them). Run after `npm run build`.
//
//   list page:  what a page with only <seminar-session-list> downloads (entry + its imports
//               + one language's messages), for each language; budget 25 KiB.
//   everything: every file dist/seminar-widgets.js can ever load, both languages' words
//               included; budget 50 KiB. Also printed for one language, for information.
//
// Exits non-zero above an enforced budget. `--json` prints the figures for the notes.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KIB = 1024;
const BUDGETS = { listPage: 25 * KIB, everything: 50 * KIB };
const ENFORCED = new Set(['list page (en)', 'list page (ja)', 'everything']);
const ENTRY = 'src/loader/seminar-widgets.ts';

const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
const gz = (file) => gzipSync(readFileSync(`dist/${file}`)).length;

/** The chunk keys a chunk needs before it runs (static imports, transitively). */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(dep, seen);
  return seen;
}

function total(keys) {
  return [...keys].reduce((sum, key) => sum + gz(manifest[key].file), 0);
}

const messages = { en: 'src/feed/messages/en/list.ts', ja: 'src/feed/messages/ja/list.ts' };
const rows = [];
for (const [lang, key] of Object.entries(messages)) {
  const keys = new Set([...closure(ENTRY), ...closure(key)]);
  rows.push({ name: `list page (${lang})`, bytes: total(keys), budget: BUDGETS.listPage, files: [...keys].map((k) => manifest[k].file) });
}

const all = new Set();
const visit = (key) => {
  if (all.has(key)) return;
  all.add(key);
  for (const dep of [...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? [])]) visit(dep);
};
visit(ENTRY);
rows.push({ name: 'everything', bytes: total(all), budget: BUDGETS.everything, files: [...all].map((k) => manifest[k].file) });
for (const lang of ['en', 'ja']) {
  const other = lang === 'en' ? 'ja' : 'en';
  const one = [...all].filter((k) => !k.includes(`messages/${other}/`));
  rows.push({ name: `everything (${lang})`, bytes: total(new Set(one)), budget: BUDGETS.everything, files: one.map((k) => manifest[k].file) });
}

const perElement = Object.entries(manifest)
  .filter(([key, v]) => v.isDynamicEntry && key.includes('/elements/'))
  .map(([key]) => ({ name: key.split('/').pop().replace('.ts', ''), extra: total(new Set([...closure(key)].filter((k) => !closure(ENTRY).has(k)))) }));

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ rows, perElement }, null, 2));
} else {
  for (const r of rows) {
    const ok = r.bytes <= r.budget;
    const flag = ok ? 'ok  ' : ENFORCED.has(r.name) ? 'OVER' : 'warn';
    console.log(`${flag} ${r.name.padEnd(18)} ${(r.bytes / KIB).toFixed(2).padStart(6)} KiB gzip  (budget ${r.budget / KIB} KiB, ${r.files.length} files)`);
  }
  for (const e of perElement) console.log(`     + ${e.name.padEnd(22)} ${(e.extra / KIB).toFixed(2).padStart(6)} KiB gzip when on the page`);
}
const over = rows.filter((r) => r.bytes > r.budget && ENFORCED.has(r.name));
if (over.length > 0) {
  console.error(`\nSize budget exceeded: ${over.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
