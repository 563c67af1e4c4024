// Pages whose scripts try to break us, in Chromium with the built extension (see
// tests/fixtures/hostile/README.md): scripts that forge our messages and clobber globals, and
// forms that shadow the extension's API namespaces. The story's sentences are highlighted and
// nothing else, and nothing forged reaches anything of ours. Long tasks are printed, never
// asserted: `npm run measure:pages` judges them.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { escapeHtml } from '../../scripts/demo/news-pages';
import { tabReport, waitFor, type ReportedPage } from './harness';
import { expectStoryHighlights, forgeLocationChange, highlighted, MUST, pageNow, S, STORY_PARAGRAPHS } from './hostile-story';
import { cardText, highlightDraws, pagePerformance, pointOnHighlight, recordHighlightDraws, recordPagePerformance, untilHighlighted } from './page-probes';
import { badge, ext, open, report, useSuite } from './suite-hooks';

/**
 * A story page with a search form whose id names an extension namespace and whose field names one
 * of that namespace's APIs (<form id="chrome"><input name="runtime">): in Chromium a page element
 * is what window.chrome / window.browser names until the extension binds its namespaces.
 */
function shadowingFormPage(namespace: 'chrome' | 'browser', api: string): string {
  const story = STORY_PARAGRAPHS.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Moscow talks, on a page whose form shadows window.${namespace}.${api}</title></head>
<body><form id="${namespace}" action="#"><label>Search <input name="${api}"></label></form>
<main><article><h1>Indian arms makers held quiet talks in Moscow</h1>${story}</article></main></body></html>`;
}
const SHADOWING_FORMS = { '/hostile/form-chrome-runtime': shadowingFormPage('chrome', 'runtime'), '/hostile/form-browser-storage': shadowingFormPage('browser', 'storage') };

useSuite((s) => {
  for (const [path, body] of Object.entries(SHADOWING_FORMS)) s.add(path, { body });
});

describe('a page that forges our messages and clobbers globals', () => {
  interface Forgery {
    sent: string[];
    heard: string[];
    highlightSets: number;
    forged: string[];
  }
  const forgery = (page: Page) => page.evaluate(() => (window as unknown as { __forgery: Forgery }).__forgery);

  it('keeps working: highlights, badge, card; forged messages and events reach nothing of ours', async () => {
    const { page, tabId, errors } = await open('/hostile/forgery.html', recordHighlightDraws);
    const first = await report(tabId);
    await untilHighlighted(page);
    expect(first.storyDetected).toBe(true);
    expectStoryHighlights(await highlighted(page), MUST);
    const claims = new Set(first.matches.map((m) => m.claimId));
    expect(await badge(tabId)).toBe(String(claims.size));
    // The page's world really has the fakes (its own chrome and browser) and the named elements.
    // (Some Chromium versions keep their own window.chrome: then the page says it could not
    // replace it, and its browser fake still stands.)
    const world = await page.evaluate(() => {
      const w = window as unknown as Record<string, { runtime?: { id?: string } } | undefined> & { __forgery: { forged: string[] } };
      return { chrome: w.chrome?.runtime?.id, refused: w.__forgery.forged.some((f) => f.includes('window.chrome')), browser: w.browser?.runtime?.id, named: document.querySelectorAll('#chrome, [name=browser], #CSS, #Highlight, #Range').length };
    });
    expect(world.chrome === 'forged-chrome' || (world.chrome === undefined && world.refused)).toBe(true);
    expect([world.browser, world.named]).toEqual(['forged-browser', 5]);

    await page.evaluate((id) => (window as unknown as { forgeEverything(id: string): void }).forgeEverything(id), ext.extensionId);
    await page.waitForTimeout(1500);
    // Nothing forged reached a handler: the report and badge are as they were, the highlights still there.
    expect(await tabReport(ext, tabId)).toEqual(first);
    expect(await badge(tabId)).toBe(String(claims.size));
    expectStoryHighlights(await highlighted(page), MUST);

    // The forged "newer content script started" did not stop ours: it still sees the page change.
    await page.evaluate((text) => (window as unknown as { addStoryParagraph(t: string): void }).addStoryParagraph(text), S.keen);
    await untilHighlighted(page, S.keen, 5000);
    const updated = await waitFor(async () => {
      const r = (await tabReport(ext, tabId)) as ReportedPage;
      return r.matches.some((m) => m.text === S.keen) ? r : null;
    }, 'the report to carry the new sentence');
    expect(await badge(tabId)).toBe(String(new Set(updated.matches.map((m) => m.claimId)).size));

    // The hover card still opens.
    const point = await pointOnHighlight(page, 'Sanjeev Kumar, the top bureaucrat');
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    expect(await waitFor(() => cardText(page), 'the hover card')).toContain('Sanjeev Kumar');
    await page.mouse.move(5, 5);

    const log = await forgery(page);
    // Nothing of ours ran in the page's world (no draw through its CSS.highlights, no message heard
    // but its own forgeries), and its fake APIs only ever saw its own calls.
    expect(log.highlightSets).toBe(0);
    expect(log.heard.every((m) => /getPageReport|jumpToClaim|stepHighlight|reportPage|wxt:content-script-started/.test(m))).toBe(true);
    expect(log.heard).toHaveLength(8);
    // The fakes log every call, ours or the page's, as "<namespace>:<arguments>": had our code used
    // them (a report, a listener), there would be more entries than the two sendMessage calls
    // forgeEverything makes itself (tests/fixtures/hostile/forgery.js), exactly these.
    const forged = [ext.extensionId, { type: 'reportPage', data: { url: page.url(), storyDetected: false, storyScore: 0, matches: [] } }];
    // (Only through the fakes the page could put in place: see the world's check above.)
    const fakes = world.chrome === 'forged-chrome' ? ['chrome', 'browser'] : ['browser'];
    expect(log.sent).toEqual(fakes.map((name) => `${name}:${JSON.stringify(forged)}`));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a flood of forged WXT location-change events (the page knows our id): highlights stay right, no error', async () => {
    const { page, errors } = await open('/hostile/forgery.html', recordHighlightDraws, recordPagePerformance);
    await untilHighlighted(page);
    await page.waitForTimeout(1500);
    const before = (await highlightDraws(page)).length;
    const start = await pageNow(page);
    await forgeLocationChange(page, ext.extensionId, 500);
    await page.waitForTimeout(2000);
    const draws = (await highlightDraws(page)).slice(before);
    const longTasks = (await pagePerformance(page)).longTasks.filter((t) => t.start >= start);
    console.log(
      `forged ${ext.extensionId}:content:wxt:locationchange x500 (window and document): ${draws.length} draw(s) at ` +
        `${JSON.stringify(draws.map((d) => Math.round(d.at - start)))} ms; long tasks: ${JSON.stringify(longTasks)}`,
    );
    expectStoryHighlights(await highlighted(page), MUST);
    expect(draws.length).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  // Regression: WXT's location-change event is a plain DOM event on window that any page can
  // dispatch; the content script used to rescan on it at once. It no longer listens for it: it
  // watches the address in its own world and rescans, rate-limited, only when it really changed.
  it('a forged WXT location-change event does not make us rescan', async () => {
    const { page } = await open('/hostile/forgery.html', recordHighlightDraws);
    try {
      await untilHighlighted(page);
      await page.waitForTimeout(1500);
      const before = (await highlightDraws(page)).length;
      await forgeLocationChange(page, ext.extensionId, 1);
      await page.waitForTimeout(1500);
      expect((await highlightDraws(page)).slice(before)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('forms that shadow the extension API namespaces', () => {
  // In Chromium a page element with id="chrome" or id="browser" is what the content script's world
  // names chrome / browser until the extension binds its namespaces there, and then the API is
  // attached to that element, where a form's named fields override it: <form id="chrome"><input
  // name="runtime"> broke webextension-polyfill's start-up check, <form id="browser"><input
  // name="storage"> broke the settings read. public/api-binding.js binds the namespaces at
  // document_start, before the page has elements.
  it.each(Object.keys(SHADOWING_FORMS))('%s: the content script still runs', async (path) => {
    const { page, tabId, errors } = await open(path);
    try {
      await waitFor(() => tabReport(ext, tabId), 'the page report', 4000);
      expectStoryHighlights(await untilHighlighted(page, undefined, 2000), MUST);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
