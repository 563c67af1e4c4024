// Smoke test of the harness itself: the built extension loads, its content script runs on a
// fixture page and reports to the background, and the popup page renders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSuite, startSuite, screenshot, tabIdOf, tabReport, waitFor, type ExtensionBrowser, type FixtureServer } from './harness';

let server: FixtureServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  ({ server, ext } = await startSuite());
});
afterAll(() => closeSuite({ server, ext }));

describe('extension smoke', () => {
  it('loads as an MV3 extension with its service worker', async () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
  });

  it('runs the content script on a page and reports to the background', async () => {
    const page = await ext.newPage();
    await page.goto(server.url('/pages/unrelated.html'));
    const tabId = await tabIdOf(ext, page);
    const report = await waitFor(() => tabReport(ext, tabId), 'the content script report');
    expect(report).toMatchObject({ url: page.url(), storyDetected: false, matches: [] });
    await page.close();
  });

  it('renders the popup page', async () => {
    const page = await ext.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await expect.poll(() => page.locator('#app').innerText()).toContain('Claim Cross-Check');
    await screenshot(page, 'smoke-popup');
    await page.close();
  });

  it('makes no request beyond the fixture server', () => {
    expect(ext.externalRequests()).toEqual([]);
  });
});
