import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedText, stateFromText } from '../../src/feed/feed-state.js';
import { integerFlag, originFlag, parseArgs } from '../../src/server/flags.js';

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

test('validate: exit 0 for the default feed', () => {
  const run = cli('validate', 'feeds/tokyo-2025.json');
  assert.equal(run.code, 0);
  assert.match(run.out, /the feed is valid/);
});

test('validate: one line per problem with its path, in the words the elements use, and exit 1', () => {
  const run = cli('validate', 'test/e2e/hostile-feed.json');
  assert.equal(run.code, 1);
  const lines = run.out.trim().split('\n');
  assert.equal(lines.length, 8);
  assert.equal(lines[4], 'sessions[1].startsAt: must be a date-time with an offset, like 2025-07-31T14:00:00+09:00');
});

test('validate --json: the problems for machines', () => {
  const run = cli('validate', 'test/e2e/hostile-feed.json', '--json');
  assert.equal(run.code, 1);
  const report = JSON.parse(run.out) as { ok: boolean; issues: Array<{ path: string; message: string }> };
  assert.equal(report.ok, false);
  assert.deepEqual(report.issues[0], { path: 'speakers[1].photo.src', message: 'must be an https: URL or a relative one; "javascript:" is not allowed' });
});

test('validate: a file that is not JSON is a problem at the top', () => {
  const run = cli('validate', 'README.md');
  assert.equal(run.code, 1);
  assert.match(run.out, /^\(feed\): is not valid JSON/);
});

test('usage errors say what is missing and exit 2', () => {
  const run = cli('serve', '--port', '0');
  assert.equal(run.code, 2);
  assert.match(run.err, /--feed is required/);
  assert.equal(cli('frobnicate').code, 2);
  assert.equal(cli('--help').code, 0);
});

test('export of a database that is not there says so, exits 1 and creates nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'seminar-cli-'));
  const db = join(dir, 'typo.db');
  const run = cli('export', '--db', db);
  assert.equal(run.code, 1);
  assert.equal(run.err.trim(), `There is no database at ${db}: give the file that \`serve --db\` writes to.`);
  assert.equal(run.out, '');
  assert.deepEqual(readdirSync(dir), []);
});

test('a file that is not a database, or a folder, is one line, not a stack trace', () => {
  const notDb = cli('export', '--db', 'feeds/tokyo-2025.json');
  assert.equal(notDb.code, 1);
  assert.match(notDb.err, /not a database/);
  assert.doesNotMatch(notDb.err, /\n\s+at /);
  const folder = cli('validate', 'feeds');
  assert.equal(folder.code, 1);
  assert.equal(folder.err.trim(), 'Cannot read the feed feeds: it is a folder, not a file.');
});

test('serve with a feed that is not there says so and exits 1, without a stack trace', () => {
  const run = cli('serve', '--feed', 'missing.json', '--db', ':memory:', '--port', '0');
  assert.equal(run.code, 1);
  assert.equal(run.err.trim(), 'Cannot read the feed missing.json: there is no such file.');
});

test('every numeric flag is checked: 0, -5, abc, 1.5 or no value is an error, never a limit switched off', () => {
  const flags = (...argv: string[]) => parseArgs(argv).flags;
  const limit = (...argv: string[]) => integerFlag(flags(...argv), 'rate-limit', 1, 1_000_000, 30);
  assert.equal(limit(), 30);
  assert.equal(limit('--rate-limit', '5'), 5);
  for (const value of ['0', '-5', 'abc', '1.5', '', '1e3', '1000001']) {
    assert.throws(() => limit(`--rate-limit=${value}`), { message: `--rate-limit must be a whole number from 1 to 1000000, not "${value}"` }, value);
  }
  assert.throws(() => limit('--rate-limit'), /not nothing$/);
  assert.throws(() => limit('--rate-limit', '--host', 'x'), /not nothing$/);
  assert.throws(() => integerFlag(flags(), 'port', 0, 65535), /--port is required/);
  // Wired into serve, with the usage and exit 2, for each of its numeric flags.
  const run = cli('serve', '--feed', 'feeds/tokyo-2025.json', '--db', ':memory:', '--port', '0', '--rate-limit', '-5');
  assert.equal(run.code, 2);
  assert.match(run.err, /^--rate-limit must be a whole number from 1 to 1000000, not "-5"\n\nUsage:/);
});

test('origins are checked, and a receiver off loopback must be told its public origin', () => {
  const origins = (...values: string[]) => originFlag(parseArgs(values.flatMap((v) => ['--public-origin', v])).flags, 'public-origin');
  assert.deepEqual(origins('https://apply.example.org', 'https://a.example,http://localhost:8080/'), [
    'https://apply.example.org',
    'https://a.example',
    'http://localhost:8080',
  ]);
  for (const bad of ['apply.example.org', 'https://apply.example.org/form', 'ftp://x.example', 'https://x.example?a', 'https://u:p@x.example']) {
    assert.throws(() => origins(bad), /--public-origin must be an origin like https:\/\/apply.example.org/, bad);
  }
  const open = cli('serve', '--feed', 'feeds/tokyo-2025.json', '--db', ':memory:', '--port', '0', '--host', '0.0.0.0');
  assert.equal(open.code, 2);
  assert.match(open.err, /--public-origin is required with --host 0.0.0.0/);
});

const MB2 = 2 * 1024 * 1024;

test('validate reads a feed file as the browser does: a UTF-8 BOM is fine, more than 2 MB is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'seminar-cli-'));
  const feed = readFileSync('feeds/tokyo-2025.json');
  const bom = join(dir, 'bom.json');
  writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), feed]));
  const withBom = cli('validate', bom);
  assert.equal(withBom.code, 0, withBom.out + withBom.err);
  // The browser's rule, on the same bytes: what the elements would show.
  assert.equal(stateFromText(feedText(readFileSync(bom))!).state, 'ready');

  // A valid feed padded with spaces past the limit: valid JSON, too large for the browser.
  const large = join(dir, 'large.json');
  const padded = Buffer.concat([feed, Buffer.alloc(MB2 + 1 - feed.length, 0x20)]);
  writeFileSync(large, padded);
  assert.equal(feedText(padded), undefined, 'the browser refuses it');
  const tooLarge = cli('validate', large);
  assert.equal(tooLarge.code, 1);
  assert.equal(tooLarge.out.trim(), '(feed): the feed is larger than 2 MB');
  // Exactly at the limit it is fine for both.
  assert.equal(stateFromText(feedText(padded.subarray(0, MB2))!).state, 'ready');
});

test('serve refuses a feed too large for the browser with one line per problem, and serves one with a BOM without it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'seminar-cli-'));
  const feed = readFileSync('feeds/tokyo-2025.json');
  const large = join(dir, 'large.json');
  writeFileSync(large, Buffer.concat([feed, Buffer.alloc(MB2 + 1 - feed.length, 0x20)]));
  const refused = cli('serve', '--feed', large, '--db', ':memory:', '--port', '0');
  assert.equal(refused.code, 1);
  assert.equal(refused.err.trim(), `${large} cannot be used:\n  (feed): the feed is larger than 2 MB`);

  const bom = join(dir, 'bom.json');
  writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), feed]));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', 'serve', '--feed', bom, '--db', ':memory:', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = /on (http:\/\/[\d.]+:\d+)\//.exec(out);
        if (m) resolve(m[1]);
      });
      child.stderr.on('data', (d) => (out += d));
      child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
    });
    const served = Buffer.from(await (await fetch(`${url}/feed.json`)).arrayBuffer());
    assert.deepEqual(served, feed, 'the feed without its BOM');
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
});
