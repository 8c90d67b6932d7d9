import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/elements/speaker-card/seminar-speaker-card.js';
import { FEED, MISSING_FEED } from '../../helpers.js';

interface Args {
  src?: string;
  'speaker-id'?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/seminar-speaker-card',
  component: 'seminar-speaker-card',
  args: { src: FEED, 'speaker-id': 'tsuda-noriko' },
  render: (args) =>
    html`<seminar-speaker-card src=${ifDefined(args.src)} speaker-id=${ifDefined(args['speaker-id'])}></seminar-speaker-card>`,
};
export default meta;
type Story = StoryObj<Args>;

export const LongBio: Story = {};
export const ThreeParagraphBio: Story = { args: { 'speaker-id': 'hara-masato' } };
export const Japanese: Story = { parameters: { lang: 'ja' } };
export const Narrow: Story = { parameters: { narrow: true } };
export const Dark: Story = { parameters: { scheme: 'dark' } };
export const Loading: Story = {
  render: () => html`<seminar-speaker-card speaker-id="x" .feedState=${{ state: 'loading' }}></seminar-speaker-card>`,
};
export const FeedMissing: Story = { args: { src: MISSING_FEED } };
export const UnknownSpeaker: Story = { args: { 'speaker-id': 'nobody' } };
export const CustomTheme: Story = { parameters: { theme: 'custom' } };
