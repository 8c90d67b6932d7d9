import type { Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, StrictArgTypes } from 'storybook/internal/types';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { createPreviewAnnotations } from 'msw-storybook-addon/preview';
import manifest from '../dist/custom-elements.json';
import '../src/index.js';

setCustomElementsManifest(manifest);

/**
 * Mock Service Worker for the stories that answer requests (the form's outcomes): each such
 * story adds its handlers in `beforeEach` through `context.msw`, on a URL of its own, so the
 * stories of one docs page do not answer for each other. Every other request goes out.
 */
let worker: ReturnType<typeof startWorker> | undefined;
async function startWorker() {
  const { setupWorker } = await import('msw/browser');
  const started = setupWorker();
  await started.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: './mockServiceWorker.js' } });
  return started;
}
// One worker, however many stories of a docs page ask for it at once (the addon starts one per
// caller until the first is ready, and a second start fails: "WebSocket: already replaced").
const msw = createPreviewAnnotations(() => (worker ??= startWorker()));

interface ManifestAttribute {
  name: string;
  fieldName?: string;
  description?: string;
  type?: { text: string };
}
const ATTRIBUTES = new Map<string, ManifestAttribute[]>();
for (const mod of manifest.modules) {
  for (const d of mod.declarations as { tagName?: string; attributes?: ManifestAttribute[] }[]) {
    if (d.tagName) ATTRIBUTES.set(d.tagName, d.attributes ?? []);
  }
}

/** IANA zones a reviewer may try, and the visitor's own. */
const ZONES = ['Asia/Tokyo', 'Europe/Berlin', 'America/Los_Angeles', 'Pacific/Auckland', 'local'];

/**
 * Controls from the manifest: a number field for numbers, a select for a fixed set of
 * values (and for `time-zone` and `lang`), text otherwise; the reflected `state` and `status` read
 * only; the property that mirrors an attribute (`sessionId` for `session-id`) out of the
 * table, so each setting appears once. A story's own `options` stay. `now` is the
 * toolbar's ("Now"), never a control that would stick.
 */
const seminarControls: ArgTypesEnhancer = ({ component, argTypes }) => {
  const attributes = typeof component === 'string' ? ATTRIBUTES.get(component) : undefined;
  if (!attributes) return argTypes;
  const out: StrictArgTypes = { ...argTypes };
  for (const a of attributes) {
    const type = a.type?.text ?? 'string';
    const literals = [...type.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    const readOnly = a.name === 'state' || a.name === 'status';
    const own = argTypes[a.name];
    const options = own?.options ?? (a.name === 'time-zone' ? ZONES : a.name === 'lang' ? ['en', 'ja'] : literals.length && !readOnly ? literals : undefined);
    out[a.name] = {
      ...own,
      name: a.name,
      description: a.description,
      // Enhancers get no shorthand normalisation: controls as objects.
      control: readOnly ? false : options ? { type: 'select' } : /\bnumber\b/.test(type) ? { type: 'number', min: 1 } : { type: 'text' },
      ...(options ? { options: [undefined, ...options.filter((o) => o !== undefined)] } : {}),
      table: { ...own?.table, category: 'attributes', type: { summary: type.replace(/ \| undefined$/, '') } },
    };
    if (a.fieldName && a.fieldName !== a.name) out[a.fieldName] = { ...argTypes[a.fieldName], name: a.fieldName, table: { disable: true } };
  }
  if (out.now) out.now = { ...out.now, control: false, table: { disable: true } };
  return out;
};

/** Every event the elements fire: the Actions panel logs them. */
const EVENTS = [
  'seminar-feed-load',
  'seminar-feed-error',
  'seminar-session-select',
  'seminar-application-submit',
  'seminar-application-success',
  'seminar-application-error',
  'seminar-archive-play',
];

/** A partner's own look, through the documented custom properties only. */
const CUSTOM_THEME: Record<string, string> = {
  '--seminar-color-accent': '#8a1538',
  '--seminar-color-surface': '#fbf3ee',
  '--seminar-color-border': '#d9b8a8',
  '--seminar-radius': '2px',
  '--seminar-space': '1.25rem',
  '--seminar-font-family': "Georgia, 'Hiragino Mincho ProN', 'Yu Mincho', serif",
};
const DARK_BACKGROUND = '#0f1419';

interface StoryParameters {
  /** The story's language (`lang` on the story's root), when the toolbar's is not meant. */
  lang?: string;
  /** `dark` for a dark story: the whole canvas, and the elements through `--seminar-color-scheme`. */
  scheme?: 'light' | 'dark';
  /** A phone-width story: the viewport in the canvas; 320 px wide on a docs page. */
  narrow?: boolean;
  /** `custom`: a partner's own theme through the custom properties. */
  theme?: 'custom';
  /** The instant the story shows, unless the toolbar's Now says otherwise. */
  now?: string;
}

/**
 * Language, theme and `now` without wrapper markup (so "Show code" shows what a page
 * writes): set on the story's own root (`canvasElement`, one per story on a docs page),
 * and on the whole canvas in the story view. Everything is set again on every render, so
 * choosing "Story default" in the toolbar really goes back to the story's own values.
 */
function applyStoryFrame(
  root: HTMLElement,
  view: string,
  globals: { lang?: string; scheme?: string; now?: string },
  parameters: StoryParameters,
): void {
  const dark = (parameters.scheme ?? globals.scheme) === 'dark';
  root.lang = parameters.lang ?? globals.lang ?? 'en';
  root.style.cssText = '';
  root.style.setProperty('--seminar-color-scheme', dark ? 'dark' : 'light');
  root.style.colorScheme = dark ? 'dark' : 'light';
  if (dark) {
    root.style.background = DARK_BACKGROUND;
    root.style.color = '#e6edf3';
  }
  if (parameters.theme === 'custom') for (const [name, value] of Object.entries(CUSTOM_THEME)) root.style.setProperty(name, value);
  if (parameters.narrow && view === 'docs') root.style.maxWidth = '320px';
  if (view === 'story') {
    // The full canvas, not a dark box in a white frame.
    document.documentElement.style.background = dark ? DARK_BACKGROUND : '';
    document.body.style.background = dark ? DARK_BACKGROUND : '';
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  }
  const now = globals.now || parameters.now;
  const setNow = () => {
    for (const el of root.querySelectorAll('*')) {
      if (!el.localName.startsWith('seminar-') || el.localName === 'seminar-feed') continue;
      if (now) el.setAttribute('now', now);
      else el.removeAttribute('now');
    }
  };
  // Once the story has rendered into the root.
  queueMicrotask(() => {
    setNow();
    requestAnimationFrame(setNow);
  });
}

/**
 * Toolbar controls for the whole canvas: UI language, light or dark, and `now`, so a
 * reviewer can move a story through a session's life.
 */
const preview: Preview = {
  // A docs page per element, from the Custom Elements Manifest.
  tags: ['autodocs'],
  beforeEach: msw.beforeEach,
  argTypesEnhancers: [seminarControls],
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
    withActions,
    (story, context) => {
      applyStoryFrame(context.canvasElement as HTMLElement, context.viewMode, context.globals, context.parameters as StoryParameters);
      return story();
    },
  ],
  parameters: {
    layout: 'padded',
    actions: { handles: EVENTS },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: true },
    // The a11y addon checks every story (axe); a violation shows as an error in its panel.
    a11y: { test: 'error' },
    viewport: {
      options: {
        narrow: { name: 'Narrow phone (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        phone: { name: 'Phone (375 px)', styles: { width: '375px', height: '812px' }, type: 'mobile' },
        tablet: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    options: {
      storySort: { order: ['Introduction', 'Installation', 'Theming', 'Feed', 'Accessibility', 'Recipes', 'Elements'] },
    },
  },
};

export default preview;
