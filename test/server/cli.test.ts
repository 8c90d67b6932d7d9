import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

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

test('export creates the database folder when it does not exist yet', async () => {
  const { mkdtempSync, existsSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const db = join(mkdtempSync(join(tmpdir(), 'seminar-cli-')), 'new', 'folder', 'applications.db');
  const run = cli('export', '--db', db);
  assert.equal(run.code, 0);
  assert.ok(existsSync(db));
  assert.equal(run.out.trim().split('\r\n').length, 1);
});
