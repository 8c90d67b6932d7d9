/**
 * Instants, days and time-zone arithmetic with `Intl` only (no date library).
 */

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  // Days per month, counted rather than asked of Date: a feed holds thousands of dates.
  const last = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= last;
}

/** True for an ISO 8601 date-time with an explicit offset or `Z`, on a real calendar date. */
export function isInstant(value: string): boolean {
  const m = INSTANT.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s, , , oh, om] = m;
  if (!isCalendarDate(+y, +mo, +d)) return false;
  if (+h > 23 || +mi > 59 || (s !== undefined && +s > 59)) return false;
  if (oh !== undefined && (+oh > 14 || +om > 59)) return false;
  return true;
}

/** True for `YYYY-MM-DD` on a real calendar date. */
export function isDay(value: string): boolean {
  const m = DAY.exec(value);
  return m !== null && isCalendarDate(+m[1], +m[2], +m[3]);
}

/** Milliseconds since the epoch of a valid Instant; `NaN` for anything else. */
export function parseInstant(value: string): number {
  return isInstant(value) ? Date.parse(value) : NaN;
}

const wallFormatters = new Map<string, Intl.DateTimeFormat>();

function wallFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = wallFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallFormatters.set(timeZone, f);
  }
  return f;
}

const WALL = /(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)/;

/**
 * The wall-clock fields of an instant in a time zone. `format` and a pattern, not
 * `formatToParts`: a feed asks this thousands of times, and parts cost four times more.
 */
function wallClock(ms: number, timeZone: string) {
  const text = wallFormatter(timeZone).format(ms);
  const m = WALL.exec(text);
  if (!m) throw new RangeError(`unexpected date format: ${text}`);
  return { year: +m[3], month: +m[1], day: +m[2], hour: +m[4] % 24, minute: +m[5], second: +m[6] };
}

/** Offset of `timeZone` from UTC at instant `ms`, in milliseconds (Tokyo: +9 h). */
export function zoneOffset(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

const dayStarts = new Map<string, number>();

/**
 * The instant at which the calendar day `YYYY-MM-DD` (plus `addDays`) begins in
 * `timeZone`. Remembered: a feed names the same few days again and again, and each
 * answer costs four `Intl` calls.
 */
export function startOfDay(day: string, timeZone: string, addDays = 0): number {
  const key = `${day}|${timeZone}|${addDays}`;
  let start = dayStarts.get(key);
  if (start === undefined) {
    start = computeStartOfDay(day, timeZone, addDays);
    if (dayStarts.size > 5000) dayStarts.clear();
    dayStarts.set(key, start);
  }
  return start;
}

function computeStartOfDay(day: string, timeZone: string, addDays: number): number {
  const [y, m, d] = day.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d + addDays);
  let guess = wall - zoneOffset(wall, timeZone);
  // A second pass settles days whose offset differs from the first guess (DST changes).
  guess = wall - zoneOffset(guess, timeZone);
  return guess;
}

/** The zone of a series whose feed names none (docs/feed-guide.md, `series.timeZone`). */
export const DEFAULT_TIME_ZONE = 'Asia/Tokyo';

/** The time zone a series' dates are read in. */
export function seriesTimeZone(series: { timeZone?: string }): string {
  return series.timeZone ?? DEFAULT_TIME_ZONE;
}

const knownZones = new Map<string, boolean>();

/** True when `timeZone` is an IANA zone name this runtime knows (remembered: every element asks). */
export function isTimeZone(timeZone: string): boolean {
  if (timeZone === '' || timeZone.length > 64) return false;
  let known = knownZones.get(timeZone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(timeZone, known);
  }
  return known;
}

/** The instant an application window opens or closes: a Day counts from its first to its last moment in `timeZone`. */
export function windowInstant(value: string, edge: 'opens' | 'closes', timeZone: string): number {
  if (isDay(value)) return startOfDay(value, timeZone, edge === 'closes' ? 1 : 0);
  return parseInstant(value);
}
