import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../../src/elements/feed/seminar-feed.js';
import '../../../src/elements/session/seminar-session.js';
import { ARCHIVED_FEED_JSON, FEED, MISSING_FEED, NARROW, SESSION_1_AT, element } from '../../helpers.js';

interface Args {
  src?: string;
  'session-id'?: string;
  lang?: string;
  'time-zone'?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/seminar-session',
  component: 'seminar-session',
  args: { src: FEED, 'session-id': 'session-1' },
  argTypes: { 'session-id': { options: ['session-1', 'session-2', 'session-3', 'session-4', 'session-5'] } },
  parameters: { now: SESSION_1_AT.open },
  render: (args) => element('seminar-session', args),
};
export default meta;
type Story = StoryObj<Args>;

export const Upcoming: Story = { name: 'Upcoming', parameters: { now: SESSION_1_AT.upcoming } };
export const Open: Story = { name: 'Open for applications (with the form)' };
export const Closed: Story = { name: 'Applications closed', parameters: { now: SESSION_1_AT.closed } };
export const Live: Story = { name: 'Live now (stream link)', parameters: { now: SESSION_1_AT.live } };
export const Ended: Story = { name: 'Ended', parameters: { now: SESSION_1_AT.ended } };
export const Archived: Story = {
  name: 'Archived (recording)',
  render: () => html`<seminar-feed>
    ${unsafeHTML(`<script type="application/json">${ARCHIVED_FEED_JSON}</script>`)}
    <seminar-session session-id="recorded"></seminar-session>
  </seminar-feed>`,
  parameters: { now: '2025-08-10T10:00:00+09:00' },
};
export const WithCaseStudies: Story = { name: 'With case studies', args: { 'session-id': 'session-3' }, parameters: { now: '2025-11-01T10:00:00+09:00' } };
export const Japanese: Story = { name: 'Japanese', args: { lang: 'ja' } };
export const JapaneseCaseStudies: Story = { name: 'Case studies, Japanese', args: { 'session-id': 'session-5', lang: 'ja' } };
export const Narrow: Story = { name: 'Narrow phone', ...NARROW };
export const Dark: Story = { name: 'Dark', parameters: { scheme: 'dark' } };
export const Loading: Story = {
  name: 'Loading',
  tags: ['stays-loading'],
  render: () => html`<seminar-feed><seminar-session session-id="session-1"></seminar-session></seminar-feed>`,
};
export const FeedMissing: Story = { name: 'Feed not found', tags: ['feed-error'], args: { src: MISSING_FEED } };
export const UnknownSession: Story = { name: 'Unknown session-id', args: { 'session-id': 'session-9' } };
export const NoSessionId: Story = { name: 'No session-id', args: { 'session-id': undefined } };
export const CustomTheme: Story = { name: "A partner's theme", parameters: { theme: 'custom' } };
export const Wide: Story = { name: 'Full width', parameters: { layout: 'fullscreen' } };
