// The layering check of `npm run lint` (scripts/check-architecture.mjs, docs/architecture.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

function check(root?: string) {
  const run = spawnSync(process.execPath, ['scripts/check-architecture.mjs', ...(root ? [root] : [])], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** A throw-away tree: `{ 'src/feed/a.ts': '…' }`. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'seminar-architecture-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

test('the real tree keeps the layers and has no import cycle', () => {
  const run = check();
  assert.equal(run.code, 0, run.err);
  assert.match(run.out, /no cycles/);
});

test('a tree that keeps the rules passes; dynamic imports make no cycle', () => {
  const root = tree({
    'src/feed/schema.ts': "import * as z from 'zod/mini';\nexport const x = z.string();\n",
    'src/feed/load.ts': "import { x } from './schema.js';\nexport const load = () => import('./recover.js').then(() => x);\n",
    'src/feed/recover.ts': "import { load } from './load.js';\nexport const recover = load;\n",
    'src/controllers/feed.ts': "import { LitElement } from 'lit';\nimport { load } from '../feed/load.js';\nexport { LitElement, load };\n",
    'src/elements/shared/base.ts': "import { load } from '../../controllers/feed.js';\nexport const base = load;\n",
    'src/elements/list/seminar-list.ts': "import { base } from '../shared/base.js';\nexport const list = base;\n",
    'src/loader/entry.ts': "import '../elements/list/seminar-list.js';\n",
    'src/server/cli.ts': "import { x } from '../feed/schema.js';\nexport default x;\n",
    'src/editor/editor.ts': "import '../elements/list/seminar-list.js';\nimport { load } from '../controllers/feed.js';\nimport { x } from '../feed/schema.js';\nexport { load, x };\n",
  });
  try {
    const run = check(root);
    assert.equal(run.code, 0, run.err);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a cycle and forbidden imports fail, naming the files', () => {
  const root = tree({
    // A cycle through a type import.
    'src/elements/shared/a.ts': "import { b } from './b.js';\nexport const a = b;\n",
    'src/elements/shared/b.ts': "import type { A } from './c.js';\nexport const b = 1 as A;\n",
    'src/elements/shared/c.ts': "import {\n  a,\n} from './a.js';\nexport type A = typeof a;\n",
    // Lit, and a controller, in the feed.
    'src/feed/dates.ts': "import { html } from 'lit';\nimport { FeedController } from '../controllers/feed.js';\nexport { html, FeedController };\n",
    'src/controllers/feed.ts': "export { list } from '../elements/list/seminar-list.js';\nexport const load = () => import('../loader/entry.js');\n",
    'src/elements/list/seminar-list.ts': 'export const list = 1;\n',
    'src/elements/shared/d.ts': "import type { list } from '../list/seminar-list.js';\nexport type L = typeof list;\n",
    'src/loader/entry.ts': "import '../elements/list/seminar-list.js';\n",
    'src/server/cli.ts': "import { load } from '../controllers/feed.js';\nexport default load;\n",
    // The editor reaches into the loader and the server; the loader into the editor.
    'src/editor/editor.ts': "import '../loader/entry.js';\nexport const serve = () => import('../server/cli.js');\n",
    'src/loader/more.ts': "import '../editor/editor.js';\n",
  });
  try {
    const run = check(root);
    assert.equal(run.code, 1);
    const lines = run.err.trim().split('\n').slice(1).map((l) => l.trim());
    assert.deepEqual(lines.sort(), [
      "src/controllers/feed.ts imports '../elements/list/seminar-list.js': src/controllers imports neither src/elements nor src/loader",
      "src/controllers/feed.ts imports '../loader/entry.js' (import()): src/controllers imports neither src/elements nor src/loader",
      "src/elements/shared/d.ts imports '../list/seminar-list.js': src/elements/shared imports no element folder",
      "src/feed/dates.ts imports '../controllers/feed.js': src/feed imports nothing outside src/feed",
      "src/feed/dates.ts imports 'lit': src/feed imports nothing of Lit",
      "src/server/cli.ts imports '../controllers/feed.js': src/server imports neither src/elements, src/controllers nor src/loader",
      "src/editor/editor.ts imports '../loader/entry.js': src/editor imports neither src/loader nor src/server",
      "src/editor/editor.ts imports '../server/cli.js' (import()): src/editor imports neither src/loader nor src/server",
      "src/loader/more.ts imports '../editor/editor.js': nothing outside src/editor imports it (the editor is a build of its own)",
      'import cycle: src/elements/shared/a.ts -> src/elements/shared/b.ts -> src/elements/shared/c.ts -> src/elements/shared/a.ts',
    ].sort());
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('src/render reads only src/feed, and only src/server reads src/render', () => {
  const root = tree({
    'src/feed/text.ts': 'export const t = 1;\n',
    'src/controllers/c.ts': 'export const c = 1;\n',
    'src/render/html.ts': 'export const h = 1;\n',
    'src/render/render.ts':
      "import { t } from '../feed/text.js';\nimport { h } from './html.js';\nimport { html } from 'lit';\nimport { c } from '../controllers/c.js';\nexport const r = [t, h, html, c];\n",
    'src/server/cli.ts': "import { r } from '../render/render.js';\nexport default r;\n",
    'src/loader/entry.ts': "export const load = () => import('../render/render.js');\n",
  });
  try {
    const run = check(root);
    assert.equal(run.code, 1);
    const lines = run.err.trim().split('\n').slice(1).map((l) => l.trim());
    assert.deepEqual(lines.sort(), [
      "src/loader/entry.ts imports '../render/render.js' (import()): only src/server imports src/render",
      "src/render/render.ts imports '../controllers/c.js': src/render imports nothing outside src/feed and src/render",
      "src/render/render.ts imports 'lit': src/render imports nothing of Lit",
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
