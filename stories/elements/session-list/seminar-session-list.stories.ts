import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn } from 'storybook/test';
import '../../../src/elements/session-list/seminar-session-list.js';
import { BROKEN_FEED, FEED, MISSING_FEED, MIXED_NOW, NARROW, SESSION_1_AT, element, until } from '../../helpers.js';

interface Args {
  src?: string;
  filter?: string;
  level?: string;
  limit?: number;
  'time-zone'?: string;
  'session-url'?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/seminar-session-list',
  component: 'seminar-session-list',
  args: { src: FEED, filter: 'all' },
  argTypes: {
    src: { options: [FEED, MISSING_FEED, BROKEN_FEED] },
    filter: { control: 'text', description: '`all`, or statuses separated by spaces (`open upcoming`)' },
    level: { options: ['basic', 'advanced', 'practical', 'basic advanced'] },
  },
  parameters: { now: MIXED_NOW },
  render: (args) => element('seminar-session-list', args),
};
export default meta;
type Story = StoryObj<Args>;

export const EveryStatus: Story = { name: 'Every status' };

/** Following a session's link fires `seminar-session-select` with its id (cancelled here, as a single-page app would). */
export const ChooseASession: Story = {
  name: 'Choose a session (interaction)',
  args: { 'session-url': '/seminars/{id}' },
  play: async ({ canvasElement, step }) => {
    const list = await until(() => canvasElement.querySelector<HTMLElement>('seminar-session-list[state="ready"]'), 'the list renders');
    const selected = fn((e: Event) => e.preventDefault());
    list.addEventListener('seminar-session-select', selected);
    await step('Follow the title link of session 4', async () => {
      const link = list.shadowRoot!.querySelectorAll<HTMLAnchorElement>('h3 a')[3];
      await expect(link.getAttribute('href')).toBe('/seminars/session-4');
      link.focus();
      link.click();
    });
    await expect(selected).toHaveBeenCalledOnce();
    await expect((selected.mock.calls[0][0] as CustomEvent<{ sessionId: string }>).detail.sessionId).toBe('session-4');
  },
};
export const Japanese: Story = { name: 'Japanese', args: { lang: 'ja' } };
export const OpenOnly: Story = { name: 'Open sessions only', args: { filter: 'open' } };
export const PracticalOnly: Story = { name: 'Practical level only', args: { level: 'practical' } };
export const FirstTwo: Story = { name: 'The first two (limit)', args: { limit: 2 } };
export const Upcoming: Story = { name: 'Upcoming', args: { limit: 1 }, parameters: { now: SESSION_1_AT.upcoming } };
export const Open: Story = { name: 'Open for applications', args: { limit: 1 }, parameters: { now: SESSION_1_AT.open } };
export const Closed: Story = { name: 'Applications closed', args: { limit: 1 }, parameters: { now: SESSION_1_AT.closed } };
export const Live: Story = { name: 'Live now', args: { limit: 1 }, parameters: { now: SESSION_1_AT.live } };
export const Ended: Story = { name: 'Ended', args: { limit: 1 }, parameters: { now: SESSION_1_AT.ended } };
export const VisitorTimeZone: Story = { name: "In the visitor's time zone", args: { 'time-zone': 'local' } };
export const Narrow: Story = { name: 'Narrow phone', ...NARROW };
export const NarrowJapanese: Story = { name: 'Narrow phone, Japanese', args: { lang: 'ja' }, ...NARROW };
export const Dark: Story = { name: 'Dark', parameters: { scheme: 'dark' } };
export const DarkJapanese: Story = { name: 'Dark, Japanese', args: { lang: 'ja' }, parameters: { scheme: 'dark' } };
export const CustomTheme: Story = { name: "A partner's theme", parameters: { theme: 'custom' } };
export const Loading: Story = {
  name: 'Loading',
  tags: ['stays-loading'],
  render: () => html`<seminar-feed><seminar-session-list></seminar-session-list></seminar-feed>`,
};
export const FeedMissing: Story = { name: 'Feed not found', tags: ['feed-error'], args: { src: MISSING_FEED } };
export const FeedBroken: Story = { name: 'Feed not valid', tags: ['feed-error'], args: { src: BROKEN_FEED } };
export const NoSource: Story = { name: 'No src and no seminar-feed', args: { src: undefined } };
export const NothingToShow: Story = { name: 'Nothing to show (no live session)', args: { filter: 'live' } };
