import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../../src/elements/speaker-card/seminar-speaker-card.js';
import '../../../src/elements/feed/seminar-feed.js';
import { FEED, MISSING_FEED, check, storyFeed, until } from '../../helpers.js';

/** A drawn portrait served with the stories, as a relative URL as a feed would give it. */
const PORTRAIT = new URL('./portrait.svg', import.meta.url).pathname;

interface Args {
  src?: string;
  'speaker-id'?: string;
  'session-url'?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/seminar-speaker-card',
  component: 'seminar-speaker-card',
  args: { src: FEED, 'speaker-id': 'tsuda-noriko' },
  argTypes: { 'session-url': { control: 'text' } },
  render: (args) =>
    html`<seminar-speaker-card
      src=${ifDefined(args.src)}
      speaker-id=${ifDefined(args['speaker-id'])}
      session-url=${ifDefined(args['session-url'])}
    ></seminar-speaker-card>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Sessions as plain text: the card knows no page for them. */
export const LongBio: Story = {};
export const ThreeParagraphBio: Story = { args: { 'speaker-id': 'hara-masato' } };
/** With `session-url`, each session the speaker speaks at is a link. */
export const SessionLinks: Story = { args: { 'speaker-id': 'fujiki-takeshi', 'session-url': '/seminars/{id}' } };
/** Interaction: "Full profile" follows the excerpt and opens the whole bio. */
export const OpenFullProfile: Story = {
  args: { 'speaker-id': 'hara-masato' },
  play: async ({ canvasElement }) => {
    const card = await until(() => canvasElement.querySelector<HTMLElement>('seminar-speaker-card[state="ready"]'), 'the card renders');
    const button = await until(() => card.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle'), 'the toggle appears');
    check(button.getAttribute('aria-expanded') === 'false', 'the bio starts folded');
    button.focus();
    button.click();
    await until(() => button.getAttribute('aria-expanded') === 'true', 'the bio opens');
  },
};
export const Japanese: Story = { args: { 'speaker-id': 'hara-masato', 'session-url': '/seminars/{id}' }, parameters: { lang: 'ja' } };
/** A photo, a reading, links and a short bio (no toggle). */
export const PhotoAndLinks: Story = {
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
  render: () => html`<seminar-feed>
    ${unsafeHTML(`<script type="application/json">${storyFeed([], [{ id: 'x', name: '—', title: 'Guest', bio: 'To be announced.' }])}</script>`)}
    <seminar-speaker-card speaker-id="x"></seminar-speaker-card>
  </seminar-feed>`,
};
export const Narrow: Story = { parameters: { narrow: true } };
export const Dark: Story = { parameters: { scheme: 'dark' } };
export const Loading: Story = {
  render: () => html`<seminar-feed><seminar-speaker-card speaker-id="x"></seminar-speaker-card></seminar-feed>`,
};
export const FeedMissing: Story = { args: { src: MISSING_FEED } };
export const UnknownSpeaker: Story = { args: { 'speaker-id': 'nobody' } };
export const CustomTheme: Story = { parameters: { theme: 'custom' } };
