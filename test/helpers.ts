/** Shared fixtures for the tests: the default feed and small feeds built from it. */
import { waitUntil } from '@open-wc/testing';

/** The default feed, fetched once as a partner's page would. */
const defaultFeedJson: unknown = await (await fetch('/feeds/tokyo-2025.json')).json();

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fresh deep copy of the default feed, safe to change. */
export function defaultFeed(): Json {
  return structuredClone(defaultFeedJson) as Json;
}

/** A small valid feed: one series, two speakers, two sessions. */
export function smallFeed(): Json {
  return {
    version: 1,
    series: {
      id: 'test-series',
      title: { en: 'Test series', ja: 'テストシリーズ' },
      organizer: { name: 'Test Office' },
      timeZone: 'Asia/Tokyo',
      contact: { name: { en: 'Test Office', ja: 'テスト事務局' }, email: 'office@example.org' },
    },
    speakers: [
      { id: 'ana', name: 'Ana Example', title: 'Professor' },
      { id: 'ben', name: { en: 'Ben Sample', ja: 'ベン・サンプル' } },
    ],
    sessions: [
      {
        id: 'one',
        number: 1,
        level: 'basic',
        title: { en: 'First session', ja: '第一回のテーマ' },
        startsAt: '2025-07-31T14:00:00+09:00',
        endsAt: '2025-07-31T16:00:00+09:00',
        format: { attendance: ['online'], live: true, archive: true },
        speakers: [{ speakerId: 'ana', role: 'lecturer' }],
        application: { opensAt: '2025-06-30', closesAt: '2025-07-28', mode: 'form', endpoint: 'https://example.org/apply' },
        stream: { url: 'https://example.org/live' },
      },
      {
        id: 'two',
        number: 2,
        level: 'advanced',
        title: 'Second session',
        format: { attendance: ['online', 'in-person'] },
        speakers: [{ speakerId: 'ben', role: 'moderator' }],
      },
    ],
  };
}

/** A URL that serves `feed` as JSON, as a partner's server would. */
export function feedUrl(feed: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
}

/** Waits until a seminar element has finished loading and rendered. */
export async function settled(el: Element & { state?: string; updateComplete?: Promise<unknown> }): Promise<void> {
  await waitUntil(() => el.state !== 'loading', `${el.localName} stayed loading`, { timeout: 5000 });
  await el.updateComplete;
}

/** The visible text of an element's shadow root, white space collapsed. */
export function shadowText(el: Element): string {
  // innerText: the text as laid out (a line between blocks), not the template's white space.
  const parts = [...(el.shadowRoot?.childNodes ?? [])].map((node) =>
    node instanceof HTMLElement ? node.innerText : node.nodeType === Node.TEXT_NODE ? node.textContent : '',
  );
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
