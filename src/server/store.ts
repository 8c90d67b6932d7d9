/**
 * Where accepted applications live: one SQLite file (better-sqlite3, synchronous).
 * An answer is sent only after its transaction is committed with synchronous=FULL,
 * so a process killed at any moment has lost nothing it acknowledged; unique keys
 * make a repeated Idempotency-Key or a second application of the same person for
 * the same session impossible to record twice.
 */
import { createHash, randomInt } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { submissionKey, type ApplicationBody } from '../feed/application.js';
import { parseInstant } from '../feed/instant.js';
import type { CsvRow } from './csv.js';
import { normalizeEmail } from './normalize.js';
import type {
  CancelOutcome,
  ConsentRecord,
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
import type { MailKind } from './mail-messages.js';

export type { InsertOutcome, StoredAnswer } from './store-types.js';

interface Statement {
  run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}
interface Database {
  pragma(source: string): unknown;
  exec(source: string): void;
  prepare(source: string): Statement;
  transaction<T extends (...args: never[]) => unknown>(fn: T): T & { immediate: T };
  close(): void;
}

export class MissingSqliteError extends Error {
  constructor() {
    super(
      'The receiver stores applications with better-sqlite3, which is not installed.\n' +
        'Install it next to seminar-widgets:   npm install better-sqlite3@12\n' +
        '(version 12 runs on Node.js 20 and later; version 13 needs Node.js 22)',
    );
  }
}

function loadSqlite(): new (file: string) => Database {
  try {
    return createRequire(import.meta.url)('better-sqlite3') as new (file: string) => Database;
  } catch {
    throw new MissingSqliteError();
  }
}

export const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: read out over the phone

export function newReference(sessionNumber: number): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `S${sessionNumber}-${code}`;
}

/** What one submission is: the same data under one key is a retry, other data is a misuse. */
export function bodyHash(body: ApplicationBody): string {
  return createHash('sha256').update(submissionKey(body)).digest('hex');
}

/** The same person: e-mail addresses compared cleaned of invisible characters, without case. */
export { normalizeEmail };

export class ApplicationStore implements Store {
  private db: Database;

  constructor(file: string) {
    const Sqlite = loadSqlite();
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true }); // a fresh checkout has no .data/ yet
    this.db = new Sqlite(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    // Deleted and replaced content is overwritten, so that purge and erase leave no copy in free pages.
    this.db.pragma('secure_delete = ON');
    // One transaction holding the write lock: processes opening a new database at once
    // would otherwise race to add the same columns.
    this.db.transaction(() => this.migrate()).immediate();
  }

  private migrate(): void {
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS applications (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        idempotency_key TEXT NOT NULL UNIQUE,
        body_hash TEXT NOT NULL,
        session_id TEXT NOT NULL,
        email TEXT NOT NULL,
        received_at TEXT NOT NULL,
        body TEXT NOT NULL,
        UNIQUE (session_id, email)
      );
      CREATE TABLE IF NOT EXISTS answers (
        idempotency_key TEXT PRIMARY KEY,
        body_hash TEXT NOT NULL,
        status INTEGER NOT NULL,
        answer TEXT NOT NULL
      );
      -- Mail to send, written in the transaction that decides what it says.
      CREATE TABLE IF NOT EXISTS outbox (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        created_at TEXT NOT NULL,
        next_attempt_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        sent_at TEXT,
        last_error TEXT
      );
      CREATE INDEX IF NOT EXISTS outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;
    `);
    // Columns added after the first release: a database from then gains them on open.
    const columns = new Set((this.db.prepare('PRAGMA table_info(applications)').all() as Array<{ name: string }>).map((c) => c.name));
    const added: Array<[string, string]> = [
      ['status', "TEXT NOT NULL DEFAULT 'confirmed'"],
      ['status_at', 'TEXT'],
      ['session_ends_at', 'TEXT'],
      ['consent', 'TEXT'],
      ['purged_at', 'TEXT'],
    ];
    for (const [name, type] of added) if (!columns.has(name)) this.db.exec(`ALTER TABLE applications ADD COLUMN ${name} ${type}`);
    const answerColumns = new Set((this.db.prepare('PRAGMA table_info(answers)').all() as Array<{ name: string }>).map((c) => c.name));
    // The application an answer is about (its own, or the one a duplicate ran into), for purge and erase.
    if (!answerColumns.has('application_id')) this.db.exec('ALTER TABLE answers ADD COLUMN application_id INTEGER');
    this.db.exec('CREATE INDEX IF NOT EXISTS answers_by_application ON answers (application_id)');
    this.db.exec('CREATE INDEX IF NOT EXISTS applications_by_session ON applications (session_id, status)');
  }

  private answer(key: string, body: ApplicationBody): StoredAnswer | 'key-reused' | undefined {
    const previous = this.db.prepare('SELECT body_hash, status, answer FROM answers WHERE idempotency_key = ?').get(key) as
      | { body_hash: string; status: number; answer: string }
      | undefined;
    if (!previous) return undefined;
    if (previous.body_hash !== bodyHash(body)) return 'key-reused';
    return { status: previous.status, body: JSON.parse(previous.answer) };
  }

  async answerFor(key: string, body: ApplicationBody): Promise<StoredAnswer | 'key-reused' | undefined> {
    return this.answer(key, body);
  }

  /**
   * Records an application once. The whole decision — replay, duplicate, seat,
   * insert — is one IMMEDIATE transaction (the write lock is taken first), so two
   * requests racing with the same key or person, or for the last seat, cannot both
   * win, even from two processes sharing the file.
   */
  async insert({ key, body, sessionNumber, sessionEndsAt, receivedAt, seats, consent, mail = false }: NewApplication): Promise<InsertOutcome> {
    const hash = bodyHash(body);
    const email = normalizeEmail(body.applicant.email);
    return this.db.transaction((): InsertOutcome => {
      const previous = this.answer(key, body);
      if (previous === 'key-reused') return { kind: 'key-reused' };
      if (previous) return { kind: 'replay', answer: previous };
      const taken = this.db.prepare('SELECT id FROM applications WHERE session_id = ? AND email = ?').get(body.sessionId, email) as { id: number } | undefined;
      if (taken) {
        this.remember(key, hash, { status: 409, body: { code: 'already-registered', error: 'already-registered' } }, taken.id);
        return { kind: 'duplicate' };
      }
      let status: 'confirmed' | 'waitlisted' = 'confirmed';
      if (seats.capacity !== undefined) {
        const { n } = this.db.prepare("SELECT COUNT(*) AS n FROM applications WHERE session_id = ? AND status = 'confirmed'").get(body.sessionId) as { n: number };
        if (n >= seats.capacity) {
          // Not remembered: nothing was stored, and a retry may find a seat freed by a cancellation.
          if (!seats.waitlist) return { kind: 'full' };
          status = 'waitlisted';
        }
      }
      let reference = newReference(sessionNumber);
      while (this.db.prepare('SELECT 1 FROM applications WHERE reference = ?').get(reference)) reference = newReference(sessionNumber);
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO applications (reference, idempotency_key, body_hash, session_id, email, received_at, body, status, status_at, session_ends_at, consent)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          reference,
          key,
          hash,
          body.sessionId,
          email,
          receivedAt.toISOString(),
          JSON.stringify(body),
          status,
          receivedAt.toISOString(),
          sessionEndsAt === undefined ? null : new Date(parseInstant(sessionEndsAt)).toISOString(),
          JSON.stringify(consent),
        ) as { lastInsertRowid: number | bigint };
      if (mail) this.queueMail(reference, status);
      this.remember(key, hash, { status: 201, body: { reference, status } }, Number(lastInsertRowid));
      return { kind: 'created', reference, status };
    }).immediate();
  }

  /** Mail runs on the wall clock (never a receiver's `--now`): due at once. */
  private queueMail(reference: string, kind: MailKind): void {
    const at = new Date();
    this.db
      .prepare('INSERT INTO outbox (application_id, kind, created_at, next_attempt_at) SELECT id, ?, ?, ? FROM applications WHERE reference = ?')
      .run(kind, at.toISOString(), at.toISOString(), reference);
  }

  async claimMail(now: Date, leaseMs: number, limit: number): Promise<MailJob[]> {
    const until = new Date(now.getTime() + leaseMs).toISOString();
    return this.db.transaction((): MailJob[] => {
      const due = this.db
        .prepare(
          `SELECT o.id, o.kind, o.attempts + 1 AS attempts, a.reference, a.body, a.status FROM outbox o JOIN applications a ON a.id = o.application_id
           WHERE o.sent_at IS NULL AND o.next_attempt_at <= ? ORDER BY o.id LIMIT ?`,
        )
        .all(now.toISOString(), limit) as Array<{ id: number; kind: MailKind; attempts: number; reference: string; body: string; status: string }>;
      const take = this.db.prepare('UPDATE outbox SET next_attempt_at = ?, attempts = attempts + 1 WHERE id = ?');
      for (const row of due) take.run(until, row.id);
      return due.map((row) => ({
        id: row.id,
        kind: row.kind,
        attempts: row.attempts,
        reference: row.reference,
        body: JSON.parse(row.body),
        cancelled: row.status === 'cancelled',
      }));
    }).immediate();
  }

  async mailSent(id: number, at: Date): Promise<void> {
    this.db.prepare('UPDATE outbox SET sent_at = ?, last_error = NULL WHERE id = ?').run(at.toISOString(), id);
  }

  async mailFailed(id: number, error: string, retryAt: Date): Promise<void> {
    this.db.prepare('UPDATE outbox SET next_attempt_at = ?, last_error = ? WHERE id = ? AND sent_at IS NULL').run(retryAt.toISOString(), error.slice(0, 500), id);
  }

  async outbox(): Promise<{ sent: number; pending: PendingMail[] }> {
    const { n } = this.db.prepare('SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NOT NULL').get() as { n: number };
    const rows = this.db
      .prepare(
        `SELECT o.id, a.reference, o.kind, o.created_at, o.attempts, o.next_attempt_at, o.last_error FROM outbox o
         JOIN applications a ON a.id = o.application_id WHERE o.sent_at IS NULL ORDER BY o.id`,
      )
      .all() as Array<{ id: number; reference: string; kind: MailKind; created_at: string; attempts: number; next_attempt_at: string; last_error: string | null }>;
    return {
      sent: n,
      pending: rows.map((r) => ({
        id: r.id,
        reference: r.reference,
        kind: r.kind,
        createdAt: r.created_at,
        attempts: r.attempts,
        nextAttemptAt: r.next_attempt_at,
        ...(r.last_error ? { lastError: r.last_error } : {}),
      })),
    };
  }

  private remember(key: string, hash: string, answer: StoredAnswer, applicationId: number): void {
    this.db
      .prepare('INSERT INTO answers (idempotency_key, body_hash, status, answer, application_id) VALUES (?, ?, ?, ?, ?)')
      .run(key, hash, answer.status, JSON.stringify(answer.body), applicationId);
  }

  /** The first waitlisted of a session that has not ended takes a freed seat (and is mailed). */
  private promoteFirst(sessionId: string, at: Date): string | undefined {
    const next = this.db
      .prepare(
        `SELECT id, reference FROM applications WHERE session_id = ? AND status = 'waitlisted'
         AND (session_ends_at IS NULL OR session_ends_at > ?) ORDER BY id LIMIT 1`,
      )
      .get(sessionId, at.toISOString()) as { id: number; reference: string } | undefined;
    if (!next) return undefined;
    this.db.prepare("UPDATE applications SET status = 'confirmed', status_at = ? WHERE id = ?").run(at.toISOString(), next.id);
    this.queueMail(next.reference, 'promoted');
    return next.reference;
  }

  async purge(cutoff: Date, now: Date): Promise<PurgeOutcome> {
    const outcome = this.db.transaction((): PurgeOutcome => {
      const rows = this.db
        .prepare('SELECT id, session_id, body FROM applications WHERE purged_at IS NULL AND session_ends_at IS NOT NULL AND session_ends_at < ?')
        .all(cutoff.toISOString()) as Array<{ id: number; session_id: string; body: string }>;
      const keep = this.db.prepare("UPDATE applications SET email = 'purged:' || reference, body_hash = '', body = ?, purged_at = ? WHERE id = ?");
      for (const row of rows) keep.run(JSON.stringify(withoutApplicant(JSON.parse(row.body) as ApplicationBody)), now.toISOString(), row.id);
      this.forget(rows.map((r) => r.id));
      const { n } = this.db.prepare('SELECT COUNT(*) AS n FROM applications WHERE purged_at IS NULL AND session_ends_at IS NULL').get() as { n: number };
      return { sessions: [...new Set(rows.map((r) => r.session_id))], applications: rows.length, undated: n };
    }).immediate();
    this.scrubLog();
    return outcome;
  }

  /** Old page images in the write-ahead log go too: the log is copied back and emptied. */
  private scrubLog(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async erase(email: string, now: Date): Promise<EraseOutcome> {
    const outcome = this.db.transaction((): EraseOutcome => {
      const rows = this.db.prepare('SELECT id, session_id, status FROM applications WHERE email = ?').all(normalizeEmail(email)) as Array<{
        id: number;
        session_id: string;
        status: string;
      }>;
      const mails = this.forget(rows.map((r) => r.id));
      const drop = this.db.prepare('DELETE FROM applications WHERE id = ?');
      for (const row of rows) drop.run(row.id);
      const promoted = rows.filter((r) => r.status === 'confirmed').flatMap((r) => this.promoteFirst(r.session_id, now) ?? []);
      return { applications: rows.length, mails, promoted };
    }).immediate();
    this.scrubLog();
    return outcome;
  }

  /** Deletes the stored answers and the mail of these applications; the number of mails. */
  private forget(ids: readonly number[]): number {
    const answers = this.db.prepare('DELETE FROM answers WHERE application_id = ?');
    const mail = this.db.prepare('DELETE FROM outbox WHERE application_id = ?');
    let mails = 0;
    for (const id of ids) {
      answers.run(id);
      mails += mail.run(id).changes;
    }
    return mails;
  }

  async counts(): Promise<Map<string, SessionCounts>> {
    const raw = this.db
      .prepare("SELECT session_id, status, COUNT(*) AS n FROM applications WHERE status IN ('confirmed', 'waitlisted') GROUP BY session_id, status")
      .all() as Array<{ session_id: string; status: 'confirmed' | 'waitlisted'; n: number }>;
    const counts = new Map<string, SessionCounts>();
    for (const r of raw) {
      const c = counts.get(r.session_id) ?? { confirmed: 0, waitlisted: 0 };
      c[r.status] = r.n;
      counts.set(r.session_id, c);
    }
    return counts;
  }

  async cancel(reference: string, at: Date): Promise<CancelOutcome> {
    return this.db.transaction((): CancelOutcome => {
      const row = this.db.prepare('SELECT id, session_id, status FROM applications WHERE reference = ?').get(reference) as
        | { id: number; session_id: string; status: string }
        | undefined;
      if (!row) return { kind: 'not-found' };
      if (row.status === 'cancelled') return { kind: 'already-cancelled' };
      const when = at.toISOString();
      this.db.prepare("UPDATE applications SET status = 'cancelled', status_at = ? WHERE id = ?").run(when, row.id);
      const outcome: CancelOutcome = { kind: 'cancelled', reference, sessionId: row.session_id, was: row.status as 'confirmed' | 'waitlisted' };
      if (row.status !== 'confirmed') return outcome;
      const promoted = this.promoteFirst(row.session_id, at);
      return promoted ? { ...outcome, promoted } : outcome;
    }).immediate();
  }

  async rows(sessionId?: string): Promise<CsvRow[]> {
    const raw = (
      sessionId
        ? this.db.prepare('SELECT reference, received_at, status, body, consent FROM applications WHERE session_id = ? ORDER BY id').all(sessionId)
        : this.db.prepare('SELECT reference, received_at, status, body, consent FROM applications ORDER BY id').all()
    ) as Array<{ reference: string; received_at: string; status: string; body: string; consent: string | null }>;
    return raw.map((r) => rowOf(r.reference, r.received_at, r.status, JSON.parse(r.body) as ApplicationBody, r.consent));
  }

  async count(): Promise<number> {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM applications').get() as { n: number }).n;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/** The body without what identifies the applicant: the session, language and consent stay. */
export function withoutApplicant(body: ApplicationBody): Omit<ApplicationBody, 'applicant'> & { applicant: Record<string, never> } {
  return { ...body, applicant: {} };
}

/** One application as the office's CSV shows it. */
export function rowOf(reference: string, receivedAt: string, status: string, body: ApplicationBody, consent: string | null): CsvRow {
  return { reference, receivedAt, sessionId: body.sessionId, locale: body.locale, status, consent: consentText(consent), ...body.applicant };
}

/** The consent record in one cell: `policy URL; notice sha256:… (ja)`. */
export function consentText(consent: string | null): string {
  if (!consent) return '';
  const c = JSON.parse(consent) as ConsentRecord;
  return [c.policyUrl ? `policy ${c.policyUrl}` : '', c.noticeSha256 ? `notice sha256:${c.noticeSha256} (${c.noticeLanguage})` : '']
    .filter(Boolean)
    .join('; ');
}
