import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Next to iframe.html, so that the stories' relative URLs (feeds/…, themes/…) work in dev and in any static host.
  staticDirs: [
    { from: '../feeds', to: '/feeds' },
    { from: '../themes', to: '/themes' },
  ],
  core: { disableTelemetry: true },
};
export default config;
