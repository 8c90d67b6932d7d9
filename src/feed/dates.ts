/**
 * Dates and times for visitors, through `Intl` only, in the series time zone
 * (or the one an element is told), always naming the zone.
 *
 *   ja: 2025年7月31日(木)  14:00〜16:00  日本標準時
 *   en: Thu, July 31, 2025  2:00–4:00 PM  Japan Standard Time
 */
import { isDay, parseInstant, startOfDay } from './instant.js';
import type { UiLanguage } from './messages/catalogue.js';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: UiLanguage, timeZone: string, kind: 'date' | 'time' | 'zone' | 'day'): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}|${kind}`;
  let f = cache.get(key);
  if (!f) {
    const locale = lang === 'ja' ? 'ja-JP' : 'en-US';
    const options: Intl.DateTimeFormatOptions =
      kind === 'date'
        ? { timeZone, year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' }
        : kind === 'time'
          ? lang === 'ja'
            ? { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
            : { timeZone, hour: 'numeric', minute: '2-digit', hour12: true }
          : kind === 'zone'
            ? { timeZone, timeZoneName: 'long' }
            : { timeZone, month: lang === 'ja' ? 'long' : 'short', day: 'numeric', weekday: 'short' };
    // A short date is in British order, "Thu, 15 Jan"; the long one keeps "Thu, July 31, 2025".
    f = new Intl.DateTimeFormat(kind === 'day' && lang === 'en' ? 'en-GB' : locale, options);
    cache.set(key, f);
  }
  return f;
}

/** The date with its weekday: `2025年7月31日(木)`, `Thu, July 31, 2025`. */
export function formatDate(ms: number, lang: UiLanguage, timeZone: string): string {
  return formatter(lang, timeZone, 'date').format(ms);
}

/** A date without the year, for deadlines in the same season: `1月15日(木)`, `Thu, 15 Jan`. */
export function formatDay(ms: number, lang: UiLanguage, timeZone: string): string {
  // Engines' British data differ on the comma after the weekday: it is always there.
  return formatter(lang, timeZone, 'day').format(ms).replace(/^(\w+),? /, '$1, ');
}

/** The zone's name at that instant: `日本標準時`, `Japan Standard Time`. */
export function formatZone(ms: number, lang: UiLanguage, timeZone: string): string {
  return formatter(lang, timeZone, 'zone').formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** A time: `14:00`, `2:00 PM`. */
export function formatTime(ms: number, lang: UiLanguage, timeZone: string): string {
  return formatter(lang, timeZone, 'time').format(ms);
}

const ranges = new Map<string, string>();

/**
 * A time range on one day: `14:00〜16:00`, `2:00–4:00 PM` (English shares the
 * day period when both ends have it, as `Intl` does).
 */
export function formatTimeRange(start: number, end: number, lang: UiLanguage, timeZone: string): string {
  const from = formatTime(start, lang, timeZone);
  const to = formatTime(end, lang, timeZone);
  if (lang === 'ja') return `${from}〜${to}`;
  // A same-day range depends only on its two wall times: `formatRange` (slow) runs once per pair.
  const key = `${timeZone}|${from}|${to}`;
  let range = ranges.get(key);
  if (range === undefined) {
    range = formatter(lang, timeZone, 'time')
      .formatRange(start, end)
      .replace(/\s*[–-]\s*/u, '–')
      .replace(/\u202f|\u2009/gu, ' ');
    if (ranges.size > 1000) ranges.clear();
    ranges.set(key, range);
  }
  return range;
}

export interface SessionWhen {
  /** The date with weekday; for a session over several days, the first day. */
  date: string;
  /** The time range, with the end date when it ends on another day. */
  time: string;
  /** The time zone's name. */
  zone: string;
}

/** When a session takes place, in the page's language and the given zone. */
export function formatSessionWhen(startsAt: string, endsAt: string, lang: UiLanguage, timeZone: string): SessionWhen {
  const start = parseInstant(startsAt);
  const end = parseInstant(endsAt);
  const date = formatDate(start, lang, timeZone);
  const zone = formatZone(start, lang, timeZone);
  // The same date line (with weekday) means the same day in that zone.
  const time = formatDate(end, lang, timeZone) === date
    ? formatTimeRange(start, end, lang, timeZone)
    : `${formatTime(start, lang, timeZone)}${lang === 'ja' ? '〜' : ' – '}${formatDate(end, lang, timeZone)} ${formatTime(end, lang, timeZone)}`;
  return { date, time, zone };
}

function formatEdge(value: string, lang: UiLanguage, timeZone: string): string {
  if (isDay(value)) return formatDate(startOfDay(value, timeZone), lang, timeZone);
  const ms = parseInstant(value);
  return `${formatDate(ms, lang, timeZone)} ${formatTime(ms, lang, timeZone)}`;
}

export interface PeriodParts {
  from: string;
  to: string;
  /** The zone's name, when an end is an instant (a Day needs none). */
  zone?: string;
}

/**
 * An application period from its two ends (Days or Instants), in parts that each stay
 * on one line. Days show as dates; instants add the time and the zone.
 */
export function periodParts(opensAt: string, closesAt: string, lang: UiLanguage, timeZone: string): PeriodParts {
  const parts: PeriodParts = { from: formatEdge(opensAt, lang, timeZone), to: formatEdge(closesAt, lang, timeZone) };
  if (!isDay(opensAt) || !isDay(closesAt)) parts.zone = formatZone(isDay(opensAt) ? parseInstant(closesAt) : parseInstant(opensAt), lang, timeZone);
  return parts;
}

/** The last day to apply, with the time when the window closes at an instant: `1月15日(木)`, `Thu, 15 Jan, 5:00 PM`. */
export function formatDeadline(closesAt: string, lang: UiLanguage, timeZone: string): string {
  if (isDay(closesAt)) return formatDay(startOfDay(closesAt, timeZone), lang, timeZone);
  const ms = parseInstant(closesAt);
  return `${formatDay(ms, lang, timeZone)}${lang === 'ja' ? ' ' : ', '}${formatTime(ms, lang, timeZone)}`;
}

/** A single edge for sentences like "Applications open on …". */
export function formatWindowEdge(value: string, lang: UiLanguage, timeZone: string): string {
  return formatEdge(value, lang, timeZone);
}

/** The visitor's own time zone, for `time-zone="local"`. */
export function localTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}
