import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/elements/speaker-list/seminar-speaker-list.js';
import { FEED } from '../../helpers.js';

interface Args {
  src?: string;
  'session-id'?: string;
  'session-url'?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/seminar-speaker-list',
  component: 'seminar-speaker-list',
  args: { src: FEED },
  argTypes: {
    'session-id': { control: 'select', options: [undefined, 'session-1', 'session-2', 'session-3', 'session-4', 'session-5'] },
    'session-url': { control: 'text' },
  },
  render: (args) =>
    html`<seminar-speaker-list
      src=${ifDefined(args.src)}
      session-id=${ifDefined(args['session-id'])}
      session-url=${ifDefined(args['session-url'])}
    ></seminar-speaker-list>`,
};
export default meta;
type Story = StoryObj<Args>;

export const AllSpeakers: Story = {};
/** Every card's sessions link to `/seminars/{id}`. */
export const SessionLinks: Story = { args: { 'session-url': '/seminars/{id}' } };
export const OneSession: Story = { args: { 'session-id': 'session-3' } };
export const Japanese: Story = { args: { 'session-url': '/seminars/{id}' }, parameters: { lang: 'ja' } };
export const Narrow: Story = { parameters: { narrow: true } };
export const Dark: Story = { parameters: { scheme: 'dark' } };
export const Loading: Story = { render: () => html`<seminar-feed><seminar-speaker-list></seminar-speaker-list></seminar-feed>` };
export const UnknownSession: Story = { args: { 'session-id': 'nope' } };
export const CustomTheme: Story = { parameters: { theme: 'custom' } };
export const FeedMissing: Story = { args: { src: '/feeds/does-not-exist.json' } };
