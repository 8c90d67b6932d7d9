/**
 * The reference receiver over real HTTP on loopback: the protocol, idempotent
 * replay, every refusal, CORS, rate limits, and a process killed with SIGKILL.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ApplicationStore } from '../../src/server/store.js';
import { application as body, FEED, start as startProcess, stop, type Receiver as Process } from './receiver-process.js';

const ALLOWED = 'https://partner.example';

interface Receiver extends Process {
  db: string;
}

/** `seminar-widgets serve` on a free port, taking applications from ALLOWED too. */
async function start(db: string, extra: string[] = []): Promise<Receiver> {
  return { ...(await startProcess({ db, extra: ['--allow-origin', ALLOWED, ...extra] })), db };
}

function post(r: Receiver, data: unknown, headers: Record<string, string> = {}) {
  return fetch(`${r.url}/api/applications`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), ...headers },
    body: typeof data === 'string' ? data : JSON.stringify(data),
  });
}

function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'seminar-receiver-')), 'applications.db');
}

describe('receiver protocol', () => {
  let r: Receiver;
  before(async () => (r = await start(tempDb(), ['--rate-limit', '5'])));
  after(() => stop(r));

  test('201 with a reference, and the same answer replayed for a repeated Idempotency-Key', async () => {
    const key = randomUUID();
    const first = await post(r, body('one@example.org'), { 'Idempotency-Key': key });
    assert.equal(first.status, 201);
    const { reference } = (await first.json()) as { reference: string };
    assert.match(reference, /^S4-[A-Z2-9]{6}$/);
    const again = await post(r, body('one@example.org'), { 'Idempotency-Key': key });
    assert.equal(again.status, 201);
    assert.deepEqual(await again.json(), { reference, status: 'confirmed' });
  });

  test('409 for the same email and session under a new key, whatever its case', async () => {
    const res = await post(r, body('ONE@example.org'));
    assert.equal(res.status, 409);
    // `code` is the protocol's field; `error` stays for forms of earlier versions.
    assert.deepEqual(await res.json(), { code: 'already-registered', error: 'already-registered' });
  });

  test('422 when a key is reused for other data, in the applicant language', async () => {
    const key = randomUUID();
    assert.equal((await post(r, body('k1@example.org'), { 'Idempotency-Key': key })).status, 201);
    const res = await post(r, body('k2@example.org'), { 'Idempotency-Key': key });
    assert.equal(res.status, 422);
    assert.deepEqual(await res.json(), {
      errors: [{ field: 'Idempotency-Key', message: 'This application was sent before with other details. Reload the page and send it again.' }],
    });
    const ja = await post(r, body('k3@example.org', { locale: 'ja' }), { 'Idempotency-Key': key });
    assert.equal(ja.status, 422);
    assert.deepEqual(await ja.json(), {
      errors: [{ field: 'Idempotency-Key', message: 'この申込は以前に別の内容で送信されています。ページを再読み込みして、もう一度送信してください。' }],
    });
  });

  test('415 for anything but JSON', async () => {
    const res = await post(r, 'name=x', { 'Content-Type': 'application/x-www-form-urlencoded' });
    assert.equal(res.status, 415);
  });

  test('422 with each problem at its field, in the applicant language', async () => {
    const res = await post(r, body('bad', { locale: 'ja', consent: false, applicant: { name: '', organization: 'x', email: 'bad' } }));
    assert.equal(res.status, 422);
    const { errors } = (await res.json()) as { errors: Array<{ field: string; message: string }> };
    assert.deepEqual(
      errors.map((e) => e.field),
      ['name', 'email', 'consent'],
    );
    assert.equal(errors[0].message, '氏名を入力してください');
  });

  test('422 for a session whose window is not open by the server clock', async () => {
    const res = await post(r, body('late@example.org', { sessionId: 'session-1' }));
    assert.equal(res.status, 422);
    const { errors } = (await res.json()) as { errors: Array<{ field: string; message: string }> };
    assert.deepEqual(errors, [{ field: 'sessionId', message: 'This session is not taking applications now' }]);
    assert.equal((await post(r, body('x@example.org', { sessionId: 'session-99' }))).status, 422);
  });

  test('403 for an origin not allowed; CORS preflight for an allowed one', async () => {
    const denied = await post(r, body('o@example.org'), { Origin: 'https://evil.example' });
    assert.equal(denied.status, 403);
    const preflight = await fetch(`${r.url}/api/applications`, {
      method: 'OPTIONS',
      headers: { Origin: ALLOWED, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), ALLOWED);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
    assert.equal(preflight.headers.get('access-control-allow-credentials'), null);
    const blockedPreflight = await fetch(`${r.url}/api/applications`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } });
    assert.equal(blockedPreflight.status, 403);
    const allowed = await post(r, body('cors@example.org'), { Origin: ALLOWED });
    assert.equal(allowed.status, 201);
    assert.equal(allowed.headers.get('access-control-allow-origin'), ALLOWED);
  });

  test('429 with Retry-After past the per-address rate, while replays still answer', async () => {
    const key = randomUUID();
    let last: Response | undefined;
    for (let i = 0; i < 8; i++) {
      last = await post(r, body(`rate${i}@example.org`), i === 0 ? { 'Idempotency-Key': key } : {});
      if (last.status === 429) break;
    }
    assert.equal(last?.status, 429);
    assert.match(last!.headers.get('retry-after') ?? '', /^\d+$/);
    const replay = await post(r, body('rate0@example.org'), { 'Idempotency-Key': key });
    assert.notEqual(replay.status, 429);
  });

  test('serves the feed, the bundle folder and the demo page', async () => {
    const feed = await fetch(`${r.url}/feed.json`);
    assert.equal(feed.status, 200);
    assert.deepEqual(await feed.json(), JSON.parse(readFileSync(FEED, 'utf8')));
    const page = await (await fetch(`${r.url}/`)).text();
    assert.match(page, /<seminar-series src="\/feed.json">/);
    const bundle = await fetch(`${r.url}/dist/seminar-widgets.js`);
    assert.equal(bundle.status, 200, 'run `npm run build` before these tests (npm test does)');
    assert.match(bundle.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.equal((await fetch(`${r.url}/demo/demo.js`)).status, 200);
    assert.equal((await fetch(`${r.url}/dist/../package.json`)).status, 404);
    assert.equal((await fetch(`${r.url}/dist/%2e%2e/package.json`)).status, 404);
  });
});

describe('receiver durability', () => {
  test('a process killed with SIGKILL loses no accepted application and records none twice', async () => {
    const db = tempDb();
    let r = await start(db, ['--rate-limit', '1000']);
    const accepted = new Map<string, string>(); // key → reference
    const keys: string[] = Array.from({ length: 40 }, () => randomUUID());
    const send = async (i: number) => {
      try {
        const res = await post(r, body(`kill${i}@example.org`), { 'Idempotency-Key': keys[i] });
        if (res.status === 201) accepted.set(keys[i], ((await res.json()) as { reference: string }).reference);
      } catch {
        // the connection died with the process: not acknowledged, may or may not be stored
      }
    };
    // Twenty acknowledged one by one, then twenty more in flight when the process is killed.
    for (let i = 0; i < 20; i++) await send(i);
    const inFlight = keys.slice(20).map((_, i) => send(20 + i));
    const deadline = Date.now() + 2000;
    while (accepted.size < 21 && Date.now() < deadline) await new Promise((resolve) => setImmediate(resolve));
    r.child.kill('SIGKILL');
    const acknowledgedBeforeKill = accepted.size;
    await Promise.all(inFlight);
    if (r.child.exitCode === null && r.child.signalCode === null) await once(r.child, 'exit');
    assert.equal(r.child.signalCode, 'SIGKILL');
    assert.ok(acknowledgedBeforeKill >= 20, `only ${acknowledgedBeforeKill} acknowledged`);
    assert.ok(accepted.size < keys.length, 'the kill came after every answer: nothing was in flight');

    r = await start(db, ['--rate-limit', '1000']);
    try {
      // Every acknowledged application is there, with the reference it was given.
      for (const [key, reference] of accepted) {
        const i = keys.indexOf(key);
        const res = await post(r, body(`kill${i}@example.org`), { 'Idempotency-Key': key });
        assert.equal(res.status, 201);
        assert.deepEqual(await res.json(), { reference, status: 'confirmed' });
      }
      // Retrying every submission after the restart stores each person exactly once.
      for (const [i, key] of keys.entries()) {
        const res = await post(r, body(`kill${i}@example.org`), { 'Idempotency-Key': key });
        assert.equal(res.status, 201);
      }
    } finally {
      await stop(r);
    }
    const store = new ApplicationStore(db);
    const rows = await store.rows();
    await store.close();
    assert.equal(rows.length, keys.length);
    assert.equal(new Set(rows.map((row) => row.email)).size, keys.length);
  });
});

describe('export', () => {
  test('writes the applications as CSV with a BOM, optionally for one session', async () => {
    const db = tempDb();
    const r = await start(db);
    await post(r, body('csv@example.org', { applicant: { name: '山田 太郎', organization: '株式会社テスト', email: 'csv@example.org' } }));
    await stop(r);
    const run = (args: string[]) =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', 'export', '--db', db, ...args]);
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.on('exit', () => resolve(out));
      });
    const all = await run([]);
    assert.equal(all.charCodeAt(0), 0xfeff);
    assert.match(all, /S4-[A-Z2-9]{6},.*,session-4,山田 太郎,,株式会社テスト/);
    const none = await run(['--session', 'session-1']);
    assert.equal(none.trim().split('\r\n').length, 1);
  });
});
