// Highlighting while reading, in Chromium with the built extension: which sentences are marked,
// the hover card, the badge, the switches, and pages that are not the story. Pages of every kind
// (React, single-page apps, late content, strict CSP, long reads) are in
// highlights-page-kinds.e2e.test.ts.
import { describe, expect, it } from 'vitest';
import { claimSet } from '../../data';
import { screenshot, waitFor } from './harness';
import { allHighlighted, cardText, highlightsOf, pointOnHighlight, untilHighlighted } from './page-probes';
import { badge, ext, open, report, setSiteDisabled, useSuite } from './suite-hooks';
import { addTestPages } from './test-pages';

useSuite(addTestPages);

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
