/**
 * The editor's server without a browser: what a save accepts and refuses, what it
 * leaves on disk, and the headers every answer carries.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EDITOR_CSP, backupName, createEditor, versionOf } from '../../src/server/editor.js';

describe('the editor server', () => {
  let dir: string;
  let file: string;
  let server: Server;
  let base: string;
  const token = 'test-token-0123456789';
  const original = readFileSync('feeds/tokyo-2025.json', 'utf8');

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'seminar-editor-server-'));
    file = join(dir, 'feed.json');
    copyFileSync('feeds/tokyo-2025.json', file);
    const { handle } = createEditor({ file, editorDir: join(dir, 'no-build'), token, now: () => new Date(2025, 11, 10, 9, 30, 15) });
    server = createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  const save = (body: unknown) =>
    fetch(`${base}/api/save`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Editor-Token': token }, body: JSON.stringify(body) });

  test('the page sets the token cookie, carries the CSP, and names no inline script', async () => {
    const res = await fetch(`${base}/?token=${token}&lang=ja`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-security-policy'), EDITOR_CSP);
    assert.match(EDITOR_CSP, /script-src 'self'(;|$)/);
    assert.match(res.headers.get('set-cookie') ?? '', new RegExp(`^seminar_editor=${token}; HttpOnly; SameSite=Strict; Path=/$`));
    const page = await res.text();
    assert.match(page, /<html lang="ja">/);
    assert.doesNotMatch(page, /<script>|<script type="module">[^<]/);
    // The cookie alone opens the page and its files, not the API.
    const withCookie = await fetch(`${base}/`, { headers: { Cookie: `seminar_editor=${token}` } });
    assert.equal(withCookie.status, 200);
    assert.equal((await fetch(`${base}/api/draft`, { headers: { Cookie: `seminar_editor=${token}` } })).status, 403);
  });

  test('an invalid feed is not saved, and the file is untouched', async () => {
    const feed = JSON.parse(original);
    feed.sessions[0].endsAt = '2025-07-31T13:00:00+09:00';
    const res = await save({ feed, version: versionOf(original) });
    assert.equal(res.status, 422);
    const body = (await res.json()) as { error: string; issues: Array<{ path: string; message: string }> };
    assert.equal(body.error, 'invalid');
    assert.deepEqual(body.issues, [{ path: 'sessions[0].endsAt', message: 'must be after startsAt' }]);
    assert.equal(readFileSync(file, 'utf8'), original);
  });

  test('warnings alone need "save anyway"; then the file is written, with a backup', async () => {
    const feed = JSON.parse(original);
    delete feed.series.privacyNotice;
    const refused = await save({ feed, version: versionOf(original) });
    assert.equal(refused.status, 422);
    assert.equal(((await refused.json()) as { error: string }).error, 'warnings');
    assert.equal(readFileSync(file, 'utf8'), original);
    const saved = await save({ feed, version: versionOf(original), saveWithWarnings: true });
    assert.equal(saved.status, 200);
    const answer = (await saved.json()) as { version: string; backup: string };
    assert.equal(answer.backup, 'feed.json.20251210-093015.bak');
    assert.equal(readFileSync(join(dir, answer.backup), 'utf8'), original);
    const written = readFileSync(file, 'utf8');
    assert.equal(answer.version, versionOf(written));
    assert.equal(JSON.parse(written).series.privacyNotice, undefined);
    // A second save in the same second keeps both backups.
    const again = await save({ feed: JSON.parse(original), version: answer.version });
    assert.equal(((await again.json()) as { backup: string }).backup, 'feed.json.20251210-093015-2.bak');
    assert.equal(readFileSync(file, 'utf8'), `${JSON.stringify(JSON.parse(original), null, 2)}\n`);
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
  });

  test('a save against an older version of the file is refused', async () => {
    writeFileSync(file, original.replace('Tokyo Metropolitan Government', 'Changed by hand'));
    const res = await save({ feed: JSON.parse(original), version: versionOf(original) });
    assert.equal(res.status, 409);
    assert.match(((await res.json()) as { message: string }).message, /changed on disk after the editor loaded it/);
    assert.match(readFileSync(file, 'utf8'), /Changed by hand/);
  });

  test('backup names carry the date and time, and never repeat', () => {
    const name = backupName(join(dir, 'other.json'), new Date(2026, 0, 2, 3, 4, 5));
    assert.equal(name, join(dir, 'other.json.20260102-030405.bak'));
  });
});
