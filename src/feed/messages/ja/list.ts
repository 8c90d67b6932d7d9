/** Japanese words every element needs. */
import type { ListMessages } from '../catalogue.js';

export const messages: ListMessages = {
  status: {
    upcoming: '開催予定',
    open: '申込受付中',
    closed: '受付終了',
    live: '配信中',
    archived: 'アーカイブ配信中',
    ended: '終了',
  },
  level: { basic: '基礎編', advanced: '応用編', practical: '実践編' },
  sessionNumber: (n) => `第${n}回`,
  sessionHeading: (number, label) => `${number}　${label}`,
  dateToBeAnnounced: '日程は決まり次第お知らせします',
  date: '日時',
  applicationPeriod: '申込期間',
  speakers: '講師',
  noSessions: '表示できる回はありません。',
  loading: 'セミナー情報を読み込んでいます…',
  feedError: 'セミナー情報を読み込めませんでした。時間をおいて再度お試しください。',
  feedErrorContact: (name) => `お問い合わせ先（${name}）：`,
  missingSource: 'この要素には、フィードのURLを指定する src 属性か、外側の <seminar-feed> 要素が必要です。',
  lastUpdated: (when) => `${when}時点の情報です。最新の情報を読み込めませんでした。`,
  opensSoon: '受付開始前',
  apply: '申し込む',
  applyBy: (deadline) => `${deadline}まで`,
  seats: (n, w) => (n ? `残り${n}席` : w ? '満席（キャンセル待ち受付中）' : '満席'),
  joinLiveStream: 'ライブ配信に参加する',
  watchRecording: 'アーカイブ動画を見る',
  editorDetails: 'サイト編集者向けの詳細',
};
