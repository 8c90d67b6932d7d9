import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: [{ from: '../feeds', to: '/feeds' }, { from: '../test/e2e', to: '/samples' }, { from: '../test/fixtures', to: '/fixtures' }],
  // The project's vite.config.ts builds the library; Storybook needs none of its plugins.
  async viteFinal(config) {
    config.plugins = (config.plugins ?? []).filter((p) => !(p && 'name' in p && String(p.name).startsWith('seminar-')));
    return config;
  },
};
export default config;
