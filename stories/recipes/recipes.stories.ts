/**
 * Recipes: the copy-paste snippets of the README, working as they are.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../src/index.js';
import { MIXED_NOW } from '../helpers.js';

const meta: Meta = { title: 'Recipes', parameters: { docs: { description: { component: 'The README snippets, pasted as they are.' } } } };
export default meta;
type Story = StoryObj;

/** "Add it to your site": one tag after the script tag. */
export const AddItToYourSite: Story = {
  render: () => html`${unsafeHTML(`<seminar-series src="/feeds/tokyo-2025.json" now="${MIXED_NOW}"></seminar-series>`)}`,
};

/** "Paste into your CMS": tags with attributes only, far apart, sharing one download. */
export const PasteIntoYourCms: Story = {
  render: () =>
    html`${unsafeHTML(`
<seminar-session-list src="/feeds/tokyo-2025.json" filter="open upcoming" now="${MIXED_NOW}"></seminar-session-list>
<p>The editor's own paragraph between the tags.</p>
<seminar-session src="/feeds/tokyo-2025.json" session-id="session-4" now="${MIXED_NOW}"></seminar-session>
<seminar-speaker-list src="/feeds/tokyo-2025.json" session-id="session-4"></seminar-speaker-list>`)}`,
};

/** "Paste into your CMS", with the feed named once around the tags. */
export const OneFeedAroundTheTags: Story = {
  render: () =>
    html`${unsafeHTML(`
<seminar-feed src="/feeds/tokyo-2025.json">
  <seminar-session-list level="practical" limit="3" now="${MIXED_NOW}"></seminar-session-list>
  <seminar-speaker-card speaker-id="tsuda-noriko"></seminar-speaker-card>
</seminar-feed>`)}`,
};

/** What an editor sees when an attribute is wrong: a message, not a blank space. */
export const AWrongAttribute: Story = {
  render: () =>
    html`${unsafeHTML(`
<seminar-session src="/feeds/tokyo-2025.json" session-id="session-9"></seminar-session>
<seminar-session-list></seminar-session-list>`)}`,
};

/** "Use it in an app": properties and events from script, themed with custom properties and parts. */
export const UseItInAnApp: Story = {
  render: () => {
    const onSelect = (e: CustomEvent<{ sessionId: string }>) => {
      const out = (e.currentTarget as HTMLElement).nextElementSibling!;
      out.textContent = `seminar-session-select: ${e.detail.sessionId}`;
    };
    return html`<seminar-session-list
        src="/feeds/tokyo-2025.json"
        .filter=${'open upcoming'}
        now=${MIXED_NOW}
        style="--seminar-color-accent: #8a1538; --seminar-radius: 4px"
        @seminar-session-select=${onSelect}
      ></seminar-session-list>
      <output role="status"></output>`;
  },
};
