/**
 * The words of the confirmation mail, in the applicant's language. Node only: the
 * browser never loads them, so they live beside the mail, not in the visitor catalogue.
 */
import type { UiLanguage } from '../feed/messages/catalogue.js';

export type MailKind = 'confirmed' | 'waitlisted' | 'promoted';

export interface MailMessages {
  subject: Record<MailKind, (title: string, reference: string) => string>;
  greeting: (name: string) => string;
  thanks: (series: string) => string;
  outcome: Record<MailKind, string>;
  reference: string;
  session: string;
  date: string;
  dateToBeAnnounced: string;
  howToJoin: string;
  streamLink: string;
  streamLater: string;
  calendar: string;
  contact: string;
  noContact: string;
  /** Between a label and its value. */
  colon: string;
}

const en: MailMessages = {
  subject: {
    confirmed: (title, ref) => `Your place is confirmed: ${title} (${ref})`,
    waitlisted: (title, ref) => `You are on the waiting list: ${title} (${ref})`,
    promoted: (title, ref) => `A place is now yours: ${title} (${ref})`,
  },
  greeting: (name) => `Dear ${name},`,
  thanks: (series) => `Thank you for applying to ${series}.`,
  outcome: {
    confirmed: 'Your place is confirmed.',
    waitlisted: 'The session is full, so you are on the waiting list: you do not have a place yet. We will write to you again if a place becomes free.',
    promoted: 'A place has become free, and it is now yours: your place is confirmed.',
  },
  reference: 'Reference',
  session: 'Session',
  date: 'Date',
  dateToBeAnnounced: 'to be announced',
  howToJoin: 'How to take part',
  streamLink: 'Link to join',
  streamLater: 'The office will tell you how to join before the session.',
  calendar: 'The session is attached as a calendar file (.ics).',
  contact: 'For changes or to cancel, please contact',
  noContact: 'For changes or to cancel, please reply to this message.',
  colon: ': ',
};

const ja: MailMessages = {
  subject: {
    confirmed: (title, ref) => `【参加確定】${title}（受付番号 ${ref}）`,
    waitlisted: (title, ref) => `【キャンセル待ち受付】${title}（受付番号 ${ref}）`,
    promoted: (title, ref) => `【参加確定のお知らせ】${title}（受付番号 ${ref}）`,
  },
  greeting: (name) => `${name} 様`,
  thanks: (series) => `${series}にお申し込みいただき、ありがとうございます。`,
  outcome: {
    confirmed: '参加が確定しました。',
    waitlisted: 'この回は現在満席のため、キャンセル待ちとして受け付けました。参加はまだ確定していません。空きが出た場合は改めてご連絡します。',
    promoted: 'キャンセルにより空きが出たため、参加が確定しました。',
  },
  reference: '受付番号',
  session: '回',
  date: '日時',
  dateToBeAnnounced: '決まり次第お知らせします',
  howToJoin: '参加方法',
  streamLink: '参加用URL',
  streamLater: '参加方法は開催前に事務局からご案内します。',
  calendar: 'カレンダー用のファイル（.ics）を添付しています。',
  contact: '変更・キャンセルのご連絡先',
  noContact: '変更・キャンセルは、このメールにご返信ください。',
  colon: '：',
};

export const MAIL_MESSAGES: Record<UiLanguage, MailMessages> = { en, ja };
