/**
 * The `seminar-widgets` command:
 *
 *   seminar-widgets serve --feed FEED.json --db FILE --port N [--allow-origin ORIGIN]… [--public-origin ORIGIN]… [--host H]
 *                         [--now INSTANT] [--rate-limit N] [--trust-proxy [N]] [--max-connections N]
 *   seminar-widgets export --db FILE [--session ID]
 *   seminar-widgets cancel --db FILE --reference REF
 *   seminar-widgets outbox --db FILE
 *   seminar-widgets purge --db FILE --after-days N
 *   seminar-widgets erase --db FILE --email ADDRESS
 *   seminar-widgets validate FEED.json [--json]
 *   seminar-widgets edit FEED.json [--port N]
 *   seminar-widgets render FEED.json --element E [--session-id ID] [--lang ja|en] [--now INSTANT] [--session-url T] [--src URL] [--page-url URL]
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseInstant } from '../feed/instant.js';
import { formatIssue } from '../feed/validate.js';
import { RenderError, renderHtml, type RenderableElement } from '../render/render.js';
import { toCsv } from './csv.js';
import { integerFlag, originFlag, parseArgs, UsageError } from './flags.js';
import { readFeedFile } from './feed-file.js';
import { DEFAULT_CONNECTIONS_PER_CLIENT, limitConnections } from './http.js';
import { createReceiver } from './receiver.js';
import { editFeed } from './edit-command.js';
import { MissingSqliteError } from './store.js';
import { isPostgresUrl, openStore, StoreOpenError } from './open-store.js';
import { smtpTransport, startOutbox } from './outbox.js';

const USAGE = `Usage:
  seminar-widgets serve --feed FEED.json --db FILE --port N [--allow-origin ORIGIN]... [--public-origin ORIGIN]...
                        [--host HOST] [--now INSTANT] [--rate-limit N] [--trust-proxy [N]] [--max-connections N]
  seminar-widgets export --db FILE [--session ID]
  seminar-widgets cancel --db FILE --reference REF
  seminar-widgets outbox --db FILE
  seminar-widgets purge --db FILE --after-days N
  seminar-widgets erase --db FILE --email ADDRESS
  seminar-widgets validate FEED.json [--json]
  seminar-widgets edit FEED.json [--port N]
  seminar-widgets render FEED.json --element series|session-list|session|speaker-list [--session-id ID]
      [--lang ja|en] [--now INSTANT] [--session-url TEMPLATE] [--src URL] [--page-url URL]
serve, for confirmation mail: --smtp smtp://HOST:PORT --mail-from ADDRESS [--mail-retry-seconds N] [--mail-lease-seconds N]`;

/** A mistake in what was given (a file that is not there), said in a sentence: exit 1, no usage. */
class InputError extends Error {}

/** The package folder: this file runs as dist/cli.js, or from src/server/ in development. */
const PACKAGE_ROOT = fileURLToPath(new URL(import.meta.url.includes('/src/server/') ? '../../' : '../', import.meta.url));

/**
 * The store of a command that works on applications already there (export, cancel, outbox,
 * purge, erase): a mistyped file name must not become a new, empty database.
 */
function openExisting(db: string) {
  if (!isPostgresUrl(db) && !existsSync(db)) throw new InputError(`There is no database at ${db}: give the file that \`serve --db\` writes to.`);
  return openStore(db);
}

function one(flags: Map<string, string[]>, name: string, required = true): string | undefined {
  const value = flags.get(name)?.at(-1);
  if (required && value === undefined) throw new UsageError(`--${name} is required`);
  return value;
}

const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];

/** The feed file's state, or an InputError when it cannot be read. */
function readFeed(file: string) {
  const read = readFeedFile(file);
  if (!read.read) throw new InputError(read.message);
  return read;
}

function validate(words: string[], flags: Map<string, string[]>): number {
  const file = words[1];
  if (!file) throw new UsageError('validate needs a feed file');
  const { issues } = readFeed(file).state;
  if (flags.has('json')) console.log(JSON.stringify({ ok: issues.length === 0, issues }, null, 2));
  else if (issues.length === 0) console.log(`${file}: the feed is valid`);
  else for (const issue of issues) console.log(formatIssue(issue));
  return issues.length === 0 ? 0 : 1;
}

async function exportCsv(flags: Map<string, string[]>): Promise<number> {
  const store = await openExisting(one(flags, 'db')!);
  process.stdout.write(toCsv(await store.rows(one(flags, 'session', false))));
  await store.close();
  return 0;
}

/** Withdraws one application; the first on the session's waiting list takes the seat. */
async function cancel(flags: Map<string, string[]>): Promise<number> {
  const reference = one(flags, 'reference')!.trim().toUpperCase();
  const store = await openExisting(one(flags, 'db')!);
  try {
    const outcome = await store.cancel(reference, new Date());
    if (outcome.kind === 'not-found') {
      console.error(`No application has the reference ${reference}.`);
      return 1;
    }
    if (outcome.kind === 'already-cancelled') {
      console.log(`${reference} was already cancelled.`);
      return 0;
    }
    console.log(`Cancelled ${reference} (${outcome.was}, ${outcome.sessionId}).`);
    if (outcome.promoted) console.log(`${outcome.promoted} moved from the waiting list to confirmed.`);
    return 0;
  } finally {
    await store.close();
  }
}

/** A positive number of seconds from a flag, in milliseconds. */
function seconds(flags: Map<string, string[]>, name: string, fallback: number): number {
  const value = one(flags, name, false);
  if (value === undefined) return fallback * 1000;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} must be a number of seconds above 0`);
  return n * 1000;
}

const DAY_MS = 24 * 60 * 60_000;

/** Mail not sent yet; exits 1 when any has been failing for 24 hours, for a monitor to notice. */
async function outboxReport(flags: Map<string, string[]>): Promise<number> {
  const store = await openExisting(one(flags, 'db')!);
  try {
    const { sent, pending } = await store.outbox();
    const now = Date.now();
    const stuck = pending.filter((p) => now - Date.parse(p.createdAt) >= DAY_MS);
    console.log(`${sent} sent, ${pending.length} waiting, ${stuck.length} failing for 24 hours or more`);
    for (const p of pending) {
      const age = Math.floor((now - Date.parse(p.createdAt)) / 3600_000);
      const flag = stuck.includes(p) ? 'FAILING ' : '';
      console.log(`${flag}${p.reference} ${p.kind}: queued ${p.createdAt} (${age} h ago), ${p.attempts} attempts, next ${p.nextAttemptAt}${p.lastError ? `, last error: ${p.lastError}` : ''}`);
    }
    return stuck.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

/** Personal data of sessions that ended more than N days ago: removed, counts kept. */
async function purge(flags: Map<string, string[]>): Promise<number> {
  const days = Number(one(flags, 'after-days'));
  if (!Number.isInteger(days) || days < 0) throw new UsageError('--after-days must be a whole number of days, 0 or more');
  const store = await openExisting(one(flags, 'db')!);
  try {
    const now = new Date();
    const outcome = await store.purge(new Date(now.getTime() - days * DAY_MS), now);
    console.log(
      `Removed the personal data of ${outcome.applications} applications` +
        (outcome.sessions.length ? ` (${outcome.sessions.join(', ')})` : '') +
        `; references, sessions and statuses stay.`,
    );
    if (outcome.undated > 0) {
      console.log(`${outcome.undated} applications were stored before session end times were recorded: erase them by email, or delete the database when no longer needed.`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

/** One person, everywhere the receiver keeps them. */
async function erase(flags: Map<string, string[]>): Promise<number> {
  const email = one(flags, 'email')!;
  if (!email.includes('@')) throw new UsageError('--email must be an email address');
  const store = await openExisting(one(flags, 'db')!);
  try {
    const outcome = await store.erase(email, new Date());
    console.log(`Erased ${outcome.applications} applications and ${outcome.mails} mails of ${email}.`);
    for (const reference of outcome.promoted) console.log(`${reference} moved from the waiting list to confirmed.`);
    if (outcome.applications > 0) console.log('CSV files exported earlier still hold them: delete those too.');
    return 0;
  } finally {
    await store.close();
  }
}

async function serve(flags: Map<string, string[]>): Promise<number> {
  const feedFile = one(flags, 'feed')!;
  const port = integerFlag(flags, 'port', 0, 65535);
  const rateLimit = integerFlag(flags, 'rate-limit', 1, 1_000_000, 30);
  // A bare --trust-proxy is one proxy.
  const trustProxy = flags.get('trust-proxy')?.at(-1) === 'true' ? 1 : integerFlag(flags, 'trust-proxy', 0, 10, 0);
  const perClient = integerFlag(flags, 'max-connections', 1, 100_000, DEFAULT_CONNECTIONS_PER_CLIENT);
  const host = one(flags, 'host', false) ?? '127.0.0.1';
  const allowOrigins = originFlag(flags, 'allow-origin');
  const publicOrigins = originFlag(flags, 'public-origin');
  if (publicOrigins.length === 0 && !LOOPBACK.includes(host)) {
    throw new UsageError(`--public-origin is required with --host ${host}: the origin browsers reach this receiver at, like https://apply.example.org`);
  }
  const { text, state } = readFeed(feedFile);
  if (state.state !== 'ready') {
    console.error(`${feedFile} cannot be used:`);
    for (const issue of state.issues) console.error(`  ${formatIssue(issue)}`);
    return Promise.resolve(1);
  }
  for (const issue of state.issues) console.warn(`left out: ${formatIssue(issue)}`);
  const fixed = one(flags, 'now', false);
  const fixedMs = fixed === undefined ? undefined : parseInstant(fixed);
  if (fixedMs !== undefined && Number.isNaN(fixedMs)) throw new UsageError('--now must be an instant like 2025-12-10T10:00:00+09:00');
  const smtp = one(flags, 'smtp', false);
  const mailFrom = one(flags, 'mail-from', false);
  if (smtp !== undefined && !/^smtps?:\/\/[^/]+/.test(smtp)) throw new UsageError('--smtp must be a URL like smtp://127.0.0.1:25');
  if (smtp !== undefined && (mailFrom === undefined || !mailFrom.includes('@'))) throw new UsageError('--smtp needs --mail-from with the address mail is sent from');
  const retryBaseMs = seconds(flags, 'mail-retry-seconds', 30);
  const leaseMs = seconds(flags, 'mail-lease-seconds', 300);
  const started = Date.now();
  const store = await openStore(one(flags, 'db')!);
  const outbox = smtp
    ? startOutbox({ store, feed: state.feed, from: mailFrom!, transport: smtpTransport(smtp), retryBaseMs, leaseMs })
    : undefined;
  const handler = createReceiver({
    feed: state.feed,
    feedText: text,
    store,
    allowOrigins,
    publicOrigins,
    trustProxy,
    distDir: join(PACKAGE_ROOT, 'dist'),
    demoDir: join(PACKAGE_ROOT, 'demo'),
    // A fixed clock runs on from the given instant, for demos and tests.
    now: fixedMs === undefined ? Date.now : () => fixedMs + (Date.now() - started),
    mail: outbox,
    rateLimit: { max: rateLimit, windowMs: 10 * 60_000 },
  });
  const server = createServer((req, res) => void handler(req, res));
  limitConnections(server, perClient);
  return new Promise((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: stop what runs there, or give another --port.` : error.message);
      void (outbox?.stop() ?? Promise.resolve()).then(() => store.close());
      resolve(1);
    });
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      console.log(`seminar-widgets receiver on http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/ (feed ${feedFile}, database ${one(flags, 'db')})`);
    });
    const stop = () => server.close(() => void (outbox?.stop() ?? Promise.resolve()).then(() => store.close()).then(() => resolve(0)));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** Prints an element's pre-rendered HTML (docs/prerender.md). */
function render(words: string[], flags: Map<string, string[]>): number {
  const file = words[1];
  if (!file) throw new UsageError('render needs a feed file');
  const lang = one(flags, 'lang', false);
  if (lang !== undefined && lang !== 'ja' && lang !== 'en') throw new UsageError('--lang must be ja or en');
  // Read as `validate` and the elements read it: a feed they refuse is refused here, with its issues.
  const { text, state } = readFeed(file);
  if (state.state === 'error') {
    console.error(`${file} cannot be used:`);
    for (const issue of state.issues) console.error(`  ${formatIssue(issue)}`);
    return 1;
  }
  try {
    const { html, issues } = renderHtml(JSON.parse(text), {
      element: one(flags, 'element') as RenderableElement,
      sessionId: one(flags, 'session-id', false),
      lang,
      now: one(flags, 'now', false),
      sessionUrl: one(flags, 'session-url', false),
      src: one(flags, 'src', false) ?? file,
      pageUrl: one(flags, 'page-url', false),
    });
    for (const issue of issues) console.warn(`left out: ${issue}`);
    console.log(html);
    return 0;
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    console.error(`${file}: ${error.message}`);
    for (const issue of error.issues) console.error(`  ${formatIssue(issue)}`);
    return 1;
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  const { words, flags } = parseArgs(argv);
  try {
    switch (words[0]) {
      case 'serve':
        return await serve(flags);
      case 'export':
        return await exportCsv(flags);
      case 'cancel':
        return await cancel(flags);
      case 'outbox':
        return await outboxReport(flags);
      case 'purge':
        return await purge(flags);
      case 'erase':
        return await erase(flags);
      case 'validate':
        return validate(words, flags);
      case 'edit':
        if (!words[1]) throw new UsageError('edit needs a feed file');
        return await editFeed(words[1], one(flags, 'port', false), join(PACKAGE_ROOT, 'dist', 'editor'));
      case 'render':
        return render(words, flags);
      default:
        console.log(USAGE);
        return words[0] === undefined || words[0] === 'help' || flags.has('help') ? 0 : 2;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof MissingSqliteError || error instanceof InputError || error instanceof StoreOpenError) {
      console.error(error.message);
      return 1;
    }
    // A file the system or SQLite refuses (a folder, no permission, not a database): its reason, no stack.
    if ((error as NodeJS.ErrnoException).code) {
      console.error(`seminar-widgets: ${(error as Error).message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
