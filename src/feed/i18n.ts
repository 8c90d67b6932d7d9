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
