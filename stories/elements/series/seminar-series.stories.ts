import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../../src/elements/series/seminar-series.js';
import { BROKEN_FEED, FEED, HOSTILE_FEED, MISSING_FEED, MIXED_NOW, NARROW, element } from '../../helpers.js';

interface Args {
  src?: string;
  lang?: string;
  'time-zone'?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/seminar-series',
  component: 'seminar-series',
  args: { src: FEED },
  argTypes: { src: { options: [FEED, MISSING_FEED, BROKEN_FEED, HOSTILE_FEED] } },
  parameters: { now: MIXED_NOW },
  render: (args) => element('seminar-series', args),
};
export default meta;
type Story = StoryObj<Args>;

export const DefaultFeed: Story = { name: 'The default feed' };
export const Japanese: Story = { name: 'Japanese', args: { lang: 'ja' } };
export const Narrow: Story = { name: 'Narrow phone', ...NARROW };
export const Dark: Story = { name: 'Dark', parameters: { scheme: 'dark' } };
export const DarkJapaneseNarrow: Story = {
  name: 'Dark, Japanese, narrow phone',
  args: { lang: 'ja' },
  parameters: { ...NARROW.parameters, scheme: 'dark' },
  globals: NARROW.globals,
};
export const Loading: Story = {
  name: 'Loading',
  tags: ['stays-loading'],
  render: () => html`<seminar-feed><seminar-series></seminar-series></seminar-feed>`,
};
export const BrokenFeed: Story = { name: 'Feed not valid', tags: ['feed-error'], args: { src: BROKEN_FEED } };
/** A feed with hostile text and URLs: shown as text, unsafe links left out. */
export const HostileFeed: Story = {
  name: 'Hostile feed (text stays text)',
  tags: ['feed-error'],
  args: { src: HOSTILE_FEED },
  parameters: { now: '2025-07-31T15:00:00+09:00' },
};
export const CustomTheme: Story = { name: "A partner's theme", parameters: { theme: 'custom' } };
