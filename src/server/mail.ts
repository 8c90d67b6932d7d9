/**
 * The confirmation mail of one application, in the applicant's language: reference,
 * session, date and time with the zone, how to take part (the stream link only when
 * the session's `application.sendStreamLink` says so), the office contact, and the
 * session as an `.ics` attachment (`src/feed/ics.ts`, as the calendar button makes it).
 */
import type { ApplicationBody } from '../feed/application.js';
import { formatSessionWhen } from '../feed/dates.js';
import { buildIcs } from '../feed/ics.js';
import { seriesTimeZone } from '../feed/instant.js';
import { uiLanguage } from '../feed/messages/catalogue.js';
import { messages as detailsEn } from '../feed/messages/en/details.js';
import { messages as listEn } from '../feed/messages/en/list.js';
import { messages as detailsJa } from '../feed/messages/ja/details.js';
import { messages as listJa } from '../feed/messages/ja/list.js';
import type { Feed } from '../feed/schema.js';
import { resolveText, type Text } from '../feed/text.js';
import { MAIL_MESSAGES, type MailKind } from './mail-messages.js';

export interface Mail {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** The same for every attempt of one mail, so that a receiving server can drop a repeat. */
  messageId: string;
  attachments: Array<{ filename: string; content: string; contentType: string }>;
}

export interface MailJob {
  /** The outbox entry. */
  id: number;
  kind: MailKind;
  reference: string;
  body: ApplicationBody;
  /** Tries so far, this one included. */
  attempts: number;
  /** Withdrawn since the mail was queued: it is not sent. */
  cancelled?: boolean;
}

/** The mail for `job`, or `undefined` when its session is no longer in the feed. */
export function composeMail(feed: Feed, job: MailJob, from: string, now: number): Mail | undefined {
  const session = feed.sessions.find((s) => s.id === job.body.sessionId);
  if (!session) return undefined;
  const lang = uiLanguage(job.body.locale);
  const m = MAIL_MESSAGES[lang];
  const list = lang === 'ja' ? listJa : listEn;
  const details = lang === 'ja' ? detailsJa : detailsEn;
  const t = (text: Text | undefined) => resolveText(text, lang, feed.series.defaultLanguage ?? 'en');
  const timeZone = seriesTimeZone(feed.series);
  const title = t(session.title);
  const label = list.sessionHeading(list.sessionNumber(session.number), session.label ? t(session.label) : list.level[session.level]);
  const line = (name: string, value: string) => `${name}${m.colon}${value}`;

  let date = m.dateToBeAnnounced;
  if (session.startsAt && session.endsAt) {
    const when = formatSessionWhen(session.startsAt, session.endsAt, lang, timeZone);
    date = `${when.date} ${when.time} (${when.zone})`;
  }
  const ways = session.format.attendance.map((a) => details.attendance[a]).join(lang === 'ja' ? '・' : ', ');
  const stream = session.application?.sendStreamLink && session.stream ? session.stream.url : undefined;
  const online = session.format.attendance.includes('online');

  const contact = feed.series.contact;
  const contactLines = contact
    ? [
        `${m.contact}${m.colon}${t(contact.name)}`,
        ...(contact.email ? [line(details.email, contact.email)] : []),
        ...(contact.phone ? [line(details.phone, contact.phone)] : []),
        ...(contact.url ? [line(details.website, contact.url)] : []),
      ]
    : [m.noContact];

  const text = [
    m.greeting(job.body.applicant.name),
    '',
    m.thanks(t(feed.series.title)),
    m.outcome[job.kind],
    '',
    line(m.reference, job.reference),
    line(m.session, lang === 'ja' ? `${label}「${title}」` : `${label}: ${title}`),
    line(m.date, date),
    line(m.howToJoin, ways),
    ...(stream ? [line(m.streamLink, stream)] : online ? [m.streamLater] : []),
    ...(session.format.note ? [t(session.format.note)] : []),
    '',
    ...(session.startsAt && session.endsAt ? [m.calendar, ''] : []),
    ...contactLines,
    '',
    t(feed.series.organizer.name),
  ].join('\n');

  const attachments: Mail['attachments'] = [];
  if (session.startsAt && session.endsAt) {
    const ics = buildIcs(
      {
        uid: `${session.id}@${feed.series.id}.seminar-widgets`,
        title,
        description: [label, t(feed.series.title), line(m.reference, job.reference)].join('\n'),
        url: stream,
        location: online && !session.format.attendance.includes('in-person') ? details.attendance.online : undefined,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
      },
      now,
    );
    attachments.push({ filename: `${session.id}.ics`, content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' });
  }
  const domain = from.replace(/^.*@/, '').replace(/[>\s].*$/, '') || 'seminar-widgets.invalid';
  return {
    from,
    to: job.body.applicant.email,
    subject: m.subject[job.kind](title, job.reference),
    text,
    messageId: `<${job.reference}.${job.kind}.${job.id}@${domain}>`,
    attachments,
  };
}
