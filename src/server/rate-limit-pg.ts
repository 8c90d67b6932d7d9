/**
 * The rate limit shared by every receiver process on one PostgreSQL database: the same
 * sliding-window counter as the in-memory `RateLimiter` (this fixed window's count plus
 * the last window's, weighted by how much of it the sliding window still covers), kept
 * as one row per client and window. Counting is one statement: an insert, or on conflict
 * an increment, each only while the estimate is below the limit, so processes taking at
 * once never count past it (PostgreSQL locks the row and checks the newest count).
 * Each process deletes the rows of windows that no longer count once a window.
 */
import type pg from 'pg';
import { retryAfter, type Limiter } from './rate-limit.js';

/**
 * Unlogged: no write-ahead log for a row written on every application. A crash of the
 * database server empties it (every client starts again from zero), which a limit can afford.
 */
export const RATE_LIMIT_SCHEMA = `
  CREATE UNLOGGED TABLE IF NOT EXISTS rate_limits (
    window_start BIGINT NOT NULL,
    client TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (window_start, client)
  );
`;

const TAKE = `
  WITH previous AS (SELECT COALESCE((SELECT count FROM rate_limits WHERE window_start = $3 AND client = $1), 0) AS n)
  INSERT INTO rate_limits AS r (window_start, client, count)
  SELECT $2::bigint, $1::text, 1 FROM previous WHERE previous.n * $5::float8 < $4
  ON CONFLICT (window_start, client) DO UPDATE SET count = r.count + 1
  WHERE (SELECT n FROM previous) * $5::float8 + r.count < $4
  RETURNING count`;

export class PgRateLimiter implements Limiter {
  /** The window this process last deleted old rows in. */
  private swept?: number;

  constructor(
    private pool: pg.Pool,
    readonly max: number,
    readonly windowMs: number,
  ) {}

  async take(client: string, now: number): Promise<number> {
    const W = this.windowMs;
    const start = now - (now % W);
    if (this.swept !== start) {
      this.swept = start;
      await this.pool.query('DELETE FROM rate_limits WHERE window_start < $1', [start - W]);
    }
    const overlap = 1 - (now - start) / W;
    const taken = await this.pool.query(TAKE, [client, start, start - W, this.max, overlap]);
    if (taken.rowCount) return 0;
    const { rows } = await this.pool.query('SELECT window_start, count FROM rate_limits WHERE client = $1 AND window_start IN ($2, $3)', [
      client,
      start,
      start - W,
    ]);
    const count = (at: number) => (rows as Array<{ window_start: string; count: number }>).find((r) => Number(r.window_start) === at)?.count ?? 0;
    const counter = { start, current: count(start), previous: count(start - W) };
    return retryAfter(this.max, W, counter, now);
  }
}
