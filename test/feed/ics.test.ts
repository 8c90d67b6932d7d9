import { expect } from '@open-wc/testing';
import { buildIcs, googleCalendarUrl, icsDate, icsEscape, icsFold, outlookCalendarUrl, type CalendarEvent } from '../../src/feed/ics.js';

const EVENT: CalendarEvent = {
  uid: 'session-1@tokyo-customer-harassment-2025',
  title: 'Basic Knowledge of Customer Harassment and Corporate Initiatives',
  description: 'Session 1; basic, online',
  url: 'https://partner.example/seminars#session-1',
  location: 'Online',
  startsAt: '2025-07-31T14:00:00+09:00',
  endsAt: '2025-07-31T16:00:00+09:00',
};
const NOW = Date.parse('2025-07-01T00:00:00Z');

describe('ICS (RFC 5545)', () => {
  it('writes the example checked by hand, in UTC, with CRLF lines', () => {
    const ics = buildIcs(EVENT, NOW);
    expect(ics).to.equal(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//seminar-widgets//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:session-1@tokyo-customer-harassment-2025',
        'DTSTAMP:20250701T000000Z',
        'DTSTART:20250731T050000Z',
        'DTEND:20250731T070000Z',
        'SUMMARY:Basic Knowledge of Customer Harassment and Corporate Initiatives',
        // 12 + 11 + 8 + 11 + 33 = 75 octets, then the rest on a continuation line.
        'DESCRIPTION:Session 1\\; basic\\, online\\n\\nhttps://partner.example/seminars#',
        ' session-1',
        'URL:https://partner.example/seminars#session-1',
        'LOCATION:Online',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(icsEscape('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a Japanese character', () => {
    const line = `SUMMARY:${'顧客'.repeat(40)}`;
    const folded = icsFold(line);
    const parts = folded.split('\r\n');
    const bytes = (s: string) => new TextEncoder().encode(s).length;
    expect(bytes(parts[0])).to.be.at.most(75);
    for (const part of parts.slice(1)) {
      expect(part.startsWith(' ')).to.equal(true);
      expect(bytes(part)).to.be.at.most(75);
    }
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).to.equal(line);
    expect(icsFold('short')).to.equal('short');
  });

  it('writes instants of any offset as UTC', () => {
    expect(icsDate(Date.parse('2025-12-25T15:00:00+09:00'))).to.equal('20251225T060000Z');
    expect(icsDate(Date.parse('2025-03-09T02:30:00-05:00'))).to.equal('20250309T073000Z');
  });

  it('links to Google Calendar with UTC times', () => {
    const url = new URL(googleCalendarUrl(EVENT));
    expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).to.equal('TEMPLATE');
    expect(url.searchParams.get('dates')).to.equal('20250731T050000Z/20250731T070000Z');
    expect(url.searchParams.get('text')).to.equal(EVENT.title);
    expect(url.searchParams.get('details')).to.contain('https://partner.example/seminars#session-1');
    expect(url.searchParams.get('location')).to.equal('Online');
  });

  it('links to Outlook with UTC times', () => {
    const url = new URL(outlookCalendarUrl(EVENT));
    expect(url.origin + url.pathname).to.equal('https://outlook.live.com/calendar/0/deeplink/compose');
    expect(url.searchParams.get('startdt')).to.equal('2025-07-31T05:00:00Z');
    expect(url.searchParams.get('enddt')).to.equal('2025-07-31T07:00:00Z');
    expect(url.searchParams.get('subject')).to.equal(EVENT.title);
    expect(url.searchParams.get('rru')).to.equal('addevent');
  });
});
