/**
 * What a probe of the receiver found (issue 13), each over real HTTP against a
 * `seminar-widgets serve` process on loopback: malformed request targets, early
 * refusals that close instead of reading, the connection cap, the public origin,
 * security headers and the files served, the 422 words, and applicant text with
 * invisible or control characters.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ApplicationStore } from '../../src/server/store.js';
import { toCsv } from '../../src/server/csv.js';
import { application as body, start as startProcess, stop as stopProcess, tempDir, type Receiver as Process } from './receiver-process.js';

const CAP = 16;

interface Receiver extends Process {
  port: number;
  db: string;
}

async function start(extra: string[]): Promise<Receiver> {
  const db = join(tempDir(), 'applications.db');
  const r = await startProcess({ db, extra });
  return { ...r, port: Number(new URL(r.url).port), db };
}

async function stop(r: Receiver | undefined): Promise<void> {
  if (r) await stopProcess(r);
}

function post(r: Receiver, data: unknown, headers: Record<string, string> = {}) {
  return fetch(`${r.url}/api/applications`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), ...headers },
    body: typeof data === 'string' ? data : JSON.stringify(data),
  });
}

/** Sends raw bytes on a new connection; the status line that came back ('' if none), once the server closes it. */
function raw(r: Receiver, text: string | Buffer): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(r.port, '127.0.0.1');
    let got = '';
    socket.on('data', (d) => (got += d.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => resolve(got.split('\r\n')[0]));
    socket.end(text);
  });
}

/** A request with any Host and Origin (fetch will not send a Host of our choosing). */
function withHost(r: Receiver, host: string, origin: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: r.port, path: '/api/applications', method: 'POST', headers: { Host: host, Origin: origin, 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() } },
      (res) => {
        res.resume();
        resolve(res.statusCode!);
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body(`${randomUUID()}@example.org`)));
  });
}

describe('receiver under probing', () => {
  let r: Receiver;
  let proxied: Receiver;
  before(async () => {
    [r, proxied] = await Promise.all([
      start(['--rate-limit', '1000', '--max-connections', String(CAP)]),
      start(['--public-origin', 'https://apply.example.org', '--trust-proxy', '--rate-limit', '2']),
    ]);
  });
  after(async () => {
    await Promise.all([stop(r), stop(proxied)]);
  });

  test('an early refusal answers and closes at once: a 1 GB body is not read', async () => {
    const refuse = (head: string) =>
      new Promise<{ status: string; sent: number; ms: number }>((resolve) => {
        const socket = connect(r.port, '127.0.0.1');
        const started = Date.now();
        let sent = 0;
        let got = '';
        const chunk = head.includes('chunked') ? Buffer.from(`10000\r\n${' '.repeat(0x10000)}\r\n`) : Buffer.alloc(64 * 1024, 0x61);
        const pump = () => {
          while (!socket.destroyed && sent < 1e9) {
            sent += chunk.length;
            if (!socket.write(chunk)) return void socket.once('drain', pump);
          }
        };
        socket.on('data', (d) => (got += d));
        socket.on('error', () => {});
        socket.on('close', () => resolve({ status: got.split('\r\n')[0], sent, ms: Date.now() - started }));
        socket.write(`${head}Host: x\r\n${head.includes('chunked') ? '' : 'Content-Length: 1000000000\r\n'}\r\n`);
        pump();
      });
    const cases: Array<[string, RegExp]> = [
      ['POST /api/applications HTTP/1.1\r\nContent-Type: text/plain\r\nIdempotency-Key: abcdefgh1234\r\n', / 415 /],
      ['POST /api/applications HTTP/1.1\r\nContent-Type: application/json\r\n', / 400 /], // no Idempotency-Key
      ['POST /api/applications HTTP/1.1\r\nContent-Type: application/json\r\nOrigin: https://evil.example\r\n', / 403 /],
      ['PUT /api/applications HTTP/1.1\r\nContent-Type: application/json\r\n', / 405 /],
      ['POST /feed.json HTTP/1.1\r\n', / 405 /],
      ['POST /api/applications HTTP/1.1\r\nContent-Type: application/json\r\nIdempotency-Key: abcdefgh1234\r\n', / 413 /], // past 64 KB
      // Without a length: read up to the limit, then refused.
      ['POST /api/applications HTTP/1.1\r\nContent-Type: application/json\r\nIdempotency-Key: abcdefgh1234\r\nTransfer-Encoding: chunked\r\n', / 413 /],
    ];
    for (const [head, status] of cases) {
      const result = await refuse(head);
      assert.match(result.status, status, head);
      assert.ok(result.sent < 64 * 1024 * 1024, `${head}: ${result.sent} bytes sent before the close`);
      assert.ok(result.ms < 3000, `${head}: closed after ${result.ms} ms`);
    }
  });

  test('one client holds at most --max-connections sockets; other clients are still served', async (t) => {
    // Idle sockets from another loopback address, as a flood from one host (Linux routes all of 127/8 to loopback).
    const probe = connect({ port: r.port, host: '127.0.0.1', localAddress: '127.0.0.2' });
    const reachable = await Promise.race([once(probe, 'connect').then(() => true), once(probe, 'error').then(() => false)]);
    probe.destroy();
    if (!reachable) return t.skip('127.0.0.2 is not a loopback address here');
    await new Promise((resolve) => setTimeout(resolve, 100)); // the receiver has counted the probe out
    const sockets: Socket[] = [];
    for (let i = 0; i < CAP * 4; i++) {
      const socket = connect({ port: r.port, host: '127.0.0.1', localAddress: '127.0.0.2' });
      socket.on('error', () => {});
      sockets.push(socket);
    }
    await Promise.all(sockets.map((s) => once(s, 'connect').catch(() => {})));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const open = sockets.filter((s) => !s.destroyed && !s.readableEnded).length;
    assert.equal(open, CAP, `${open} of ${sockets.length} idle sockets held open`);
    assert.equal((await fetch(`${r.url}/feed.json`)).status, 200);
    for (const s of sockets) s.destroy();
  });

  test('the Origin check never trusts Host: only the configured public origins, https behind a proxy included', async () => {
    assert.equal(await withHost(r, 'evil.example', 'http://evil.example'), 403);
    assert.equal(await withHost(r, `127.0.0.1:${r.port}`, `http://127.0.0.1:${r.port}`), 201, 'its own loopback origin by default');
    assert.equal(await withHost(r, `localhost:${r.port}`, `http://localhost:${r.port}`), 201);
    // --public-origin https://apply.example.org: the demo behind TLS posts; Host proves nothing.
    assert.equal(await withHost(proxied, 'apply.example.org', 'https://apply.example.org'), 201);
    assert.equal(await withHost(proxied, 'apply.example.org', 'http://apply.example.org'), 403);
    assert.equal(await withHost(proxied, `127.0.0.1:${proxied.port}`, `http://127.0.0.1:${proxied.port}`), 403);
  });

  test('--trust-proxy: the rate limit counts the client the proxy saw, not the client’s own X-Forwarded-For entries', async () => {
    const from = (xff: string, i: number) => post(proxied, body(`proxy${i}-${randomUUID()}@example.org`), { 'X-Forwarded-For': xff });
    assert.equal((await from('203.0.113.7', 1)).status, 201);
    assert.equal((await from('203.0.113.7', 2)).status, 201);
    const limited = await from('203.0.113.7', 3);
    assert.equal(limited.status, 429);
    assert.match(limited.headers.get('retry-after') ?? '', /^[1-9]\d*$/);
    // A forged entry on the left changes nothing; another client is counted on its own.
    assert.equal((await from('198.51.100.1, 203.0.113.7', 4)).status, 429);
    assert.equal((await from('203.0.113.8', 5)).status, 201);
  });

  test('security headers on every answer; the demo page’s CSP; broken percent-encoding is 400; server files are not served', async () => {
    const chunk = readdirSync('dist/chunks').find((f) => f.endsWith('.js'))!;
    for (const path of ['/', '/feed.json', '/dist/seminar-widgets.js', `/dist/chunks/${chunk}`, '/demo/demo.js', '/nothing', '/api/applications']) {
      const res = await fetch(`${r.url}${path}`);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(res.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', path);
      assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, path);
      assert.equal(res.headers.get('x-frame-options'), 'DENY', path);
    }
    const page = await fetch(`${r.url}/`);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'; style-src 'self'/);
    assert.equal((await fetch(`${r.url}/dist/seminar-widgets.js`)).status, 200);
    assert.equal((await fetch(`${r.url}/dist/%E0%A4%A`)).status, 400);
    assert.equal((await fetch(`${r.url}/demo/%E0%A4%A`)).status, 400);
    for (const path of ['/dist/cli.js', '/dist/esm/index.js', '/dist/.vite/manifest.json', '/dist/custom-elements.json', '/demo/../package.json', '/dist/chunks/../cli.js', '/dist/chunks%2F..%2Fcli.js']) {
      assert.equal((await fetch(`${r.url}${path}`)).status, 404, path);
    }
  });

  test('422 in words for people in both languages: no field names such as “body” or “sessionid”', async () => {
    const errors = async (data: unknown) => {
      const res = await post(r, data);
      assert.equal(res.status, 422);
      return ((await res.json()) as { errors: Array<{ field: string; message: string }> }).errors;
    };
    const notAnApplication = await errors('[1]');
    assert.deepEqual(notAnApplication, [{ field: 'body', message: 'The application could not be read. Reload the page and send it again.' }]);
    assert.deepEqual(await errors(body('s@example.org', { sessionId: 'session-99' })), [
      { field: 'sessionId', message: 'This session does not take applications here. Reload the page and choose the session again.' },
    ]);
    assert.deepEqual(await errors(body('s@example.org', { sessionId: 'session-99', locale: 'ja' })), [
      { field: 'sessionId', message: 'この回の申込はここでは受け付けていません。ページを再読み込みして、もう一度回を選んでください。' },
    ]);
    const version = await errors(body('s@example.org', { version: 2, locale: 'ja' }));
    assert.deepEqual(version, [{ field: 'version', message: '申込内容を読み取れませんでした。ページを再読み込みして、もう一度送信してください。' }]);
    for (const e of [...notAnApplication, ...version]) assert.doesNotMatch(e.message, /body|session ?id|version/i);
  });

  test('invisible characters are stripped before the duplicate check, control characters refused in every field, a plain address required', async () => {
    const visible = 'six@example.org';
    const variants = [visible, '\u200bsix@example.org', 'six\u00ad@example.org', 'six@exam\u2060ple.org', '\ufeffsix@example.org', ' six@example.org\u200e'];
    const statuses = [];
    for (const email of variants) statuses.push((await post(r, body(email))).status);
    assert.deepEqual(statuses, [201, 409, 409, 409, 409, 409]);

    const refused = async (data: unknown) => {
      const res = await post(r, data);
      assert.equal(res.status, 422);
      return ((await res.json()) as { errors: Array<{ field: string; message: string }> }).errors;
    };
    assert.deepEqual(await refused(body('nul\u0000@example.org')), [{ field: 'email', message: 'Enter an email address in the correct format, like name@example.com' }]);
    assert.deepEqual(await refused(body('<script>alert(1)</script>@x.com')), [{ field: 'email', message: 'Enter an email address in the correct format, like name@example.com' }]);
    assert.deepEqual(await refused(body('a@example.org', { applicant: { name: 'Bad\ud800', organization: 'NUL\u0000 Org', email: 'a@example.org' } })), [
      { field: 'name', message: 'Check the full name' },
      { field: 'organization', message: 'Check the organization' },
    ]);
    assert.deepEqual(await refused(body('b@example.org', { locale: 'en\u0007' })), [{ field: 'locale', message: 'The application could not be read. Reload the page and send it again.' }]);
    const store = new ApplicationStore(r.db);
    try {
      const csv = toCsv(await store.rows());
      assert.doesNotMatch(csv, /[\u0000\u200b\u00ad\u2060\u200e]/);
      assert.equal(csv.match(/six@example\.org/g)?.length, 1);
    } finally {
      await store.close();
    }
  });
  test('no request target, however malformed, ends the process: the probe’s five and a thousand random ones', async () => {
    for (const target of ['///', '//%zz', '//[', '//@', '//:80', '*', 'http://evil.example/', '/%', '/dist/%E0%A4%A']) {
      const status = await raw(r, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      assert.match(status, /^HTTP\/1\.1 [34]\d\d /, `${target} → ${status}`);
    }
    // Random targets of the characters that break URL parsers, on ten connections at a time.
    const alphabet = ['/', '/', '%', '%zz', '%E0', '[', ']', '@', ':', '?', '#', '.', '..', '\\', 'a', 'é', '日', '\u0000', ' ', '%00', '%2F', '80'];
    let seed = 13;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const targets = Array.from({ length: 1000 }, () => Array.from({ length: 1 + random(12) }, () => alphabet[random(alphabet.length)]).join(''));
    const statuses = new Map<string, number>();
    for (let i = 0; i < targets.length; i += 10) {
      const batch = targets.slice(i, i + 10).map((t) => raw(r, Buffer.from(`GET ${t} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, 'utf8')));
      for (const status of await Promise.all(batch)) statuses.set(status.slice(9, 12), (statuses.get(status.slice(9, 12)) ?? 0) + 1);
    }
    assert.equal(statuses.get('500'), undefined, JSON.stringify([...statuses]));
    assert.equal(r.child.exitCode, null);
    assert.equal((await fetch(`${r.url}/feed.json`)).status, 200);
    assert.equal((await post(r, body('after-probe@example.org'))).status, 201);
  });
});
