/**
 * What the receiver and the CLI need from a database, whichever it is: SQLite
 * (`store.ts`, the default, no server) or PostgreSQL (`store-pg.ts`). Every method is
 * async so that both stand behind the same interface.
 */
import type { ApplicationBody } from '../feed/application.js';
import type { CsvRow } from './csv.js';
import type { MailJob } from './mail.js';
import type { MailKind } from './mail-messages.js';
import type { Limiter } from './rate-limit.js';

export type { MailJob } from './mail.js';

export interface StoredAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** Where an application stands: holding a seat, waiting for one, or withdrawn. */
export type Placement = 'confirmed' | 'waitlisted' | 'cancelled';

export type InsertOutcome =
  | { kind: 'created'; reference: string; status: 'confirmed' | 'waitlisted' }
  | { kind: 'replay'; answer: StoredAnswer }
  | { kind: 'key-reused' }
  | { kind: 'duplicate' }
  | { kind: 'full' };

/** The seats of one session, from its feed entry. */
export interface Seats {
  /** No limit when absent. */
  capacity?: number;
  /** Past the capacity: wait (true) or be refused (false). */
  waitlist: boolean;
}

/** What the applicant consented under: the privacy notice and policy the form showed them. */
export interface ConsentRecord {
  /** The series' `privacyPolicyUrl`, linked beside the consent box. */
  policyUrl?: string;
  /** SHA-256 of the `privacyNotice` text shown, in the language it was shown in. */
  noticeSha256?: string;
  noticeLanguage?: string;
}

export interface NewApplication {
  key: string;
  body: ApplicationBody;
  sessionNumber: number;
  /** When the session ends, for `purge`. */
  sessionEndsAt?: string;
  receivedAt: Date;
  seats: Seats;
  consent: ConsentRecord;
  /** Queue the confirmation mail in the same transaction. */
  mail?: boolean;
}

export interface PurgeOutcome {
  /** Sessions whose applicants' personal data was removed now. */
  sessions: string[];
  applications: number;
  /** Applications stored before session end times were recorded: left as they are. */
  undated: number;
}

export interface EraseOutcome {
  applications: number;
  mails: number;
  /** Waitlisted applications confirmed in the seats the erased ones held. */
  promoted: string[];
}

export interface SessionCounts {
  confirmed: number;
  waitlisted: number;
}

export type CancelOutcome =
  | { kind: 'cancelled'; reference: string; sessionId: string; was: 'confirmed' | 'waitlisted'; promoted?: string }
  | { kind: 'already-cancelled' }
  | { kind: 'not-found' };

export interface PendingMail {
  id: number;
  reference: string;
  kind: MailKind;
  createdAt: string;
  attempts: number;
  nextAttemptAt: string;
  lastError?: string;
}

export interface Store {
  /** The answer already given to this key, `'key-reused'` if it came with other data. */
  answerFor(key: string, body: ApplicationBody): Promise<StoredAnswer | 'key-reused' | undefined>;
  /**
   * Records an application once, in one transaction: replay, duplicate, seat or
   * waiting list, and (when mail is on) its outbox entry.
   */
  insert(application: NewApplication): Promise<InsertOutcome>;
  /** Confirmed and waitlisted applications per session id. */
  counts(): Promise<Map<string, SessionCounts>>;
  /**
   * Withdraws one application; a freed seat goes to the first on the waiting list,
   * whose mail ("a place is now yours") is queued in the same transaction.
   */
  cancel(reference: string, at: Date): Promise<CancelOutcome>;
  /**
   * Takes up to `limit` mails that are due, for `leaseMs`: no other process takes them
   * meanwhile; one not marked sent or failed by then (its process died) is due again.
   */
  claimMail(now: Date, leaseMs: number, limit: number): Promise<MailJob[]>;
  mailSent(id: number, at: Date): Promise<void>;
  mailFailed(id: number, error: string, retryAt: Date): Promise<void>;
  /** Every mail not sent yet, oldest first, and how many were sent. */
  outbox(): Promise<{ sent: number; pending: PendingMail[] }>;
  /**
   * Removes the personal data (applicant, email, submission hash, mail) of every
   * application whose session ended before `cutoff`; references, sessions, statuses and
   * times stay, so counts do.
   */
  purge(cutoff: Date, now: Date): Promise<PurgeOutcome>;
  /** Removes one person everywhere: applications, stored answers, mail. */
  erase(email: string, now: Date): Promise<EraseOutcome>;
  /** Rows for the office's CSV, oldest first. */
  rows(sessionId?: string): Promise<CsvRow[]>;
  count(): Promise<number>;
  /**
   * A rate limiter whose counts every process on this database shares (PostgreSQL).
   * A store without one (SQLite) leaves the limit to each process, in memory.
   */
  rateLimiter?(max: number, windowMs: number): Limiter;
  close(): Promise<void>;
}
