/**
 * Sends the mail the store queued (the outbox), from every receiver process that has
 * `--smtp`: takes due entries for a lease, sends each through nodemailer, marks it sent,
 * or due again after a backoff (30 s, doubling, at most an hour). A mail server that is
 * down delays mail; a process killed while sending leaves its entries to be taken again
 * when the lease ends. Nothing is lost, and an entry is sent by one process at a time.
 * (SMTP cannot make a delivery and our "sent" mark one atomic step: a process killed in
 * the instant between the server's acceptance and the mark sends that one mail again,
 * with the same Message-ID, which lets mail systems drop the repeat.)
 */
import nodemailer from 'nodemailer';
import type { Feed } from '../feed/schema.js';
import { composeMail, type Mail } from './mail.js';
import type { Store } from './store-types.js';

export interface MailTransport {
  sendMail(mail: Mail): Promise<unknown>;
  close?(): void;
}

export interface OutboxOptions {
  store: Store;
  feed: Feed;
  from: string;
  transport: MailTransport;
  /** The first retry's delay; each later one doubles it, up to an hour. */
  retryBaseMs?: number;
  /** How long a taken entry is held by the process sending it. */
  leaseMs?: number;
  /** How often to look for due mail when nothing nudges. */
  pollMs?: number;
  log?: (message: string) => void;
}

export const MAX_RETRY_MS = 60 * 60_000;
/**
 * One entry is taken at a time, so that its lease only has to outlast one send (at most
 * about 80 s with the time-outs below), never a queue of sends behind it.
 */
const BATCH = 1;

/** An SMTP transport for `smtp://[user:pass@]host:port` (or `smtps://`), pooled, with time-outs. */
export function smtpTransport(url: string): MailTransport {
  const u = new URL(url);
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') throw new Error('--smtp must be an smtp:// or smtps:// URL');
  return nodemailer.createTransport({
    host: u.hostname,
    port: Number(u.port) || (u.protocol === 'smtps:' ? 465 : 25),
    secure: u.protocol === 'smtps:',
    auth: u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : undefined,
    pool: true,
    maxConnections: 1,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
  });
}

export function startOutbox(options: OutboxOptions): { nudge(): void; stop(): Promise<void> } {
  const { store, feed, from, transport } = options;
  const retryBaseMs = options.retryBaseMs ?? 30_000;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const pollMs = options.pollMs ?? 1000;
  const log = options.log ?? ((message: string) => console.error(message));
  let running = true;
  let wake: (() => void) | undefined;

  async function send(job: Awaited<ReturnType<Store['claimMail']>>[number]): Promise<void> {
    if (job.cancelled) return store.mailSent(job.id, new Date()); // withdrawn meanwhile: nothing to say
    const retryAt = new Date(Date.now() + Math.min(MAX_RETRY_MS, retryBaseMs * 2 ** Math.max(0, job.attempts - 1)));
    const mail = composeMail(feed, job, from, Date.now());
    if (!mail) return store.mailFailed(job.id, `session ${job.body.sessionId} is not in the feed`, retryAt);
    try {
      await transport.sendMail(mail);
    } catch (error) {
      log(`mail ${job.reference} (${job.kind}) not sent, attempt ${job.attempts}: ${(error as Error).message}`);
      return store.mailFailed(job.id, (error as Error).message, retryAt);
    }
    await store.mailSent(job.id, new Date());
  }

  const loop = (async () => {
    while (running) {
      let taken = 0;
      try {
        const jobs = await store.claimMail(new Date(), leaseMs, BATCH);
        taken = jobs.length;
        // A process killed at any instant leaves at most one mail accepted and not yet marked.
        for (const job of jobs) await send(job);
      } catch (error) {
        log(`outbox: ${(error as Error).message}`);
      }
      if (taken === BATCH || !running) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  })();

  return {
    /** Look now: an application was just stored. */
    nudge: () => wake?.(),
    async stop() {
      running = false;
      wake?.();
      // Closing the connections ends a send in progress (it is tried again later), so that
      // stopping never waits for a slow mail server.
      transport.close?.();
      await loop;
    },
  };
}
