/** What the stories share: the default feed and instants for each status of session 1. */
export const FEED = '/feeds/tokyo-2025.json';
export const HOSTILE_FEED = '/samples/hostile-feed.json';
export const BROKEN_FEED = '/samples/hostile-top.json';
export const MISSING_FEED = '/feeds/does-not-exist.json';

/** Instants at which session 1 of the default feed has each status. */
export const SESSION_1_AT = {
  upcoming: '2025-06-20T10:00:00+09:00',
  open: '2025-07-01T10:00:00+09:00',
  closed: '2025-07-29T10:00:00+09:00',
  live: '2025-07-31T14:30:00+09:00',
  ended: '2025-08-01T10:00:00+09:00',
} as const;

/** When sessions 1–5 show every status but `archived` at once. */
export const MIXED_NOW = '2025-12-10T10:00:00+09:00';

/** A story's own small feed: one series around the given sessions (and speakers). */
export function storyFeed(sessions: object[], speakers: object[] = [], series: object = {}): string {
  return JSON.stringify({
    version: 1,
    series: { id: 'story', title: { en: 'Story series', ja: 'ストーリー用シリーズ' }, organizer: { name: 'Story Office' }, timeZone: 'Asia/Tokyo', ...series },
    speakers,
    sessions,
  });
}

/** The session the recording stories use; `extra` adds or replaces fields. */
export function recordedSession(extra: object = {}): object {
  return {
    id: 'recorded',
    number: 1,
    level: 'basic',
    title: { en: 'A recorded session', ja: '録画のある回' },
    startsAt: '2025-07-31T14:00:00+09:00',
    endsAt: '2025-07-31T16:00:00+09:00',
    format: { attendance: ['online'], live: true, archive: true },
    ...extra,
  };
}

/** A feed whose session has a recording, for the `archived` status. */
export const ARCHIVED_FEED_JSON = storyFeed(
  [recordedSession({ speakers: [{ speakerId: 'ana', role: 'lecturer' }], archive: { provider: 'video', src: 'https://example.org/recording.mp4' } })],
  [{ id: 'ana', name: 'Ana Example', title: 'Trainer', bio: 'Ana trains teams in handling difficult calls.' }],
);

/**
 * Tiny helpers for the stories' `play` functions, which also run in the test
 * command (test/stories/play.test.ts) without Storybook's own test bundle.
 */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Story interaction failed: ${message}`);
}

export async function until<T>(read: () => T | null | undefined | false, what: string, timeout = 5000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Story interaction timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Types into a field the way a keyboard does: value, then input and change events. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
