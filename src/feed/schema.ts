/**
 * The feed schema (version 1; docs/feed-guide.md): the single source of truth for the
 * feed's types, its runtime validation and `dist/feed.schema.json`.
 *
 * Written with `zod/mini`, which tree-shakes far better than classic zod.
 */
import * as z from 'zod/mini';
import { isDay, isInstant, isTimeZone } from './instant.js';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}

/**
 * Our own words for zod's generic problems (zod/mini ships no messages). Passed to
 * every parse by `validate.ts`; never set globally, so a host application's own zod
 * keeps its own messages.
 */
export const feedErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be a ${issue.expected}, not ${describe(issue.input)}`;
    case 'too_big':
      return issue.origin === 'array' ? `must have at most ${issue.maximum} items` : `must be at most ${issue.maximum}`;
    case 'too_small':
      return `must be at least ${issue.minimum}`;
    case 'invalid_format':
      return `is not a valid ${issue.format}`;
    default:
      return undefined;
  }
};

export const LIMITS = {
  title: 300,
  text: 5000,
  sessions: 500,
  speakers: 500,
  perSession: 50,
  bodyBytes: 2 * 1024 * 1024,
  url: 2048,
} as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
// Whitespace, control characters and backslashes let a URL parser read a scheme
// that a plain check would miss (`java\tscript:`), so none may appear.
const UNSAFE_URL_CHARACTERS = /[\u0000-\u0020\u007f-\u009f\\]/;

/** The base that relative URLs resolve against while a feed is being validated. */
let resolveBase: string | undefined;

/**
 * Runs `fn` with relative URLs resolving against `base`. Validation is synchronous,
 * so the module-level base cannot leak into another validation.
 */
export function withUrlBase<T>(base: string | undefined, fn: () => T): T {
  const previous = resolveBase;
  resolveBase = base;
  try {
    return fn();
  } finally {
    resolveBase = previous;
  }
}

/** Why a URL is refused, or `undefined` when the feed format allows it. */
export function urlProblem(value: string): string | undefined {
  if (value === '') return 'must not be empty';
  if (UNSAFE_URL_CHARACTERS.test(value)) return 'must not contain spaces, control characters or backslashes';
  if (value.startsWith('//')) return 'must not be protocol-relative; write https://';
  const scheme = SCHEME.exec(value)?.[1].toLowerCase();
  if (scheme === undefined || scheme === 'https') return undefined;
  if (scheme === 'http') {
    try {
      const host = new URL(value).hostname;
      if (host === 'localhost' || host === '127.0.0.1') return undefined;
    } catch {
      return 'is not a valid URL';
    }
    return 'must use https: (http: is allowed only for localhost and 127.0.0.1)';
  }
  return `must be an https: URL or a relative one; "${scheme}:" is not allowed`;
}

const resolved = new Map<string, string>();

/** `value` against the feed's URL; remembered, as feeds repeat the same few addresses. */
function resolveUrl(value: string): string {
  if (resolveBase === undefined) return value;
  const key = `${resolveBase}\n${value}`;
  let href = resolved.get(key);
  if (href === undefined) {
    try {
      href = new URL(value, resolveBase).href;
    } catch {
      href = value;
    }
    if (resolved.size > 2000) resolved.clear();
    resolved.set(key, href);
  }
  return href;
}

/** A URL: https, localhost http, or relative to the feed's URL (resolved on validation). */
export const Url = z.string().check(
  z.maxLength(LIMITS.url),
  z.superRefine((value, ctx) => {
    const problem = urlProblem(value);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: value });
  }),
  z.overwrite(resolveUrl),
);

/** A schema-level message that still says "is required" when the value is missing. */
function expected(message: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : message) };
}

/**
 * A whole number of at least `min`: zod's number, its lower bound, and a refinement for
 * the whole. (`z.int()` says the same but brings zod's number-format checks, 0.3 KiB
 * more on every page, for a message we write ourselves anyway.)
 */
function integer(min: number) {
  const message = `must be a whole number, ${min} or more`;
  return z.number(expected(message)).check(z.gte(min, message), z.refine(Number.isInteger, message));
}

/** A number of at least `min`. */
function numberFrom(min: number) {
  const message = `must be a number, ${min} or more`;
  return z.number(expected(message)).check(z.gte(min, message));
}

const flag = z.boolean(expected('must be true or false'));

/** One of `values`. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.literal(values, expected(`must be ${values.map((v) => `"${v}"`).join(' or ')}`));
}

export const Id = z.string().check(
  z.maxLength(64, 'must be at most 64 characters'),
  z.regex(SLUG, 'must be a slug: lower-case letters, digits and single hyphens, like "session-1"'),
);

export const Instant = z.string().check(
  z.refine(isInstant, 'must be a date-time with an offset, like 2025-07-31T14:00:00+09:00'),
);

export const InstantOrDay = z.string().check(
  z.refine(
    (v) => isInstant(v) || isDay(v),
    'must be a day (2025-06-30) or a date-time with an offset (2025-06-30T10:00:00+09:00)',
  ),
);

/**
 * Text: a string, or an object of language tag to string. One check rather than a
 * zod union, so that its messages say exactly what is wrong ("must not be empty",
 * "is not a language tag") instead of "no union member matched".
 */
function textOf(max: number) {
  const problem = (text: unknown) =>
    typeof text !== 'string'
      ? 'must be a string'
      : text === ''
        ? 'must not be empty'
        : text.length > max
          ? `must be at most ${max} characters`
          : undefined;
  const schema = z.custom<string | Record<string, string>>().check(
    z.superRefine((input, ctx) => {
      const report = (message: string, path: string[] = []): void => {
        ctx.issues.push({ code: 'custom', message, input, path });
      };
      if (input === undefined) return report('is required');
      if (typeof input === 'string') {
        const wrong = problem(input);
        return wrong ? report(wrong) : undefined;
      }
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        return report('must be a string or an object of language tag to string');
      }
      const entries = Object.entries(input);
      if (entries.length === 0) report('must have at least one language');
      for (const [tag, text] of entries) {
        const wrong = LANGUAGE_TAG.test(tag) ? problem(text) : 'is not a language tag like "en" or "ja"';
        if (wrong) report(wrong, [tag]);
      }
    }),
  );
  return schema;
}

/** The JSON Schema of a Text of at most `max` characters, which zod cannot derive from the check above. */
export function textJsonSchema(max: number): Record<string, unknown> {
  const oneString = { type: 'string', minLength: 1, maxLength: max };
  return {
    anyOf: [
      oneString,
      { type: 'object', minProperties: 1, propertyNames: { pattern: LANGUAGE_TAG.source }, additionalProperties: oneString },
    ],
  };
}

export const Text = textOf(LIMITS.text);
export const Title = textOf(LIMITS.title);

const Attendance = oneOf(['online', 'in-person']);

/** An email address as the feed and the application form accept it. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An editor's remark on any object of the feed; never shown to visitors. */
const Comment = z.optional(z.string().check(z.maxLength(LIMITS.text)));

export const Contact = z.object({
  $comment: Comment,
  name: Text,
  email: z.optional(z.string().check(z.regex(EMAIL_PATTERN, 'must be an email address'))),
  phone: z.optional(z.string().check(z.maxLength(40))),
  url: z.optional(Url),
  note: z.optional(Text),
});

export const Series = z.object({
  $comment: Comment,
  id: Id,
  title: Title,
  organizer: z.object({ $comment: Comment, name: Text, url: z.optional(Url) }),
  summary: z.optional(Text),
  goals: z.optional(z.array(Text).check(z.maxLength(LIMITS.perSession))),
  audience: z.optional(Text),
  fee: z.optional(
    z.object({
      $comment: Comment,
      amount: numberFrom(0),
      currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like "JPY"')),
      label: z.optional(Text),
    }),
  ),
  attendance: z.optional(z.array(Attendance)),
  timeZone: z.optional(z.string().check(z.refine(isTimeZone, 'must be an IANA time zone like "Asia/Tokyo"'))),
  defaultLanguage: z.optional(z.string().check(z.regex(LANGUAGE_TAG, 'must be a language tag like "en" or "ja"'))),
  registrationNote: z.optional(Text),
  contact: z.optional(Contact),
  privacyPolicyUrl: z.optional(Url),
  /** Shown inline beside the consent of every form: how the information entered is used. */
  privacyNotice: z.optional(Text),
  /** The receiver's `GET /api/availability`: seats left and "full" shown while applications are open. */
  availabilityUrl: z.optional(Url),
  notes: z.optional(z.array(Text).check(z.maxLength(LIMITS.perSession))),
});

export const Speaker = z.object({
  $comment: Comment,
  id: Id,
  name: Text,
  nameReading: z.optional(Text),
  title: z.optional(Text),
  organization: z.optional(Text),
  bio: z.optional(Text),
  photo: z.optional(z.object({ $comment: Comment, src: Url, alt: Text })),
  links: z.optional(z.array(z.object({ $comment: Comment, label: Text, url: Url })).check(z.maxLength(20))),
});

export const ApplicationField = oneOf([
  'nameReading',
  'department',
  'jobTitle',
  'phone',
  'industry',
  'prefecture',
  'questions',
]);

export const Application = z.object({
  $comment: Comment,
  opensAt: InstantOrDay,
  closesAt: InstantOrDay,
  mode: oneOf(['form', 'external']),
  endpoint: z.optional(Url),
  url: z.optional(Url),
  capacity: z.optional(integer(1)),
  waitlist: z.optional(flag),
  sendStreamLink: z.optional(flag),
  fields: z.optional(z.array(ApplicationField)),
  industries: z.optional(z.array(Text).check(z.maxLength(LIMITS.perSession))),
});

export const Material = z.object({
  $comment: Comment,
  id: Id,
  title: Title,
  url: Url,
  mediaType: z.optional(z.string().check(z.regex(/^[\w.+-]+\/[\w.+-]+$/, 'must be a media type like "application/pdf"'))),
  sizeBytes: z.optional(integer(0)),
  description: z.optional(Text),
  notice: z.optional(z.array(Text).check(z.maxLength(20))),
});

export const Archive = z.object({
  $comment: Comment,
  provider: oneOf(['youtube', 'vimeo', 'video']),
  videoId: z.optional(z.string()),
  src: z.optional(Url),
  poster: z.optional(Url),
  durationSeconds: z.optional(integer(0)),
  captions: z.optional(z.array(z.object({ $comment: Comment, lang: z.string().check(z.regex(LANGUAGE_TAG)), label: Text, src: Url })).check(z.maxLength(20))),
  chapters: z.optional(z.array(z.object({ $comment: Comment, startSeconds: integer(0), title: Title })).check(z.maxLength(200))),
  publishedAt: z.optional(Instant),
  availableUntil: z.optional(Instant),
});

export const SessionSpeaker = z.object({
  $comment: Comment,
  speakerId: Id,
  role: oneOf(['lecturer', 'case-presenter', 'moderator']),
  note: z.optional(Text),
});

const sessionShape = {
  id: Id,
  number: integer(1),
  level: oneOf(['basic', 'advanced', 'practical']),
  label: z.optional(Text),
  title: Title,
  startsAt: z.optional(Instant),
  endsAt: z.optional(Instant),
  overview: z.optional(Text),
  topics: z.optional(z.array(Text).check(z.maxLength(LIMITS.perSession))),
  format: z.object({
    $comment: Comment,
    attendance: z.array(Attendance),
    live: z.optional(flag),
    archive: z.optional(flag),
    note: z.optional(Text),
  }),
  speakers: z.optional(z.array(SessionSpeaker).check(z.maxLength(LIMITS.perSession))),
  caseStudies: z.optional(
    z
      .array(z.object({ $comment: Comment, title: Title, organization: z.optional(Text), speakerIds: z.optional(z.array(Id)) }))
      .check(z.maxLength(LIMITS.perSession)),
  ),
  application: z.optional(Application),
  stream: z.optional(z.object({ $comment: Comment, url: Url })),
  note: z.optional(Text),
};

// The whole-session and whole-feed schemas serve the types and the published JSON
// Schema; validation reads the feed in parts (below). Built in a pure function call,
// so that a bundle which never uses them drops them: `.check()` alone would keep them.
export const Session = /* @__PURE__ */ (() =>
  z.object({
    $comment: Comment,
    ...sessionShape,
    materials: z.optional(z.array(Material).check(z.maxLength(LIMITS.perSession))),
    archive: z.optional(Archive),
  }))();

/**
 * The session as first read: materials and the archive are checked one by one
 * afterwards, so that a bad one is left out without losing the whole session.
 */
export const SessionOuter = z.object({
  $comment: Comment,
  ...sessionShape,
  materials: z.optional(z.array(z.unknown()).check(z.maxLength(LIMITS.perSession))),
  archive: z.optional(z.unknown()),
});

/** The format's version: 1. */
const Version = z.literal(1, expected('must be 1 (this library reads feed format version 1)'));

/** The top level, read before any item; a failure here means nothing renders. */
export const FeedTop = z.object({
  $comment: Comment,
  version: Version,
  series: Series,
  speakers: z.array(z.unknown()).check(z.maxLength(LIMITS.speakers, `must have at most ${LIMITS.speakers} speakers`)),
  sessions: z.array(z.unknown()).check(z.maxLength(LIMITS.sessions, `must have at most ${LIMITS.sessions} sessions`)),
});

/** The whole feed, for types and the published JSON Schema. */
export const Feed = /* @__PURE__ */ (() =>
  z.object({
    $schema: z.optional(z.string()),
    $comment: Comment,
    version: Version,
    series: Series,
    speakers: z.array(Speaker).check(z.maxLength(LIMITS.speakers)),
    sessions: z.array(Session).check(z.maxLength(LIMITS.sessions)),
  }))();

export type Feed = z.output<typeof Feed>;
export type Series = z.output<typeof Series>;
export type Speaker = z.output<typeof Speaker>;
export type Session = z.output<typeof Session>;
export type Application = z.output<typeof Application>;
export type Material = z.output<typeof Material>;
export type Archive = z.output<typeof Archive>;
export type Contact = z.output<typeof Contact>;
export type SessionSpeaker = z.output<typeof SessionSpeaker>;
export type ApplicationField = z.output<typeof ApplicationField>;
export type Level = Session['level'];
