import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three tiers: `unit` (pure code and data, Node), `dom` (page reading and drawing, and the popup's
// components, jsdom) and `e2e` (the built extension in real Chromium, which needs `npm run build`
// first, and in Firefox when installed, which needs the Firefox e2e build: see
// tests/e2e/firefox-harness.ts).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'node',
          setupFiles: ['tests/setup/strict-messages.ts'],
          include: ['{components,data,entrypoints,scripts,tests/unit}/**/*.test.{ts,tsx}'],
          exclude: ['**/*.dom.test.{ts,tsx}', '**/node_modules/**'],
        },
      },
      {
        plugins: [WxtVitest()],
        // WXT's wxt/browser mock imports the `wxt/testing` index, which loads esbuild, and esbuild
        // refuses to start under jsdom: point it at the fake browser alone.
        resolve: { alias: [{ find: /^wxt\/testing$/, replacement: 'wxt/testing/fake-browser' }] },
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['tests/setup/strict-messages.ts'],
          include: ['{components,entrypoints,tests/dom}/**/*.dom.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: CI has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
