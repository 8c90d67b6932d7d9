import { expect } from '@open-wc/testing';
import { formatIssue, formatPath, PRIVACY_MISSING, validateFeed, type Issue } from '../../src/feed/validate.js';
import { urlProblem } from '../../src/feed/schema.js';
import { defaultFeed, smallFeed as helperFeed, type Json } from '../helpers.js';

/** The small test feed, with the privacy policy its form session needs (else every case would also get that warning). */
function smallFeed(): Json {
  const feed = helperFeed();
  feed.series.privacyPolicyUrl = 'https://example.org/privacy';
  return feed;
}

/** The small test feed with neither privacyNotice nor privacyPolicyUrl. */
function smallFeedWithoutPrivacy(): Json {
  const feed = helperFeed();
  delete feed.series.privacyPolicyUrl;
  delete feed.series.privacyNotice;
  return feed;
}

function issuesOf(feed: unknown): Issue[] {
  return validateFeed(feed, { baseUrl: 'https://partner.example/feeds/feed.json' }).issues;
}

/** Validates a feed changed by `change` and returns its issues' paths. */
function pathsAfter(change: (feed: Json) => void): string[] {
  const feed = smallFeed();
  change(feed);
  return issuesOf(feed).map((i) => i.path);
}

describe('validateFeed: good feeds', () => {
  it('accepts the default feed without a single issue', () => {
    const result = validateFeed(defaultFeed());
    expect(result.issues).to.deep.equal([]);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.feed.sessions.map((s) => s.id)).to.deep.equal(['session-1', 'session-2', 'session-3', 'session-4', 'session-5']);
    expect(result.feed.speakers).to.have.length(9);
  });

  it('accepts the small test feed and keeps unknown fields out', () => {
    const feed = smallFeed();
    feed.series.futureField = 'ignored';
    const result = validateFeed(feed);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.feed.series).not.to.have.property('futureField');
  });

  it("resolves relative URLs against the feed's own URL", () => {
    const feed = smallFeed();
    feed.sessions[0].application.endpoint = '../api/applications';
    feed.sessions[0].stream.url = 'live.html';
    const result = validateFeed(feed, { baseUrl: 'https://partner.example/feeds/feed.json' });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.feed.sessions[0].application?.endpoint).to.equal('https://partner.example/api/applications');
    expect(result.feed.sessions[0].stream?.url).to.equal('https://partner.example/feeds/live.html');
  });
});

describe('validateFeed: a broken top level rejects the whole feed', () => {
  it('reports a wrong version at its path', () => {
    const feed = smallFeed();
    feed.version = 2;
    const result = validateFeed(feed);
    expect(result.ok).to.equal(false);
    expect(result.issues.map(formatIssue)).to.deep.equal(['version: must be 1 (this library reads feed format version 1)']);
  });

  it('rejects something that is not a feed at all', () => {
    expect(validateFeed(null).ok).to.equal(false);
    expect(validateFeed([]).ok).to.equal(false);
    expect(issuesOf('feed')[0].path).to.equal('(feed)');
  });

  it('rejects a broken series but still hands back the contact for the visitor message', () => {
    const feed = smallFeed();
    feed.series.id = 'Not A Slug';
    const result = validateFeed(feed);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).to.deep.equal(['series.id']);
    expect(result.contact?.email).to.equal('office@example.org');
  });

  it('rejects an unknown time zone', () => {
    expect(pathsAfter((f) => (f.series.timeZone = 'Mars/Olympus'))).to.deep.equal(['series.timeZone']);
  });

  it('requires speakers and sessions to be lists', () => {
    const feed = smallFeed();
    delete feed.speakers;
    const result = validateFeed(feed);
    expect(result.ok).to.equal(false);
    expect(result.issues.map(formatIssue)).to.deep.equal(['speakers: is required']);
  });

  it('limits sessions to 500 and speakers to 500', () => {
    expect(pathsAfter((f) => (f.sessions = Array.from({ length: 501 }, () => f.sessions[1])))).to.deep.equal(['sessions']);
    expect(pathsAfter((f) => (f.speakers = Array.from({ length: 501 }, () => f.speakers[0])))).to.deep.equal(['speakers']);
  });

  it('limits a title to 300 characters and other text to 5,000', () => {
    expect(pathsAfter((f) => (f.series.title = 'x'.repeat(301)))).to.deep.equal(['series.title']);
    expect(pathsAfter((f) => (f.series.title = ''))).to.deep.equal(['series.title']);
    expect(pathsAfter((f) => (f.series.title = { en: '' }))).to.deep.equal(['series.title.en']);
    expect(pathsAfter((f) => (f.series.title = { en: 'ok', ja: 'x'.repeat(301) }))).to.deep.equal(['series.title.ja']);
    expect(pathsAfter((f) => (f.series.summary = 'x'.repeat(5000)))).to.deep.equal([]);
    expect(pathsAfter((f) => (f.series.summary = 'x'.repeat(5001)))).to.deep.equal(['series.summary']);
  });

  it('requires Text objects to have language-tag keys and string values', () => {
    expect(pathsAfter((f) => (f.series.summary = {}))).to.deep.equal(['series.summary']);
    expect(pathsAfter((f) => (f.series.summary = { 'not a tag': 'x' }))).to.deep.equal(['series.summary.not a tag']);
    expect(pathsAfter((f) => (f.series.summary = { en: 3 }))).to.deep.equal(['series.summary.en']);
    expect(pathsAfter((f) => (f.series.summary = 42))).to.deep.equal(['series.summary']);
  });
});

describe('validateFeed: one bad item is left out, the rest is kept', () => {
  it('leaves out a session with a start time without offset, reporting the path', () => {
    const feed = smallFeed();
    feed.sessions[0].startsAt = '2025-07-31T14:00:00';
    const result = validateFeed(feed);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.feed.sessions.map((s) => s.id)).to.deep.equal(['two']);
    expect(result.issues.map(formatIssue)).to.deep.equal([
      'sessions[0].startsAt: must be a date-time with an offset, like 2025-07-31T14:00:00+09:00',
    ]);
  });

  it('requires endsAt after startsAt, and both or neither', () => {
    expect(pathsAfter((f) => (f.sessions[0].endsAt = f.sessions[0].startsAt))).to.deep.equal(['sessions[0].endsAt']);
    expect(pathsAfter((f) => (f.sessions[0].endsAt = '2025-07-31T13:00:00+09:00'))).to.deep.equal(['sessions[0].endsAt']);
    expect(pathsAfter((f) => delete f.sessions[0].endsAt)).to.include('sessions[0].endsAt');
  });

  it('checks the application window: order, before the session, only with a date', () => {
    expect(pathsAfter((f) => (f.sessions[0].application.closesAt = '2025-06-01'))).to.deep.equal(['sessions[0].application.closesAt']);
    expect(pathsAfter((f) => (f.sessions[0].application.closesAt = '2025-07-31'))).to.deep.equal(['sessions[0].application.closesAt']);
    expect(pathsAfter((f) => (f.sessions[0].application.closesAt = '2025-07-31T14:00:00+09:00'))).to.deep.equal([]);
    expect(pathsAfter((f) => (f.sessions[0].application.opensAt = '2025-06-31'))).to.deep.equal(['sessions[0].application.opensAt']);
    expect(
      pathsAfter((f) => {
        f.sessions[1].application = { opensAt: '2025-01-01', closesAt: '2025-01-02', mode: 'form', endpoint: 'https://x.example' };
      }),
    ).to.deep.equal(['sessions[1].application']);
  });

  it('requires an endpoint for form mode and a url for external mode', () => {
    expect(pathsAfter((f) => delete f.sessions[0].application.endpoint)).to.deep.equal(['sessions[0].application.endpoint']);
    expect(pathsAfter((f) => (f.sessions[0].application.mode = 'external'))).to.deep.equal(['sessions[0].application.url']);
  });

  it('checks slugs and leaves out repeated ids', () => {
    expect(pathsAfter((f) => (f.sessions[0].id = 'Session One'))).to.deep.equal(['sessions[0].id']);
    expect(pathsAfter((f) => (f.sessions[0].id = 'a'.repeat(65)))).to.deep.equal(['sessions[0].id']);
    expect(pathsAfter((f) => (f.sessions[1].id = 'one'))).to.deep.equal(['sessions[1].id']);
    expect(pathsAfter((f) => (f.speakers[1].id = 'ana'))).to.deep.equal(['speakers[1].id', 'sessions[1].speakers[0].speakerId']);
  });

  it('keeps a session that names an unknown speaker, without that speaker', () => {
    const feed = smallFeed();
    feed.sessions[0].speakers.push({ speakerId: 'nobody', role: 'lecturer' });
    const result = validateFeed(feed);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.feed.sessions[0].speakers?.map((s) => s.speakerId)).to.deep.equal(['ana']);
    expect(result.issues.map((i) => i.path)).to.deep.equal(['sessions[0].speakers[1].speakerId']);
  });

  it('drops unknown case-study presenters but keeps the case study', () => {
    const feed = smallFeed();
    feed.sessions[0].caseStudies = [{ title: 'Case', speakerIds: ['ana', 'ghost'] }];
    const result = validateFeed(feed);
    expect(result.ok && result.feed.sessions[0].caseStudies?.[0].speakerIds).to.deep.equal(['ana']);
    expect(result.issues.map((i) => i.path)).to.deep.equal(['sessions[0].caseStudies[0].speakerIds[1]']);
  });

  it('leaves out a bad speaker only', () => {
    const feed = smallFeed();
    feed.speakers.push({ id: 'cat', name: 'Cat', photo: { src: 'javascript:alert(1)', alt: 'x' } });
    const result = validateFeed(feed);
    expect(result.ok && result.feed.speakers.map((s) => s.id)).to.deep.equal(['ana', 'ben']);
    expect(result.issues.map((i) => i.path)).to.deep.equal(['speakers[2].photo.src']);
  });

  it('leaves out a bad material and keeps the session and its good materials', () => {
    const feed = smallFeed();
    feed.sessions[0].materials = [
      { id: 'slides', title: 'Slides', url: 'slides.pdf', mediaType: 'application/pdf', sizeBytes: 482000 },
      { id: 'bad', title: 'Bad', url: 'data:text/html,<script>alert(1)</script>' },
      { id: 'slides', title: 'Again', url: 'again.pdf' },
    ];
    const result = validateFeed(feed, { baseUrl: 'https://partner.example/feed.json' });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.feed.sessions[0].materials?.map((m) => m.url)).to.deep.equal(['https://partner.example/slides.pdf']);
    expect(result.issues.map((i) => i.path)).to.deep.equal(['sessions[0].materials[1].url', 'sessions[0].materials[2].id']);
  });

  it('leaves out a bad recording and keeps the session', () => {
    const check = (archive: Json) => pathsAfter((f) => (f.sessions[0].archive = archive));
    expect(check({ provider: 'youtube', videoId: 'dQw4w9WgXcQ' })).to.deep.equal([]);
    expect(check({ provider: 'youtube', videoId: 'no' })).to.deep.equal(['sessions[0].archive.videoId']);
    expect(check({ provider: 'vimeo', videoId: '76979871' })).to.deep.equal([]);
    expect(check({ provider: 'vimeo', videoId: 'abc' })).to.deep.equal(['sessions[0].archive.videoId']);
    expect(check({ provider: 'video' })).to.deep.equal(['sessions[0].archive.src']);
    expect(check({ provider: 'tiktok' })).to.deep.equal(['sessions[0].archive.provider']);
    expect(check({ provider: 'video', src: 'talk.mp4', chapters: [{ startSeconds: 1.5, title: 'x' }] })).to.deep.equal([
      'sessions[0].archive.chapters[0].startSeconds',
    ]);
  });

  it('limits topics and materials to 50 per session', () => {
    expect(pathsAfter((f) => (f.sessions[0].topics = Array.from({ length: 51 }, () => 'Topic')))).to.deep.equal(['sessions[0].topics']);
  });

  it('checks numbers, levels and roles', () => {
    expect(pathsAfter((f) => (f.sessions[0].number = 0))).to.deep.equal(['sessions[0].number']);
    expect(pathsAfter((f) => (f.sessions[0].number = 1.5))).to.deep.equal(['sessions[0].number']);
    expect(pathsAfter((f) => (f.sessions[0].level = 'expert'))).to.deep.equal(['sessions[0].level']);
    expect(pathsAfter((f) => (f.sessions[0].speakers[0].role = 'host'))).to.deep.equal(['sessions[0].speakers[0].role']);
    const feed = smallFeed();
    feed.sessions[0].level = 'expert';
    expect(issuesOf(feed).map(formatIssue)).to.deep.equal(['sessions[0].level: must be "basic" or "advanced" or "practical"']);
  });

  it('says in its own words what is wrong with numbers, flags, texts and the version', () => {
    const messageAfter = (change: (feed: Json) => void) => {
      const feed = smallFeed();
      change(feed);
      return issuesOf(feed).map(formatIssue);
    };
    expect(messageAfter((f) => (f.sessions[0].number = '1'))).to.deep.equal(['sessions[0].number: must be a whole number, 1 or more']);
    expect(messageAfter((f) => (f.sessions[0].format.live = 'yes'))).to.deep.equal(['sessions[0].format.live: must be true or false']);
    expect(messageAfter((f) => delete f.sessions[0].title)).to.deep.equal(['sessions[0].title: is required']);
    expect(messageAfter((f) => (f.sessions[0].title = { en: '' }))).to.deep.equal(['sessions[0].title.en: must not be empty']);
    expect(messageAfter((f) => (f.sessions[0].title = { English: 'x' }))).to.deep.equal([
      'sessions[0].title.English: is not a language tag like "en" or "ja"',
    ]);
    expect(messageAfter((f) => (f.sessions[0].title = 42))).to.deep.equal([
      'sessions[0].title: must be a string or an object of language tag to string',
    ]);
    expect(messageAfter((f) => (f.series.fee = { amount: -1, currency: 'JPY' }))).to.deep.equal(['series.fee.amount: must be a number, 0 or more']);
    expect(messageAfter((f) => (f.version = 2))).to.deep.equal(['version: must be 1 (this library reads feed format version 1)']);
  });
});

describe('URL rules', () => {
  it('allows https, relative URLs, and http only for localhost', () => {
    for (const ok of ['https://example.org/a', 'slides.pdf', '/api/applications', '../x?y=1#z', 'http://localhost:8080/a', 'http://127.0.0.1/a']) {
      expect(urlProblem(ok), ok).to.equal(undefined);
    }
  });

  it('refuses every other scheme, however it is disguised', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      'http://example.org/',
      '//evil.example/x',
      '\\\\evil.example\\x',
      '',
    ]) {
      expect(urlProblem(bad), JSON.stringify(bad)).to.be.a('string');
    }
  });

  it('formats paths the way editors read them', () => {
    expect(formatPath(['sessions', 2, 'startsAt'])).to.equal('sessions[2].startsAt');
    expect(formatPath([])).to.equal('(feed)');
  });
});

describe('validateFeed: a privacy notice for every form', () => {
  it('warns about a form session when the series has neither privacyNotice nor privacyPolicyUrl, and keeps the session', () => {
    const feed = smallFeedWithoutPrivacy();
    const result = validateFeed(feed);
    expect(result.issues.map(formatIssue)).to.deep.equal([
      'sessions[0].application: mode "form" needs series.privacyNotice or series.privacyPolicyUrl beside its consent box (a warning: the session is kept)',
    ]);
    expect(result.issues[0].message).to.equal(PRIVACY_MISSING);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.feed.sessions.map((s) => s.id)).to.deep.equal(['one', 'two']);
  });

  it('warns once per form session, at its application', () => {
    const feed = smallFeedWithoutPrivacy();
    feed.sessions[1] = { ...structuredClone(feed.sessions[0]), id: 'three', number: 3 };
    expect(issuesOf(feed).map((i) => i.path)).to.deep.equal(['sessions[0].application', 'sessions[1].application']);
  });

  it('is satisfied by a privacyNotice alone, in one or both languages', () => {
    for (const notice of ['Used only for this application.', { en: 'Used only for this application.', ja: 'この申込にのみ使用します。' }]) {
      const feed = smallFeedWithoutPrivacy();
      feed.series.privacyNotice = notice;
      const result = validateFeed(feed);
      expect(result.issues).to.deep.equal([]);
      if (result.ok) expect(result.feed.series.privacyNotice).to.deep.equal(notice);
    }
  });

  it('is satisfied by a privacyPolicyUrl alone', () => {
    expect(issuesOf(smallFeed())).to.deep.equal([]);
  });

  it('says nothing for sessions that do not use the built-in form', () => {
    const feed = smallFeedWithoutPrivacy();
    feed.sessions[0].application = { opensAt: '2025-06-30', closesAt: '2025-07-28', mode: 'external', url: 'https://forms.example/x' };
    expect(issuesOf(feed)).to.deep.equal([]);
  });

  it('checks privacyNotice as a Text', () => {
    const feed = smallFeed();
    feed.series.privacyNotice = { en: '' };
    expect(issuesOf(feed).map(formatIssue)).to.deep.equal(['series.privacyNotice.en: must not be empty']);
  });
});
