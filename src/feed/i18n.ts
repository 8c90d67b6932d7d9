/**
 * The one message catalogue: every word a visitor reads that does not come
 * from the feed, in `messages/en.ts` and `messages/ja.ts`. Both are complete (the
 * compiler checks them against `Messages`); any other language falls back to `en`.
 */
import type { Status } from './status.js';
import type { Level } from './schema.js';

export type UiLanguage = 'en' | 'ja';

/** The words every element needs: a session list downloads only these. */
export interface CoreMessages {
  status: Record<Status, string>;
  level: Record<Level, string>;
  role: Record<'lecturer' | 'case-presenter' | 'moderator', string>;
  sessionNumber: (n: number) => string;
  sessionHeading: (number: string, label: string) => string;
  dateToBeAnnounced: string;
  date: string;
  applicationPeriod: string;
  speakers: string;
  noSessions: string;
  loading: string;
  feedError: string;
  feedErrorContact: (name: string) => string;
  missingSource: string;
  missingSessionId: string;
  unknownSession: (id: string) => string;
  lastUpdated: (when: string) => string;
}

/** The words of the detailed elements (session, series, speakers, form), in a chunk of their own. */
export interface MoreMessages {
  attendance: Record<'online' | 'in-person', string>;
  howToApply: string;
  overview: string;
  topics: string;
  format: string;
  caseStudies: string;
  presenters: string;
  note: string;
  liveStream: string;
  archivePromised: string;
  joinLiveStream: string;
  applyWithForm: string;
  applyExternal: string;
  applyExternalLink: string;
  opensOn: (when: string) => string;
  closedOn: (when: string) => string;
  noApplication: string;
  capacity: (n: number) => string;
  changesHeading: string;
  email: string;
  phone: string;
  website: string;
  organizer: string;
  goals: string;
  audience: string;
  fee: string;
  free: string;
  attendanceHeading: string;
  registration: string;
  sessionsHeading: string;
  speakersHeading: string;
  appearsIn: string;
  fullProfile: string;
  links: string;
  noSpeakers: string;
  missingSpeakerId: string;
  unknownSpeaker: (id: string) => string;
}

/** The words of the recording, materials and calendar elements. */
export interface MediaMessages {
  recordingHeading: string;
  play: (title: string) => string;
  length: (duration: string) => string;
  availableUntil: (date: string) => string;
  chapters: string;
  playFrom: (time: string, title: string) => string;
  watchOn: Record<'youtube' | 'vimeo' | 'video', string>;
  noRecording: string;
  playerTitle: (title: string) => string;
  materialsHeading: string;
  noMaterials: string;
  calendarHeading: string;
  downloadIcs: string;
  googleCalendar: string;
  outlookCalendar: string;
  calendarEnded: string;
  calendarToBeAnnounced: string;
  online: string;
}

export type Messages = CoreMessages & MoreMessages & MediaMessages;
export type MessagePart = 'core' | 'more' | 'media';

/** The words of the application form (its own chunk: pages without a form do not load them). */
export interface FormMessages {
  label: Record<'name' | 'nameReading' | 'organization' | 'department' | 'jobTitle' | 'email' | 'phone' | 'industry' | 'prefecture' | 'questions', string>;
  hint: Partial<Record<'name' | 'nameReading' | 'email' | 'phone' | 'questions', string>>;
  formHeading: string;
  required: string;
  optional: string;
  choose: string;
  consent: string;
  privacyPolicy: string;
  submit: string;
  sending: string;
  sendAgain: string;
  chooseSession: string;
  noneOpen: string;
  opensOn: (when: string) => string;
  closed: string;
  externalIntro: string;
  externalLink: string;
  summaryTitle: string;
  problem: {
    required: (label: string) => string;
    choose: (label: string) => string;
    tooLong: (label: string, max: number) => string;
    email: string;
    phone: string;
    choice: string;
    consent: string;
    invalid: (label: string) => string;
    notOpen: string;
  };
  successTitle: string;
  reference: string;
  whatWasSent: string;
  mailSubject: (session: string, reference: string) => string;
  duplicate: string;
  rateLimited: (minutes: number) => string;
  rateLimitedLater: string;
  failed: string;
  timedOut: string;
  sessionLabel: string;
  honeypot: string;
}

type PartKey = `${UiLanguage}-${MessagePart | 'form'}`;

// The list's words are a chunk per language; everything else a page may show, another.
const IMPORTS: Record<PartKey, () => Promise<object>> = {
  'en-core': () => import('./messages/en.js').then((m) => m.messages),
  'ja-core': () => import('./messages/ja.js').then((m) => m.messages),
  'en-more': () => import('./messages/en-words.js').then((m) => m.more),
  'ja-more': () => import('./messages/ja-words.js').then((m) => m.more),
  'en-media': () => import('./messages/en-words.js').then((m) => m.media),
  'ja-media': () => import('./messages/ja-words.js').then((m) => m.media),
  'en-form': () => import('./messages/en-words.js').then((m) => m.form),
  'ja-form': () => import('./messages/ja-words.js').then((m) => m.form),
};
const parts: Partial<Record<PartKey, object>> = {};
const partsLoading: Partial<Record<PartKey, Promise<object>>> = {};

/** Loads one chunk of words once, however many elements ask. */
function loadPart(key: PartKey): Promise<object> {
  return (partsLoading[key] ??= IMPORTS[key]().then((words) => (parts[key] = words)));
}
const merged: Partial<Record<string, Messages>> = {};

/**
 * Loads the parts of one language's messages an element needs. Each part of each
 * language is its own chunk, so a page downloads only what it shows.
 */
export function loadMessages(lang: UiLanguage, needed: readonly MessagePart[] = ['core']): Promise<unknown> {
  return Promise.all(needed.map((part) => loadPart(`${lang}-${part}`)));
}

/** Loads the form's words in one language (a part of its own, kept apart from `Messages`). */
export function loadFormMessages(lang: UiLanguage): Promise<FormMessages> {
  return loadPart(`${lang}-form`) as Promise<FormMessages>;
}

export function formMessagesIfLoaded(lang: UiLanguage): FormMessages | undefined {
  return parts[`${lang}-form`] as FormMessages | undefined;
}

/** The UI language for a language tag: `ja`, `ja-JP` → `ja`; anything else → `en`. */
export function uiLanguage(tag: string | null | undefined): UiLanguage {
  return tag && tag.split('-')[0].toLowerCase() === 'ja' ? 'ja' : 'en';
}

/**
 * The messages of `lang` if the parts are loaded already (see `loadMessages`). Typed
 * as the whole catalogue: an element that asks for the core part only must use only
 * core words (its tests render every state).
 */
export function messagesIfLoaded(lang: UiLanguage, needed: readonly MessagePart[] = ['core']): Messages | undefined {
  const key = `${lang}:${needed.join('+')}`;
  if (merged[key]) return merged[key];
  const found = needed.map((part) => parts[`${lang}-${part}`]);
  if (found.some((p) => p === undefined)) return undefined;
  return (merged[key] = Object.assign({}, ...found) as Messages);
}

/** A fee for display: `Free of charge` for 0, else the amount in its currency. */
export function formatFee(amount: number, currency: string, lang: UiLanguage, free: string): string {
  if (amount === 0) return free;
  return new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { style: 'currency', currency }).format(amount);
}
