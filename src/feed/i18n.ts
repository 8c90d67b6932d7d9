/**
 * The one message catalogue: every word a visitor reads that does not come
 * from the feed. `en` and `ja` are complete (the compiler checks it); any other
 * language falls back to `en`.
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
  time: string;
  applicationPeriod: string;
  howToApply: string;
  overview: string;
  topics: string;
  format: string;
  speakers: string;
  caseStudies: string;
  presenters: string;
  note: string;
  notes: string;
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
  summary: string;
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
  showDetails: string;
  loading: string;
  feedError: string;
  feedErrorContact: (name: string) => string;
  missingSource: string;
  missingSessionId: string;
  unknownSession: (id: string) => string;
  missingSpeakerId: string;
  unknownSpeaker: (id: string) => string;
  timesShownIn: (zone: string) => string;
}

const en: Messages = {
  status: {
    upcoming: 'Upcoming',
    open: 'Applications open',
    closed: 'Applications closed',
    live: 'Live now',
    archived: 'Recording available',
    ended: 'Ended',
  },
  level: { basic: 'Basic', advanced: 'Advanced', practical: 'Practical' },
  role: { lecturer: 'Lecturer', 'case-presenter': 'Case presenter', moderator: 'Moderator' },
  attendance: { online: 'Online', 'in-person': 'In person' },
  sessionNumber: (n) => `Session ${n}`,
  sessionHeading: (number, label) => `${number} · ${label}`,
  dateToBeAnnounced: 'Date to be announced',
  date: 'Date',
  time: 'Time',
  applicationPeriod: 'Application period',
  howToApply: 'How to apply',
  overview: 'Overview',
  topics: 'Topics',
  format: 'Format',
  speakers: 'Speakers',
  caseStudies: 'Case studies',
  presenters: 'Presented by',
  note: 'Note',
  notes: 'Notes',
  liveStream: 'Live stream',
  archivePromised: 'A recording will be available later.',
  joinLiveStream: 'Join the live stream',
  applyWithForm: 'Apply with the application form for this session.',
  applyExternal: 'Apply on the organizer’s application page.',
  applyExternalLink: 'Go to the application page',
  opensOn: (when) => `Applications open on ${when}.`,
  closedOn: (when) => `Applications closed on ${when}.`,
  noApplication: 'No registration is needed.',
  capacity: (n) => `Capacity: ${n.toLocaleString('en-US')}`,
  changesHeading: 'Changes and cancellations',
  email: 'Email',
  phone: 'Phone',
  website: 'Website',
  organizer: 'Organizer',
  summary: 'About the series',
  goals: 'What you will gain',
  audience: 'Who can attend',
  fee: 'Fee',
  free: 'Free of charge',
  attendanceHeading: 'How to take part',
  registration: 'Registration',
  sessionsHeading: 'Sessions',
  speakersHeading: 'Speakers',
  appearsIn: 'Speaks at',
  fullProfile: 'Full profile',
  links: 'Links',
  noSessions: 'There are no sessions to show.',
  noSpeakers: 'There are no speakers to show.',
  showDetails: 'Show details',
  loading: 'Loading the seminar schedule…',
  feedError: 'The seminar schedule could not be loaded. Please try again later.',
  feedErrorContact: (name) => `For questions, please contact ${name}:`,
  missingSource: 'This element needs a src attribute with the feed URL, or a <seminar-feed> element around it.',
  missingSessionId: 'This element needs a session-id attribute naming a session of the feed.',
  unknownSession: (id) => `The feed has no session with the id "${id}". Check the session-id attribute.`,
  missingSpeakerId: 'This element needs a speaker-id attribute naming a speaker of the feed.',
  unknownSpeaker: (id) => `The feed has no speaker with the id "${id}". Check the speaker-id attribute.`,
  timesShownIn: (zone) => `All times are in ${zone}.`,
};

const ja: Messages = {
  status: {
    upcoming: '開催予定',
    open: '申込受付中',
    closed: '申込受付終了',
    live: '配信中',
    archived: 'アーカイブ配信中',
    ended: '終了',
  },
  level: { basic: '基礎編', advanced: '応用編', practical: '実践編' },
  role: { lecturer: '講師', 'case-presenter': '事例発表', moderator: 'モデレーター' },
  attendance: { online: 'オンライン', 'in-person': '会場' },
  sessionNumber: (n) => `第${n}回`,
  sessionHeading: (number, label) => `${number}　${label}`,
  dateToBeAnnounced: '日程は決まり次第お知らせします',
  date: '日時',
  time: '時間',
  applicationPeriod: '申込期間',
  howToApply: '申込方法',
  overview: '概要',
  topics: '内容',
  format: '実施形式',
  speakers: '講師',
  caseStudies: '事例紹介',
  presenters: '発表',
  note: '備考',
  notes: '備考',
  liveStream: 'ライブ配信',
  archivePromised: '後日アーカイブ配信を予定しています。',
  joinLiveStream: 'ライブ配信を視聴する',
  applyWithForm: 'この回の申込フォームからお申し込みください。',
  applyExternal: '主催者の申込ページからお申し込みください。',
  applyExternalLink: '申込ページへ',
  opensOn: (when) => `${when}から申込を受け付けます。`,
  closedOn: (when) => `${when}で申込受付を終了しました。`,
  noApplication: '事前の申込は不要です。',
  capacity: (n) => `定員：${n.toLocaleString('ja-JP')}名`,
  changesHeading: '申込内容の変更・キャンセル',
  email: 'メール',
  phone: '電話',
  website: 'ウェブサイト',
  organizer: '主催',
  summary: 'セミナーについて',
  goals: '得られること',
  audience: '対象',
  fee: '参加費',
  free: '無料',
  attendanceHeading: '参加方法',
  registration: '申込について',
  sessionsHeading: '開催日程',
  speakersHeading: '講師紹介',
  appearsIn: '登壇回',
  fullProfile: 'プロフィール全文',
  links: 'リンク',
  noSessions: '表示できる回はありません。',
  noSpeakers: '表示できる講師はいません。',
  showDetails: '詳細を見る',
  loading: 'セミナー情報を読み込んでいます…',
  feedError: 'セミナー情報を読み込めませんでした。時間をおいて再度お試しください。',
  feedErrorContact: (name) => `お問い合わせ先（${name}）：`,
  missingSource: 'この要素には、フィードのURLを指定する src 属性か、外側の <seminar-feed> 要素が必要です。',
  missingSessionId: 'この要素には、フィード内の回を指定する session-id 属性が必要です。',
  unknownSession: (id) => `フィードに id が「${id}」の回はありません。session-id 属性を確認してください。`,
  missingSpeakerId: 'この要素には、フィード内の講師を指定する speaker-id 属性が必要です。',
  unknownSpeaker: (id) => `フィードに id が「${id}」の講師はいません。speaker-id 属性を確認してください。`,
  timesShownIn: (zone) => `時刻はすべて${zone}です。`,
};

export const catalogue: Readonly<Record<UiLanguage, Messages>> = { en, ja };

/** The UI language for a language tag: `ja`, `ja-JP` → `ja`; anything else → `en`. */
export function uiLanguage(tag: string | null | undefined): UiLanguage {
  return tag && tag.split('-')[0].toLowerCase() === 'ja' ? 'ja' : 'en';
}

export function messages(lang: UiLanguage): Messages {
  return catalogue[lang];
}

/** A fee for display: `Free of charge` for 0, else the amount in its currency. */
export function formatFee(amount: number, currency: string, lang: UiLanguage): string {
  if (amount === 0) return catalogue[lang].free;
  return new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { style: 'currency', currency }).format(amount);
}
