import { expect } from '@open-wc/testing';
import { nextStatusChange, sessionStatus } from '../../src/feed/status.js';
import type { Session } from '../../src/feed/schema.js';

const TZ = 'Asia/Tokyo';
const at = (iso: string) => Date.parse(iso);

function session(extra: Partial<Session> = {}): Session {
  return {
    id: 's',
    number: 1,
    level: 'basic',
    title: 'S',
    startsAt: '2025-07-31T14:00:00+09:00',
    endsAt: '2025-07-31T16:00:00+09:00',
    format: { attendance: ['online'] },
    application: { opensAt: '2025-06-30', closesAt: '2025-07-28', mode: 'form', endpoint: 'https://example.org/a' },
    ...extra,
  } as Session;
}

describe('sessionStatus at every boundary (docs/elements.md, Session status)', () => {
  const s = session();

  it('is upcoming until the window opens at 00:00 of the opening Day, series time', () => {
    expect(sessionStatus(s, at('2025-06-29T23:59:59.999+09:00'), TZ)).to.equal('upcoming');
    expect(sessionStatus(s, at('2025-06-30T00:00:00+09:00'), TZ)).to.equal('open');
  });

  it('stays open through 24:00 of the closing Day (inclusive), then closes', () => {
    expect(sessionStatus(s, at('2025-07-28T23:59:59.999+09:00'), TZ)).to.equal('open');
    expect(sessionStatus(s, at('2025-07-29T00:00:00+09:00'), TZ)).to.equal('open');
    expect(sessionStatus(s, at('2025-07-29T00:00:00.001+09:00'), TZ)).to.equal('closed');
  });

  it('uses the series time zone for Days, not UTC', () => {
    // 2025-07-28T16:00Z is 2025-07-29T01:00 in Tokyo: after the window.
    expect(sessionStatus(s, at('2025-07-28T16:00:00Z'), TZ)).to.equal('closed');
    // The same instant in New York is still July 28: inside a New York window.
    expect(sessionStatus(s, at('2025-07-28T16:00:00Z'), 'America/New_York')).to.equal('open');
  });

  it('is live from startsAt through endsAt, then ended', () => {
    expect(sessionStatus(s, at('2025-07-31T13:59:59.999+09:00'), TZ)).to.equal('closed');
    expect(sessionStatus(s, at('2025-07-31T14:00:00+09:00'), TZ)).to.equal('live');
    expect(sessionStatus(s, at('2025-07-31T16:00:00+09:00'), TZ)).to.equal('live');
    expect(sessionStatus(s, at('2025-07-31T16:00:00.001+09:00'), TZ)).to.equal('ended');
  });

  it('is archived after endsAt with a recording, until availableUntil inclusive', () => {
    const a = session({ archive: { provider: 'youtube', videoId: 'abcdefgh', availableUntil: '2025-12-31T23:59:59+09:00' } });
    expect(sessionStatus(a, at('2025-08-01T00:00:00+09:00'), TZ)).to.equal('archived');
    expect(sessionStatus(a, at('2025-12-31T23:59:59+09:00'), TZ)).to.equal('archived');
    expect(sessionStatus(a, at('2026-01-01T00:00:00+09:00'), TZ)).to.equal('ended');
  });

  it('without an application is upcoming until it starts', () => {
    const n = session({ application: undefined });
    expect(sessionStatus(n, at('2025-07-31T13:00:00+09:00'), TZ)).to.equal('upcoming');
    expect(sessionStatus(n, at('2025-07-31T14:00:00+09:00'), TZ)).to.equal('live');
  });

  it('without a date is upcoming whatever the clock says', () => {
    const n = session({ startsAt: undefined, endsAt: undefined, application: undefined });
    expect(sessionStatus(n, at('2030-01-01T00:00:00Z'), TZ)).to.equal('upcoming');
  });

  it('honours instants (not Days) as window ends, inclusive', () => {
    const i = session({
      application: { opensAt: '2025-07-01T10:00:00+09:00', closesAt: '2025-07-10T17:00:00+09:00', mode: 'external', url: 'https://example.org' },
    });
    expect(sessionStatus(i, at('2025-07-01T09:59:59.999+09:00'), TZ)).to.equal('upcoming');
    expect(sessionStatus(i, at('2025-07-01T10:00:00+09:00'), TZ)).to.equal('open');
    expect(sessionStatus(i, at('2025-07-10T17:00:00+09:00'), TZ)).to.equal('open');
    expect(sessionStatus(i, at('2025-07-10T17:00:00.001+09:00'), TZ)).to.equal('closed');
  });

  it('a start instant that is also the closing instant is live', () => {
    const i = session({
      application: { opensAt: '2025-07-01T10:00:00+09:00', closesAt: '2025-07-31T14:00:00+09:00', mode: 'external', url: 'https://example.org' },
    });
    expect(sessionStatus(i, at('2025-07-31T14:00:00+09:00'), TZ)).to.equal('live');
  });

  it('tells when the status changes next', () => {
    expect(nextStatusChange(s, at('2025-06-01T00:00:00+09:00'), TZ)).to.equal(at('2025-06-30T00:00:00+09:00'));
    expect(nextStatusChange(s, at('2025-07-01T00:00:00+09:00'), TZ)).to.equal(at('2025-07-29T00:00:00.001+09:00'));
    expect(nextStatusChange(s, at('2025-07-31T15:00:00+09:00'), TZ)).to.equal(at('2025-07-31T16:00:00.001+09:00'));
    expect(nextStatusChange(s, at('2025-08-01T00:00:00+09:00'), TZ)).to.equal(undefined);
  });
});
