/** What the stories share: the default feed and instants for each status of session 1. */
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

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

/** Waits until `read` gives something (an element inside a shadow root, say), for the stories' `play` functions. */
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

/**
 * One element as a page writes it, from the story's args: each arg is an attribute
 * (`session-id`, `limit`); empty ones are left out. Rendered as markup so that "Show code"
 * shows exactly this tag. (Storybook's `argTypesEnhancers` in .storybook/preview.ts make
 * the controls from the manifest, so the args are the element's attributes.)
 */
export function element(tag: string, args: object) {
  const attrs = Object.entries(args)
    .filter(([name, value]) => /^[a-z][a-z-]*$/.test(name) && !name.startsWith('seminar-') && ['string', 'number', 'boolean'].includes(typeof value) && value !== '' && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`))
    .join('');
  return html`${unsafeHTML(`<${tag}${attrs}></${tag}>`)}`;
}

/** A phone-width story: Storybook's viewport in the canvas, 320 px wide on the docs page. */
export const NARROW = {
  parameters: { narrow: true },
  globals: { viewport: { value: 'narrow', isRotated: false } },
} as const;
