import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [preact()],
        test: {
          name: 'unit',
          // Unit tests first, then the browser: on two cores, running both at once starves Chromium.
          sequence: { groupOrder: 0 },
          include: ['lib/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.{ts,tsx}', 'cli/**/*.test.ts', 'test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'test/e2e-firefox/**', 'test/release/**', 'node_modules/**'],
          environment: 'node',
          // Node has both page tables, as the CLI does; content scripts load one (lib/show/content-data.ts).
          setupFiles: ['lib/i18n-page.ts'],
        },
        define: { __CONTENT_DATA_ID__: JSON.stringify('test') },
      },
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 1 },
          // Everything that needs the built extension: the browser tests and the release checks.
          include: ['test/e2e/**/*.e2e.test.ts', 'test/e2e-firefox/**/*.e2e.test.ts', 'test/release/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: two cores, and Chromium is the heavy part.
          fileParallelism: false,
        },
      },
    ],
  },
});
