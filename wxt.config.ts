import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
// One id per build (WXT builds each entrypoint with its own Vite config, so it is made here, once),
// shared by the content script and the story tools it has injected: tools an older version left
// in a page's content-script world are never used (components/story-tools.ts).
const BUILD_ID = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

// See README "Permissions" for why each permission is here.
export default defineConfig({
  // MV3 for both browsers: one API surface (action, scripting), and Firefox 140+ supports it fully.
  manifestVersion: 3,
  // Every module imports what it uses: easier to follow, and nothing in components/ is made global.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    define: { __BUILD_ID__: JSON.stringify(BUILD_ID) },
    // The claim set ships as a JSON string: parsing JSON is much faster than compiling the same
    // object literal, and the content script starts on every page.
    json: { stringify: true },
    resolve: {
      alias: [
        // WXT 0.21 announces content scripts to the page; see components/quiet-content-script-context.ts.
        { find: /^wxt\/utils\/content-script-context$/, replacement: here('./components/quiet-content-script-context.ts') },
        { find: /^wxt-original\/content-script-context$/, replacement: here('./node_modules/wxt/dist/utils/content-script-context.mjs') },
      ],
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Claim Cross-Check',
    default_locale: 'en',
    // Words the browser shows for us (extensions page, shortcuts page) come from public/_locales too.
    description: '__MSG_extensionDescription__',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Claim Cross-Check' },
    // Binds the API namespaces before a page element can shadow them: see public/api-binding.js.
    // WXT adds content/index.ts (document_idle) after it.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['api-binding.js'], run_at: 'document_start' }],
    commands: {
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandNextClaim__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'claim-crosscheck@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learned data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    // The sources archive is what Firefox reviewers rebuild from: the project, not local output.
    excludeSources: ['test-results/**', 'screenshots/**', '.output/**', 'coverage/**'],
  },
  hooks: {
    // A malformed or inconsistent story pack must never ship: fail the build naming file, claim and field.
    'build:before': async () => {
      const { validateStoryPacksOnDisk } = await import('./scripts/validate-packs');
      validateStoryPacksOnDisk();
    },
  },
});
