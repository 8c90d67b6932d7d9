import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../../src/elements/speaker-card/seminar-speaker-card.js';
import '../../../src/elements/feed/seminar-feed.js';
import { FEED, MISSING_FEED, NARROW, element, storyFeed, until } from '../../helpers.js';

/** A drawn portrait served with the stories (stories/assets/, .storybook/main.ts). */
const PORTRAIT = '/story-assets/portrait.svg';

interface Args {
  src?: string;
  'speaker-id'?: string;
  'session-url'?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/seminar-speaker-card',
  component: 'seminar-speaker-card',
  args: { src: FEED, 'speaker-id': 'tsuda-noriko' },
  argTypes: {
    'speaker-id': {
      options: ['hara-masato', 'inao-izumi', 'fujiki-takeshi', 'tsuda-noriko', 'murahashi-tetsuya', 'kunimi-dai', 'osabe-hiromi', 'sango-masashi', 'odai-masaki'],
    },
  },
  render: (args) => element('seminar-speaker-card', args),
};
export default meta;
type Story = StoryObj<Args>;

/** Sessions as plain text: the card knows no page for them. */
export const LongBio: Story = { name: 'A long bio, folded' };
export const ThreeParagraphBio: Story = { name: 'A bio of three paragraphs', args: { 'speaker-id': 'hara-masato' } };
/** With `session-url`, each session the speaker speaks at is a link. */
export const SessionLinks: Story = { name: 'Sessions as links', args: { 'speaker-id': 'fujiki-takeshi', 'session-url': '/seminars/{id}' } };
/** "Full profile" follows the excerpt and opens the whole bio. */
export const OpenFullProfile: Story = {
  name: 'Open the full profile (interaction)',
  args: { 'speaker-id': 'hara-masato' },
  play: async ({ canvasElement, step }) => {
    const card = await until(() => canvasElement.querySelector<HTMLElement>('seminar-speaker-card[state="ready"]'), 'the card renders');
    const button = await until(() => card.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle'), 'the toggle appears');
    await expect(button.getAttribute('aria-expanded'), 'the bio starts folded').toBe('false');
    await step('Press "Full profile"', () => userEvent.click(button));
    await until(() => button.getAttribute('aria-expanded') === 'true', 'the bio opens');
    await expect(button.getAttribute('aria-expanded')).toBe('true');
  },
};
export const Japanese: Story = { name: 'Japanese', args: { 'speaker-id': 'hara-masato', 'session-url': '/seminars/{id}', lang: 'ja' } };
/** A photo, a reading, links and a short bio (no toggle). */
export const PhotoAndLinks: Story = {
  name: 'Photo, reading and links',
  render: () => html`<seminar-feed>
    ${unsafeHTML(
      `<script type="application/json">${storyFeed(
        [{ id: 'one', number: 1, level: 'basic', title: { en: 'First session', ja: '第一回のテーマ' }, format: { attendance: ['online'] }, speakers: [{ speakerId: 'ana', role: 'lecturer' }] }],
        [
          {
            id: 'ana',
            name: { en: 'Hara Masato', ja: '原 昌登' },
            nameReading: { ja: 'はら まさと', en: 'Hara Masato' },
            title: { en: 'Professor, Faculty of Law', ja: '法学部 教授' },
            organization: { en: 'Seikei University', ja: '成蹊大学' },
            bio: { en: 'Teaches labour law.', ja: '労働法を教える。' },
            photo: { src: PORTRAIT, alt: { en: 'Hara Masato', ja: '原 昌登' } },
            links: [{ label: { en: 'Faculty page', ja: '教員紹介' }, url: 'https://example.org/hara' }],
          },
        ],
      )}</script>`,
    )}
    <seminar-speaker-card speaker-id="ana" session-url="/seminars/{id}"></seminar-speaker-card>
  </seminar-feed>`,
};
/** No photo and no letter in the family name: a neutral silhouette. */
export const NoLetter: Story = {
  name: 'No photo, no initial: a silhouette',
  render: () => html`<seminar-feed>
    ${unsafeHTML(`<script type="application/json">${storyFeed([], [{ id: 'x', name: '—', title: 'Guest', bio: 'To be announced.' }])}</script>`)}
    <seminar-speaker-card speaker-id="x"></seminar-speaker-card>
  </seminar-feed>`,
};
export const Narrow: Story = { name: 'Narrow phone', ...NARROW };
export const Dark: Story = { name: 'Dark', parameters: { scheme: 'dark' } };
export const Loading: Story = {
  name: 'Loading',
  tags: ['stays-loading'],
  render: () => html`<seminar-feed><seminar-speaker-card speaker-id="x"></seminar-speaker-card></seminar-feed>`,
};
export const FeedMissing: Story = { name: 'Feed not found', tags: ['feed-error'], args: { src: MISSING_FEED } };
export const UnknownSpeaker: Story = { name: 'Unknown speaker-id', args: { 'speaker-id': 'nobody' } };
export const CustomTheme: Story = { name: "A partner's theme", parameters: { theme: 'custom' } };
