/**
 * schema.org JSON-LD for search engines: one EducationEvent per dated session.
 * `serializeJsonLd` escapes what could end a `<script>` element, so feed text can
 * never close the tag it is written into.
 */
import type { Feed, Session } from './schema.js';
import { resolveText } from './text.js';
import { sessionStatus, type Status } from './status.js';
import { seriesTimeZone } from './instant.js';
import { embedUrl, posterUrl } from './video.js';

type Json = Record<string, unknown>;

const SCHEMA = 'https://schema.org/';

export interface JsonLdOptions {
  /** The page the events are shown on. */
  pageUrl: string;
  now: number;
}

function text(feed: Feed, value: Parameters<typeof resolveText>[0]): string {
  const lang = feed.series.defaultLanguage ?? 'en';
  return resolveText(value, lang, lang);
}

/**
 * A recording that can be watched now as a VideoObject, with what the feed has: no
 * thumbnail or upload date is made up when the feed has none.
 */
function recording(feed: Feed, session: Session, status: Status): Json | undefined {
  const archive = session.archive;
  if (!archive || status !== 'archived') return undefined;
  const thumbnail = posterUrl(archive);
  const embed = embedUrl(archive, 0, false);
  return {
    '@type': 'VideoObject',
    name: text(feed, session.title),
    ...(session.overview ? { description: text(feed, session.overview) } : {}),
    ...(thumbnail ? { thumbnailUrl: thumbnail } : {}),
    ...(archive.publishedAt ? { uploadDate: archive.publishedAt } : {}),
    ...(archive.durationSeconds ? { duration: `PT${archive.durationSeconds}S` } : {}),
    ...(embed ? { embedUrl: embed } : { contentUrl: archive.src }),
    ...(archive.availableUntil ? { expires: archive.availableUntil } : {}),
  };
}

/** One session as an EducationEvent (its recording as `recordedIn`); `undefined` while it has no date. */
export function sessionEvent(feed: Feed, session: Session, options: JsonLdOptions): Json | undefined {
  if (!session.startsAt || !session.endsAt) return undefined;
  const { series } = feed;
  const online = session.format.attendance.includes('online');
  const inPerson = session.format.attendance.includes('in-person');
  const status = sessionStatus(session, options.now, seriesTimeZone(series));
  const performers = (session.speakers ?? []).flatMap((ref) => {
    const speaker = feed.speakers.find((s) => s.id === ref.speakerId);
    if (!speaker) return [];
    return [
      {
        '@type': 'Person',
        name: text(feed, speaker.name),
        ...(speaker.title ? { jobTitle: text(feed, speaker.title) } : {}),
        ...(speaker.organization ? { affiliation: { '@type': 'Organization', name: text(feed, speaker.organization) } } : {}),
      },
    ];
  });
  const fee = series.fee;
  const app = session.application;
  const video = recording(feed, session, status);
  return {
    '@type': 'EducationEvent',
    '@id': `${options.pageUrl.split('#')[0]}#${session.id}`,
    name: text(feed, session.title),
    ...(session.overview ? { description: text(feed, session.overview) } : {}),
    startDate: session.startsAt,
    endDate: session.endsAt,
    eventStatus: `${SCHEMA}EventScheduled`,
    eventAttendanceMode: `${SCHEMA}${online && inPerson ? 'Mixed' : online ? 'Online' : 'Offline'}EventAttendanceMode`,
    ...(online ? { location: { '@type': 'VirtualLocation', url: status === 'live' && session.stream ? session.stream.url : options.pageUrl } } : {}),
    organizer: { '@type': 'Organization', name: text(feed, series.organizer.name), ...(series.organizer.url ? { url: series.organizer.url } : {}) },
    ...(performers.length ? { performer: performers } : {}),
    ...(fee
      ? {
          offers: {
            '@type': 'Offer',
            price: fee.amount,
            priceCurrency: fee.currency,
            url: app?.mode === 'external' && app.url ? app.url : options.pageUrl,
            availability: `${SCHEMA}${status === 'open' ? 'InStock' : status === 'upcoming' ? 'PreOrder' : 'SoldOut'}`,
          },
          isAccessibleForFree: fee.amount === 0,
        }
      : {}),
    ...(video ? { recordedIn: video } : {}),
    inLanguage: series.defaultLanguage ?? 'en',
    url: options.pageUrl,
  };
}

/** The whole series: every dated session, as one JSON-LD graph. */
export function seriesJsonLd(feed: Feed, options: JsonLdOptions): Json {
  const events = feed.sessions.flatMap((s) => sessionEvent(feed, s, options) ?? []);
  return { '@context': 'https://schema.org', '@graph': events };
}

export function sessionJsonLd(feed: Feed, session: Session, options: JsonLdOptions): Json | undefined {
  const event = sessionEvent(feed, session, options);
  return event && { '@context': 'https://schema.org', ...event };
}

/** JSON that is safe inside `<script type="application/ld+json">`. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
