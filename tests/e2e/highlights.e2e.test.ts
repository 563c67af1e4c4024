// Highlighting while reading, in Chromium with the built extension: which sentences are marked,
// the hover card, the badge, and that pages of every kind (React, single-page apps, late
// content, strict CSP, long reads) work and are not disturbed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { claimSet } from '../../data';
import { closeSuite, startSuite, screenshot, tabIdOf, waitFor, type ExtensionBrowser, type FixtureServer, type Suite } from './harness';
import { allHighlighted, cardText, highlightsOf, pagePerformance, pointOnHighlight, recordPagePerformance, untilHighlighted } from './page-probes';
import { addTestPages } from './test-pages';

let server: FixtureServer;
let ext: ExtensionBrowser;
let open: Suite['open'];
let report: Suite['report'];
let badge: Suite['badge'];
let setSiteDisabled: Suite['setSiteDisabled'];

beforeAll(async () => {
  ({ server, ext, open, report, badge, setSiteDisabled } = await startSuite(addTestPages));
});
afterAll(() => closeSuite({ server, ext }));

describe('seed articles as news pages', () => {
  for (const outlet of claimSet.outlets) {
    it(`${outlet.id}: highlights the sentences making claims; the badge counts the claims`, async () => {
      const { page, tabId, errors } = await open(`/seeds/${outlet.id}.html`);
      const r = await report(tabId);
      expect(r.storyDetected).toBe(true);
      const highlighted = allHighlighted(await highlightsOf(page));
      expect(highlighted.length).toBeGreaterThan(3);
      const claims = new Set(r.matches.map((m) => m.claimId));
      expect(await badge(tabId)).toBe(String(claims.size));
      // Every highlighted sentence is article text, never the page furniture around it.
      for (const text of highlighted) expect(text).not.toMatch(/Also Read|Read more on|Remind me later|Traffic Control/);
      if (outlet.id === 'central-post') await screenshot(page, 'seed-central-post');
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('opens a card on hover that names the claim and the outlets', async () => {
    const { page } = await open('/seeds/central-post.html');
    await untilHighlighted(page);
    const point = await pointOnHighlight(page, 'The delegation was led by Sanjeev Kumar');
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    const text = await waitFor(() => cardText(page), 'the hover card');
    expect(text).toContain('The Indian delegation was led by Sanjeev Kumar, Secretary of Defence Production.');
    expect(text).toContain('Confirmed by The Central Post, Business Emerge');
    expect(text).toMatch(/Silent: The Gaze, Middle East Bulletin, The Moscow Times/);
    await screenshot(page, 'hover-card');
    await page.mouse.move(5, 5);
    await waitFor(async () => ((await cardText(page)) === null ? true : null), 'the card to close');
    await page.close();
  });

  it('marks a disputed claim differently and says so in the card', async () => {
    const { page } = await open('/seeds/central-post.html');
    await untilHighlighted(page);
    const { disputed } = await highlightsOf(page);
    const adani = disputed.find((t) => t.includes('denied that Ashish Rajvanshi'));
    expect(adani).toBeDefined();
    const point = await pointOnHighlight(page, 'denied that Ashish Rajvanshi');
    await page.mouse.move(point!.x, point!.y);
    const text = await waitFor(() => cardText(page), 'the hover card');
    expect(text).toContain('Disputed by The Central Post');
    await page.close();
  });

  it('steps through highlights with the keyboard command and opens the card with focus', async () => {
    const { page, tabId } = await open('/seeds/business-emerge.html');
    await untilHighlighted(page);
    const stepped = await ext.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'stepHighlight', data: 1, id: 1, timestamp: Date.now() }), tabId);
    expect(stepped).toMatchObject({ res: true });
    const text = await waitFor(() => cardText(page), 'the card after a keyboard step');
    expect(text).toContain('Compare all sources');
    await page.keyboard.press('Escape');
    await waitFor(async () => ((await cardText(page)) === null ? true : null), 'Escape to close the card');
    await page.close();
  });
});

describe('settings', () => {
  it('the global switch and the site switch remove and restore the highlights', async () => {
    const { page, tabId } = await open('/seeds/the-gaze.html');
    const setEverywhere = (on: boolean) => ext.worker.evaluate((value) => chrome.storage.sync.set({ 'highlighting-enabled': value }), on);
    const cleared = () => waitFor(async () => (allHighlighted(await highlightsOf(page)).length === 0 ? true : null), 'highlights to clear');
    try {
      await untilHighlighted(page);
      await setEverywhere(false);
      await cleared();
      await waitFor(async () => ((await badge(tabId)) === '' ? true : null), 'the badge to clear');
      await setEverywhere(true);
      await untilHighlighted(page);
      await setSiteDisabled(true);
      await cleared();
      await setSiteDisabled(false);
      await untilHighlighted(page);
    } finally {
      // Whatever happened, the next tests start with highlighting on.
      await setEverywhere(true);
      await setSiteDisabled(false);
      await page.close();
    }
  });
});

describe('pages that are not the story', () => {
  it.each(['/pages/nearmiss-2019-delegation.html', '/pages/nearmiss-sipri-imports.html', '/pages/unrelated.html'])('%s: no highlights, no badge', async (path) => {
    const { page, tabId } = await open(path);
    const r = await report(tabId);
    expect(r.storyDetected).toBe(false);
    expect(allHighlighted(await highlightsOf(page))).toEqual([]);
    expect(await badge(tabId)).toBe('');
    await page.close();
  });
});

describe('our own rewording of the story', () => {
  it('highlights the paraphrased sentences, flagging the differing figure', async () => {
    const { page, tabId } = await open('/pages/story-paraphrase-analysis.html');
    const r = await report(tabId);
    expect(r.storyDetected).toBe(true);
    const { disputed } = await highlightsOf(page);
    expect(disputed.some((t) => t.includes('76%'))).toBe(true);
    expect(r.matches.some((m) => m.claimId === 'russian-origin-36-percent-of-inventory' && m.differs)).toBe(true);
    await page.close();
  });
});

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

  it('starting on a page costs no long task', async () => {
    // A small page parses in a few milliseconds: a long task here would be the content script's start.
    const { page, tabId } = await open('/pages/unrelated.html', recordPagePerformance);
    await report(tabId);
    await page.waitForTimeout(500);
    expect((await pagePerformance(page)).longTasks).toEqual([]);
    await page.close();
  });

  it('a 20,000-word story page is read and highlighted without a long task', async () => {
    // Load with the site switched off, let the browser finish its own parsing and layout, then
    // switch it on: every long task after that is the content script's.
    await setSiteDisabled(true);
    const { page } = await open('/long/20000', recordPagePerformance);
    let switchedOn: number;
    try {
      await page.waitForLoadState('load');
      await page.waitForTimeout(800);
      switchedOn = await page.evaluate(() => performance.now());
    } finally {
      await setSiteDisabled(false);
    }
    await untilHighlighted(page);
    await page.waitForTimeout(1000);
    const perf = await pagePerformance(page);
    const ours = perf.longTasks.filter((t) => t.start >= switchedOn);
    console.log(
      `20,000 words: highlighted ${Math.round(perf.firstHighlight! - switchedOn)} ms after switching on; ` +
        `long tasks while scanning: ${JSON.stringify(ours)}`,
    );
    expect(ours).toEqual([]);
    await page.close();
  });

  it('a 20,000-word story page opened normally gets its highlights (time to first highlight)', async () => {
    const { page } = await open('/long/20000', recordPagePerformance);
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
