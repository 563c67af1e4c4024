// The key cases in Firefox (firefox-esr, when installed): highlights on a story page and none on a
// near-miss, the hover card, the keyboard path into it, and the popup's comparison; and the key
// page structures of tests/fixtures/structures/ (a live blog, web components, a consent wall,
// <br><br> paragraphs), as structures.e2e.test.ts checks them all in Chromium.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { claimSet } from '../../data';
import { IDLE_SCAN_TIMEOUT_MS } from '../../components/page/page-session';
import { SCREENSHOT_DIR, startFixtureServer, waitFor, type FixtureServer } from './harness';
import { hasFirefox, launchFirefoxWithExtension, waitForSelectorIn, type FirefoxWithExtension } from './firefox-harness';
import { highlightTextsInPage, OURS, pointOnHighlightInPage } from './page-probes';
import { find, plainPage, runSteps, settledHighlights, structureCases } from './structures';
import { addTestPages } from './test-pages';

let server: FixtureServer;
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  if (!hasFirefox) return;
  // Screenshots are written straight to the folder (the Chromium harness makes it, but this file may run first).
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
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

/**
 * The page as the structure probes (structures.ts) drive it: Puppeteer's `evaluate` runs the same
 * in-page functions as Playwright's, but its types wrap the argument in handles.
 */
const driven = (page: Page) => ({
  evaluate: <R, A>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as (arg: unknown) => R, arg as unknown) as Promise<R>,
  click: (selector: string) => page.click(selector),
  waitForSelector: (selector: string, options?: { timeout?: number }) => page.waitForSelector(selector, options),
});

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
    await waitForSelectorIn(popup, '[data-coverage="found"]');
    const header = await popup.$eval('[data-coverage]', (el) => el.textContent?.trim());
    expect(header).toMatch(/^\d+ claims found on this page$/);
    // The claim asked about is open, with every outlet's words.
    const claim = claimSet.claims.find((c) => c.id === 'sanjeev-kumar-led-delegation')!;
    await waitForSelectorIn(popup, `.claim-row[data-claim-id="${claim.id}"] [data-claim-toggle][aria-expanded="true"]`);
    const quotes = await popup.$$eval(`.claim-row[data-claim-id="${claim.id}"] .quote`, (els) => els.map((e) => e.textContent ?? ''));
    for (const stance of claim.stances) expect(quotes.join(' ').replace(/\s+/g, ' ')).toContain(stance.quote.replace(/\s+/g, ' '));
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/firefox-popup.png` });
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  // The story keeps at least this share of the highlights its text gets on a plain page (as in Chromium).
  const MIN_RATIO = 0.7;
  const KEY_STRUCTURES = ['live-blog', 'web-components', 'consent-wall', 'br-paragraphs'];
  const keyCases = structureCases().filter((c) => KEY_STRUCTURES.includes(c.name));

  it('finds the key structure folders', () => {
    expect(keyCases.map((c) => c.name).sort()).toEqual([...KEY_STRUCTURES].sort());
  });

  it.each(keyCases.map((c) => [c.name, c] as const))('structure %s: the story highlighted as on a plain page, the story beside it not at all', async (name, c) => {
    const opened = await open(c.path);
    const { errors } = opened;
    const page = driven(opened.page);
    if (c.expected.before) {
      // Nothing before the reader's steps, once the first scan has run (by requestIdleCallback's timeout at the latest).
      await new Promise((resolve) => setTimeout(resolve, IDLE_SCAN_TIMEOUT_MS));
      expect(await settledHighlights(page, { stillMs: 1000 }), c.expected.before.note).toBe(c.expected.before.highlights);
    }
    await runSteps(page, c.expected.steps);
    await settledHighlights(page, { atLeast: 1 });
    const story = await find(page, c.expected.story);
    const other = await find(page, c.expected.other);
    expect([...story.missing, ...other.missing], 'selectors of expected.json').toEqual([]);

    server.add(`/plain-firefox/${name}`, { body: plainPage(story.paragraphs) });
    const plain = await open(`/plain-firefox/${name}`);
    const onPlain = await settledHighlights(driven(plain.page), { atLeast: 1 });
    console.log(`Firefox ${name}: story ${story.highlights} highlights, plain page ${onPlain}; other story ${other.highlights}`);
    expect(onPlain).toBeGreaterThan(0);
    expect(story.highlights / onPlain).toBeGreaterThanOrEqual(MIN_RATIO);
    expect(other.highlights, other.texts.join(' | ')).toBe(0);
    if (c.expected.paragraphsOf) {
      // Paragraphs made by <br><br>: no highlighted sentence runs from one into the next.
      const { paragraphs } = await find(page, [c.expected.paragraphsOf]);
      for (const text of story.texts) expect(paragraphs.some((p) => p.includes(text)), text).toBe(true);
    }
    expect([...errors, ...plain.errors]).toEqual([]);
    await plain.page.close();
    await opened.page.close();
  });

  it('made no request beyond the fixture server', () => {
    expect(firefox.externalRequests()).toEqual([]);
  });
});
