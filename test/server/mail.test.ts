/**
 * Confirmation mail: what it says in each language, and that it reaches a real SMTP
 * server on loopback exactly once per application through the outbox, also when the
 * mail server is down and when the receiver is killed with mail unsent or in flight.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { composeMail } from '../../src/server/mail.js';
import { checkApplication } from '../../src/feed/application.js';
import type { Feed } from '../../src/feed/schema.js';
import { application, cli, feedWith, laterSession4, post, start, stop, tempDir, type Receiver } from './receiver-process.js';
import { mailServer } from './smtp.js';

const FROM = 'seminars@office.example';
const SMTP_PORT = 8141;
const feed = JSON.parse(readFileSync('feeds/tokyo-2025.json', 'utf8')) as Feed;

function job(kind: 'confirmed' | 'waitlisted' | 'promoted', locale: string, f: Feed = feed) {
  const checked = checkApplication(application('mail@example.org', { locale, applicant: { name: '山田 花子', organization: 'Org', email: 'mail@example.org' } }), f, Date.parse('2025-12-10T10:00:00+09:00'));
  assert.ok(checked.ok);
  return { id: 7, kind, attempts: 1, reference: 'S4-ABC234', body: checked.body };
}

async function until(what: string, ok: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const mailFlags = (extra: string[] = []) => ['--smtp', `smtp://127.0.0.1:${SMTP_PORT}`, '--mail-from', FROM, '--rate-limit', '1000', ...extra];

describe('the confirmation mail', () => {
  test('in English: reference, session, date and time with the zone, how to take part, the contact, the .ics', () => {
    const mail = composeMail(feed, job('confirmed', 'en-GB'), FROM, Date.parse('2025-12-10T01:00:00Z'))!;
    assert.equal(mail.to, 'mail@example.org');
    assert.equal(mail.subject, 'Your place is confirmed: Handling Customer Harassment in Phone Response (S4-ABC234)');
    assert.match(mail.text, /^Dear 山田 花子,\n/);
    assert.match(mail.text, /Reference: S4-ABC234/);
    assert.match(mail.text, /Session: Session 4 · Practical ②: Handling Customer Harassment in Phone Response/);
    assert.match(mail.text, /Date: Tue, January 20, 2026 2:00–4:00 PM \(Japan Standard Time\)/);
    assert.match(mail.text, /How to take part: Online\nThe office will tell you how to join before the session\./);
    assert.match(mail.text, /please contact: Administrative Office\nEmail: info@customer-harassment-taisaku\.metro\.tokyo\.lg\.jp/);
    assert.equal(mail.messageId, '<S4-ABC234.confirmed.7@office.example>');
    const [ics] = mail.attachments;
    assert.equal(ics.filename, 'session-4.ics');
    assert.match(ics.content, /DTSTART:20260120T050000Z\r\nDTEND:20260120T070000Z/);
    assert.match(ics.content, /SUMMARY:Handling Customer Harassment in Phone Response/);
    assert.doesNotMatch(mail.text, /https:\/\/stream/);
  });

  test('in Japanese, for the waiting list and for a place that came free; the stream link only when the office sends it', () => {
    const waiting = composeMail(feed, job('waitlisted', 'ja'), FROM, 0)!;
    assert.equal(waiting.subject, '【キャンセル待ち受付】電話対応におけるカスタマーハラスメントへの対応（受付番号 S4-ABC234）');
    assert.match(waiting.text, /^山田 花子 様\n/);
    assert.match(waiting.text, /キャンセル待ちとして受け付けました/);
    assert.match(waiting.text, /日時：2026年1月20日\(火\) 14:00〜16:00 \(日本標準時\)/);
    assert.match(waiting.text, /変更・キャンセルのご連絡先：事務局/);
    assert.doesNotMatch(waiting.text, /[A-Za-z]{4,} [a-z]{3,}/, 'no English sentence in a Japanese mail');
    const promoted = composeMail(feed, job('promoted', 'ja'), FROM, 0)!;
    assert.match(promoted.subject, /^【参加確定のお知らせ】/);

    const withStream = structuredClone(feed);
    withStream.sessions[3].stream = { url: 'https://stream.example/live/4' };
    const hidden = composeMail(withStream, job('confirmed', 'ja', withStream), FROM, 0)!;
    assert.doesNotMatch(hidden.text, /stream\.example/);
    withStream.sessions[3].application!.sendStreamLink = true;
    const shown = composeMail(withStream, job('confirmed', 'ja', withStream), FROM, 0)!;
    assert.match(shown.text, /参加用URL：https:\/\/stream\.example\/live\/4/);
    assert.match(shown.attachments[0].content, /URL:https:\/\/stream\.example\/live\/4/);
  });
});

describe('mail through the outbox', () => {
  test('each application gets its mail in its language over SMTP; cancel mails the one who gets the seat', async () => {
    const smtp = await mailServer(SMTP_PORT);
    const db = join(tempDir(), 'a.db');
    const seats = feedWith((f) => {
      Object.assign(f.sessions[3].application, { capacity: 1, waitlist: true });
      laterSession4(f);
    });
    const r = await start({ feed: seats, db, extra: mailFlags() });
    try {
      const one = await post(r.url, application('one@example.org'));
      const two = await post(r.url, application('two@example.org', { locale: 'ja' }));
      assert.equal(two.body.status, 'waitlisted');
      await until('two mails', () => smtp.received.length === 2);
      const byTo = Object.fromEntries(smtp.received.map((m) => [m.to, m]));
      assert.match(byTo['one@example.org'].subject, /^Your place is confirmed: .*\(S4-/);
      assert.match(byTo['one@example.org'].text, new RegExp(`Reference: ${one.body.reference}`));
      assert.equal(byTo['one@example.org'].attachments[0].filename, 'session-4.ics');
      assert.match(byTo['one@example.org'].attachments[0].contentType, /^text\/calendar/);
      assert.match(byTo['two@example.org'].subject, /^【キャンセル待ち受付】/);
      assert.match(byTo['two@example.org'].text, new RegExp(`受付番号：${two.body.reference}`));

      const cancelled = await cli(['cancel', '--db', db, '--reference', one.body.reference!]);
      assert.equal(cancelled.code, 0, cancelled.err);
      await until('the mail of the one who got the seat', () => smtp.received.length === 3);
      assert.equal(smtp.received[2].to, 'two@example.org');
      assert.match(smtp.received[2].subject, /^【参加確定のお知らせ】/);
    } finally {
      await stop(r);
      await smtp.close();
    }
  });

  test('fault run: mail server down, receiver killed with mail unsent and with mail in flight: every mail arrives once', async () => {
    const db = join(tempDir(), 'a.db');
    const extra = mailFlags(['--mail-retry-seconds', '0.2', '--mail-lease-seconds', '1']);
    const references = new Set<string>();
    const apply = async (r: Receiver, n: number, from: number) => {
      const answers = await Promise.all(Array.from({ length: n }, (_, i) => post(r.url, application(`fault${from + i}@example.org`), randomUUID())));
      for (const a of answers) {
        assert.equal(a.status, 201);
        references.add(a.body.reference!);
      }
    };
    // 1. No mail server: applications are stored and answered; their mail waits.
    let r = await start({ db, extra });
    await apply(r, 20, 0);
    await new Promise((resolve) => setTimeout(resolve, 300)); // a few failed attempts
    await stop(r, 'SIGKILL');
    const waiting = await cli(['outbox', '--db', db]);
    assert.match(waiting.out, /^0 sent, 20 waiting, 0 failing for 24 hours or more/);
    assert.match(waiting.out, /last error: .*ECONNREFUSED/);

    // 2. A mail server that takes mail but does not answer yet: the receiver is killed while sending.
    let holding = true;
    const smtp = await mailServer(SMTP_PORT, () => holding);
    let inFlight = 0;
    try {
      r = await start({ db, extra });
      await apply(r, 10, 20);
      await until('mail in flight', () => smtp.held() >= 1, 5000);
      inFlight = smtp.held();
      await stop(r, 'SIGKILL');
      await until('the mail server saw the connections drop', () => smtp.connections() === 0, 5000);
      holding = false;
      assert.equal(smtp.received.length, 0, 'nothing was accepted before the kill');

      // 3. Restarted: everything is sent, once.
      r = await start({ db, extra });
      await until('all 30 mails', () => smtp.received.length >= 30, 20_000);
      await new Promise((resolve) => setTimeout(resolve, 1500)); // past a lease: a duplicate would show now
    } finally {
      holding = false;
      await stop(r);
      await smtp.close();
    }
    const sentTo = smtp.received.map((m) => /(S4-[A-Z2-9]{6})/.exec(m.subject)![1]);
    console.log(
      `fault run: ${references.size} applications acknowledged, SMTP down for 20, ${inFlight} in flight at SIGKILL; ${smtp.received.length} mails received, ${new Set(sentTo).size} distinct`,
    );
    assert.equal(smtp.received.length, 30);
    assert.deepEqual(new Set(sentTo), references);
    const report = await cli(['outbox', '--db', db]);
    assert.match(report.out, /^30 sent, 0 waiting/);
    assert.equal(report.code, 0);
  });

  test('outbox reports mail failing for 24 hours, and exits 1 for a monitor', async () => {
    const db = join(tempDir(), 'a.db');
    const r = await start({ db, extra: mailFlags(['--mail-retry-seconds', '0.1']) }); // no mail server
    try {
      await post(r.url, application('late@example.org'));
      await post(r.url, application('recent@example.org'));
    } finally {
      await stop(r);
    }
    const sqlite = new (createRequire(import.meta.url)('better-sqlite3'))(db);
    sqlite.prepare("UPDATE outbox SET created_at = ? WHERE id = 1").run(new Date(Date.now() - 25 * 3600_000).toISOString());
    sqlite.close();
    const report = await cli(['outbox', '--db', db]);
    assert.equal(report.code, 1);
    assert.match(report.out, /^0 sent, 2 waiting, 1 failing for 24 hours or more\n/);
    assert.match(report.out, /\nFAILING S4-[A-Z2-9]{6} confirmed: queued .* \(25 h ago\), \d+ attempts/);
    assert.match(report.out, /\nS4-[A-Z2-9]{6} confirmed: queued .* \(0 h ago\)/);
  });
});

