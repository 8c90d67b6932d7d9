/** Japanese words of the recording, materials and calendar elements. */
import type { MediaMessages } from '../catalogue.js';

export const messages: MediaMessages = {
  play: (title) => `録画を再生：${title}`,
  length: (duration) => `再生時間 ${duration}`,
  availableUntil: (date) => `${date}まで公開`,
  chapters: 'チャプター',
  playFrom: (time, title) => `${time}から再生：${title}`,
  watchOn: { youtube: 'YouTubeで見る', vimeo: 'Vimeoで見る', video: '動画ファイルを開く' },
  noRecording: 'この回の録画はありません。',
  playerTitle: (title) => `録画：${title}`,
  materialsHeading: '資料',
  noMaterials: 'この回の資料はありません。',
  calendarHeading: 'カレンダーに追加',
  downloadIcs: 'カレンダー用ファイル（.ics）をダウンロード',
  googleCalendar: 'Googleカレンダー',
  outlookCalendar: 'Outlook.com',
  calendarEnded: 'この回は終了しました。',
  calendarToBeAnnounced: '日程は決まり次第お知らせします。',
};
