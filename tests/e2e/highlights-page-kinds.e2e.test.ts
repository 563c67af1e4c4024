// Highlighting on pages of every kind, in Chromium with the built extension: React, single-page
// apps, late content, strict CSP and long reads work and are not disturbed, and the extension
// tells pages nothing. Which sentences are marked, the card and the badge: highlights.e2e.test.ts.
// Long tasks are printed here, never asserted: `npm run measure:pages` judges them.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabIdOf, waitFor } from './harness';
import { switchOnAndMeasure } from './huge-pages';
import { allHighlighted, cardText, highlightsOf, pagePerformance, pointOnHighlight, recordPagePerformance, untilHighlighted } from './page-probes';
import { badge, ext, open, report, server, setSiteDisabled, useSuite } from './suite-hooks';
import { addTestPages, LONG_20000_PATH } from './test-pages';

useSuite(addTestPages);

describe('pages of every kind', () => {
  it('a server-rendered React page hydrates without errors and is highlighted', async () => {
    const { page, errors } = await open('/react/');
    await waitFor(() => page.evaluate(() => (window as unknown as { hydrated?: boolean }).hydrated || null), 'hydration');
    await untilHighlighted(page);
    // React still owns its DOM: a click re-renders the component.
    await page.click('#share');
    await expect.poll(() => page.textContent('#share')).toBe('Shared 1 times');
    expect(await page.evaluate(() => (window as unknown as { hydrationErrors: string[] }).hydrationErrors)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a single-page app that swaps its article is rescanned', async () => {
    const { page, tabId } = await open('/spa/story');
    await untilHighlighted(page);
    await page.click('#to-other');
    await waitFor(async () => (allHighlighted(await highlightsOf(page)).length === 0 ? true : null), 'highlights to clear');
    await waitFor(async () => ((await badge(tabId)) === '' ? true : null), 'the badge to clear');
    await page.click('#to-story');
    await untilHighlighted(page);
    await page.close();
  });

  it('follows an address change that changes nothing on the page, and tells the page nothing of it', async () => {
    // The page listens for the event WXT's location watcher would dispatch on its window.
    const listen = async (p: Page) => {
      await p.addInitScript((id) => {
        const w = window as unknown as { __heard: string[] };
        w.__heard = [];
        window.addEventListener(`${id}:content:wxt:locationchange`, (e) => w.__heard.push(e.type));
      }, ext.extensionId);
    };
    const { page, tabId } = await open('/spa/story', listen);
    await untilHighlighted(page);
    expect((await report(tabId)).url).toBe(server.url('/spa/story'));
    await page.evaluate(() => history.pushState({}, '', '/spa/story?section=defence'));
    // No DOM change: only the address watcher can make the rescan that reports the new address.
    await waitFor(async () => ((await report(tabId)).url.endsWith('?section=defence') ? true : null), 'a report for the new address');
    expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
    await page.close();
  });

  it('an article whose paragraphs arrive late is highlighted once they do', async () => {
    const { page } = await open('/late/');
    await waitFor(() => page.evaluate(() => document.body.dataset.done || null), 'the late paragraphs');
    await untilHighlighted(page);
    expect(allHighlighted(await highlightsOf(page)).some((t) => t.includes('Sanjeev Kumar') || t.includes('Adani'))).toBe(true);
    await page.close();
  });

  it('a page with a strict Content-Security-Policy is highlighted and shows the card', async () => {
    const { page, errors } = await open('/csp/');
    await untilHighlighted(page);
    const point = await pointOnHighlight(page, 'Adani');
    await page.mouse.move(point!.x, point!.y);
    expect(await waitFor(() => cardText(page), 'the hover card')).toContain('Confirmed by');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('starting on a small page: the content script reports', async () => {
    // A small page parses in a few milliseconds: a long task here would be the content script's start.
    const { page, tabId } = await open('/pages/unrelated.html', recordPagePerformance);
    await report(tabId);
    await page.waitForTimeout(500);
    console.log(`small page, from the start: long tasks ${JSON.stringify((await pagePerformance(page)).longTasks)}`);
    await page.close();
  });

  it('a 20,000-word story page switched on after load is read and highlighted', async () => {
    // Loaded with the site switched off, switched on once the browser is done: see switchOnAndMeasure.
    const { page, toFirstHighlight, ourLongTasks } = await switchOnAndMeasure({ open, report, setSiteDisabled }, LONG_20000_PATH);
    console.log(`20,000 words: highlighted ${toFirstHighlight} ms after switching on; long tasks while scanning: ${JSON.stringify(ourLongTasks)}`);
    expect(allHighlighted(await highlightsOf(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  it('a 20,000-word story page opened normally gets its highlights (time to first highlight)', async () => {
    const { page } = await open(LONG_20000_PATH, recordPagePerformance);
    await untilHighlighted(page);
    const perf = await pagePerformance(page);
    console.log(`20,000 words: first highlight ${Math.round(perf.firstHighlight ?? -1)} ms after navigation start; all long tasks: ${JSON.stringify(perf.longTasks)}`);
    expect(perf.firstHighlight).not.toBeNull();
    await page.close();
  });
});

describe('privacy', () => {
  it('the extension announces nothing to pages', async () => {
    const listenForMessages = async (p: Page) => {
      await p.addInitScript(() => {
        const w = window as unknown as { __heard: string[] };
        w.__heard = [];
        window.addEventListener('message', (e) => w.__heard.push(JSON.stringify(e.data)));
      });
    };
    const { page } = await open('/pages/unrelated.html', listenForMessages);
    await report(await tabIdOf(ext, page));
    expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
    await page.close();
  });

  it('no request left the machine', () => {
    expect(ext.externalRequests()).toEqual([]);
  });
});
