import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/elements/series/seminar-series.js';
import { BROKEN_FEED, FEED, HOSTILE_FEED, MIXED_NOW } from '../../helpers.js';

interface Args {
  src?: string;
  now?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/seminar-series',
  component: 'seminar-series',
  args: { src: FEED, now: MIXED_NOW },
  render: (args) => html`<seminar-series src=${ifDefined(args.src)} now=${ifDefined(args.now)}></seminar-series>`,
};
export default meta;
type Story = StoryObj<Args>;

export const DefaultFeed: Story = {};
export const Japanese: Story = { parameters: { lang: 'ja' } };
export const Narrow: Story = { parameters: { narrow: true } };
export const Dark: Story = { parameters: { scheme: 'dark' } };
export const DarkJapaneseNarrow: Story = { parameters: { scheme: 'dark', lang: 'ja', narrow: true } };
export const Loading: Story = { render: () => html`<seminar-feed><seminar-series></seminar-series></seminar-feed>` };
export const BrokenFeed: Story = { args: { src: BROKEN_FEED } };
export const HostileFeed: Story = { args: { src: HOSTILE_FEED, now: '2025-07-31T15:00:00+09:00' } };
export const CustomTheme: Story = { parameters: { theme: 'custom' } };
