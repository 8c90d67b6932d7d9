/**
 * The message catalogue: every word a visitor reads that does not come from the feed.
 * One catalogue per language (`en/`, `ja/`), both complete (the compiler checks them
 * against `Catalogue`); any other language falls back to `en`.
 *
 * The catalogue has sections, each loaded when an element that uses it is on the page:
 * a page with only a session list downloads the `list` words alone. An element names
 * the sections it reads, and its messages are typed as exactly those sections
 * (`Messages<'list' | 'details'>`), so reading a section it did not ask for does not
 * compile.
 */
import type { Status } from '../status.js';
import type { Level } from '../schema.js';

export type UiLanguage = 'en' | 'ja';

/** The words every element needs: status, labels, loading and error messages. */
export interface ListMessages {
  status: Record<Status, string>;
  level: Record<Level, string>;
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
  lastUpdated: (when: string) => string;
  /** The badge of an upcoming session whose application window has not opened yet. */
  opensSoon: string;
  apply: string;
  /** After the Apply button: the last day to apply. */
  applyBy: (deadline: string) => string;
  /** Seats left (1 to 10), or full (0): with a waiting list, that one can still join it. */
  seats: (left: number, waitlist?: boolean) => string;
  joinLiveStream: string;
  watchRecording: string;
  /** The summary of the collapsed details under a feed error. */
  editorDetails: string;
}

/** The words of the detailed elements: series, session, speakers. */
export interface DetailMessages {
  howToApply: string;
  overview: string;
  topics: string;
  format: string;
  caseStudies: string;
  presenters: string;
  note: string;
  liveStream: string;
  archivePromised: string;
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
  sessionsHeading: string;
  speakersHeading: string;
  appearsIn: string;
  fullProfile: string;
  links: string;
  noSpeakers: string;
  missingSpeakerId: string;
  unknownSpeaker: (id: string) => string;
  role: Record<'lecturer' | 'case-presenter' | 'moderator', string>;
  attendance: Record<'online' | 'in-person', string>;
  missingSessionId: string;
  unknownSession: (id: string) => string;
  nowOpen: string;
  nextSession: string;
  sessionCount: (n: number) => string;
  contactHeading: string;
  /** The disclosure that holds a session's overview, topics, case studies, speakers and note. */
  aboutSession: string;
  /** After the format, while a recording is promised: `recording later`. */
  archiveLater: string;
  /** A session a speaker speaks at, with their role there: "Session 3 · Practical ① · Case presenter". */
  sessionWithRole: (session: string, role: string) => string;
}

export interface MediaMessages {
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
}

export interface FormMessages {
  label: Record<'name' | 'nameReading' | 'organization' | 'department' | 'jobTitle' | 'email' | 'phone' | 'industry' | 'prefecture' | 'questions', string>;
  hint: Partial<Record<'name' | 'nameReading' | 'email' | 'phone' | 'questions', string>>;
  formHeading: string;
  required: string;
  optional: string;
  choose: string;
  consent: string;
  /** Above the feed's `privacyNotice`, directly over the consent box. */
  privacyHeading: string;
  privacyPolicy: string;
  /** After a link that opens in a new tab. */
  newTab: string;
  submit: string;
  sending: string;
  sendAgain: string;
  chooseSession: string;
  noneOpen: string;
  closed: string;
  externalIntro: string;
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
  /** The 201 answer's `status`: a place, or a place on the waiting list. */
  confirmed: string;
  waitlisted: string;
  whatWasSent: string;
  nextHeading: string;
  /** What to do after applying, above the office's contact for changes and cancellations. */
  nextSteps: string;
  mailSubject: (session: string, reference: string) => string;
  /** 409 `already-registered`: a panel in place of the form. */
  duplicateTitle: string;
  duplicate: string;
  /** 409 `full`: no place and no waiting list. */
  fullTitle: string;
  full: string;
  /** 404, 405 or 501 from the endpoint: nothing takes applications there. */
  notAcceptingTitle: string;
  notAccepting: string;
  /** Above the office contact on the not-accepting and full panels. */
  applyContact: string;
  questionsContact: string;
  rateLimited: (minutes: number) => string;
  rateLimitedLater: string;
  failed: string;
  timedOut: string;
  sessionLabel: string;
  honeypot: string;
}

export interface Catalogue {
  list: ListMessages;
  details: DetailMessages;
  media: MediaMessages;
  form: FormMessages;
}

export type Section = keyof Catalogue;

/** The sections `S` of one language's catalogue. */
export type Messages<S extends Section> = Pick<Catalogue, S>;

/** The UI language for a language tag: `ja`, `ja-JP` → `ja`; anything else → `en`. */
export function uiLanguage(tag: string | null | undefined): UiLanguage {
  return tag && tag.split('-')[0].toLowerCase() === 'ja' ? 'ja' : 'en';
}
