import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../../src/elements/speaker-list/seminar-speaker-list.js';
import { FEED, MISSING_FEED, NARROW, element } from '../../helpers.js';

interface Args {
  src?: string;
  'session-id'?: string;
  'session-url'?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/seminar-speaker-list',
  component: 'seminar-speaker-list',
  args: { src: FEED },
  argTypes: { 'session-id': { options: ['session-1', 'session-2', 'session-3', 'session-4', 'session-5'] } },
  render: (args) => element('seminar-speaker-list', args),
};
export default meta;
type Story = StoryObj<Args>;

export const AllSpeakers: Story = { name: 'Every speaker' };
/** Every card's sessions link to `/seminars/{id}`. */
export const SessionLinks: Story = { name: 'Sessions as links', args: { 'session-url': '/seminars/{id}' } };
export const OneSession: Story = { name: "One session's speakers", args: { 'session-id': 'session-3' } };
export const Japanese: Story = { name: 'Japanese', args: { 'session-url': '/seminars/{id}', lang: 'ja' } };
export const Narrow: Story = { name: 'Narrow phone', ...NARROW };
export const Dark: Story = { name: 'Dark', parameters: { scheme: 'dark' } };
export const Loading: Story = {
  name: 'Loading',
  tags: ['stays-loading'],
  render: () => html`<seminar-feed><seminar-speaker-list></seminar-speaker-list></seminar-feed>`,
};
export const UnknownSession: Story = { name: 'Unknown session-id', args: { 'session-id': 'nope' } };
export const CustomTheme: Story = { name: "A partner's theme", parameters: { theme: 'custom' } };
export const FeedMissing: Story = { name: 'Feed not found', tags: ['feed-error'], args: { src: MISSING_FEED } };
