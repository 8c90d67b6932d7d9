import { expect } from '@open-wc/testing';
import { defaultFeed, type Json } from '../helpers.js';

/**
 * The default feed is bilingual: every text a visitor can see has English and
 * Japanese, and editorial remarks live in `$comment`, which no visitor sees.
 */

/** Keys whose value is one Text. */
const TEXT_KEYS = new Set([
  'title',
  'name',
  'nameReading',
  'summary',
  'audience',
  'label',
  'registrationNote',
  'privacyNotice',
  'note',
  'bio',
  'organization',
  'overview',
  'alt',
  'description',
]);

/** Keys whose value is a list of Text. */
const TEXT_LIST_KEYS = new Set(['goals', 'notes', 'topics', 'industries', 'notice']);

/** Keys that are not visitor text: ids, URLs, emails, enums, dates, numbers, flags, editors' comments. */
const NOT_TEXT_KEYS = new Set([
  '$schema',
  '$comment',
  'version',
  'id',
  'speakerId',
  'speakerIds',
  'url',
  'endpoint',
  'src',
  'poster',
  'email',
  'phone',
  'privacyPolicyUrl',
  'availabilityUrl',
  'number',
  'level',
  'role',
  'attendance',
  'live',
  'archive',
  'mode',
  'capacity',
  'waitlist',
  'sendStreamLink',
  'fields',
  'amount',
  'currency',
  'timeZone',
  'defaultLanguage',
  'startsAt',
  'endsAt',
  'opensAt',
  'closesAt',
  'publishedAt',
  'availableUntil',
  'provider',
  'videoId',
  'durationSeconds',
  'startSeconds',
  'mediaType',
  'sizeBytes',
  'lang',
]);

/** Keys that hold further objects (or lists of them) to walk into. */
const CONTAINER_KEYS = new Set([
  'series',
  'organizer',
  'fee',
  'contact',
  'speakers',
  'sessions',
  'format',
  'caseStudies',
  'application',
  'stream',
  'materials',
  'photo',
  'links',
  'captions',
  'chapters',
]);

/**
 * Proper names kept as the source page gives them (romanised) in Japanese too, because
 * their Japanese form is not known for certain. Nothing else may read the same in both.
 */
const SAME_IN_BOTH = new Set([
  // People
  'Fujiki Takeshi',
  'Tsuda Noriko',
  'Murahashi Tetsuya',
  'Kunimi Dai',
  'Osabe Hiromi',
  'Sango Masashi',
  'Odai Masaki',
  // Organisations
  'Fine HR',
  'Harayoshiko Beauty Salon Co., Ltd.',
  'Social Support Office Citrus',
  'The Japan Harassment Association',
]);

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

interface Found {
  path: string;
  value: unknown;
}

/** Every visitor-facing Text of the feed with its JSON path; throws on a key it cannot classify. */
function visitorTexts(node: unknown, path: string, out: Found[] = []): Found[] {
  if (Array.isArray(node)) {
    node.forEach((item, i) => visitorTexts(item, `${path}[${i}]`, out));
    return out;
  }
  if (typeof node !== 'object' || node === null) return out;
  for (const [key, value] of Object.entries(node as Json)) {
    const at = path ? `${path}.${key}` : key;
    // `archive` is a flag in `format` and the recording's object in a session.
    if (key === 'archive' && typeof value === 'object') visitorTexts(value, at, out);
    else if (TEXT_KEYS.has(key)) out.push({ path: at, value });
    else if (TEXT_LIST_KEYS.has(key)) {
      expect(value, at).to.be.an('array');
      (value as unknown[]).forEach((item, i) => out.push({ path: `${at}[${i}]`, value: item }));
    } else if (CONTAINER_KEYS.has(key)) visitorTexts(value, at, out);
    else if (!NOT_TEXT_KEYS.has(key)) throw new Error(`${at}: unknown key; say in this test whether it is visitor text`);
  }
  return out;
}

function isBilingual(value: unknown): value is { en: string; ja: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Json).en === 'string' &&
    typeof (value as Json).ja === 'string'
  );
}

describe('the default feed (feeds/tokyo-2025.json)', () => {
  const feed = defaultFeed();
  const texts = visitorTexts(feed, '');

  it('finds the visitor texts it is about', () => {
    // Series, nine speakers, five sessions: a walk that found almost nothing proves nothing.
    expect(texts.length).to.be.greaterThan(90);
    expect(texts.map((t) => t.path)).to.include.members([
      'series.title',
      'series.organizer.name',
      'series.fee.label',
      'series.contact.name',
      'speakers[0].bio',
      'sessions[2].label',
      'sessions[2].caseStudies[0].title',
      'sessions[4].speakers[1].note',
    ]);
  });

  it('gives every visitor-facing text in English and Japanese, neither empty', () => {
    for (const { path, value } of texts) {
      expect(isBilingual(value), `${path} must be { en, ja }`).to.equal(true);
      const { en, ja } = value as { en: string; ja: string };
      expect(en.trim(), `${path}.en`).not.to.equal('');
      expect(ja.trim(), `${path}.ja`).not.to.equal('');
    }
  });

  it('translates everything but the names kept as the source gives them', () => {
    for (const { path, value } of texts) {
      const { en, ja } = value as { en: string; ja: string };
      if (SAME_IN_BOTH.has(en)) {
        expect(ja, `${path}: a name kept romanised`).to.equal(en);
        continue;
      }
      expect(ja, `${path}.ja repeats the English`).not.to.equal(en);
      expect(ja, `${path}.ja has no Japanese`).to.match(JAPANESE);
    }
  });

  it('writes the series in Japanese as the Tokyo office would', () => {
    const { series, sessions } = feed;
    expect(series.organizer.name.ja).to.equal('東京都');
    expect(series.title.ja).to.contain('カスタマーハラスメント');
    expect(series.summary.ja).to.contain('人事労務担当者');
    expect(sessions.map((s: Json) => s.label.ja)).to.deep.equal(['基礎編', '応用編', '実践編①', '実践編②', '実践編③']);
    expect(sessions.map((s: Json) => s.label.en)).to.deep.equal(['Basic', 'Advanced', 'Practical ①', 'Practical ②', 'Practical ③']);
  });

  it('has no empty or dangling list items or notes', () => {
    const dangling = (s: string) => s.trim() === '' || /[:：]$/.test(s.trim());
    const items: Found[] = texts.filter(({ path }) => /\.(goals|notes|topics)\[\d+\]$|^sessions\[\d+\]\.note$/.test(path));
    expect(items.length).to.be.greaterThan(25);
    for (const { path, value } of items) {
      const { en, ja } = value as { en: string; ja: string };
      expect(dangling(en), `${path}.en: "${en}"`).to.equal(false);
      expect(dangling(ja), `${path}.ja: "${ja}"`).to.equal(false);
    }
    // The case studies are in caseStudies; a bare "Case studies" topic would be a heading with nothing under it.
    for (const [i, session] of (feed.sessions as Json[]).entries()) {
      for (const topic of session.topics ?? []) {
        expect(topic.en, `sessions[${i}].topics`).not.to.match(/^case stud(y|ies)\W*$/i);
        expect(topic.ja, `sessions[${i}].topics`).not.to.match(/^(事例紹介|事例発表|ケーススタディ)\W*$/);
      }
    }
  });

  it('says the format once: no format note that repeats attendance, live and archive', () => {
    for (const [i, session] of (feed.sessions as Json[]).entries()) {
      const note = session.format.note;
      if (note === undefined) continue;
      expect(note.en, `sessions[${i}].format.note`).not.to.match(/\b(online|live|archive|recording)\b/i);
    }
  });

  it('keeps the remark about the printed weekday of session 3 for editors, in a $comment', () => {
    const session3 = (feed.sessions as Json[]).find((s) => s.id === 'session-3')!;
    expect(session3.startsAt).to.equal('2025-12-25T15:00:00+09:00');
    expect(session3.$comment).to.be.a('string');
    expect(session3.$comment).to.contain('December 25, 2025');
    expect(session3.$comment).to.contain('Thursday');
    const note = session3.note === undefined ? '' : JSON.stringify(session3.note);
    expect(note).not.to.contain('December 25');
    expect(note).not.to.contain('12月25日');
  });

  it('keeps every $comment a string of at most 5,000 characters', () => {
    const comments: unknown[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (typeof node === 'object' && node !== null) {
        for (const [key, value] of Object.entries(node)) {
          if (key === '$comment') comments.push(value);
          else walk(value);
        }
      }
    };
    walk(feed);
    expect(comments.length).to.be.greaterThan(0);
    for (const comment of comments) {
      expect(comment).to.be.a('string');
      expect((comment as string).length).to.be.at.most(5000);
    }
  });
});
