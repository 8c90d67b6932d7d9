import { expect } from '@open-wc/testing';
import { sessionStatus } from '../../src/feed/status.js';
import type { Session } from '../../src/feed/schema.js';

describe('smoke', () => {
  it('works', () => {
    const s = { id: 'a', number: 1, level: 'basic', title: 'x', format: { attendance: ['online'] }, startsAt: '2025-07-31T14:00:00+09:00', endsAt: '2025-07-31T16:00:00+09:00' } as Session;
    expect(sessionStatus(s, Date.parse('2025-07-31T15:00:00+09:00'), 'Asia/Tokyo')).to.equal('live');
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Los_Angeles');
  });
});
