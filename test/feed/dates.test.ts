import { expect } from '@open-wc/testing';
import { formatDate, formatSessionWhen, formatTimeRange, periodParts } from '../../src/feed/dates.js';
import { isDay, isInstant, startOfDay, zoneOffset } from '../../src/feed/instant.js';

const TZ = 'Asia/Tokyo';

describe('dates in the series time zone, read from a browser in another zone', () => {
  it('runs in a browser whose own zone is not the series zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Los_Angeles');
  });

  it('writes Japanese like Japanese', () => {
    const when = formatSessionWhen('2025-07-31T14:00:00+09:00', '2025-07-31T16:00:00+09:00', 'ja', TZ);
    expect(when.date).to.equal('2025年7月31日(木)');
    expect(when.time).to.equal('14:00〜16:00');
    expect(when.zone).to.equal('日本標準時');
  });

  it('writes English like English', () => {
    const when = formatSessionWhen('2025-07-31T14:00:00+09:00', '2025-07-31T16:00:00+09:00', 'en', TZ);
    expect(when.date).to.equal('Thu, July 31, 2025');
    expect(when.time).to.equal('2:00–4:00 PM');
    expect(when.zone).to.equal('Japan Standard Time');
  });

  it('keeps both day periods when a session crosses noon', () => {
    expect(formatTimeRange(Date.parse('2025-07-31T11:00:00+09:00'), Date.parse('2025-07-31T13:00:00+09:00'), 'en', TZ)).to.equal(
      '11:00 AM–1:00 PM',
    );
  });

  it('derives the weekday from the date: December 25, 2025 is a Thursday', () => {
    expect(formatDate(Date.parse('2025-12-25T15:00:00+09:00'), 'en', TZ)).to.equal('Thu, December 25, 2025');
    expect(formatDate(Date.parse('2025-12-25T15:00:00+09:00'), 'ja', TZ)).to.equal('2025年12月25日(木)');
  });

  it('shows another zone when told, naming it', () => {
    const when = formatSessionWhen('2025-07-31T14:00:00+09:00', '2025-07-31T16:00:00+09:00', 'en', 'Europe/London');
    expect([when.date, when.time, when.zone]).to.deep.equal(['Thu, July 31, 2025', '6:00–8:00 AM', 'British Summer Time']);
  });

  it('shows the end date when a session ends on another day', () => {
    const when = formatSessionWhen('2025-07-31T22:00:00+09:00', '2025-08-01T01:00:00+09:00', 'en', TZ);
    expect(when.time).to.equal('10:00 PM – Fri, August 1, 2025 1:00 AM');
  });

  it('writes application periods of Days as dates, of instants with times and zone', () => {
    // The elements join the parts (session-parts.ts renderPeriod), each part kept whole.
    expect(periodParts('2025-06-30', '2025-07-28', 'ja', TZ)).to.deep.equal({ from: '2025年6月30日(月)', to: '2025年7月28日(月)' });
    expect(periodParts('2025-06-30', '2025-07-28', 'en', TZ)).to.deep.equal({ from: 'Mon, June 30, 2025', to: 'Mon, July 28, 2025' });
    expect(periodParts('2025-07-01T10:00:00+09:00', '2025-07-10T17:00:00+09:00', 'en', TZ)).to.deep.equal({
      from: 'Tue, July 1, 2025 10:00 AM',
      to: 'Thu, July 10, 2025 5:00 PM',
      zone: 'Japan Standard Time',
    });
  });

  it('finds the start of a Day in any zone, across daylight-saving changes', () => {
    expect(startOfDay('2025-06-30', TZ)).to.equal(Date.parse('2025-06-30T00:00:00+09:00'));
    expect(startOfDay('2025-03-09', 'America/New_York')).to.equal(Date.parse('2025-03-09T00:00:00-05:00'));
    expect(startOfDay('2025-03-10', 'America/New_York')).to.equal(Date.parse('2025-03-10T00:00:00-04:00'));
    expect(zoneOffset(Date.parse('2025-01-01T00:00:00Z'), TZ)).to.equal(9 * 3600_000);
  });

  it('accepts only instants with an offset and real calendar dates', () => {
    expect(isInstant('2025-07-31T14:00:00+09:00')).to.equal(true);
    expect(isInstant('2025-07-31T14:00Z')).to.equal(true);
    expect(isInstant('2025-07-31T14:00:00.123-05:00')).to.equal(true);
    expect(isInstant('2025-07-31T14:00:00')).to.equal(false);
    expect(isInstant('2025-02-30T14:00:00+09:00')).to.equal(false);
    expect(isInstant('2025-07-31T24:00:00+09:00')).to.equal(false);
    expect(isInstant('2025-07-31 14:00:00+09:00')).to.equal(false);
    expect(isDay('2024-02-29')).to.equal(true);
    expect(isDay('2025-02-29')).to.equal(false);
    expect(isDay('2000-02-29')).to.equal(true);
    expect(isDay('1900-02-29')).to.equal(false);
    expect(isDay('2025-04-31')).to.equal(false);
    expect(isDay('2025-12-31')).to.equal(true);
    expect(isDay('2025-13-01')).to.equal(false);
  });
});
