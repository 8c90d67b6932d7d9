import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../../src/elements/feed/seminar-feed.js';
import '../../../src/elements/archive-player/seminar-archive-player.js';
import { expect, userEvent } from 'storybook/test';
import { FEED, MISSING_FEED, NARROW, SESSION_1_AT, recordedSession, storyFeed, until } from '../../helpers.js';

/** An inline feed whose one session has this recording (the default feed has no video ids). */
function withRecording(archive: object | undefined, format: object = { attendance: ['online'], archive: true }, lang?: string) {
  const feed = storyFeed([recordedSession({ format, ...(archive ? { archive } : {}) })]);
  return html`<seminar-feed>
    ${unsafeHTML(`<script type="application/json">${feed}</script>`)}
    <seminar-archive-player session-id="recorded" lang=${lang ?? nothing}></seminar-archive-player>
  </seminar-feed>`;
}

const CHAPTERS = [
  { startSeconds: 0, title: { en: 'Opening', ja: '開会' } },
  { startSeconds: 1800, title: { en: 'Case studies', ja: '事例紹介' } },
  { startSeconds: 3725, title: { en: 'Q&A', ja: '質疑応答' } },
];
// No real video ids are known for the default feed; these stories use a clearly fictional one,
// with a poster of their own (a feed may name one), so nothing is asked of YouTube before play.
const POSTER = '/story-assets/poster.svg';
const YOUTUBE = { provider: 'youtube', videoId: 'example0001', durationSeconds: 7200, chapters: CHAPTERS, poster: POSTER };

const meta: Meta = {
  title: 'Elements/seminar-archive-player',
  component: 'seminar-archive-player',
  // Ten days after the session.
  parameters: { now: '2025-08-10T10:00:00+09:00' },
};
export default meta;
type Story = StoryObj;

export const YouTubeFacade: Story = { name: 'YouTube facade', render: () => withRecording(YOUTUBE) };
export const YouTubeJapanese: Story = { name: 'YouTube facade, Japanese', render: () => withRecording(YOUTUBE, undefined, 'ja') };
export const Vimeo: Story = { name: 'Vimeo facade', render: () => withRecording({ provider: 'vimeo', videoId: '1', chapters: CHAPTERS }) };
export const NativeVideoWithCaptions: Story = {
  name: 'Video file with captions',
  render: () =>
    withRecording({
      provider: 'video',
      src: '/fixtures/silence.wav',
      captions: [{ lang: 'ja', label: { en: 'Japanese', ja: '日本語' }, src: '/fixtures/captions-ja.vtt' }],
      chapters: CHAPTERS.slice(0, 1),
    }),
};
export const RecordingPromised: Story = { name: 'Recording promised, not yet there', render: () => withRecording(undefined) };
export const NoRecording: Story = { name: 'No recording', render: () => withRecording(undefined, { attendance: ['online'] }) };
export const NoRecordingJapanese: Story = { name: 'No recording, Japanese', render: () => withRecording(undefined, { attendance: ['online'] }, 'ja') };
export const DefaultFeedEnded: Story = {
  name: 'Default feed, session ended',
  render: () => html`<seminar-archive-player src=${FEED} session-id="session-1"></seminar-archive-player>`,
  parameters: { now: SESSION_1_AT.ended },
};
export const Narrow: Story = { name: 'Narrow phone', render: () => withRecording(YOUTUBE), ...NARROW };
export const Dark: Story = { name: 'Dark', render: () => withRecording(YOUTUBE), parameters: { scheme: 'dark' } };

/** Pressing play swaps the poster for the privacy-enhanced player (youtube-nocookie.com). */
export const PlayARecording: Story = {
  name: 'Play a recording (interaction)',
  // The player itself comes from youtube-nocookie.com, which knows no such video (or is out of reach).
  tags: ['external-player'],
  render: () => withRecording({ provider: 'youtube', videoId: 'example0001', chapters: CHAPTERS, poster: POSTER }),
  play: async ({ canvasElement, step }) => {
    const player = await until(() => canvasElement.querySelector('seminar-archive-player'), 'the player element');
    const button = await until(() => player.shadowRoot?.querySelector<HTMLButtonElement>('[part="play-button"]'), 'the play button');
    await expect(player.shadowRoot!.querySelector('iframe'), 'no player before the click').toBeNull();
    await step('Press play', () => userEvent.click(button));
    const iframe = await until(() => player.shadowRoot!.querySelector('iframe'), 'the player loads');
    await expect(iframe.src).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\/example0001/);
  },
};
export const CustomTheme: Story = { name: "A partner's theme", render: () => withRecording(YOUTUBE), parameters: { theme: 'custom' } };
export const Loading: Story = {
  name: 'Loading',
  tags: ['stays-loading'],
  render: () => html`<seminar-feed><seminar-archive-player session-id="recorded"></seminar-archive-player></seminar-feed>`,
};
export const FeedMissing: Story = {
  name: 'Feed not found',
  tags: ['feed-error'],
  render: () => html`<seminar-archive-player src=${MISSING_FEED} session-id="recorded"></seminar-archive-player>`,
};
export const UnknownSession: Story = {
  name: 'Unknown session-id',
  render: () => html`<seminar-archive-player src=${FEED} session-id="session-9"></seminar-archive-player>`,
};
