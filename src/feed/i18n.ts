/**
 * The one message catalogue: every word a visitor reads that does not come
 * from the feed, in `messages/en.ts` and `messages/ja.ts`. Both are complete (the
 * compiler checks them against `Messages`); any other language falls back to `en`.
 */
import type { Status } from './status.js';
import type { Level } from './schema.js';

export type UiLanguage = 'en' | 'ja';

export interface Messages {
  status: Record<Status, string>;
  level: Record<Level, string>;
  role: Record<'lecturer' | 'case-presenter' | 'moderator', string>;
  attendance: Record<'online' | 'in-person', string>;
  sessionNumber: (n: number) => string;
  sessionHeading: (number: string, label: string) => string;
  dateToBeAnnounced: string;
  date: string;
  applicationPeriod: string;
  howToApply: string;
  overview: string;
  topics: string;
  format: string;
  speakers: string;
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
  noSessions: string;
  noSpeakers: string;
  loading: string;
  feedError: string;
  feedErrorContact: (name: string) => string;
  missingSource: string;
  missingSessionId: string;
  unknownSession: (id: string) => string;
  missingSpeakerId: string;
  unknownSpeaker: (id: string) => string;
}

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
  closedContact: string;
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

const loaded: Partial<Record<UiLanguage, Messages>> = {};
const loading: Partial<Record<UiLanguage, Promise<Messages>>> = {};

/**
 * Loads one language's messages. Each language is its own chunk, so a page
 * downloads only the languages it shows.
 */
export function loadMessages(lang: UiLanguage): Promise<Messages> {
  return (loading[lang] ??= (lang === 'ja' ? import('./messages/ja.js') : import('./messages/en.js')).then(
    (module) => (loaded[lang] = module.messages),
  ));
}

const formLoaded: Partial<Record<UiLanguage, FormMessages>> = {};
const formLoading: Partial<Record<UiLanguage, Promise<FormMessages>>> = {};

/** Loads the form's words in one language (a chunk of its own). */
export function loadFormMessages(lang: UiLanguage): Promise<FormMessages> {
  return (formLoading[lang] ??= (lang === 'ja' ? import('./messages/form-ja.js') : import('./messages/form-en.js')).then(
    (module) => (formLoaded[lang] = module.formMessages),
  ));
}

export function formMessagesIfLoaded(lang: UiLanguage): FormMessages | undefined {
  return formLoaded[lang];
}

/** The UI language for a language tag: `ja`, `ja-JP` → `ja`; anything else → `en`. */
export function uiLanguage(tag: string | null | undefined): UiLanguage {
  return tag && tag.split('-')[0].toLowerCase() === 'ja' ? 'ja' : 'en';
}

/** The messages of `lang` if they are loaded already (see `loadMessages`). */
export function messagesIfLoaded(lang: UiLanguage): Messages | undefined {
  return loaded[lang];
}

/** A fee for display: `Free of charge` for 0, else the amount in its currency. */
export function formatFee(amount: number, currency: string, lang: UiLanguage, free: string): string {
  if (amount === 0) return free;
  return new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { style: 'currency', currency }).format(amount);
}
