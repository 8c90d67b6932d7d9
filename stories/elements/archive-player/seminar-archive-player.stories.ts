import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../../src/elements/feed/seminar-feed.js';
import '../../../src/elements/archive-player/seminar-archive-player.js';
import { FEED, SESSION_1_AT, check, recordedSession, storyFeed, until } from '../../helpers.js';

/** An inline feed whose one session has this recording (the default feed has no video ids). */
function withRecording(archive: object | undefined, now: string, format: object = { attendance: ['online'], archive: true }) {
  const feed = storyFeed([recordedSession({ format, ...(archive ? { archive } : {}) })]);
  return html`<seminar-feed>
    ${unsafeHTML(`<script type="application/json">${feed}</script>`)}
    <seminar-archive-player session-id="recorded" now=${now}></seminar-archive-player>
  </seminar-feed>`;
}

const AFTER = '2025-08-10T10:00:00+09:00';
const CHAPTERS = [
  { startSeconds: 0, title: { en: 'Opening', ja: '開会' } },
  { startSeconds: 1800, title: { en: 'Case studies', ja: '事例紹介' } },
  { startSeconds: 3725, title: { en: 'Q&A', ja: '質疑応答' } },
];

const meta: Meta = { title: 'Elements/seminar-archive-player', component: 'seminar-archive-player' };
export default meta;
type Story = StoryObj;

// No real video ids are known for the default feed; these stories use a clearly fictional one.
export const YouTubeFacade: Story = {
  render: () => withRecording({ provider: 'youtube', videoId: 'example0001', durationSeconds: 7200, chapters: CHAPTERS }, AFTER),
};
export const YouTubeJapanese: Story = { ...YouTubeFacade, parameters: { lang: 'ja' } };
export const Vimeo: Story = { render: () => withRecording({ provider: 'vimeo', videoId: '1', chapters: CHAPTERS }, AFTER) };
export const NativeVideoWithCaptions: Story = {
  render: () =>
    withRecording(
      {
        provider: 'video',
        src: '/fixtures/silence.wav',
        captions: [{ lang: 'ja', label: { en: 'Japanese', ja: '日本語' }, src: '/fixtures/captions-ja.vtt' }],
        chapters: CHAPTERS.slice(0, 1),
      },
      AFTER,
    ),
};
export const RecordingPromised: Story = { render: () => withRecording(undefined, AFTER) };
export const NoRecording: Story = { render: () => withRecording(undefined, AFTER, { attendance: ['online'] }) };
export const NoRecordingJapanese: Story = { ...NoRecording, parameters: { lang: 'ja' } };
export const DefaultFeedEnded: Story = {
  render: () => html`<seminar-archive-player src=${FEED} session-id="session-1" now=${SESSION_1_AT.ended}></seminar-archive-player>`,
};
export const Narrow: Story = { ...YouTubeFacade, parameters: { narrow: true } };
export const Dark: Story = { ...YouTubeFacade, parameters: { scheme: 'dark' } };

/** Interaction: pressing play swaps the poster for the privacy-enhanced player. */
export const PlayARecording: Story = {
  render: () => withRecording({ provider: 'youtube', videoId: 'example0001', chapters: CHAPTERS }, AFTER),
  play: async ({ canvasElement }) => {
    const player = await until(() => canvasElement.querySelector('seminar-archive-player'), 'the player element');
    const button = await until(() => player.shadowRoot?.querySelector<HTMLButtonElement>('[part="play-button"]'), 'the play button');
    check(!player.shadowRoot!.querySelector('iframe'), 'no player before the click');
    button.click();
    const iframe = await until(() => player.shadowRoot!.querySelector('iframe'), 'the player loads');
    check(iframe.src.startsWith('https://www.youtube-nocookie.com/embed/example0001'), `player address ${iframe.src}`);
  },
};
export const CustomTheme: Story = { ...YouTubeFacade, parameters: { theme: 'custom' } };
export const Loading: Story = { render: () => html`<seminar-feed><seminar-archive-player session-id="recorded"></seminar-archive-player></seminar-feed>` };
export const FeedMissing: Story = { render: () => html`<seminar-archive-player src="/feeds/does-not-exist.json" session-id="recorded"></seminar-archive-player>` };
export const UnknownSession: Story = { render: () => html`<seminar-archive-player src=${FEED} session-id="session-9"></seminar-archive-player>` };
