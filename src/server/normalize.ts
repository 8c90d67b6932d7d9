/**
 * What the receiver does to an application's text before the shared checks
 * (src/feed/application.ts) see it, so that what is stored, compared and exported is
 * what a person sees: every string is put in NFC, stripped of invisible format
 * characters (zero-width spaces, soft hyphens, word joiners, byte-order marks,
 * bidirectional controls) and trimmed; a control character (NUL, ESC …; only line
 * breaks and tabs in `questions`) or half a surrogate pair makes its field invalid; and
 * an email address must be a plain address (no `<`, `>`, spaces, quotes or brackets).
 */
import { Applicant, checkApplication, type FieldProblem } from '../feed/application.js';
import type { Feed } from '../feed/schema.js';

const FORMAT = /\p{Cf}/gu;
const CONTROL = /[\p{Cc}\p{Cs}]/u;
const CONTROL_BUT_LINES = /[^\t\n\r\P{Cc}]|\p{Cs}/u;

/**
 * An address as people write one: a dot-atom local part of letters, digits and
 * `!#$%&'*+/=?^_`{|}~-`, an `@`, and a domain of two or more labels (letters in any
 * script, digits, inner hyphens).
 */
const ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';
export const PLAIN_EMAIL = new RegExp(`^${ATOM}(?:\\.${ATOM})*@${LABEL}(?:\\.${LABEL})+$`, 'u');

/** One string as it is stored: NFC, no format characters, no surrounding space. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(FORMAT, '').trim();
}

/** The address the duplicate check compares: cleaned, without case. */
export function normalizeEmail(email: string): string {
  return cleanText(email).toLowerCase();
}

function clean(value: unknown, field: string, problems: FieldProblem[]): unknown {
  if (typeof value !== 'string') return value;
  if ((field === 'questions' ? CONTROL_BUT_LINES : CONTROL).test(value)) problems.push({ field, code: field === 'email' ? 'email' : 'invalid' });
  return cleanText(value);
}

/** The body with every string cleaned, and the fields refused for what they contain. */
export function cleanApplication(input: unknown): { input: unknown; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { input, problems };
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) body[key] = clean(value, key, problems);
  const applicant = body.applicant;
  if (typeof applicant === 'object' && applicant !== null && !Array.isArray(applicant)) {
    const cleaned: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(applicant)) cleaned[key] = clean(value, key, problems);
    const email = cleaned.email;
    if (typeof email === 'string' && email !== '' && !problems.some((p) => p.field === 'email') && !PLAIN_EMAIL.test(email.normalize('NFKC'))) {
      problems.push({ field: 'email', code: 'email' });
    }
    body.applicant = cleaned;
  }
  return { input: body, problems };
}

/**
 * `checkApplication` of the cleaned body: the receiver's problems with the text come
 * first, then the shared checks' for the other fields.
 */
export function checkReceived(input: unknown, feed: Feed, now: number): ReturnType<typeof checkApplication> {
  const cleaned = cleanApplication(input);
  const checked = checkApplication(cleaned.input, feed, now);
  if (cleaned.problems.length === 0) return checked;
  const shared = checked.ok ? [] : checked.problems.filter((p) => !cleaned.problems.some((c) => c.field === p.field));
  const order = (p: FieldProblem) => (ORDER.indexOf(p.field) + ORDER.length + 1) % (ORDER.length + 1); // unknown fields last
  return { ok: false, problems: [...cleaned.problems, ...shared].sort((a, b) => order(a) - order(b)) };
}

/** The order of the form, which is the order of the shared checks' problems. */
const ORDER = ['version', 'seriesId', 'sessionId', 'locale', ...Object.keys(Applicant.shape), 'consent', 'submittedAt'];
