/**
 * Seats and the waiting list: `application.capacity` enforced under concurrency by
 * two receiver processes on one database, `409 full` without a waiting list, and
 * `seminar-widgets cancel` handing a freed seat to the first who waits.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { openStore } from '../../src/server/open-store.js';
import { application, cli, dropDbs, feedWith, laterSession4, newDb, post, start, stop, STORES } from './receiver-process.js';

const seats = (capacity: number, waitlist?: boolean) =>
  feedWith((feed) => {
    Object.assign(feed.sessions[3].application, { capacity, ...(waitlist === undefined ? {} : { waitlist }) });
    laterSession4(feed);
  });

after(dropDbs);

for (const { kind, skip } of STORES) describe(`seats (${kind})`, { skip }, () => {
  test('without a waiting list: confirmed up to the capacity, then 409 full; replays keep their answer', async () => {
    const db = await newDb(kind);
    const r = await start({ feed: seats(2), db });
    try {
      const key = randomUUID();
      const first = await post(r.url, application('a@example.org'), key);
      assert.equal(first.status, 201);
      assert.equal(first.body.status, 'confirmed');
      assert.equal((await post(r.url, application('b@example.org'))).body.status, 'confirmed');
      const third = await post(r.url, application('c@example.org'));
      assert.equal(third.status, 409);
      assert.deepEqual(third.body, { code: 'full' });
      assert.deepEqual(await post(r.url, application('a@example.org'), key), first);
    } finally {
      await stop(r);
    }
  });

  test('500 applications at once for 100 seats on two processes: exactly 100 confirmed, 400 waitlisted', async () => {
    const db = await newDb(kind);
    const feed = seats(100, true);
    const extra = ['--rate-limit', '100000'];
    // Both open the new database at once; whichever started is stopped whatever happens.
    const started = await Promise.allSettled([start({ feed, db, extra }), start({ feed, db, extra })]);
    const running = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    try {
      for (const s of started) if (s.status === 'rejected') throw s.reason;
      const [r1, r2] = running;
      const answers = await Promise.all(
        Array.from({ length: 500 }, (_, i) => post((i % 2 ? r2 : r1).url, application(`seat${i}@example.org`))),
      );
      assert.deepEqual([...new Set(answers.map((a) => a.status))], [201]);
      const confirmed = answers.filter((a) => a.body.status === 'confirmed').length;
      const waitlisted = answers.filter((a) => a.body.status === 'waitlisted').length;
      console.log(`oversell (${kind}): 500 concurrent for 100 seats on two processes → ${confirmed} confirmed, ${waitlisted} waitlisted`);
      assert.equal(confirmed, 100);
      assert.equal(waitlisted, 400);
      assert.equal(new Set(answers.map((a) => a.body.reference)).size, 500);
      const availability = (await (await fetch(`${running[0].url}/api/availability`)).json()) as { sessions: Record<string, unknown> };
      assert.deepEqual(availability.sessions['session-4'], { capacity: 100, confirmed: 100, remaining: 0, waitlisted: 400 });
    } finally {
      await Promise.all(running.map((r) => stop(r)));
    }
    const store = await openStore(db);
    assert.deepEqual(await store.counts(), new Map([['session-4', { confirmed: 100, waitlisted: 400 }]]));
    await store.close();
  });

  test('cancel frees the seat for the first on the waiting list', async () => {
    const db = await newDb(kind);
    const r = await start({ feed: seats(1, true), db });
    const refs: string[] = [];
    try {
      for (const who of ['one', 'two', 'three']) refs.push((await post(r.url, application(`${who}@example.org`))).body.reference!);
    } finally {
      await stop(r);
    }
    const cancelled = await cli(['cancel', '--db', db, '--reference', refs[0].toLowerCase()]);
    assert.equal(cancelled.code, 0, cancelled.err);
    assert.match(cancelled.out, new RegExp(`${refs[1]} moved from the waiting list to confirmed`));
    const store = await openStore(db);
    const rows = await store.rows();
    await store.close();
    assert.deepEqual(
      refs.map((ref) => rows.find((row) => row.reference === ref)?.status),
      ['cancelled', 'confirmed', 'waitlisted'],
    );
    // Cancelling one who waits frees no seat.
    assert.doesNotMatch((await cli(['cancel', '--db', db, '--reference', refs[2]])).out, /moved/);
    assert.match((await cli(['cancel', '--db', db, '--reference', refs[2]])).out, /already cancelled/);
    const unknown = await cli(['cancel', '--db', db, '--reference', 'S4-NOSUCH']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.err, /No application has the reference S4-NOSUCH/);
  });
});
