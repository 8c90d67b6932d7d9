/**
 * PostgreSQL (`--db postgres://…`) with several receiver processes on one database:
 * every Idempotency-Key answered once, every mail sent once, nothing acknowledged lost
 * to SIGKILL; purge and erase through the same interface as SQLite. Skipped without
 * TEST_PG_URL (`.ci/run` starts a server and sets it).
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { checkApplication } from '../../src/feed/application.js';
import type { Feed } from '../../src/feed/schema.js';
import { openStore } from '../../src/server/open-store.js';
import { application, cli, dropDbs, FEED, newDb, OPEN_NOW, PG_URL, post, start, stop, type Receiver } from './receiver-process.js';
import { mailServer } from './smtp.js';
import { readFileSync } from 'node:fs';

const SMTP_PORT = 8144;
after(dropDbs);

async function until(what: string, ok: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('PostgreSQL', { skip: PG_URL ? false : 'no PostgreSQL: set TEST_PG_URL (see .ci/run)' }, () => {
  test('two processes: each Idempotency-Key once, each mail once, a SIGKILL loses nothing acknowledged', async () => {
    const db = await newDb('postgres');
    let holding = false;
    const smtp = await mailServer(SMTP_PORT, () => holding);
    const extra = ['--rate-limit', '100000', '--smtp', `smtp://127.0.0.1:${SMTP_PORT}`, '--mail-from', 'office@office.example', '--mail-lease-seconds', '1'];
    let r1: Receiver | undefined;
    let r2: Receiver | undefined;
    try {
      [r1, r2] = await Promise.all([start({ db, extra }), start({ db, extra })]);
      // The mail server takes each mail and does not answer yet, until the SIGKILL below.
      holding = true;
      // The same submission sent to both processes at once, forty times.
      const keys = Array.from({ length: 40 }, () => randomUUID());
      const pairs = await Promise.all(
        keys.map((key, i) => Promise.all([post(r1!.url, application(`pg${i}@example.org`), key), post(r2!.url, application(`pg${i}@example.org`), key)])),
      );
      for (const [a, b] of pairs) {
        assert.equal(a.status, 201);
        assert.deepEqual(a, b);
      }
      assert.equal(new Set(pairs.map(([a]) => a.body.reference)).size, 40);

      // Twenty more to the first process, killed while they are in flight and while it sends mail; then all sent again to the second.
      await until('mail in flight', () => smtp.held() >= 2, 5000);
      const more = Array.from({ length: 20 }, () => randomUUID());
      const acknowledged = new Map<string, string>();
      const inFlight = more.map((key, i) =>
        post(r1!.url, application(`late${i}@example.org`), key).then(
          (a) => void (a.status === 201 && acknowledged.set(key, a.body.reference!)),
          () => {},
        ),
      );
      await until('some acknowledged', () => acknowledged.size >= 3, 5000);
      const connections = smtp.connections();
      await stop(r1, 'SIGKILL');
      await until('the mail server saw the killed process go', () => smtp.connections() < connections, 5000);
      holding = false;
      await Promise.all(inFlight);
      for (const [i, key] of more.entries()) {
        const again = await post(r2.url, application(`late${i}@example.org`), key);
        assert.equal(again.status, 201);
        if (acknowledged.has(key)) assert.equal(again.body.reference, acknowledged.get(key));
      }
      await until('60 mails', () => smtp.received.length >= 60);
      await new Promise((resolve) => setTimeout(resolve, 1500)); // past the lease of anything the killed process held
      const ids = smtp.received.map((m) => /(S4-[A-Z2-9]{6})/.exec(m.subject)![1]);
      console.log(
        `postgres, two processes: 60 applications (${acknowledged.size} of the last 20 acknowledged before a SIGKILL), ${smtp.received.length} mails, ${new Set(ids).size} distinct`,
      );
      assert.equal(smtp.received.length, 60);
      assert.equal(new Set(ids).size, 60);
    } finally {
      await Promise.all([r1, r2].map((r) => r && stop(r)));
      await smtp.close();
    }
    const store = await openStore(db);
    try {
      assert.equal(await store.count(), 60);
      assert.deepEqual(await store.outbox(), { sent: 60, pending: [] });
    } finally {
      await store.close();
    }
  });

  test('purge and erase, and the CLI, through the same interface', async () => {
    const db = await newDb('postgres');
    const feed = JSON.parse(readFileSync(FEED, 'utf8')) as Feed;
    const store = await openStore(db);
    try {
      const add = async (email: string, sessionEndsAt: string, capacity?: number, sessionId = 'session-4', key = randomUUID(), waitlist = true) => {
        const checked = checkApplication(application(email), feed, Date.parse(OPEN_NOW));
        assert.ok(checked.ok);
        return store.insert({
          key,
          body: { ...checked.body, sessionId },
          sessionNumber: 4,
          sessionEndsAt,
          receivedAt: new Date(),
          seats: { capacity, waitlist },
          consent: { noticeSha256: 'ab', noticeLanguage: 'en' },
          mail: true,
        });
      };
      await add('old@example.org', '2020-01-01T10:00:00Z', undefined, 'session-2');
      await add('keep@example.org', '2099-01-01T10:00:00Z', 1);
      const waiting = await add('wait@example.org', '2099-01-01T10:00:00Z', 1);
      assert.equal(waiting.kind === 'created' && waiting.status, 'waitlisted');
      // The rules of one key and one person, as on SQLite.
      const key = randomUUID();
      const first = await add('rules@example.org', '2099-01-01T10:00:00Z', undefined, 'session-5', key);
      assert.deepEqual(await add('rules@example.org', '2099-01-01T10:00:00Z', undefined, 'session-5', key), {
        kind: 'replay',
        answer: { status: 201, body: { reference: first.kind === 'created' ? first.reference : '', status: 'confirmed' } },
      });
      assert.deepEqual(await add('other@example.org', '2099-01-01T10:00:00Z', undefined, 'session-5', key), { kind: 'key-reused' });
      assert.deepEqual(await add('RULES@example.org', '2099-01-01T10:00:00Z', undefined, 'session-5'), { kind: 'duplicate' });
      assert.deepEqual(await add('full@example.org', '2099-01-01T10:00:00Z', 1, 'session-5', randomUUID(), false), { kind: 'full' });
      assert.equal((await store.erase('rules@example.org', new Date())).applications, 1);
      const purged = await store.purge(new Date(Date.now() - 30 * 86400_000), new Date());
      assert.deepEqual(purged, { sessions: ['session-2'], applications: 1, undated: 0 });
      const erased = await store.erase('KEEP@example.org', new Date());
      assert.equal(erased.applications, 1);
      assert.equal(erased.mails, 1);
      assert.deepEqual(erased.promoted, [waiting.kind === 'created' ? waiting.reference : '']);
      const rows = await store.rows();
      assert.deepEqual(
        rows.map((r) => [r.email ?? '', r.status]),
        [
          ['', 'confirmed'],
          ['wait@example.org', 'confirmed'],
        ],
      );
    } finally {
      await store.close();
    }
    const csv = await cli(['export', '--db', db]);
    assert.equal(csv.code, 0, csv.err);
    assert.match(csv.out, /wait@example\.org/);
    const refused = await cli(['export', '--db', 'postgres://nobody@127.0.0.1:1/none']);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /^Cannot use PostgreSQL at 127\.0\.0\.1:1\/none: /);
  });
});
