/**
 * The addresses of a recording: the player, the page to watch it on, the poster. Apart
 * from the rest of `media.ts` because the JSON-LD needs them too (a VideoObject).
 */
import type { Archive } from './schema.js';

export const VIDEO_HOSTS = {
  youtube: 'https://www.youtube-nocookie.com',
  vimeo: 'https://player.vimeo.com',
} as const;

/** The embedded player's address, starting at `start` seconds; `autoplay` where a click asked for it. */
export function embedUrl(archive: Archive, start = 0, autoplay = true): string | undefined {
  const id = archive.videoId && encodeURIComponent(archive.videoId);
  const play = autoplay ? '&autoplay=1' : '';
  if (!id) return undefined;
  if (archive.provider === 'youtube') return `${VIDEO_HOSTS.youtube}/embed/${id}?rel=0${play}${start > 0 ? `&start=${Math.floor(start)}` : ''}`;
  if (archive.provider === 'vimeo') return `${VIDEO_HOSTS.vimeo}/video/${id}?dnt=1${play}${start > 0 ? `#t=${Math.floor(start)}s` : ''}`;
  return undefined;
}

/** Where the recording can be watched without the embed (a plain link). */
export function watchUrl(archive: Archive): string | undefined {
  const id = archive.videoId && encodeURIComponent(archive.videoId);
  if (id && archive.provider === 'youtube') return `https://www.youtube.com/watch?v=${id}`;
  if (id && archive.provider === 'vimeo') return `https://vimeo.com/${id}`;
  return archive.src;
}

/** The poster: the feed's, else YouTube's thumbnail (from i.ytimg.com, not a player host). */
export function posterUrl(archive: Archive): string | undefined {
  if (archive.poster) return archive.poster;
  if (archive.provider === 'youtube' && archive.videoId) return `https://i.ytimg.com/vi/${encodeURIComponent(archive.videoId)}/hqdefault.jpg`;
  return undefined;
}
