/**
 * Applications, answers, the outbox and rate-limit counts in PostgreSQL (`--db postgres://…`), behind the
 * same interface as SQLite, for several receiver processes on one database. Each
 * decision is one transaction that first takes a transaction-scoped advisory lock on the
 * session, so processes decide about one session one at a time: no more confirmed than
 * the capacity, one application per person and session, one answer per Idempotency-Key.
 * Unique keys stand behind every rule; a transaction that still runs into one (the same
 * key sent for two sessions at once) is tried again, and then finds the stored answer.
 * Mail is taken with `FOR UPDATE SKIP LOCKED`, so two senders never take the same entry.
 */
import pg from 'pg';
import type { ApplicationBody } from '../feed/application.js';
import { parseInstant } from '../feed/instant.js';
import type { CsvRow } from './csv.js';
import type { MailKind } from './mail-messages.js';
import type { Limiter } from './rate-limit.js';
import { PgRateLimiter, RATE_LIMIT_SCHEMA } from './rate-limit-pg.js';
import { bodyHash, newReference, normalizeEmail, rowOf, withoutApplicant } from './store.js';
import type {
  CancelOutcome,
  EraseOutcome,
  InsertOutcome,
  MailJob,
  NewApplication,
  PendingMail,
  PurgeOutcome,
  SessionCounts,
  Store,
  StoredAnswer,
} from './store-types.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS applications (
    id BIGSERIAL PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    idempotency_key TEXT NOT NULL UNIQUE,
    body_hash TEXT NOT NULL,
    session_id TEXT NOT NULL,
    email TEXT NOT NULL,
    received_at TIMESTAMPTZ NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'confirmed',
    status_at TIMESTAMPTZ,
    session_ends_at TIMESTAMPTZ,
    consent TEXT,
    purged_at TIMESTAMPTZ,
    UNIQUE (session_id, email)
  );
  CREATE INDEX IF NOT EXISTS applications_by_session ON applications (session_id, status);
  CREATE TABLE IF NOT EXISTS answers (
    idempotency_key TEXT PRIMARY KEY,
    body_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    answer TEXT NOT NULL,
    application_id BIGINT
  );
  CREATE INDEX IF NOT EXISTS answers_by_application ON answers (application_id);
  CREATE TABLE IF NOT EXISTS outbox (
    id BIGSERIAL PRIMARY KEY,
    application_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    sent_at TIMESTAMPTZ,
    last_error TEXT
  );
  CREATE INDEX IF NOT EXISTS outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;
`;

/** The lock key of one session (and of the schema), for pg_advisory_xact_lock. */
const SCHEMA_LOCK = "hashtext('seminar-widgets:schema')";
const sessionLock = (client: pg.PoolClient, sessionId: string) =>
  client.query("SELECT pg_advisory_xact_lock(hashtext('seminar-widgets:session:' || $1))", [sessionId]);

/** Unique violation, serialization failure, deadlock: the transaction may be tried again. */
const RETRYABLE = new Set(['23505', '40001', '40P01']);

type Client = pg.PoolClient;

export class PgStore implements Store {
  private constructor(private pool: pg.Pool) {}

  static async open(url: string): Promise<PgStore> {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // A connection that breaks while idle is dropped by the pool; it must not end the process.
    pool.on('error', (error) => console.error(`PostgreSQL: ${error.message}`));
    const store = new PgStore(pool);
    try {
      await store.tx(async (c) => {
        await c.query(`SELECT pg_advisory_xact_lock(${SCHEMA_LOCK})`);
        await c.query(SCHEMA);
        await c.query(RATE_LIMIT_SCHEMA);
      });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  /** Runs `fn` in one transaction, tried again (up to 5 times) when PostgreSQL says it may be. */
  private async tx<T>(fn: (c: Client) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        if (attempt >= 5 || !RETRYABLE.has((error as { code?: string }).code ?? '')) throw error;
      } finally {
        client.release();
      }
    }
  }

  /** The rate limit in this database: one count per client for every process on it. */
  rateLimiter(max: number, windowMs: number): Limiter {
    return new PgRateLimiter(this.pool, max, windowMs);
  }

  private async answer(c: Client | pg.Pool, key: string, body: ApplicationBody): Promise<StoredAnswer | 'key-reused' | undefined> {
    const { rows } = await c.query('SELECT body_hash, status, answer FROM answers WHERE idempotency_key = $1', [key]);
    const previous = rows[0] as { body_hash: string; status: number; answer: string } | undefined;
    if (!previous) return undefined;
    if (previous.body_hash !== bodyHash(body)) return 'key-reused';
    return { status: previous.status, body: JSON.parse(previous.answer) };
  }

  answerFor(key: string, body: ApplicationBody): Promise<StoredAnswer | 'key-reused' | undefined> {
    return this.answer(this.pool, key, body);
  }

  insert({ key, body, sessionNumber, sessionEndsAt, receivedAt, seats, consent, mail = false }: NewApplication): Promise<InsertOutcome> {
    const hash = bodyHash(body);
    const email = normalizeEmail(body.applicant.email);
    return this.tx(async (c): Promise<InsertOutcome> => {
      await sessionLock(c, body.sessionId);
      // What decides, read in one round trip: an earlier answer to this key, the same person, the seats taken.
      const { rows: found } = await c.query(
        `SELECT (SELECT json_build_object('body_hash', body_hash, 'status', status, 'answer', answer) FROM answers WHERE idempotency_key = $1) AS previous,
                (SELECT id FROM applications WHERE session_id = $2 AND email = $3) AS taken,
                (SELECT COUNT(*)::int FROM applications WHERE session_id = $2 AND status = 'confirmed') AS confirmed`,
        [key, body.sessionId, email],
      );
      const { previous, taken, confirmed } = found[0] as {
        previous: { body_hash: string; status: number; answer: string } | null;
        taken: string | null;
        confirmed: number;
      };
      if (previous && previous.body_hash !== hash) return { kind: 'key-reused' };
      if (previous) return { kind: 'replay', answer: { status: previous.status, body: JSON.parse(previous.answer) } };
      if (taken !== null) {
        await this.remember(c, key, hash, { status: 409, body: { code: 'already-registered', error: 'already-registered' } }, taken);
        return { kind: 'duplicate' };
      }
      let status: 'confirmed' | 'waitlisted' = 'confirmed';
      if (seats.capacity !== undefined) {
        if (confirmed >= seats.capacity) {
          if (!seats.waitlist) return { kind: 'full' };
          status = 'waitlisted';
        }
      }
      let id: string | undefined;
      let reference = '';
      while (id === undefined) {
        reference = newReference(sessionNumber);
        const { rows } = await c.query(
          `INSERT INTO applications (reference, idempotency_key, body_hash, session_id, email, received_at, body, status, status_at, session_ends_at, consent)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $6, $9, $10) ON CONFLICT (reference) DO NOTHING RETURNING id`,
          [
            reference,
            key,
            hash,
            body.sessionId,
            email,
            receivedAt,
            JSON.stringify(body),
            status,
            sessionEndsAt === undefined ? null : new Date(parseInstant(sessionEndsAt)),
            JSON.stringify(consent),
          ],
        );
        id = rows[0]?.id;
      }
      if (mail) await this.queueMail(c, id, status);
      await this.remember(c, key, hash, { status: 201, body: { reference, status } }, id);
      return { kind: 'created', reference, status };
    });
  }

  private async remember(c: Client, key: string, hash: string, answer: StoredAnswer, applicationId: string): Promise<void> {
    await c.query('INSERT INTO answers (idempotency_key, body_hash, status, answer, application_id) VALUES ($1, $2, $3, $4, $5)', [
      key,
      hash,
      answer.status,
      JSON.stringify(answer.body),
      applicationId,
    ]);
  }

  /** Mail runs on the wall clock (never a receiver's `--now`): due at once. */
  private async queueMail(c: Client, applicationId: string, kind: MailKind): Promise<void> {
    await c.query('INSERT INTO outbox (application_id, kind, created_at, next_attempt_at) VALUES ($1, $2, now(), now())', [applicationId, kind]);
  }

  /** The first waitlisted of a session that has not ended takes a freed seat (and is mailed). */
  private async promoteFirst(c: Client, sessionId: string, at: Date): Promise<string | undefined> {
    const { rows } = await c.query(
      `SELECT id, reference FROM applications WHERE session_id = $1 AND status = 'waitlisted'
       AND (session_ends_at IS NULL OR session_ends_at > $2) ORDER BY id LIMIT 1 FOR UPDATE`,
      [sessionId, at],
    );
    const next = rows[0] as { id: string; reference: string } | undefined;
    if (!next) return undefined;
    await c.query("UPDATE applications SET status = 'confirmed', status_at = $1 WHERE id = $2", [at, next.id]);
    await this.queueMail(c, next.id, 'promoted');
    return next.reference;
  }

  async counts(): Promise<Map<string, SessionCounts>> {
    const { rows } = await this.pool.query(
      "SELECT session_id, status, COUNT(*)::int AS n FROM applications WHERE status IN ('confirmed', 'waitlisted') GROUP BY session_id, status",
    );
    const counts = new Map<string, SessionCounts>();
    for (const r of rows as Array<{ session_id: string; status: 'confirmed' | 'waitlisted'; n: number }>) {
      const entry = counts.get(r.session_id) ?? { confirmed: 0, waitlisted: 0 };
      entry[r.status] = r.n;
      counts.set(r.session_id, entry);
    }
    return counts;
  }

  async cancel(reference: string, at: Date): Promise<CancelOutcome> {
    const found = await this.pool.query('SELECT session_id FROM applications WHERE reference = $1', [reference]);
    if (!found.rows.length) return { kind: 'not-found' };
    return this.tx(async (c): Promise<CancelOutcome> => {
      await sessionLock(c, found.rows[0].session_id);
      const { rows } = await c.query('SELECT id, session_id, status FROM applications WHERE reference = $1 FOR UPDATE', [reference]);
      const row = rows[0] as { id: string; session_id: string; status: string } | undefined;
      if (!row) return { kind: 'not-found' };
      if (row.status === 'cancelled') return { kind: 'already-cancelled' };
      await c.query("UPDATE applications SET status = 'cancelled', status_at = $1 WHERE id = $2", [at, row.id]);
      const outcome: CancelOutcome = { kind: 'cancelled', reference, sessionId: row.session_id, was: row.status as 'confirmed' | 'waitlisted' };
      if (row.status !== 'confirmed') return outcome;
      const promoted = await this.promoteFirst(c, row.session_id, at);
      return promoted ? { ...outcome, promoted } : outcome;
    });
  }

  async claimMail(now: Date, leaseMs: number, limit: number): Promise<MailJob[]> {
    const { rows } = await this.pool.query(
      `WITH due AS (
         SELECT id FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED
       ), taken AS (
         UPDATE outbox o SET next_attempt_at = $3, attempts = o.attempts + 1 FROM due WHERE o.id = due.id
         RETURNING o.id, o.kind, o.attempts, o.application_id
       )
       SELECT t.id, t.kind, t.attempts, a.reference, a.body, a.status FROM taken t JOIN applications a ON a.id = t.application_id ORDER BY t.id`,
      [now, limit, new Date(now.getTime() + leaseMs)],
    );
    return (rows as Array<{ id: string; kind: MailKind; attempts: number; reference: string; body: string; status: string }>).map((r) => ({
      id: Number(r.id),
      kind: r.kind,
      attempts: r.attempts,
      reference: r.reference,
      body: JSON.parse(r.body),
      cancelled: r.status === 'cancelled',
    }));
  }

  async mailSent(id: number, at: Date): Promise<void> {
    await this.pool.query('UPDATE outbox SET sent_at = $1, last_error = NULL WHERE id = $2', [at, id]);
  }

  async mailFailed(id: number, error: string, retryAt: Date): Promise<void> {
    await this.pool.query('UPDATE outbox SET next_attempt_at = $1, last_error = $2 WHERE id = $3 AND sent_at IS NULL', [retryAt, error.slice(0, 500), id]);
  }

  async outbox(): Promise<{ sent: number; pending: PendingMail[] }> {
    const sent = await this.pool.query('SELECT COUNT(*)::int AS n FROM outbox WHERE sent_at IS NOT NULL');
    const { rows } = await this.pool.query(
      `SELECT o.id, a.reference, o.kind, o.created_at, o.attempts, o.next_attempt_at, o.last_error FROM outbox o
       JOIN applications a ON a.id = o.application_id WHERE o.sent_at IS NULL ORDER BY o.id`,
    );
    return {
      sent: sent.rows[0].n,
      pending: (rows as Array<{ id: string; reference: string; kind: MailKind; created_at: Date; attempts: number; next_attempt_at: Date; last_error: string | null }>).map(
        (r) => ({
          id: Number(r.id),
          reference: r.reference,
          kind: r.kind,
          createdAt: r.created_at.toISOString(),
          attempts: r.attempts,
          nextAttemptAt: r.next_attempt_at.toISOString(),
          ...(r.last_error ? { lastError: r.last_error } : {}),
        }),
      ),
    };
  }

  /** Deletes the stored answers and the mail of these applications; the number of mails. */
  private async forget(c: Client, ids: readonly string[]): Promise<number> {
    if (!ids.length) return 0;
    await c.query('DELETE FROM answers WHERE application_id = ANY($1::bigint[])', [ids]);
    return (await c.query('DELETE FROM outbox WHERE application_id = ANY($1::bigint[])', [ids])).rowCount ?? 0;
  }

  purge(cutoff: Date, now: Date): Promise<PurgeOutcome> {
    return this.tx(async (c): Promise<PurgeOutcome> => {
      const { rows } = await c.query(
        'SELECT id, session_id, body FROM applications WHERE purged_at IS NULL AND session_ends_at IS NOT NULL AND session_ends_at < $1 FOR UPDATE',
        [cutoff],
      );
      for (const row of rows as Array<{ id: string; body: string }>) {
        await c.query("UPDATE applications SET email = 'purged:' || reference, body_hash = '', body = $1, purged_at = $2 WHERE id = $3", [
          JSON.stringify(withoutApplicant(JSON.parse(row.body) as ApplicationBody)),
          now,
          row.id,
        ]);
      }
      await this.forget(c, rows.map((r: { id: string }) => r.id));
      const undated = await c.query('SELECT COUNT(*)::int AS n FROM applications WHERE purged_at IS NULL AND session_ends_at IS NULL');
      return { sessions: [...new Set(rows.map((r: { session_id: string }) => r.session_id))] as string[], applications: rows.length, undated: undated.rows[0].n };
    });
  }

  erase(email: string, now: Date): Promise<EraseOutcome> {
    return this.tx(async (c): Promise<EraseOutcome> => {
      const { rows } = await c.query('SELECT id, session_id, status FROM applications WHERE email = $1 ORDER BY id FOR UPDATE', [normalizeEmail(email)]);
      const mails = await this.forget(c, rows.map((r: { id: string }) => r.id));
      await c.query('DELETE FROM applications WHERE id = ANY($1::bigint[])', [rows.map((r: { id: string }) => r.id)]);
      const promoted: string[] = [];
      for (const row of rows as Array<{ session_id: string; status: string }>) {
        if (row.status !== 'confirmed') continue;
        await sessionLock(c, row.session_id);
        const next = await this.promoteFirst(c, row.session_id, now);
        if (next) promoted.push(next);
      }
      return { applications: rows.length, mails, promoted };
    });
  }

  async rows(sessionId?: string): Promise<CsvRow[]> {
    const { rows } = sessionId
      ? await this.pool.query('SELECT reference, received_at, status, body, consent FROM applications WHERE session_id = $1 ORDER BY id', [sessionId])
      : await this.pool.query('SELECT reference, received_at, status, body, consent FROM applications ORDER BY id');
    return (rows as Array<{ reference: string; received_at: Date; status: string; body: string; consent: string | null }>).map((r) =>
      rowOf(r.reference, r.received_at.toISOString(), r.status, JSON.parse(r.body) as ApplicationBody, r.consent),
    );
  }

  async count(): Promise<number> {
    return (await this.pool.query('SELECT COUNT(*)::int AS n FROM applications')).rows[0].n;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
