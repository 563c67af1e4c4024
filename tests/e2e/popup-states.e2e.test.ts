// The popup on a page off the story, and opened while the page is still being read, in Chromium
// with the built extension (see popup.e2e.test.ts for the popup on a story page).
import { describe, expect, it } from 'vitest';
import { claimSet } from '../../data';
import type { PageReport } from '../../components/messaging';
import { tabIdOf, tabReport, waitFor } from './harness';
import { expectQuotes, expectedGroups, foundIds, openPopup, openStory, row, rowIds, settle, shownGroups, sortedGroups } from './popup-page';
import { ext, server, useSuite } from './suite-hooks';
import { addTestPages } from './test-pages';

useSuite(addTestPages);

describe('popup on a page off the story', () => {
  it('says the page does not cover the story, and every claim can still be browsed', async () => {
    const story = await openStory('/pages/unrelated.html');
    expect(story.report.storyDetected).toBe(false);
    const popup = await openPopup(story.tabId);
    const p = popup.page;
    const coverage = p.locator('[data-coverage]');
    expect(await coverage.getAttribute('data-coverage')).toBe('not-covered');
    expect((await coverage.textContent())?.trim()).toBe("This page doesn't cover this story");

    expect(await rowIds(p)).toEqual(claimSet.claims.map((c) => c.id));
    expect(await p.locator('.claim-row--on-page, .claim-row__jump').count()).toBe(0);
    for (const c of claimSet.claims) expect(sortedGroups(await shownGroups(row(p, c.id))), c.id).toEqual(sortedGroups(expectedGroups(c)));
    // The last claim opens like any other.
    const last = claimSet.claims.at(-1)!;
    const lastRow = row(p, last.id);
    await lastRow.locator('[data-claim-toggle]').click();
    await expectQuotes(lastRow, last);

    expect(popup.errors).toEqual([]);
    await p.close();
    await story.page.close();
  });
});

describe('popup opened while the page is still being read', () => {
  it('waits for the scan under way and then shows what was found', async () => {
    const page = await ext.newPage();
    await page.goto(server.url('/long/20000'), { waitUntil: 'commit' });
    // Slow the page's main thread (the content script's too) so the first scan, a few hundred ms
    // at full speed, lasts well past the popup's opening, and well within its 5 s wait.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    const tabId = await tabIdOf(ext, page);
    // What the content script answers the popup: `{ scanning: true }` until its first scan ends.
    const ask = (): Promise<{ res?: unknown } | null> =>
      ext.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'getPageReport', id: 1, timestamp: Date.now() }).catch(() => null), tabId);
    expect((await waitFor(ask, 'the content script to answer')).res).toEqual({ scanning: true });
    const popup = await openPopup(tabId, { settled: false });
    const coverage = popup.page.locator('[data-coverage]');
    // The popup is open and waiting while the scan is still under way...
    expect(await coverage.getAttribute('data-coverage')).toBe('loading');
    expect((await ask())?.res).toEqual({ scanning: true });
    // ...and shows the result once there is one.
    await settle(popup.page);
    expect(await coverage.getAttribute('data-coverage')).toBe('found');
    const report = (await waitFor(() => tabReport(ext, tabId) as Promise<PageReport | null>, 'the report')) as PageReport;
    expect((await coverage.textContent())?.trim()).toBe(`${foundIds(report).length} claims found on this page`);
    expect(popup.errors).toEqual([]);
    await popup.page.close();
    await page.close();
  });
});
