import { expect } from '@open-wc/testing';
import { serializeJsonLd, seriesJsonLd, sessionJsonLd } from '../../src/feed/jsonld.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { Feed } from '../../src/feed/schema.js';
import { defaultFeed, smallFeed } from '../helpers.js';

function feedOf(json: unknown): Feed {
  const result = validateFeed(json);
  if (!result.ok) throw new Error('bad fixture');
  return result.feed;
}

const OPTIONS = { pageUrl: 'https://partner.example/seminars', now: Date.parse('2025-07-01T00:00:00+09:00') };

describe('JSON-LD', () => {
  it('describes a session as a free, online EducationEvent with its speakers', () => {
    const feed = feedOf(defaultFeed());
    const event = sessionJsonLd(feed, feed.sessions[0], OPTIONS)!;
    expect(event).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'EducationEvent',
      name: 'Basic Knowledge of Customer Harassment and Corporate Initiatives',
      startDate: '2025-07-31T14:00:00+09:00',
      endDate: '2025-07-31T16:00:00+09:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      isAccessibleForFree: true,
      inLanguage: 'en',
    });
    expect(event.location).to.deep.equal({ '@type': 'VirtualLocation', url: 'https://partner.example/seminars' });
    expect(event.organizer).to.deep.equal({ '@type': 'Organization', name: 'Tokyo Metropolitan Government' });
    expect((event.performer as Array<{ name: string }>).map((p) => p.name)).to.deep.equal(['Hara Masato', 'Inao Izumi']);
    expect(event.offers).to.deep.include({ '@type': 'Offer', price: 0, priceCurrency: 'JPY', availability: 'https://schema.org/InStock' });
  });

  it('lists every dated session of the series, and none without a date', () => {
    expect((seriesJsonLd(feedOf(defaultFeed()), OPTIONS)['@graph'] as unknown[]).length).to.equal(5);
    const small = feedOf(smallFeed());
    expect((seriesJsonLd(small, OPTIONS)['@graph'] as unknown[]).length).to.equal(1);
    expect(sessionJsonLd(small, small.sessions[1], OPTIONS)).to.equal(undefined);
  });

  it('can never close its script tag, whatever the feed says', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script> & \u2028' });
    expect(text).not.to.contain('</script');
    expect(text).not.to.contain('<');
    expect(JSON.parse(text).name).to.equal('</script><script>alert(1)</script> & \u2028');
  });
});
