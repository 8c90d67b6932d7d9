/**
 * The addresses of a recording: the player, the page to watch it on, the poster. Apart
 * from the rest of `media.ts` because the JSON-LD needs them too (a VideoObject).
 */
import type { Archive } from './schema.js';

export const VIDEO_HOSTS = {
  youtube: 'https://www.youtube-nocookie.com',
  vimeo: 'https://player.vimeo.com',
} as const;

/** The embedded player's address, starting at `start` seconds. */
export function embedUrl(archive: Archive, start = 0, autoplay = true): string | undefined {
  const id = archive.videoId;
  if (archive.provider === 'youtube' && id) {
    const params = new URLSearchParams({ rel: '0', ...(autoplay ? { autoplay: '1' } : {}), ...(start > 0 ? { start: String(Math.floor(start)) } : {}) });
    return `${VIDEO_HOSTS.youtube}/embed/${encodeURIComponent(id)}?${params}`;
  }
  if (archive.provider === 'vimeo' && id) {
    const params = new URLSearchParams({ dnt: '1', ...(autoplay ? { autoplay: '1' } : {}) });
    return `${VIDEO_HOSTS.vimeo}/video/${encodeURIComponent(id)}?${params}${start > 0 ? `#t=${Math.floor(start)}s` : ''}`;
  }
  return undefined;
}

/** Where the recording can be watched without the embed (a plain link). */
export function watchUrl(archive: Archive): string | undefined {
  if (archive.provider === 'youtube' && archive.videoId) return `https://www.youtube.com/watch?v=${encodeURIComponent(archive.videoId)}`;
  if (archive.provider === 'vimeo' && archive.videoId) return `https://vimeo.com/${encodeURIComponent(archive.videoId)}`;
  return archive.src;
}

/** The poster: the feed's, else YouTube's thumbnail (from i.ytimg.com, not a player host). */
export function posterUrl(archive: Archive): string | undefined {
  if (archive.poster) return archive.poster;
  if (archive.provider === 'youtube' && archive.videoId) return `https://i.ytimg.com/vi/${encodeURIComponent(archive.videoId)}/hqdefault.jpg`;
  return undefined;
}
