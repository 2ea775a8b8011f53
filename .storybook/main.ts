import type { StorybookConfig } from '@storybook/html-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest'],
  framework: { name: '@storybook/html-vite', options: {} },
  // Telemetry waits on hosts this machine cannot reach; off, builds take 3 s instead of 10 s.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
