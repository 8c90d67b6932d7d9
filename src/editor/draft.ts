/**
 * The draft feed the editor changes: reading and writing at a path, wall-clock dates
 * in the series zone, and keeping unsaved work in the browser's storage.
 */
import { formatPath, validateFeed, type Issue } from '../feed/validate.js';
import { isDay, isInstant, parseInstant, zoneOffset } from '../feed/instant.js';

export type Path = ReadonlyArray<string | number>;
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const idOf = (path: Path): string => formatPath(path);

export function getAt(root: unknown, path: Path): unknown {
  let here = root;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string | number, unknown>)[key];
  }
  return here;
}

/** Objects that stay even when empty: the feed needs them, and validation names what they lack. */
const KEEP = new Set(['series', 'organizer', 'format', 'application']);

/**
 * Sets `value` at `path` (creating objects on the way); `undefined` removes the key, and
 * an optional object left empty (a photo with neither address nor description) goes too.
 */
export function setAt(root: JsonObject, path: Path, value: Json | undefined): void {
  const chain: Array<Record<string | number, Json>> = [root];
  let here = root as Record<string | number, Json>;
  for (let i = 0; i < path.length - 1; i++) {
    let next = here[path[i]];
    if (next === null || typeof next !== 'object') {
      if (value === undefined) return;
      next = typeof path[i + 1] === 'number' ? [] : {};
      here[path[i]] = next;
    }
    here = next as Record<string | number, Json>;
    chain.push(here);
  }
  const last = path[path.length - 1];
  if (value !== undefined) {
    here[last] = value;
    return;
  }
  if (Array.isArray(here) && typeof last === 'number') here.splice(last, 1);
  else delete here[last];
  for (let i = chain.length - 1; i > 0; i--) {
    const node = chain[i];
    const key = path[i - 1];
    if (Array.isArray(node) || Array.isArray(chain[i - 1]) || Object.keys(node).length > 0 || KEEP.has(String(key))) break;
    delete chain[i - 1][key];
  }
}

/** Problems by the path `validate` prints. */
export function issuesByPath(issues: readonly Issue[]): Map<string, Issue[]> {
  const map = new Map<string, Issue[]>();
  for (const issue of issues) map.set(issue.path, [...(map.get(issue.path) ?? []), issue]);
  return map;
}

export { validateFeed, formatPath };

/** `2025-07-31` and `14:00` of an instant, on the wall clock of `timeZone`. */
export function wallParts(value: string | undefined, timeZone: string): { date: string; time: string } {
  if (value === undefined) return { date: '', time: '' };
  if (isDay(value)) return { date: value, time: '' };
  const ms = parseInstant(value);
  if (Number.isNaN(ms)) {
    // Half-typed values (a date without its time) come back as they were written.
    const m = /^(\d{4}-\d{2}-\d{2})?(?:T(\d{2}:\d{2}))?/.exec(value);
    return { date: m?.[1] ?? '', time: m?.[2] ?? '' };
  }
  const local = new Date(ms + zoneOffset(ms, timeZone)).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

function offsetText(ms: number): string {
  const minutes = Math.round(ms / 60000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The instant of a wall-clock `date` and `time` in `timeZone`, with that zone's offset
 * (`2025-07-31T14:00:00+09:00`). A date without a time is kept as typed, so that the
 * form shows what is missing.
 */
export function instantFrom(date: string, time: string, timeZone: string): string | undefined {
  if (date === '' && time === '') return undefined;
  if (date === '' || time === '') return date === '' ? `T${time}` : date;
  const wall = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(wall)) return `${date}T${time}`;
  let offset = zoneOffset(wall, timeZone);
  offset = zoneOffset(wall - offset, timeZone);
  const out = `${date}T${time}:00${offsetText(offset)}`;
  return isInstant(out) ? out : `${date}T${time}`;
}

/** Unsaved work, kept per file in this browser. */
export interface Stored {
  version: string;
  feed: JsonObject;
  at: number;
}

const key = (path: string) => `seminar-editor:${path}`;

export function loadStored(path: string): Stored | undefined {
  try {
    const text = localStorage.getItem(key(path));
    return text ? (JSON.parse(text) as Stored) : undefined;
  } catch {
    return undefined;
  }
}

export function store(path: string, value: Stored): boolean {
  try {
    localStorage.setItem(key(path), JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function forget(path: string): void {
  try {
    localStorage.removeItem(key(path));
  } catch {
    // Storage may be disabled; nothing was kept then.
  }
}
