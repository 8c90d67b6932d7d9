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
import type { CsvRow } from './csv.js';
import { normalizeEmail } from './normalize.js';

interface Statement {
  run(...params: unknown[]): { changes: number };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}
interface Database {
  pragma(source: string): unknown;
  exec(source: string): void;
  prepare(source: string): Statement;
  transaction<T extends (...args: never[]) => unknown>(fn: T): T;
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

export interface StoredAnswer {
  status: number;
  body: Record<string, unknown>;
}

export type InsertOutcome =
  | { kind: 'created'; reference: string }
  | { kind: 'replay'; answer: StoredAnswer }
  | { kind: 'key-reused' }
  | { kind: 'duplicate' };

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: read out over the phone

function newReference(sessionNumber: number): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `S${sessionNumber}-${code}`;
}

/** What one submission is: the same data under one key is a retry, other data is a misuse. */
function bodyHash(body: ApplicationBody): string {
  return createHash('sha256').update(submissionKey(body)).digest('hex');
}

/** The same person: e-mail addresses compared cleaned of invisible characters, without case. */
export { normalizeEmail };

export class ApplicationStore {
  private db: Database;

  constructor(file: string) {
    const Sqlite = loadSqlite();
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true }); // a fresh checkout has no .data/ yet
    this.db = new Sqlite(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
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
    `);
  }

  /** The answer already given to this key, `'key-reused'` if it came with other data. */
  answerFor(key: string, body: ApplicationBody): StoredAnswer | 'key-reused' | undefined {
    const previous = this.db.prepare('SELECT body_hash, status, answer FROM answers WHERE idempotency_key = ?').get(key) as
      | { body_hash: string; status: number; answer: string }
      | undefined;
    if (!previous) return undefined;
    if (previous.body_hash !== bodyHash(body)) return 'key-reused';
    return { status: previous.status, body: JSON.parse(previous.answer) };
  }

  /**
   * Records an application once. The whole decision — replay, duplicate, insert — is
   * one transaction, so two requests racing with the same key or person cannot both win.
   */
  insert(key: string, body: ApplicationBody, sessionNumber: number, receivedAt: Date): InsertOutcome {
    const hash = bodyHash(body);
    const email = normalizeEmail(body.applicant.email);
    return this.db.transaction((): InsertOutcome => {
      const previous = this.answerFor(key, body);
      if (previous === 'key-reused') return { kind: 'key-reused' };
      if (previous) return { kind: 'replay', answer: previous };
      const taken = this.db.prepare('SELECT 1 FROM applications WHERE session_id = ? AND email = ?').get(body.sessionId, email);
      if (taken) {
        this.remember(key, hash, { status: 409, body: { error: 'already-registered' } });
        return { kind: 'duplicate' };
      }
      let reference = newReference(sessionNumber);
      while (this.db.prepare('SELECT 1 FROM applications WHERE reference = ?').get(reference)) reference = newReference(sessionNumber);
      this.db
        .prepare(
          'INSERT INTO applications (reference, idempotency_key, body_hash, session_id, email, received_at, body) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(reference, key, hash, body.sessionId, email, receivedAt.toISOString(), JSON.stringify(body));
      this.remember(key, hash, { status: 201, body: { reference } });
      return { kind: 'created', reference };
    })();
  }

  private remember(key: string, hash: string, answer: StoredAnswer): void {
    this.db.prepare('INSERT INTO answers (idempotency_key, body_hash, status, answer) VALUES (?, ?, ?, ?)').run(key, hash, answer.status, JSON.stringify(answer.body));
  }

  /** Rows for the office's CSV, oldest first. */
  rows(sessionId?: string): CsvRow[] {
    const raw = (
      sessionId
        ? this.db.prepare('SELECT reference, received_at, body FROM applications WHERE session_id = ? ORDER BY id').all(sessionId)
        : this.db.prepare('SELECT reference, received_at, body FROM applications ORDER BY id').all()
    ) as Array<{ reference: string; received_at: string; body: string }>;
    return raw.map((r) => {
      const body = JSON.parse(r.body) as ApplicationBody;
      return { reference: r.reference, receivedAt: r.received_at, sessionId: body.sessionId, locale: body.locale, ...body.applicant };
    });
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM applications').get() as { n: number }).n;
  }

  close(): void {
    this.db.close();
  }
}
