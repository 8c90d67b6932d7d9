/**
 * The package as a user gets it: `npm pack` of the built package, unpacked into a scratch
 * project's node_modules (its dependencies linked from ours, so nothing is downloaded), then
 *   - a Vite app whose only code is `import 'seminar-widgets'`,
 *   - an app bundled with plain esbuild that imports `validateFeed` and a subpath,
 *     type-checked with tsc against the shipped declarations,
 *   - a page with the script-tag bundle straight from the package,
 * each opened in Chromium: every `seminar-*` tag must be defined, nothing left loading,
 * and the shipped default feed rendered. A `sideEffects` or `exports` mistake fails here.
 * Needs `npm run build` first (the test command runs it before).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import ts from 'typescript';
// @ts-expect-error -- a plain ES module without types
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const project = resolve('.');
const NOW = '2025-12-10T10:00:00+09:00';
const TAGS = [
  'seminar-feed',
  'seminar-series',
  'seminar-session-list',
  'seminar-session',
  'seminar-speaker-card',
  'seminar-speaker-list',
  'seminar-application-form',
  'seminar-archive-player',
  'seminar-materials',
  'seminar-add-to-calendar',
];

/** Every element, once on its own `src` and once under a `<seminar-feed>`. */
const BODY = `
<seminar-series src="./tokyo-2025.json" now="${NOW}"></seminar-series>
<seminar-feed src="./tokyo-2025.json">
  <seminar-session-list now="${NOW}"></seminar-session-list>
  <seminar-session session-id="session-4" now="${NOW}"></seminar-session>
  <seminar-speaker-card speaker-id="tsuda-noriko"></seminar-speaker-card>
  <seminar-speaker-list session-id="session-4"></seminar-speaker-list>
  <seminar-application-form session-id="session-4" now="${NOW}"></seminar-application-form>
  <seminar-archive-player session-id="session-1" now="${NOW}"></seminar-archive-player>
  <seminar-materials session-id="session-1" now="${NOW}"></seminar-materials>
  <seminar-add-to-calendar session-id="session-4" now="${NOW}"></seminar-add-to-calendar>
</seminar-feed>`;
const page = (head: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>seminar-widgets from the tarball</title><link rel="icon" href="data:,">${head}</head>
<body>${BODY}
</body></html>
`;

describe('the packed package in three kinds of app', { skip: chromium ? false : 'no Chromium (see scripts/chromium.mjs)' }, () => {
  let dir: string;
  let server: Server;
  let base: string;
  let browser: Browser;
  const feed = JSON.parse(readFileSync('feeds/tokyo-2025.json', 'utf8')) as { series: { title: { en: string } }; sessions: { title: { en: string } }[] };

  before(async () => {
    assert.ok(existsSync('dist/esm/index.js') && existsSync('dist/seminar-widgets.js'), 'run `npm run build` first');
    dir = mkdtempSync(join(tmpdir(), 'seminar-pack-'));
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const [{ filename }] = JSON.parse(out) as { filename: string }[];
    const modules = join(dir, 'node_modules');
    mkdirSync(modules);
    execFileSync('tar', ['-xzf', join(dir, filename), '-C', modules]);
    renameSync(join(modules, 'package'), join(modules, 'seminar-widgets'));
    // Its dependencies, as npm would install them (their own dependencies resolve from our tree).
    const pkg = JSON.parse(readFileSync(join(modules, 'seminar-widgets/package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const name of Object.keys(pkg.dependencies)) {
      mkdirSync(dirname(join(modules, name)), { recursive: true });
      symlinkSync(realpathSync(join(project, 'node_modules', name)), join(modules, name), 'dir');
    }
    const shippedFeed = join(modules, 'seminar-widgets/dist/feeds/tokyo-2025.json');

    // A Vite app: the root export and nothing else.
    const viteApp = join(dir, 'vite-app');
    mkdirSync(join(viteApp, 'public'), { recursive: true });
    writeFileSync(join(viteApp, 'package.json'), '{ "name": "vite-app", "private": true, "type": "module" }\n');
    writeFileSync(join(viteApp, 'main.js'), "import 'seminar-widgets';\n");
    writeFileSync(join(viteApp, 'index.html'), page('<script type="module" src="./main.js"></script>'));
    cpSync(shippedFeed, join(viteApp, 'public/tokyo-2025.json'));
    await viteBuild({ root: viteApp, base: './', configFile: false, logLevel: 'silent', build: { outDir: 'dist', emptyOutDir: true } });

    // An esbuild app in TypeScript: a named import from the root, a subpath, the feed types.
    const esbuildApp = join(dir, 'esbuild-app');
    mkdirSync(join(esbuildApp, 'dist'), { recursive: true });
    writeFileSync(
      join(esbuildApp, 'main.ts'),
      `import { validateFeed, formatIssue, type Feed, type ValidationResult } from 'seminar-widgets';
import { SeminarSessionList } from 'seminar-widgets/session-list';

const result: ValidationResult = validateFeed(await (await fetch('./tokyo-2025.json')).json());
const feed: Feed | undefined = result.ok ? result.feed : undefined;
document.body.dataset.validated = feed ? \`\${feed.sessions.length} sessions\` : result.issues.map(formatIssue).join('; ');
const list: SeminarSessionList = document.querySelector('seminar-session-list')!;
document.body.dataset.listFilter = list.filter;
`,
    );
    const program = ts.createProgram([join(esbuildApp, 'main.ts')], {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    assert.deepEqual(diagnostics, [], 'the esbuild app type-checks against the shipped declarations');
    await esbuild({
      absWorkingDir: esbuildApp,
      entryPoints: ['main.ts'],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      outfile: 'dist/main.js',
      logLevel: 'silent',
    });
    writeFileSync(join(esbuildApp, 'dist/index.html'), page('<script type="module" src="./main.js"></script>'));
    cpSync(shippedFeed, join(esbuildApp, 'dist/tokyo-2025.json'));

    // The script tag, straight from the package.
    const scriptApp = join(dir, 'script-tag');
    mkdirSync(scriptApp);
    writeFileSync(join(scriptApp, 'index.html'), page('<script type="module" src="../node_modules/seminar-widgets/dist/seminar-widgets.js"></script>'));
    cpSync(shippedFeed, join(scriptApp, 'tokyo-2025.json'));

    server = createServer(async (req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url!, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join(dir, path);
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        const type = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' }[extname(file)] ?? 'application/octet-stream';
        res.writeHead(200, { 'Content-Type': type });
        res.end(body);
      } catch {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    if (server) await new Promise<void>((done) => server.close(() => done()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** What a visitor of the app's page sees, once nothing is loading any more. */
  async function visit(path: string) {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    tab.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    tab.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    await tab.goto(`${base}/${path}`, { waitUntil: 'load' });
    await tab
      .waitForFunction(
        (tags: string[]) => tags.every((tag) => customElements.get(tag)) && !document.querySelector('[state="loading"]'),
        { timeout: 10000, polling: 50 },
        TAGS,
      )
      .catch(() => undefined);
    // A string, not a function: the test's TypeScript loader would add helpers the page does not have.
    const seen = (await tab.evaluate(`(() => {
      const text = (el) => (el?.shadowRoot?.textContent ?? '').replace(/\\s+/g, ' ');
      return {
        undefinedTags: ${JSON.stringify(TAGS)}.filter((tag) => !customElements.get(tag)),
        states: [...document.querySelectorAll('body > *, seminar-feed > *')]
          .filter((el) => el.localName !== 'seminar-feed')
          .map((el) => el.localName + ':' + el.getAttribute('state')),
        feedState: document.querySelector('seminar-feed')?.getAttribute('state'),
        series: text(document.querySelector('seminar-series')),
        list: text(document.querySelector('seminar-feed > seminar-session-list')),
        session: text(document.querySelector('seminar-feed > seminar-session')),
        data: { ...document.body.dataset },
      };
    })()`)) as { undefinedTags: string[]; states: string[]; feedState?: string; series: string; list: string; session: string; data: Record<string, string> };
    await tab.close();
    return { ...seen, errors };
  }

  test('the tarball: licence, manifest and editor data, every path they name; nothing internal', () => {
    const pkgDir = join(dir, 'node_modules/seminar-widgets');
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as Record<string, unknown> & { exports: Record<string, unknown> };
    assert.match(readFileSync(join(pkgDir, 'LICENSE'), 'utf8'), /^MIT License/);
    assert.ok(!existsSync(join(pkgDir, 'dist/.vite')), 'dist/.vite (the build manifest) is not shipped');
    for (const file of [pkg.customElements, pkg['web-types'], 'dist/vscode.html-custom-data.json', 'dist/vscode.css-custom-data.json']) {
      assert.ok(existsSync(join(pkgDir, String(file))), `${String(file)} is shipped`);
    }
    // Every file an export names is in the package.
    const targets = JSON.stringify(pkg.exports).match(/"\.\/dist\/[^"*]+"/g) ?? [];
    for (const target of targets) assert.ok(existsSync(join(pkgDir, JSON.parse(target) as string)), `${target} (package.json exports) is shipped`);
    // The manifest names shipped modules, and its tags are the ones the test pages use.
    const manifest = JSON.parse(readFileSync(join(pkgDir, String(pkg.customElements)), 'utf8')) as {
      modules: { path: string; declarations: { tagName?: string; events?: { type?: { text: string } }[]; cssProperties?: { default?: string }[] }[] }[];
    };
    for (const mod of manifest.modules) assert.ok(existsSync(join(pkgDir, mod.path)), `${mod.path} (manifest) is shipped`);
    const declarations = manifest.modules.flatMap((m) => m.declarations);
    assert.deepEqual(declarations.flatMap((d) => d.tagName ?? []).sort(), [...TAGS].sort());
    assert.ok(declarations.every((d) => (d.events ?? []).every((e) => e.type?.text.startsWith('CustomEvent<'))), 'every event has its detail type');
    assert.ok(declarations.every((d) => (d.cssProperties ?? []).every((p) => p.default)), 'every custom property has its default');
  });

  for (const [name, path] of [
    ['a Vite app that imports the root', 'vite-app/dist/'],
    ['an esbuild app (named imports, a subpath, type-checked)', 'esbuild-app/dist/'],
    ['a page with the script tag', 'script-tag/'],
  ] as const) {
    test(`${name}: every element defined, the default feed rendered`, async () => {
      const seen = await visit(path);
      assert.deepEqual(seen.undefinedTags, [], 'undefined tags');
      assert.deepEqual(seen.errors, [], 'console errors');
      assert.equal(seen.feedState, 'ready');
      assert.deepEqual(
        seen.states,
        TAGS.filter((tag) => tag !== 'seminar-feed').map((tag) => `${tag}:ready`),
      );
      assert.ok(seen.series.includes(feed.series.title.en), 'the series shows its title');
      for (const session of feed.sessions) assert.ok(seen.list.includes(session.title.en), `the list shows "${session.title.en}"`);
      assert.ok(seen.session.includes(feed.sessions[3].title.en), 'the session shows its title');
      if (path.startsWith('esbuild')) {
        assert.equal(seen.data.validated, `${feed.sessions.length} sessions`, 'validateFeed from the root export');
        assert.equal(seen.data.listFilter, 'all', 'the subpath export gives the element class');
      }
    });
  }
});
