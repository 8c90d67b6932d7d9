/**
 * Test helpers for the receiver as a real process: a feed made from the default one,
 * `seminar-widgets serve` on a free port, applications posted over keep-alive HTTP
 * with a bounded pool (as many requests in flight as asked, over few sockets).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const FEED = 'feeds/tokyo-2025.json';
export const OPEN_NOW = '2025-12-10T10:00:00+09:00'; // session 4 takes applications

/** The default feed as plain JSON, for tests to change. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test edits any part of the feed
export type FeedJson = Record<string, any>;

/** What the receiver answered (one shape of several, by status). */
export interface Answer {
  reference?: string;
  status?: 'confirmed' | 'waitlisted';
  code?: string;
  error?: string;
  errors?: Array<{ field: string; message: string }>;
}

export interface Receiver {
  url: string;
  child: ChildProcess;
  output: () => string;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'seminar-seats-'));
}

/**
 * A PostgreSQL server for the tests: `TEST_PG_URL` (a database the tests may create
 * databases from, like postgres://postgres@127.0.0.1:54340/postgres). Without it, the
 * PostgreSQL cases are skipped and say so.
 */
export const PG_URL = process.env.TEST_PG_URL;
export type StoreKind = 'sqlite' | 'postgres';
export const STORES: Array<{ kind: StoreKind; skip: string | false }> = [
  { kind: 'sqlite', skip: false },
  { kind: 'postgres', skip: PG_URL ? false : 'no PostgreSQL: set TEST_PG_URL (see .ci/run)' },
];

const created: string[] = [];

/** A new, empty database: a SQLite file, or a PostgreSQL database made for this test. */
export async function newDb(kind: StoreKind): Promise<string> {
  if (kind === 'sqlite') return join(tempDir(), 'a.db');
  const name = `sw_test_${process.pid}_${created.length}_${Date.now().toString(36)}`;
  const client = new pg.Client(PG_URL);
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  created.push(name);
  const url = new URL(PG_URL!);
  url.pathname = `/${name}`;
  return url.href;
}

/** Drops the PostgreSQL databases this test file made. */
export async function dropDbs(): Promise<void> {
  if (!PG_URL || created.length === 0) return;
  const client = new pg.Client(PG_URL);
  await client.connect();
  try {
    for (const name of created.splice(0)) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** The default feed with `change` applied, written to a temporary file. */
export function feedWith(change: (feed: FeedJson) => void): string {
  const feed = JSON.parse(readFileSync(FEED, 'utf8'));
  change(feed);
  const file = join(tempDir(), 'feed.json');
  writeFileSync(file, JSON.stringify(feed));
  return file;
}

/**
 * Session 4 moved to 2030 (its application window stays open at OPEN_NOW), so that it
 * has not ended by the wall clock that `cancel` and `erase` use to promote who waits.
 */
export function laterSession4(feed: FeedJson): void {
  Object.assign(feed.sessions[3], { startsAt: '2030-01-22T14:00:00+09:00', endsAt: '2030-01-22T16:00:00+09:00' });
}

/** Starts `seminar-widgets serve` (from the TypeScript source) on a free port. */
export async function start(args: { feed?: string; db: string; extra?: string[]; env?: Record<string, string> }): Promise<Receiver> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/server/cli.ts', 'serve', '--feed', args.feed ?? FEED, '--db', args.db, '--port', '0', '--now', OPEN_NOW, ...(args.extra ?? [])],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...args.env } },
  );
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /on (http:\/\/[\d.]+:\d+)\//.exec(out);
      if (m) resolve(m[1]);
    });
    child.stderr!.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`receiver exited with ${code}: ${out}`)));
  });
  return { url, child, output: () => out };
}

export function stop(r: Receiver, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (r.child.exitCode !== null || r.child.signalCode !== null) return resolve();
    r.child.once('exit', () => resolve());
    r.child.kill(signal);
  });
}

/** Runs the CLI to the end: its exit code and output. */
export function cli(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args]);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

export function application(email: string, extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    seriesId: 'tokyo-customer-harassment-2025',
    sessionId: 'session-4',
    locale: 'en',
    applicant: { name: 'Test Person', organization: 'Test Org', email },
    consent: true,
    submittedAt: OPEN_NOW,
    ...extra,
  };
}

const agent = new Agent({ keepAlive: true, maxSockets: 50 });

/** POST /api/applications; resolves with the status and the parsed answer. */
export function post(base: string, data: unknown, key: string = randomUUID()): Promise<{ status: number; body: Answer }> {
  return new Promise((resolve, reject) => {
    const text = JSON.stringify(data);
    const req = request(
      `${base}/api/applications`,
      { method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, 'Content-Length': Buffer.byteLength(text) } },
      (res) => {
        let answer = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (answer += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: answer ? JSON.parse(answer) : undefined }));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}
