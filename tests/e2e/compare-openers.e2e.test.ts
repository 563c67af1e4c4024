// The ways to the comparison page, in Chromium with the built extension: the popup's and the
// hover card's "Compare all sources" open it about the right tab (and claim), beside the page.
import { describe, expect, it } from 'vitest';
import { claimSet } from '../../data';
import { waitFor } from './harness';
import { foundIds, openStory, settled } from './compare-page';
import { untilHighlighted } from './page-probes';
import { ext, useSuite } from './suite-hooks';
import { addTestPages } from './test-pages';

useSuite(addTestPages);

describe('the ways to the comparison page', () => {
  it('the popup’s "Compare all sources" opens it about the popup’s tab', async () => {
    const story = await openStory();
    const popup = await ext.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${story.tabId}`);
    const [opened] = await Promise.all([ext.context.waitForEvent('page'), popup.locator('[data-open-compare]').click()]);
    await opened.waitForLoadState();
    const url = new URL(opened.url());
    expect(opened.url().split('?')[0]).toBe(`chrome-extension://${ext.extensionId}/compare.html`);
    expect([url.searchParams.get('tab'), url.searchParams.get('story')]).toEqual([String(story.tabId), claimSet.story.id]);
    await settled(opened);
    expect(await opened.locator('[data-page]').getAttribute('data-page')).toBe('answered');
    await opened.close();
    await popup.close();
    await story.page.close();
  });

  it('the hover card’s "Compare all sources" opens it beside the page, at the claim', async () => {
    const story = await openStory();
    await untilHighlighted(story.page);
    await story.page.bringToFront();
    const stepped = await ext.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'stepHighlight', data: 1, id: 1, timestamp: Date.now() }), story.tabId);
    expect(stepped).toMatchObject({ res: true });
    // The card opens with the focus once the page has scrolled to the highlight: Tab to its close
    // button, then to "Compare all sources".
    await waitFor(async () => (await story.page.evaluate(() => document.activeElement?.tagName === 'CLAIM-CROSSCHECK-CARD')) || null, 'the card with the focus');
    await story.page.keyboard.press('Tab');
    await story.page.keyboard.press('Tab');
    const [opened] = await Promise.all([ext.context.waitForEvent('page'), story.page.keyboard.press('Enter')]);
    await opened.waitForLoadState();
    const url = new URL(opened.url());
    expect(url.pathname).toBe('/compare.html');
    expect(url.searchParams.get('tab')).toBe(String(story.tabId));
    const claim = url.searchParams.get('claim')!;
    expect(foundIds(story.report)).toContain(claim);
    // (Asked of the comparison page itself: without the "tabs" permission, some Chromium versions
    // give the worker no tab's URL, not even its own pages'.)
    const index = await opened.evaluate(async () => (await chrome.tabs.getCurrent())?.index);
    const storyIndex = await ext.worker.evaluate(async (id) => (await chrome.tabs.get(id)).index, story.tabId);
    expect(index).toBe(storyIndex + 1);
    await settled(opened);
    expect(await opened.locator('tr[aria-current="true"]').getAttribute('data-claim-id')).toBe(claim);
    await opened.close();
    await story.page.close();
  });
});
