import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../../src/elements/add-to-calendar/seminar-add-to-calendar.js';
import { FEED, MISSING_FEED, MIXED_NOW, NARROW, element } from '../../helpers.js';

interface Args {
  src?: string;
  'session-id'?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/seminar-add-to-calendar',
  component: 'seminar-add-to-calendar',
  args: { src: FEED, 'session-id': 'session-5' },
  argTypes: { 'session-id': { options: ['session-1', 'session-2', 'session-3', 'session-4', 'session-5'] } },
  parameters: { now: MIXED_NOW },
  render: (args) => element('seminar-add-to-calendar', args),
};
export default meta;
type Story = StoryObj<Args>;

export const Upcoming: Story = { name: 'Upcoming session' };
export const Japanese: Story = { name: 'Japanese', args: { lang: 'ja' } };
export const Ended: Story = { name: 'Ended: nothing to add', args: { 'session-id': 'session-1' } };
export const Dark: Story = { name: 'Dark', parameters: { scheme: 'dark' } };
export const Narrow: Story = { name: 'Narrow phone', ...NARROW };
export const CustomTheme: Story = { name: "A partner's theme", parameters: { theme: 'custom' } };
export const Loading: Story = {
  name: 'Loading',
  tags: ['stays-loading'],
  render: () => html`<seminar-feed><seminar-add-to-calendar session-id="session-5"></seminar-add-to-calendar></seminar-feed>`,
};
export const FeedMissing: Story = { name: 'Feed not found', tags: ['feed-error'], args: { src: MISSING_FEED } };
export const UnknownSession: Story = { name: 'Unknown session-id', args: { 'session-id': 'session-9' } };
