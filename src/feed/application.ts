/**
 * An application for a session (docs/elements.md, "Sending an application"): its zod
 * schema and its checks, shared by the form in the browser and the receiver in
 * Node, so both find the same problems in the same words.
 */
import * as z from 'zod/mini';
import { EMAIL_PATTERN, Id, Instant } from './schema.js';
import type { ApplicationField, Feed, Session } from './schema.js';
import type { FormMessages } from './messages/catalogue.js';
import { sessionStatus } from './status.js';
import { seriesTimeZone } from './instant.js';
import { PREFECTURES } from './prefectures.js';

/** Why a field was refused; the form and the receiver turn codes into words. */
export type ProblemCode = 'required' | 'tooLong' | 'email' | 'phone' | 'choice' | 'consent' | 'invalid' | 'notOpen';

export interface FieldProblem {
  /** An applicant field (`name`, `email` …), `consent`, or `sessionId`. */
  field: string;
  code: ProblemCode;
  /** For `tooLong`: the limit. */
  max?: number;
}

export const FIELD_LIMITS = {
  name: 100,
  nameReading: 100,
  organization: 200,
  department: 200,
  jobTitle: 200,
  email: 254,
  phone: 30,
  industry: 300,
  prefecture: 10,
  questions: 2000,
} as const;

const PHONE = /^\+?[0-9][0-9 ()-]{4,28}[0-9]$/;

/** Full-width digits and letters typed on Japanese keyboards count as their plain forms. */
const normalized = z.overwrite((value: string) => value.normalize('NFKC').trim());

function text(max: number, required: boolean) {
  return z.string().check(normalized, ...(required ? [z.minLength(1, 'required')] : []), z.maxLength(max, 'tooLong'));
}

export const Applicant = z.object({
  name: text(FIELD_LIMITS.name, true),
  organization: text(FIELD_LIMITS.organization, true),
  email: text(FIELD_LIMITS.email, true).check(z.regex(EMAIL_PATTERN, 'email')),
  nameReading: z.optional(text(FIELD_LIMITS.nameReading, false)),
  department: z.optional(text(FIELD_LIMITS.department, false)),
  jobTitle: z.optional(text(FIELD_LIMITS.jobTitle, false)),
  phone: z.optional(text(FIELD_LIMITS.phone, false).check(z.refine((v) => v === '' || PHONE.test(v), 'phone'))),
  industry: z.optional(text(FIELD_LIMITS.industry, false)),
  prefecture: z.optional(text(FIELD_LIMITS.prefecture, false).check(z.refine((v) => v === '' || PREFECTURES.some((p) => p.ja === v), 'choice'))),
  questions: z.optional(text(FIELD_LIMITS.questions, false)),
});
export type Applicant = z.output<typeof Applicant>;

/** The request body of docs/elements.md, "Sending an application". */
export const ApplicationBody = z.object({
  version: z.literal(1, 'invalid'),
  seriesId: Id,
  sessionId: Id,
  locale: z.string().check(z.maxLength(35, 'invalid')),
  applicant: Applicant,
  consent: z.literal(true, 'consent'),
  submittedAt: Instant,
});
export type ApplicationBody = z.output<typeof ApplicationBody>;

/**
 * What makes two bodies the same submission: the session, what the applicant typed and
 * the consent (not the time it was sent). The form keeps one Idempotency-Key while this
 * stays the same; the receiver refuses a key reused for a different submission.
 */
export function submissionKey(body: { sessionId: string; applicant: object; consent: boolean }): string {
  return JSON.stringify([body.sessionId, body.applicant, body.consent]);
}

const CODES: readonly string[] = ['required', 'tooLong', 'email', 'phone', 'choice', 'consent', 'invalid'];

function problemsOf(error: z.core.$ZodError): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    const field = path[0] === 'applicant' ? (path[1] ?? 'applicant') : (path[0] ?? 'body');
    if (seen.has(field)) continue; // one message a field, the first that applies
    seen.add(field);
    const code = (CODES.includes(issue.message) ? issue.message : issue.code === 'invalid_type' && issue.input === undefined ? 'required' : 'invalid') as ProblemCode;
    problems.push(code === 'tooLong' ? { field, code, max: FIELD_LIMITS[field as keyof typeof FIELD_LIMITS] } : { field, code });
  }
  return problems;
}

/**
 * Checks an application body against the schema and the session it names: the
 * session exists and takes applications with the built-in form at `now`, the
 * industry is one the feed offers, and only fields the session asks are kept.
 */
export function checkApplication(
  input: unknown,
  feed: Feed,
  now: number,
): { ok: true; body: ApplicationBody; session: Session } | { ok: false; problems: FieldProblem[] } {
  const parsed = z.safeParse(ApplicationBody, input);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const body = parsed.data;
  const session = feed.sessions.find((s) => s.id === body.sessionId);
  const timeZone = seriesTimeZone(feed.series);
  if (body.seriesId !== feed.series.id || !session || session.application?.mode !== 'form') {
    return { ok: false, problems: [{ field: 'sessionId', code: 'invalid' }] };
  }
  if (sessionStatus(session, now, timeZone) !== 'open') return { ok: false, problems: [{ field: 'sessionId', code: 'notOpen' }] };
  const asked = new Set<string>(session.application.fields ?? []);
  const applicant: Record<string, string> = {};
  for (const [key, value] of Object.entries(body.applicant)) {
    if (value === undefined || value === '') continue;
    if (['name', 'organization', 'email'].includes(key) || asked.has(key)) applicant[key] = value;
  }
  if (applicant.industry !== undefined) {
    const offered = (session.application.industries ?? []).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
    if (!offered.includes(applicant.industry)) return { ok: false, problems: [{ field: 'industry', code: 'choice' }] };
  }
  return { ok: true, body: { ...body, applicant: applicant as Applicant }, session };
}

/** The optional fields a session asks, in the form's order. */
export function askedFields(session: Session): ApplicationField[] {
  const order: ApplicationField[] = ['nameReading', 'department', 'jobTitle', 'phone', 'industry', 'prefecture', 'questions'];
  const asked = new Set(session.application?.fields ?? []);
  return order.filter((f) => asked.has(f));
}

/** A problem in the words of one language, as the form shows it and the receiver answers it. */
export function problemText(m: FormMessages, problem: FieldProblem): string {
  const label = problem.field in m.label ? m.label[problem.field as keyof FormMessages['label']] : problem.field;
  switch (problem.code) {
    case 'required':
      return problem.field === 'consent' ? m.problem.consent : m.problem.required(label);
    case 'tooLong':
      return m.problem.tooLong(label, problem.max ?? 0);
    case 'email':
    case 'phone':
    case 'choice':
    case 'consent':
    case 'notOpen':
      return m.problem[problem.code];
    default:
      return m.problem.invalid(label);
  }
}
