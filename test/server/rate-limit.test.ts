/**
 * The receiver's rate limiter: a fixed ceiling on the clients it remembers, the same
 * small cost per request however many came before, a Retry-After that is the wait,
 * and the client taken from X-Forwarded-For only behind a trusted proxy; with PostgreSQL,
 * one limit for every receiver process on the database.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import pg from 'pg';
import { openStore } from '../../src/server/open-store.js';
import { clientAddress, RateLimiter } from '../../src/server/rate-limit.js';
import { application, dropDbs, newDb, PG_URL, start, stop, type Receiver } from './receiver-process.js';

const MINUTES_10 = 10 * 60_000;

test('memory has a ceiling: past maxClients the least recently seen client is forgotten', () => {
  const limiter = new RateLimiter(30, MINUTES_10, 1000);
  for (let i = 0; i < 200_000; i++) limiter.take(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, 1_000 + i);
  assert.equal(limiter.size, 1000);
  // A client seen again is kept over ones not seen since.
  const busy = new RateLimiter(1, MINUTES_10, 2);
  busy.take('a', 0);
  busy.take('b', 1);
  assert.ok(busy.take('a', 2) > 0, 'a is remembered and limited');
  busy.take('c', 3); // forgets b, the least recently seen
  assert.ok(busy.take('a', 4) > 0, 'a is still remembered');
});

test('constant time per request: 300,000 requests of one client under a high limit take well under a second', () => {
  const limiter = new RateLimiter(1_000_000, MINUTES_10);
  const started = performance.now();
  for (let i = 0; i < 300_000; i++) assert.equal(limiter.take('203.0.113.7', 1_000 + i), 0);
  const ms = performance.now() - started;
  assert.ok(ms < 1000, `${ms.toFixed(0)} ms`);
});

test('N per window per client, Retry-After is the wait, and the window slides', () => {
  const limiter = new RateLimiter(5, MINUTES_10);
  const t0 = 7 * MINUTES_10; // the start of a window
  for (let i = 0; i < 5; i++) assert.equal(limiter.take('a', t0 + i * 1000), 0);
  assert.equal(limiter.take('b', t0 + 5000), 0, 'another client has its own count');
  const wait = limiter.take('a', t0 + 60_000);
  assert.equal(wait, 540, 'until this window ends');
  assert.ok(limiter.take('a', t0 + 60_000 + (wait - 1) * 1000) > 0);
  assert.equal(limiter.take('a', t0 + 60_000 + wait * 1000 + 1), 0, 'allowed once the wait is over');
  // Half-way through the next window half of the last window's five still count: two more at most.
  const half = t0 + MINUTES_10 + MINUTES_10 / 2;
  assert.equal(limiter.take('a', half), 0);
  assert.equal(limiter.take('a', half + 1), 0);
  const next = limiter.take('a', half + 2);
  assert.ok(next > 0 && next <= 300, `wait ${next}`);
});

test('the client: the socket address, or behind N trusted proxies the Nth X-Forwarded-For entry from the right', () => {
  const req = (xff?: string) => ({ socket: { remoteAddress: '127.0.0.1' }, headers: xff === undefined ? {} : { 'x-forwarded-for': xff } }) as unknown as IncomingMessage;
  assert.equal(clientAddress(req('198.51.100.1')), '127.0.0.1', 'not trusted without --trust-proxy');
  assert.equal(clientAddress(req('198.51.100.1'), 1), '198.51.100.1');
  assert.equal(clientAddress(req('forged, 198.51.100.1'), 1), '198.51.100.1');
  assert.equal(clientAddress(req('forged, 198.51.100.1, 10.0.0.2'), 2), '198.51.100.1');
  assert.equal(clientAddress(req(), 1), '127.0.0.1', 'no header: the socket');
  assert.equal(clientAddress(req('198.51.100.1'), 2), '127.0.0.1', 'fewer entries than proxies: the socket');
});

describe('shared by every receiver process on one PostgreSQL database', { skip: PG_URL ? false : 'no PostgreSQL: set TEST_PG_URL (see .ci/run)' }, () => {
  after(dropDbs);

  test('the same answers as in memory, never past the limit when taken at once, old windows deleted', async () => {
    const db = await newDb('postgres');
    const store = await openStore(db);
    // A second pool on the same database stands for a second process.
    const other = await openStore(db);
    try {
      const shared = store.rateLimiter!(5, MINUTES_10);
      const memory = new RateLimiter(5, MINUTES_10);
      const t0 = 7 * MINUTES_10;
      const times = [0, 1000, 2000, 3000, 4000, 5000, 60_000, MINUTES_10, 1.5 * MINUTES_10, 1.5 * MINUTES_10 + 1, 1.5 * MINUTES_10 + 2, 1.5 * MINUTES_10 + 3];
      for (const t of times) assert.equal(await shared.take('a', t0 + t), memory.take('a', t0 + t), `at +${t} ms`);

      // Forty at once through two pools, ten allowed: exactly ten are counted.
      const one = store.rateLimiter!(10, MINUTES_10);
      const two = other.rateLimiter!(10, MINUTES_10);
      const waits = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? one : two).take('b', t0 + 2 * MINUTES_10 + i)));
      assert.equal(waits.filter((w) => w === 0).length, 10);
      assert.ok(waits.every((w) => w === 0 || (w >= 1 && w <= 600)), `waits ${waits}`);

      // Windows that no longer count are deleted by the first take of a later window.
      await store.rateLimiter!(5, MINUTES_10).take('c', t0 + 10 * MINUTES_10);
      const pool = new pg.Client(db);
      await pool.connect();
      try {
        const { rows } = await pool.query('SELECT DISTINCT window_start FROM rate_limits ORDER BY 1');
        assert.deepEqual(rows.map((r) => Number(r.window_start)), [t0 + 10 * MINUTES_10]);
      } finally {
        await pool.end();
      }
    } finally {
      await store.close();
      await other.close();
    }
  });

  test('two receiver processes: a client is refused (429 with Retry-After) after N applications spread over both', async () => {
    const db = await newDb('postgres');
    const extra = ['--rate-limit', '6'];
    const [r1, r2] = await Promise.all([start({ db, extra }), start({ db, extra })]);
    const send = (r: Receiver, email: string) =>
      fetch(`${r.url}/api/applications`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify(application(email)),
      });
    try {
      // Three to each: each process alone would still allow three more.
      for (let i = 0; i < 6; i++) assert.equal((await send(i % 2 ? r2 : r1, `rate${i}@example.org`)).status, 201, `application ${i + 1}`);
      for (const r of [r1, r2]) {
        const refused = await send(r, `late-${r.url.slice(-5)}@example.org`);
        assert.equal(refused.status, 429);
        assert.deepEqual(await refused.json(), { error: 'too-many-requests' });
        const wait = Number(refused.headers.get('retry-after'));
        assert.ok(wait >= 1 && wait <= 600, `Retry-After ${wait}`);
      }
    } finally {
      await Promise.all([stop(r1), stop(r2)]);
    }
  });
});
