import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook, configured by hand (`storybook init` cannot run here). The Vite builder
 * reads the project's vite.config.ts (minus its library `build`), and Vite reads
 * tsconfig.json: Lit's legacy decorators compile as in the library build.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // The seed data files, for stories that load them with `src="demo/…"`, and the test
  // images (a logo, a photo) for stories with inline data.
  staticDirs: [
    { from: '../demo', to: '/demo' },
    { from: '../test/fixtures', to: '/fixtures' },
  ],
  core: { disableTelemetry: true },
  // In `storybook dev`, Vite pre-bundles the stories' `lit` while Storybook's own renderer
  // imports it unbundled: two copies ("Multiple versions of Lit loaded"). Unbundled for all.
  viteFinal: (config) => ({
    ...config,
    optimizeDeps: {
      ...config.optimizeDeps,
      exclude: [
        ...(config.optimizeDeps?.exclude ?? []),
        'lit',
        'lit-html',
        'lit-element',
        '@lit/reactive-element',
      ],
    },
  }),
};

export default config;
