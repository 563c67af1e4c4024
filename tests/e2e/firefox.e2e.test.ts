// The key cases in Firefox (firefox-esr, when installed): highlights on a story page and none on a
// near-miss, the hover card, the keyboard path into it, and the popup's comparison.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { claimSet } from '../../data';
import { IDLE_SCAN_TIMEOUT_MS } from '../../components/page/page-session';
import { SCREENSHOT_DIR, startFixtureServer, waitFor, type FixtureServer } from './harness';
import { hasFirefox, launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox-harness';
import { highlightTextsInPage, OURS, pointOnHighlightInPage } from './page-probes';
import { addTestPages } from './test-pages';

let server: FixtureServer;
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  if (!hasFirefox) return;
  server = await startFixtureServer();
  await addTestPages(server);
  firefox = await launchFirefoxWithExtension();
}, 90_000);
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const highlighted = async (page: Page) => (await page.evaluate(highlightTextsInPage, OURS)).slice(0, 2).flat();

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await firefox.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url(path));
  return { page, errors };
}

/** A point on the highlighted sentence containing `text`, scrolled into view, and one under it. */
const pointOn = (page: Page, text: string) => page.evaluate(pointOnHighlightInPage, text);

describe.skipIf(!hasFirefox)('Firefox', () => {
  it('highlights the claims of a story page', async () => {
    const { page, errors } = await open('/seeds/central-post.html');
    const texts = await waitFor(async () => ((await highlighted(page)).length ? highlighted(page) : null), 'highlights in Firefox');
    expect(texts.some((t) => t.startsWith('The delegation was led by Sanjeev Kumar'))).toBe(true);
    expect(texts.some((t) => t.includes('denied that Ashish Rajvanshi'))).toBe(true);
    expect(texts.join(' ')).not.toMatch(/Also Read/);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/firefox-seed-central-post.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('highlights nothing on a near-miss page', async () => {
    const { page, errors } = await open('/pages/nearmiss-2019-delegation.html');
    // The first scan starts by requestIdleCallback's timeout at the latest; give it a second more to finish.
    await new Promise((resolve) => setTimeout(resolve, IDLE_SCAN_TIMEOUT_MS + 1000));
    expect(await highlighted(page)).toEqual([]);
    // No highlight also means no extension: prove the content script was reading this very page.
    // The page takes the story page's body; the content script's observer sees the change and the
    // rescan highlights the story (the page's world can see no other trace of the script here).
    await page.evaluate(async (path) => {
      const story = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
      document.body.replaceWith(story.body);
    }, '/seeds/central-post.html');
    const texts = await waitFor(async () => ((await highlighted(page)).length ? highlighted(page) : null), 'highlights once the page holds the story');
    expect(texts.some((t) => t.startsWith('The delegation was led by Sanjeev Kumar'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the card on hover, reaches it by keyboard, and opens the comparison from it', async () => {
    const { page, errors } = await open('/seeds/central-post.html');
    await waitFor(async () => ((await highlighted(page)).length ? true : null), 'highlights');
    const point = await pointOn(page, 'The delegation was led by Sanjeev Kumar');
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    // The card's shadow root is closed; from the page it is its host element, under the sentence.
    await waitFor(
      () => page.evaluate((y) => document.elementFromPoint(150, y)?.tagName === 'CLAIM-CROSSCHECK-CARD' || null, point!.below),
      'the card under the sentence',
    );
    await page.screenshot({ path: `${SCREENSHOT_DIR}/firefox-hover-card.png` });
    // Tab order reaches the card's buttons: close, then "Compare all sources".
    let inCard = false;
    for (let i = 0; i < 40 && !inCard; i++) {
      await page.keyboard.press('Tab');
      inCard = await page.evaluate(() => document.activeElement?.tagName === 'CLAIM-CROSSCHECK-CARD');
    }
    expect(inCard).toBe(true);
    await page.keyboard.press('Tab');
    const opened = new Promise<Page>((resolve) =>
      firefox.browser.on('targetcreated', async (t) => {
        const p = await t.page();
        if (p) resolve(p);
      }),
    );
    await page.keyboard.press('Enter');
    const popup = await opened;
    await popup.waitForFunction(() => document.querySelector('[data-coverage="found"]'), { timeout: 15_000 });
    const header = await popup.$eval('[data-coverage]', (el) => el.textContent?.trim());
    expect(header).toMatch(/^\d+ claims found on this page$/);
    // The claim asked about is open, with every outlet's words.
    const claim = claimSet.claims.find((c) => c.id === 'sanjeev-kumar-led-delegation')!;
    await popup.waitForFunction((id) => document.querySelector(`.claim-row[data-claim-id="${id}"] [data-claim-toggle][aria-expanded="true"]`), {}, claim.id);
    const quotes = await popup.$$eval(`.claim-row[data-claim-id="${claim.id}"] .quote`, (els) => els.map((e) => e.textContent ?? ''));
    for (const stance of claim.stances) expect(quotes.join(' ').replace(/\s+/g, ' ')).toContain(stance.quote.replace(/\s+/g, ' '));
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/firefox-popup.png` });
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('made no request beyond the fixture server', () => {
    expect(firefox.externalRequests()).toEqual([]);
  });
});
