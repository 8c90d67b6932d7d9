import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/elements/session-list/seminar-session-list.js';
import { BROKEN_FEED, FEED, MISSING_FEED, MIXED_NOW, SESSION_1_AT, check, until } from '../../helpers.js';

interface Args {
  src?: string;
  filter?: string;
  level?: string;
  limit?: number;
  now?: string;
  'time-zone'?: string;
  'session-url'?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/seminar-session-list',
  component: 'seminar-session-list',
  args: { src: FEED, filter: 'all', now: MIXED_NOW },
  argTypes: {
    filter: { control: 'text', description: '`all`, or statuses separated by spaces' },
    level: { control: 'select', options: [undefined, 'basic', 'advanced', 'practical', 'basic advanced'] },
    'session-url': { control: 'text', description: 'A URL with `{id}`: titles become links to each session\'s page' },
  },
  render: (args) =>
    html`<seminar-session-list
      src=${ifDefined(args.src)}
      filter=${ifDefined(args.filter)}
      level=${ifDefined(args.level)}
      limit=${ifDefined(args.limit)}
      now=${ifDefined(args.now)}
      time-zone=${ifDefined(args['time-zone'])}
      session-url=${ifDefined(args['session-url'])}
    ></seminar-session-list>`,
};
export default meta;
type Story = StoryObj<Args>;

export const EveryStatus: Story = {};

/** Interaction: following a session's link fires seminar-session-select with its id (cancelled here, as a single-page app would). */
export const ChooseASession: Story = {
  args: { 'session-url': '/seminars/{id}' },
  play: async ({ canvasElement }) => {
    const list = await until(() => canvasElement.querySelector<HTMLElement>('seminar-session-list[state="ready"]'), 'the list renders');
    const selected: string[] = [];
    list.addEventListener('seminar-session-select', (e) => {
      e.preventDefault();
      selected.push(e.detail.sessionId);
    });
    const link = list.shadowRoot!.querySelectorAll<HTMLAnchorElement>('h3 a')[3];
    link.focus();
    link.click();
    check(selected.join() === 'session-4', `selected ${selected.join()} instead of session-4`);
  },
};
export const Japanese: Story = { parameters: { lang: 'ja' } };
export const OpenOnly: Story = { args: { filter: 'open' } };
export const PracticalOnly: Story = { args: { level: 'practical' } };
export const FirstTwo: Story = { args: { limit: 2 } };
export const Upcoming: Story = { args: { now: SESSION_1_AT.upcoming, limit: 1 } };
export const Open: Story = { args: { now: SESSION_1_AT.open, limit: 1 } };
export const Closed: Story = { args: { now: SESSION_1_AT.closed, limit: 1 } };
export const Live: Story = { args: { now: SESSION_1_AT.live, limit: 1 } };
export const Ended: Story = { args: { now: SESSION_1_AT.ended, limit: 1 } };
export const VisitorTimeZone: Story = { args: { 'time-zone': 'local' } };
export const Narrow: Story = { parameters: { narrow: true } };
export const NarrowJapanese: Story = { parameters: { narrow: true, lang: 'ja' } };
export const Dark: Story = { parameters: { scheme: 'dark' } };
export const DarkJapanese: Story = { parameters: { scheme: 'dark', lang: 'ja' } };
export const CustomTheme: Story = {
  render: (args) => html`<div style="--seminar-color-accent:#8a1538;--seminar-radius:2px;--seminar-font-family:Georgia,serif">
    ${meta.render!(args, {} as never)}
  </div>`,
};
export const Loading: Story = {
  render: () => html`<seminar-feed><seminar-session-list></seminar-session-list></seminar-feed>`,
};
export const FeedMissing: Story = { args: { src: MISSING_FEED } };
export const FeedBroken: Story = { args: { src: BROKEN_FEED } };
export const NoSource: Story = { args: { src: undefined } };
export const NothingToShow: Story = { args: { filter: 'live' } };
