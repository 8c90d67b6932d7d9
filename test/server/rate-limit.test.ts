/**
 * The receiver's rate limiter: a fixed ceiling on the clients it remembers, the same
 * small cost per request however many came before, a Retry-After that is the wait,
 * and the client taken from X-Forwarded-For only behind a trusted proxy.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { clientAddress, RateLimiter } from '../../src/server/rate-limit.js';

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
