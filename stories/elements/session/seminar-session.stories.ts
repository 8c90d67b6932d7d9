import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../../src/elements/feed/seminar-feed.js';
import '../../../src/elements/session/seminar-session.js';
import { ARCHIVED_FEED_JSON, FEED, MISSING_FEED, SESSION_1_AT } from '../../helpers.js';

interface Args {
  src?: string;
  'session-id'?: string;
  now?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/seminar-session',
  component: 'seminar-session',
  args: { src: FEED, 'session-id': 'session-1', now: SESSION_1_AT.open },
  argTypes: { 'session-id': { control: 'select', options: ['session-1', 'session-2', 'session-3', 'session-4', 'session-5'] } },
  render: (args) =>
    html`<seminar-session src=${ifDefined(args.src)} session-id=${ifDefined(args['session-id'])} now=${ifDefined(args.now)}></seminar-session>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Upcoming: Story = { args: { now: SESSION_1_AT.upcoming } };
export const Open: Story = {};
export const Closed: Story = { args: { now: SESSION_1_AT.closed } };
export const Live: Story = { args: { now: SESSION_1_AT.live } };
export const Ended: Story = { args: { now: SESSION_1_AT.ended } };
export const Archived: Story = {
  render: () => html`<seminar-feed>
    ${unsafeHTML(`<script type="application/json">${ARCHIVED_FEED_JSON}</script>`)}
    <seminar-session session-id="recorded" now="2025-08-10T10:00:00+09:00"></seminar-session>
  </seminar-feed>`,
};
export const WithCaseStudies: Story = { args: { 'session-id': 'session-3', now: '2025-11-01T10:00:00+09:00' } };
export const Japanese: Story = { parameters: { lang: 'ja' } };
export const JapaneseCaseStudies: Story = { args: { 'session-id': 'session-5' }, parameters: { lang: 'ja' } };
export const Narrow: Story = { parameters: { narrow: true } };
export const Dark: Story = { parameters: { scheme: 'dark' } };
export const Loading: Story = {
  render: () => html`<seminar-feed><seminar-session session-id="session-1"></seminar-session></seminar-feed>`,
};
export const FeedMissing: Story = { args: { src: MISSING_FEED } };
export const UnknownSession: Story = { args: { 'session-id': 'session-9' } };
export const NoSessionId: Story = { args: { 'session-id': undefined } };
export const CustomTheme: Story = { parameters: { theme: 'custom' } };
export const Wide: Story = { parameters: { layout: 'fullscreen' } };
