import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../../src/elements/feed/seminar-feed.js';
import '../../../src/elements/session-list/seminar-session-list.js';
import '../../../src/elements/speaker-card/seminar-speaker-card.js';
import { ARCHIVED_FEED_JSON, FEED, MIXED_NOW } from '../../helpers.js';

const meta: Meta = {
  title: 'Elements/seminar-feed',
  component: 'seminar-feed',
  parameters: { now: MIXED_NOW },
};
export default meta;
type Story = StoryObj;

/** One feed, named once, shared by elements far apart in the page. */
export const ProvidesToDescendants: Story = {
  name: 'One feed for the elements inside',
  render: () => html`<seminar-feed src=${FEED}>
    <h3>Open now</h3>
    <seminar-session-list filter="open"></seminar-session-list>
    <p>Some of the page's own text between the elements.</p>
    <seminar-speaker-card speaker-id="osabe-hiromi"></seminar-speaker-card>
  </seminar-feed>`,
};

const inline = (lang?: string) => html`<seminar-feed>
  ${unsafeHTML(`<script type="application/json">${ARCHIVED_FEED_JSON}</script>`)}
  <seminar-session-list lang=${lang ?? nothing}></seminar-session-list>
</seminar-feed>`;

/** A feed written into the page, for CMSs that cannot host a file. */
export const InlineFeed: Story = { name: 'A feed written into the page', render: () => inline(), parameters: { now: '2025-08-10T10:00:00+09:00' } };
export const InlineFeedJapanese: Story = {
  name: 'A feed written into the page, Japanese',
  render: () => inline('ja'),
  parameters: { now: '2025-08-10T10:00:00+09:00' },
};
