/**
 * Personal data: the consent record names the privacy notice the applicant saw;
 * `purge` removes applicants' data of sessions long over and keeps the counts; `erase`
 * removes one person everywhere, outbox included. Both leave no copy in the database
 * files (free pages are overwritten, the write-ahead log emptied).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../src/server/open-store.js';
import { toCsv } from '../../src/server/csv.js';
import { application, cli, FEED, feedWith, laterSession4, post, start, stop, tempDir } from './receiver-process.js';

const DAY_MS = 86400_000;
const feed = JSON.parse(readFileSync(FEED, 'utf8'));

/** Whether `text` is anywhere in the database's files, as UTF-8 bytes. */
function inFiles(db: string, text: string): boolean {
  return [db, `${db}-wal`].some((file) => existsSync(file) && readFileSync(file).includes(Buffer.from(text)));
}

/** The office's CSV (as `export` writes it; the store is read in this process, cheaper than a CLI run). */
async function exported(db: string): Promise<Array<Record<string, string>>> {
  const store = await openStore(db);
  try {
    return csvRows(toCsv(await store.rows()));
  } finally {
    await store.close();
  }
}

async function outboxOf(db: string) {
  const store = await openStore(db);
  try {
    return await store.outbox();
  } finally {
    await store.close();
  }
}

/** The cells of one CSV line: quoted cells (with "" for a quote) or plain ones. */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let at = 0;
  for (;;) {
    const quoted = /^"((?:[^"]|"")*)"/.exec(line.slice(at));
    const raw = quoted ? quoted[0] : line.slice(at).split(',')[0];
    cells.push(quoted ? quoted[1].replaceAll('""', '"') : raw);
    at += raw.length;
    if (line[at] !== ',') return cells;
    at += 1;
  }
}

function csvRows(csv: string): Array<Record<string, string>> {
  const [head, ...lines] = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  const names = csvCells(head);
  return lines.map((line) => Object.fromEntries(csvCells(line).map((cell, i) => [names[i], cell])));
}

describe('personal data', () => {
  test('the consent stored names the privacy notice shown, by the hash of its text in the page language', async () => {
    const db = join(tempDir(), 'a.db');
    const withPolicy = feedWith((f) => (f.series.privacyPolicyUrl = 'https://office.example/privacy'));
    const r = await start({ feed: withPolicy, db });
    try {
      await post(r.url, application('ja@example.org', { locale: 'ja' }));
      await post(r.url, application('en@example.org'));
    } finally {
      await stop(r);
    }
    const rows = await exported(db);
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    assert.equal(rows[0]['Privacy notice'], `policy https://office.example/privacy; notice sha256:${sha(feed.series.privacyNotice.ja)} (ja)`);
    assert.equal(rows[1]['Privacy notice'], `policy https://office.example/privacy; notice sha256:${sha(feed.series.privacyNotice.en)} (en)`);
  });

  test('purge removes the applicants of sessions over for more than N days, keeps references and counts, and their mail', async () => {
    const db = join(tempDir(), 'a.db');
    const seats = feedWith((f) => {
      Object.assign(f.sessions[2].application, { opensAt: '2025-12-01', closesAt: '2025-12-20', capacity: 10 });
      f.sessions[3].application.capacity = 10;
    });
    // Mail on, with no mail server: the outbox keeps every mail unsent.
    const r = await start({ feed: seats, db, extra: ['--smtp', 'smtp://127.0.0.1:8142', '--mail-from', 'office@office.example', '--mail-retry-seconds', '60'] });
    try {
      await post(r.url, application('three@example.org', { sessionId: 'session-3', applicant: { name: 'Purged Person', organization: 'Gone Org', email: 'three@example.org' } }));
      await post(r.url, application('four@example.org', { applicant: { name: 'Kept Person', organization: 'Kept Org', email: 'four@example.org' } }));
    } finally {
      await stop(r);
    }
    // Session 3 ended on 2025-12-25, session 4 on 2026-01-20: a cutoff between them.
    const days = (iso: string) => Math.floor((Date.now() - Date.parse(iso)) / DAY_MS);
    const afterDays = days('2026-01-20T16:00:00+09:00') + 3;
    assert.ok(afterDays < days('2025-12-25T17:00:00+09:00'));
    const purged = await cli(['purge', '--db', db, '--after-days', String(afterDays)]);
    assert.equal(purged.code, 0, purged.err);
    assert.match(purged.out, /Removed the personal data of 1 applications \(session-3\)/);

    const rows = await exported(db);
    assert.equal(rows.length, 2);
    assert.equal(rows[0].Session, 'session-3');
    assert.match(rows[0].Reference, /^S3-/);
    assert.equal(rows[0].Status, 'confirmed');
    assert.deepEqual([rows[0].Name, rows[0].Email, rows[0].Organization], ['', '', '']);
    assert.deepEqual([rows[1].Name, rows[1].Email], ['Kept Person', 'four@example.org']);
    for (const gone of ['three@example.org', 'Purged Person', 'Gone Org']) assert.equal(inFiles(db, gone), false, `${gone} is still in the files`);
    assert.equal(inFiles(db, 'Kept Person'), true);
    const outbox = await outboxOf(db);
    assert.equal(outbox.sent, 0);
    assert.deepEqual(outbox.pending.map((p) => p.reference.slice(0, 3)), ['S4-']);
    // Purging again finds nothing new.
    assert.match((await cli(['purge', '--db', db, '--after-days', String(afterDays)])).out, /of 0 applications;/);
  });

  test('erase removes one person from every session, their stored answers and their mail; a freed seat goes to who waits', async () => {
    const db = join(tempDir(), 'a.db');
    const seats = feedWith((f) => {
      Object.assign(f.sessions[2].application, { opensAt: '2025-12-01', closesAt: '2025-12-20' });
      Object.assign(f.sessions[3].application, { capacity: 1, waitlist: true });
      laterSession4(f);
    });
    const r = await start({ feed: seats, db, extra: ['--smtp', 'smtp://127.0.0.1:8142', '--mail-from', 'office@office.example', '--mail-retry-seconds', '60'] });
    let waiting = '';
    try {
      const person = { name: 'Erased Person', organization: 'Erased Org', email: 'Erase.Me@example.org' };
      await post(r.url, application('x', { sessionId: 'session-3', applicant: person }));
      await post(r.url, application('x', { applicant: person }));
      waiting = (await post(r.url, application('waits@example.org'))).body.reference!;
      // A second try of the same person: refused, and its answer stored.
      assert.equal((await post(r.url, application('x', { applicant: { ...person, email: 'erase.me@example.org' } }))).status, 409);
    } finally {
      await stop(r);
    }
    const erased = await cli(['erase', '--db', db, '--email', 'ERASE.me@example.org']);
    assert.equal(erased.code, 0, erased.err);
    assert.match(erased.out, /Erased 2 applications and 2 mails of ERASE\.me@example\.org\./);
    assert.match(erased.out, new RegExp(`${waiting} moved from the waiting list to confirmed`));
    for (const gone of ['rase.me@example.org', 'Erased Person', 'Erased Org']) assert.equal(inFiles(db, gone), false, `${gone} is still in the files`);
    const rows = await exported(db);
    assert.deepEqual(
      rows.map((row) => [row.Reference, row.Status]),
      [[waiting, 'confirmed']],
    );
    const outbox = await outboxOf(db);
    // The waiting one's two mails: waitlisted, then promoted.
    assert.deepEqual(
      outbox.pending.map((p) => [p.reference, p.kind]),
      [
        [waiting, 'waitlisted'],
        [waiting, 'promoted'],
      ],
    );
  });
});
