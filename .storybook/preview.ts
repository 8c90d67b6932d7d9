import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../dist/custom-elements.json';
import '../src/index.js';

setCustomElementsManifest(manifest);

/**
 * Toolbar controls for the whole story: UI language, light or dark, and `now`,
 * so a reviewer can move a story through a session's life.
 */
const preview: Preview = {
  // A docs page per element, from the Custom Elements Manifest.
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'UI language',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'ja', title: '日本語' }], dynamicTitle: true },
    },
    scheme: {
      description: 'Light or dark',
      toolbar: { title: 'Theme', icon: 'contrast', items: [{ value: 'light', title: 'Light' }, { value: 'dark', title: 'Dark' }], dynamicTitle: true },
    },
    now: {
      description: 'The instant the story shows',
      toolbar: {
        title: 'Now',
        icon: 'time',
        items: [
          { value: '', title: 'Story default' },
          { value: '2025-06-20T10:00:00+09:00', title: 'Before applications (session 1 upcoming)' },
          { value: '2025-07-01T10:00:00+09:00', title: 'Session 1 open' },
          { value: '2025-07-29T10:00:00+09:00', title: 'Session 1 closed' },
          { value: '2025-07-31T14:30:00+09:00', title: 'Session 1 live' },
          { value: '2025-12-10T10:00:00+09:00', title: 'Session 4 open' },
          { value: '2026-03-01T10:00:00+09:00', title: 'All ended' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', scheme: 'light', now: '' },
  decorators: [
    (story, context) => {
      const { lang, scheme, now } = context.globals as { lang: string; scheme: string; now: string };
      const dark = scheme === 'dark' || context.parameters.scheme === 'dark';
      const narrow = context.parameters.narrow === true;
      const custom = context.parameters.theme === 'custom';
      storyNow(now);
      return html`<div
        class="story ${dark ? 'dark' : 'light'} ${narrow ? 'narrow' : ''} ${custom ? 'custom' : ''}"
        lang=${context.parameters.lang ?? lang}
        data-now=${now}
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
};

/** Applies the toolbar's `now` to every seminar element of the story once it renders. */
function storyNow(now: string): void {
  if (now) {
    queueMicrotask(() =>
      requestAnimationFrame(() => document.querySelectorAll('.story [src], .story seminar-feed *').forEach((el) => el.localName.startsWith('seminar-') && el.setAttribute('now', now))),
    );
  }
}

const style = document.createElement('style');
style.textContent = `
  .story { padding: 1rem; }
  .story.dark { --seminar-color-scheme: dark; background: #0f1419; color: #e6edf3; }
  .story.light { --seminar-color-scheme: light; }
  .story.narrow { max-width: 320px; }
  /* A partner's own look, through the documented custom properties only. */
  .story.custom {
    --seminar-color-accent: #8a1538;
    --seminar-color-surface: #fbf3ee;
    --seminar-color-border: #d9b8a8;
    --seminar-radius: 2px;
    --seminar-space: 1.25rem;
    --seminar-font-family: Georgia, 'Hiragino Mincho ProN', 'Yu Mincho', serif;
  }
`;
document.head.append(style);

export default preview;
