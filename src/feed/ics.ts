/**
 * Calendar entries, written by us (RFC 5545): an `.ics` file that calendars accept,
 * and links that open Google Calendar and Outlook with the session filled in.
 * Times are written in UTC, so no VTIMEZONE is needed and every calendar agrees.
 */
import { parseInstant } from './instant.js';

export interface CalendarEvent {
  uid: string;
  title: string;
  description: string;
  /** The page of the session: in DESCRIPTION and as URL. */
  url?: string;
  location?: string;
  startsAt: string;
  endsAt: string;
}

/** `20250731T050000Z` */
export function icsDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '');
}

/** Escapes TEXT values: backslash, semicolon, comma and line breaks. */
export function icsEscape(text: string): string {
  return text.replace(/[\\;,]/g, '\\$&').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (UTF-8), continuing with CRLF and a space,
 * without splitting a character.
 */
export function icsFold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with one space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** One VEVENT in a VCALENDAR, CRLF line endings, folded. */
export function buildIcs(event: CalendarEvent, now: number): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//seminar-widgets//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsDate(now)}`,
    `DTSTART:${icsDate(parseInstant(event.startsAt))}`,
    `DTEND:${icsDate(parseInstant(event.endsAt))}`,
    `SUMMARY:${icsEscape(event.title)}`,
    `DESCRIPTION:${icsEscape(details(event))}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    ...(event.location ? [`LOCATION:${icsEscape(event.location)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(icsFold).join('\r\n') + '\r\n';
}

/** The description, then the page's address. */
function details(event: CalendarEvent): string {
  return event.url ? `${event.description}\n\n${event.url}` : event.description;
}

/** Google Calendar's event template link. */
export function googleCalendarUrl(event: CalendarEvent): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${icsDate(parseInstant(event.startsAt))}/${icsDate(parseInstant(event.endsAt))}`,
    details: details(event),
  });
  if (event.location) params.set('location', event.location);
  return `https://calendar.google.com/calendar/render?${params}`;
}

/** Outlook on the web's compose link (personal accounts; work accounts use outlook.office.com). */
export function outlookCalendarUrl(event: CalendarEvent, host = 'outlook.live.com'): string {
  const iso = (value: string) => new Date(parseInstant(value)).toISOString().replace(/\.\d{3}/, '');
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: iso(event.startsAt),
    enddt: iso(event.endsAt),
    body: details(event),
  });
  if (event.location) params.set('location', event.location);
  return `https://${host}/calendar/0/deeplink/compose?${params}`;
}
