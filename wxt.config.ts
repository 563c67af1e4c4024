import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Permissions" for why each permission is here.
export default defineConfig({
  // MV3 for both browsers: one API surface (action, scripting), and Firefox 140+ supports it fully.
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Claim Cross-Check',
    description:
      'Highlights the known claims of one news story on the page you read and shows which outlets confirm or dispute each. Works offline.',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Claim Cross-Check' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'claim-crosscheck@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    // The sources archive is what Firefox reviewers rebuild from: the project, not local output.
    excludeSources: ['test-results/**', 'screenshots/**', '.output/**', 'coverage/**'],
  },
  hooks: {
    // A malformed or inconsistent claim set must never ship: fail the build naming claim and field.
    'build:before': async () => {
      const { validateClaimSetOnDisk } = await import('./scripts/validate-claims');
      validateClaimSetOnDisk();
    },
  },
});
