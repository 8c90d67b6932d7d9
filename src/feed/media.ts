/**
 * Recordings and materials: clock times, file sizes and types, and the player
 * addresses of each provider. Pure functions, no DOM.
 */

/** `30:00`, `1:02:05`: minutes and seconds, hours only when there are some. */
export function clockTime(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** `471 KB`, `2.4 MB`, in binary units, as file managers show them. */
export function fileSize(bytes: number, lang: string): string {
  const locale = lang === 'ja' ? 'ja-JP' : 'en-US';
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit >= 2 && value < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** Names for the media types whose subtype does not say it (`application/pdf` says `PDF`). */
const TYPE_NAMES: Record<string, string> = {
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-powerpoint': 'PowerPoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'text/plain': 'Text',
};

/** A reader's name for a media type: `PDF`, `PowerPoint`, `MP4`. */
export function typeName(mediaType: string | undefined, url: string): string | undefined {
  if (mediaType) return TYPE_NAMES[mediaType] ?? mediaType.split('/')[1].replace(/^x-/, '').toUpperCase();
  const extension = /\.([a-z0-9]{2,5})(?:[?#]|$)/i.exec(url)?.[1];
  return extension?.toUpperCase();
}

export { VIDEO_HOSTS, embedUrl, watchUrl, posterUrl } from './video.js';
