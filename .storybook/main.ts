import type { StorybookConfig } from '@storybook/web-components-vite';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// The static-page recipe links dist/prerender.css as a page does. `npm run build` makes it;
// made here when it is missing, so that the portal builds on its own as before.
if (!existsSync('dist/prerender.css')) execFileSync(process.execPath, ['scripts/prerender-css.mjs'], { stdio: 'inherit' });

const config: StorybookConfig = {
  // The portal's pages, the recipes and the elements (in the order preview.ts's storySort gives).
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Mock Service Worker comes in through preview.ts (msw-storybook-addon's preview annotations, one worker).
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: [
    { from: '../feeds', to: '/feeds' },
    { from: '../test/e2e', to: '/samples' },
    { from: '../test/fixtures', to: '/fixtures' },
    { from: '../docs/images', to: '/images' },
    { from: '../stories/assets', to: '/story-assets' },
    // The static-page recipe's stylesheet, as a page links it.
    { from: '../dist/prerender.css', to: '/prerender.css' },
    // Mock Service Worker's script (node_modules/msw/lib/mockServiceWorker.js, the version installed).
    { from: './public', to: '/' },
  ],
  // The project's vite.config.ts builds the library; Storybook needs none of its plugins.
  async viteFinal(config) {
    config.plugins = (config.plugins ?? []).filter((p) => !(p && 'name' in p && String(p.name).startsWith('seminar-')));
    return config;
  },
};
export default config;
