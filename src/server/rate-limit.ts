/**
 * How many new applications one client may send: a sliding-window counter per client
 * address (this window's count plus the last window's, weighted by how much of it
 * still overlaps the sliding window), so each request costs the same few operations
 * however many came before. The clients are kept in least-recently-used order and
 * the oldest is forgotten past `maxClients`, so memory has a fixed ceiling.
 */
import type { IncomingMessage } from 'node:http';

/** Clients remembered at most (about 100 bytes each). */
export const DEFAULT_MAX_CLIENTS = 100_000;

/**
 * What the receiver asks before storing a new application: `0` when the client may
 * (and is counted), else the seconds to wait. In memory for one process (`RateLimiter`),
 * or shared by every process on one PostgreSQL database (`PgRateLimiter`).
 */
export interface Limiter {
  take(client: string, now: number): number | Promise<number>;
}

/** One client's counts: this fixed window's and the one before it. */
export interface Counter {
  /** Start of the fixed window `current` counts in. */
  start: number;
  current: number;
  previous: number;
}

/** The sliding-window estimate: this window's count plus the last one's share still covered. */
export function allows(max: number, windowMs: number, { start, current, previous }: Counter, now: number): boolean {
  return previous * (1 - (now - start) / windowMs) + current < max;
}

/** Seconds (at least 1) until the estimate drops below `max` again, with no more requests. */
export function retryAfter(max: number, windowMs: number, { start, current, previous }: Counter, now: number): number {
  const W = windowMs;
  // In this window the last window's share shrinks; once this window is full, wait for the next.
  const at = current < max && previous > 0 ? start + W * (1 - (max - current) / previous) : start + W + Math.max(0, W * (1 - max / current));
  return Math.max(1, Math.ceil((at - now) / 1000));
}

export class RateLimiter implements Limiter {
  private counters = new Map<string, Counter>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
    readonly maxClients = DEFAULT_MAX_CLIENTS,
  ) {}

  /** Clients remembered now. */
  get size(): number {
    return this.counters.size;
  }

  /** `0` when allowed (and counted), else the seconds to wait. */
  take(client: string, now: number): number {
    const start = now - (now % this.windowMs);
    let counter = this.counters.get(client);
    if (counter) {
      this.counters.delete(client); // set again below: the most recently used come last
      if (counter.start !== start) {
        counter.previous = start - counter.start === this.windowMs ? counter.current : 0;
        counter.current = 0;
        counter.start = start;
      }
    } else {
      counter = { start, current: 0, previous: 0 };
      if (this.counters.size >= this.maxClients) this.counters.delete(this.counters.keys().next().value!);
    }
    this.counters.set(client, counter);
    if (allows(this.max, this.windowMs, counter, now)) {
      counter.current++;
      return 0;
    }
    return retryAfter(this.max, this.windowMs, counter, now);
  }
}

/**
 * The client a request comes from: the socket's address, or with `trustProxies` set
 * (`--trust-proxy N`: N reverse proxies of yours in front), the address the outermost
 * of them saw, the Nth entry of `X-Forwarded-For` from the right. Entries further
 * left were written by the client and are never used.
 */
export function clientAddress(req: IncomingMessage, trustProxies = 0): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  if (trustProxies <= 0) return socket;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((h) => h.trim());
  const client = hops.length >= trustProxies ? hops[hops.length - trustProxies] : '';
  return client || socket;
}
