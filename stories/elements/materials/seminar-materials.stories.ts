import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../../src/elements/feed/seminar-feed.js';
import '../../../src/elements/materials/seminar-materials.js';
import { FEED, MISSING_FEED, NARROW } from '../../helpers.js';

/** The source page offers materials for session 2 but gives no file address; this sample shows the layout. */
const SAMPLE = {
  version: 1,
  series: { id: 'story', title: 'Story series', organizer: { name: 'Story Office' } },
  speakers: [],
  sessions: [
    {
      id: 'with-materials',
      number: 2,
      level: 'advanced',
      title: 'A session with materials',
      format: { attendance: ['online'] },
      materials: [
        {
          id: 'slides',
          title: { en: 'Presentation materials (sample)', ja: '講演資料（サンプル）' },
          url: 'https://example.org/sample.pdf',
          mediaType: 'application/pdf',
          sizeBytes: 482000,
          description: { en: 'A sample entry for this story.', ja: 'このストーリー用のサンプルです。' },
          notice: [
            { en: 'The copyright belongs to the lecturer.', ja: '著作権は講師に帰属します。' },
            { en: 'Do not redistribute.', ja: '再配布はご遠慮ください。' },
          ],
        },
        { id: 'worksheet', title: 'Worksheet (sample)', url: 'https://example.org/sample.xlsx', sizeBytes: 23100 },
      ],
    },
  ],
};

const meta: Meta = { title: 'Elements/seminar-materials', component: 'seminar-materials' };
export default meta;
type Story = StoryObj;

const inline = (lang?: string) => html`<seminar-feed>
  ${unsafeHTML(`<script type="application/json">${JSON.stringify(SAMPLE)}</script>`)}
  <seminar-materials session-id="with-materials" lang=${lang ?? nothing}></seminar-materials>
</seminar-feed>`;

export const WithNotices: Story = { name: 'With notices', render: () => inline() };
export const Japanese: Story = { name: 'Japanese', render: () => inline('ja') };
export const Dark: Story = { name: 'Dark', render: () => inline(), parameters: { scheme: 'dark' } };
export const Narrow: Story = { name: 'Narrow phone', render: () => inline(), ...NARROW };
export const NoneInTheFeed: Story = {
  name: 'None in the feed',
  render: () => html`<seminar-materials src=${FEED} session-id="session-2"></seminar-materials>`,
};
export const CustomTheme: Story = { name: "A partner's theme", render: () => inline(), parameters: { theme: 'custom' } };
export const Loading: Story = {
  name: 'Loading',
  tags: ['stays-loading'],
  render: () => html`<seminar-feed><seminar-materials session-id="with-materials"></seminar-materials></seminar-feed>`,
};
export const FeedMissing: Story = {
  name: 'Feed not found',
  tags: ['feed-error'],
  render: () => html`<seminar-materials src=${MISSING_FEED} session-id="session-2"></seminar-materials>`,
};
