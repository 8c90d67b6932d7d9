import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/elements/add-to-calendar/seminar-add-to-calendar.js';
import { FEED, MIXED_NOW } from '../../helpers.js';

interface Args {
  'session-id'?: string;
  now?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/seminar-add-to-calendar',
  component: 'seminar-add-to-calendar',
  args: { 'session-id': 'session-5', now: MIXED_NOW },
  render: (args) =>
    html`<seminar-add-to-calendar src=${FEED} session-id=${ifDefined(args['session-id'])} now=${ifDefined(args.now)}></seminar-add-to-calendar>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Upcoming: Story = {};
export const Japanese: Story = { parameters: { lang: 'ja' } };
export const Ended: Story = { args: { 'session-id': 'session-1' } };
export const Dark: Story = { parameters: { scheme: 'dark' } };
export const Narrow: Story = { parameters: { narrow: true } };
export const CustomTheme: Story = { parameters: { theme: 'custom' } };
export const Loading: Story = { render: () => html`<seminar-feed><seminar-add-to-calendar session-id="session-5"></seminar-add-to-calendar></seminar-feed>` };
export const FeedMissing: Story = { render: () => html`<seminar-add-to-calendar src="/feeds/does-not-exist.json" session-id="session-5"></seminar-add-to-calendar>` };
export const UnknownSession: Story = { args: { 'session-id': 'session-9' } };
