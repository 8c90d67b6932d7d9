/**
 * Feed validation as docs/feed-guide.md, "What happens to mistakes", describes: a broken top level
 * rejects the feed; a bad session, speaker or material is left out and the rest
 * is kept; every problem is reported as `{ path, message }`.
 */
import * as z from 'zod/mini';
import {
  Archive,
  Contact,
  FeedTop,
  feedErrors,
  Material,
  SessionOuter,
  Speaker,
  withUrlBase,
  type Feed,
  type Session,
} from './schema.js';
import { parseInstant, seriesTimeZone, windowInstant } from './instant.js';

export interface Issue {
  /** JSON path such as `sessions[2].startsAt`; `(feed)` for the document itself. */
  path: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; feed: Feed; issues: Issue[] }
  | { ok: false; issues: Issue[]; contact?: Contact };

type PathItem = PropertyKey;

/** `['sessions', 2, 'startsAt']` → `sessions[2].startsAt`. */
export function formatPath(path: readonly PathItem[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(feed)' : out;
}

/** One line per problem, in the words every element and the CLI use. */
export function formatIssue(issue: Issue): string {
  return `${issue.path}: ${issue.message}`;
}

interface RawIssue {
  path: PathItem[];
  message: string;
}

function check<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  prefix: readonly PathItem[],
  issues: Issue[],
): T | undefined {
  const result = z.safeParse(schema, input, { error: feedErrors });
  if (result.success) return result.data;
  for (const issue of result.error.issues as unknown as RawIssue[]) {
    issues.push({ path: formatPath([...prefix, ...issue.path]), message: issue.message });
  }
  return undefined;
}


/** The warning for a form session whose series says nothing about personal information. */
export const PRIVACY_MISSING =
  'mode "form" needs series.privacyNotice or series.privacyPolicyUrl beside its consent box (a warning: the session is kept)';

/** Cross-field rules of one session; problems that make it unusable. */
function sessionProblems(session: Session, timeZone: string): Array<[PathItem[], string]> {
  const problems: Array<[PathItem[], string]> = [];
  const { startsAt, endsAt, application } = session;
  if ((startsAt === undefined) !== (endsAt === undefined)) {
    problems.push([[startsAt === undefined ? 'startsAt' : 'endsAt'], 'startsAt and endsAt go together: give both or neither']);
  }
  const start = startsAt === undefined ? NaN : parseInstant(startsAt);
  const end = endsAt === undefined ? NaN : parseInstant(endsAt);
  if (end <= start) problems.push([['endsAt'], 'must be after startsAt']);
  if (application) {
    if (startsAt === undefined) {
      problems.push([['application'], 'is allowed only for a session with startsAt and endsAt']);
    }
    const opens = windowInstant(application.opensAt, 'opens', timeZone);
    const closes = windowInstant(application.closesAt, 'closes', timeZone);
    if (closes < opens) problems.push([['application', 'closesAt'], 'must not be before opensAt']);
    if (closes > start) problems.push([['application', 'closesAt'], "must not be after the session's startsAt"]);
    if (application.mode === 'form' && application.endpoint === undefined) {
      problems.push([['application', 'endpoint'], 'is required when mode is "form"']);
    }
    if (application.mode === 'external' && application.url === undefined) {
      problems.push([['application', 'url'], 'is required when mode is "external"']);
    }
  }
  return problems;
}

function archiveProblem(archive: z.output<typeof Archive>): [PathItem, string] | undefined {
  switch (archive.provider) {
    case 'youtube':
      return /^[A-Za-z0-9_-]{6,20}$/.test(archive.videoId ?? '')
        ? undefined
        : ['videoId', 'must be a YouTube video id (6 to 20 letters, digits, _ or -)'];
    case 'vimeo':
      return /^\d{1,20}$/.test(archive.videoId ?? '') ? undefined : ['videoId', 'must be a Vimeo video id (digits)'];
    case 'video':
      return archive.src === undefined ? ['src', 'is required when provider is "video"'] : undefined;
  }
}

/** Drops items whose `id` repeats an earlier one, reporting each. */
function uniqueById<T extends { id: string }>(
  items: Array<{ item: T; index: number }>,
  list: string,
  issues: Issue[],
): Array<{ item: T; index: number }> {
  const seen = new Set<string>();
  return items.filter(({ item, index }) => {
    if (seen.has(item.id)) {
      issues.push({ path: `${list}[${index}].id`, message: `repeats the id "${item.id}"; the first one is kept` });
      return false;
    }
    seen.add(item.id);
    return true;
  });
}

/**
 * The office contact of a rejected feed, for the visitor message: the whole contact
 * when it is valid, else its name and email alone when those are.
 */
function salvageContact(input: unknown): z.output<typeof Contact> | undefined {
  const raw = (input as { series?: { contact?: Record<string, unknown> } } | null)?.series?.contact;
  if (raw === undefined) return undefined;
  const whole = z.safeParse(Contact, raw, { error: feedErrors });
  if (whole.success) return whole.data;
  const name = z.safeParse(Contact.shape.name, raw?.name);
  const email = z.safeParse(Contact.shape.email, raw?.email);
  return name.success && email.success && email.data ? { name: name.data, email: email.data } : undefined;
}

export interface ValidateOptions {
  /** The feed's own URL: relative URLs in the feed resolve against it. */
  baseUrl?: string;
}

/** Validates a parsed JSON value as a feed, keeping every good item. */
export function validateFeed(input: unknown, options: ValidateOptions = {}): ValidationResult {
  return withUrlBase(options.baseUrl, () => validate(input));
}

function validate(input: unknown): ValidationResult {
  const issues: Issue[] = [];
  const top = check(FeedTop, input, [], issues);
  if (!top) {
    return { ok: false, issues, contact: salvageContact(input) };
  }
  const timeZone = seriesTimeZone(top.series);

  const parsedSpeakers: Array<{ item: z.output<typeof Speaker>; index: number }> = [];
  top.speakers.forEach((raw, index) => {
    const item = check(Speaker, raw, ['speakers', index], issues);
    if (item) parsedSpeakers.push({ item, index });
  });
  const speakers = uniqueById(parsedSpeakers, 'speakers', issues).map((s) => s.item);
  const speakerIds = new Set(speakers.map((s) => s.id));

  const parsedSessions: Array<{ item: Session; index: number }> = [];
  top.sessions.forEach((raw, index) => {
    const at: PathItem[] = ['sessions', index];
    const outer = check(SessionOuter, raw, at, issues);
    if (!outer) return;
    const { materials: rawMaterials, archive: rawArchive, ...rest } = outer;
    const session: Session = rest;

    const problems = sessionProblems(session, timeZone);
    if (problems.length > 0) {
      for (const [path, message] of problems) issues.push({ path: formatPath([...at, ...path]), message });
      return;
    }

    if (rawMaterials) {
      const materials = rawMaterials.flatMap((m, i) => {
        const material = check(Material, m, [...at, 'materials', i], issues);
        return material ? [{ item: material, index: i }] : [];
      });
      session.materials = uniqueById(materials, `${formatPath(at)}.materials`, issues).map((m) => m.item);
    }
    if (rawArchive !== undefined) {
      const archive = check(Archive, rawArchive, [...at, 'archive'], issues);
      const problem = archive && archiveProblem(archive);
      if (problem) issues.push({ path: formatPath([...at, 'archive', problem[0]]), message: problem[1] });
      else if (archive) session.archive = archive;
    }

    if (session.speakers) {
      session.speakers = session.speakers.filter((ref, i) => {
        if (speakerIds.has(ref.speakerId)) return true;
        issues.push({
          path: formatPath([...at, 'speakers', i, 'speakerId']),
          message: `names no speaker in speakers ("${ref.speakerId}"); left out`,
        });
        return false;
      });
    }
    session.caseStudies?.forEach((study, c) => {
      if (!study.speakerIds) return;
      study.speakerIds = study.speakerIds.filter((id, i) => {
        if (speakerIds.has(id)) return true;
        issues.push({
          path: formatPath([...at, 'caseStudies', c, 'speakerIds', i]),
          message: `names no speaker in speakers ("${id}"); left out`,
        });
        return false;
      });
    });
    if (session.application?.mode === 'form' && top.series.privacyNotice === undefined && top.series.privacyPolicyUrl === undefined) {
      // A warning for the editor: the session is kept and its form works.
      issues.push({ path: formatPath([...at, 'application']), message: PRIVACY_MISSING });
    }
    parsedSessions.push({ item: session, index });
  });
  const sessions = uniqueById(parsedSessions, 'sessions', issues).map((s) => s.item);

  return { ok: true, feed: { version: 1, series: top.series, speakers, sessions }, issues };
}
