/**
 * Recipes: the README's snippets, working as they are. Each story renders the HTML tab of
 * its `sources` (hand-written: what a page or an app writes, without the story's `now`,
 * which the toolbar and `parameters.now` set); the Recipes page shows the HTML, React and
 * Vue tabs beside it.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../src/index.js';
import { MIXED_NOW } from '../helpers.js';

export interface Sources {
  html: string;
  react: string;
  vue: string;
}

const meta: Meta = {
  title: 'Recipes',
  // The Recipes page (Recipes.mdx) is this file's docs page.
  tags: ['!autodocs'],
  parameters: { now: MIXED_NOW },
};
export default meta;
type Story = StoryObj;

/** A story that renders its HTML source as it is, and shows that source under "Show code". */
function recipe(name: string, sources: Sources, markup = sources.html): Story {
  return {
    name,
    render: () => html`${unsafeHTML(markup)}`,
    parameters: { sources, docs: { source: { code: sources.html, language: 'html' } } },
  };
}

const REACT_SETUP = `import 'seminar-widgets'; // defines every element
import type {} from 'seminar-widgets/react'; // the elements' props and events in JSX`;
const VUE_SETUP = `<script setup lang="ts">
import 'seminar-widgets'; // defines every element
import type {} from 'seminar-widgets/vue';
</script>
<!-- vite.config.ts: vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('seminar-') } } }) -->`;

export const AddItToYourSite = recipe(
  'Add it to your site',
  {
    html: `<script type="module" src="https://your-host.example/seminar-widgets/dist/seminar-widgets.js"></script>

<seminar-series src="/feeds/tokyo-2025.json"></seminar-series>`,
    react: `${REACT_SETUP}

export function Seminars() {
  return <seminar-series src="/feeds/tokyo-2025.json" />;
}`,
    vue: `${VUE_SETUP}

<template>
  <seminar-series src="/feeds/tokyo-2025.json" />
</template>`,
  },
  // The portal has loaded the elements already; the script tag is the page's part.
  `<seminar-series src="/feeds/tokyo-2025.json"></seminar-series>`,
);

export const PasteIntoYourCms = recipe('Paste into your CMS', {
  html: `<seminar-session-list src="/feeds/tokyo-2025.json" filter="open upcoming"></seminar-session-list>
<p>The editor's own paragraph between the tags.</p>
<seminar-session src="/feeds/tokyo-2025.json" session-id="session-4"></seminar-session>
<seminar-speaker-list src="/feeds/tokyo-2025.json" session-id="session-4"></seminar-speaker-list>`,
  react: `${REACT_SETUP}

export function SessionPage() {
  return (
    <>
      <seminar-session-list src="/feeds/tokyo-2025.json" filter="open upcoming" />
      <p>The page's own paragraph between the elements.</p>
      <seminar-session src="/feeds/tokyo-2025.json" session-id="session-4" />
      <seminar-speaker-list src="/feeds/tokyo-2025.json" session-id="session-4" />
    </>
  );
}`,
  vue: `${VUE_SETUP}

<template>
  <seminar-session-list src="/feeds/tokyo-2025.json" filter="open upcoming" />
  <p>The page's own paragraph between the elements.</p>
  <seminar-session src="/feeds/tokyo-2025.json" session-id="session-4" />
  <seminar-speaker-list src="/feeds/tokyo-2025.json" session-id="session-4" />
</template>`,
});

export const OneFeedAroundTheTags = recipe('One feed around the tags', {
  html: `<seminar-feed src="/feeds/tokyo-2025.json">
  <seminar-session-list level="practical" limit="3"></seminar-session-list>
  <seminar-speaker-card speaker-id="tsuda-noriko"></seminar-speaker-card>
</seminar-feed>`,
  react: `${REACT_SETUP}

export function Practical() {
  return (
    <seminar-feed src="/feeds/tokyo-2025.json">
      <seminar-session-list level="practical" limit={3} />
      <seminar-speaker-card speaker-id="tsuda-noriko" />
    </seminar-feed>
  );
}`,
  vue: `${VUE_SETUP}

<template>
  <seminar-feed src="/feeds/tokyo-2025.json">
    <seminar-session-list level="practical" :limit="3" />
    <seminar-speaker-card speaker-id="tsuda-noriko" />
  </seminar-feed>
</template>`,
});

export const AWrongAttribute = recipe('A wrong attribute: a message, not a blank space', {
  html: `<seminar-session src="/feeds/tokyo-2025.json" session-id="session-9"></seminar-session>
<seminar-session-list></seminar-session-list>`,
  react: `${REACT_SETUP}

// An editor's mistake shows as a message in the page, with details in the console.
export function Mistakes() {
  return (
    <>
      <seminar-session src="/feeds/tokyo-2025.json" session-id="session-9" />
      <seminar-session-list />
    </>
  );
}`,
  vue: `${VUE_SETUP}

<template>
  <!-- An editor's mistake shows as a message in the page, with details in the console. -->
  <seminar-session src="/feeds/tokyo-2025.json" session-id="session-9" />
  <seminar-session-list />
</template>`,
});

const APP_SOURCES: Sources = {
  html: `<seminar-session-list
  src="/feeds/tokyo-2025.json"
  style="--seminar-color-accent: #8a1538; --seminar-radius: 4px"
></seminar-session-list>
<output role="status"></output>

<script type="module">
  import 'seminar-widgets';

  const list = document.querySelector('seminar-session-list');
  list.filter = 'open upcoming'; // a property, set from script
  list.addEventListener('seminar-session-select', (event) => {
    document.querySelector('output').textContent = \`seminar-session-select: \${event.detail.sessionId}\`;
  });
</script>`,
  react: `import { useState, type CSSProperties } from 'react';
${REACT_SETUP}

export function Sessions() {
  const [selected, setSelected] = useState('');
  return (
    <>
      <seminar-session-list
        src="/feeds/tokyo-2025.json"
        filter="open upcoming"
        style={{ '--seminar-color-accent': '#8a1538', '--seminar-radius': '4px' } as CSSProperties}
        onseminar-session-select={(event) => setSelected(event.detail.sessionId)}
      />
      <output role="status">{selected && \`seminar-session-select: \${selected}\`}</output>
    </>
  );
}`,
  vue: `<script setup lang="ts">
import { ref } from 'vue';
import 'seminar-widgets';
import type { SessionSelectDetail } from 'seminar-widgets';

const selected = ref('');
const onSelect = (event: CustomEvent<SessionSelectDetail>) => (selected.value = event.detail.sessionId);
</script>

<template>
  <seminar-session-list
    src="/feeds/tokyo-2025.json"
    :filter="'open upcoming'"
    style="--seminar-color-accent: #8a1538; --seminar-radius: 4px"
    @seminar-session-select="onSelect"
  />
  <output role="status">{{ selected && \`seminar-session-select: \${selected}\` }}</output>
</template>`,
};

/** Properties and events from script, themed with custom properties. */
export const UseItInAnApp: Story = {
  name: 'Use it in an app: a property and an event',
  render: () => {
    const onSelect = (e: CustomEvent<{ sessionId: string }>) => {
      const out = (e.currentTarget as HTMLElement).nextElementSibling!;
      out.textContent = `seminar-session-select: ${e.detail.sessionId}`;
    };
    return html`<seminar-session-list
        src="/feeds/tokyo-2025.json"
        .filter=${'open upcoming'}
        style="--seminar-color-accent: #8a1538; --seminar-radius: 4px"
        @seminar-session-select=${onSelect}
      ></seminar-session-list>
      <output role="status"></output>`;
  },
  parameters: { sources: APP_SOURCES, docs: { source: { code: APP_SOURCES.html, language: 'html' } } },
};
