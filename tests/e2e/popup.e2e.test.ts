// The popup, in Chromium with the built extension: opened as `popup.html?tab=<id>` in a tab of
// its own (see components/ui/popup-target.ts), it speaks of the story page open in another tab.
// Checked against data/claims.json and the report the page's content script sent: which claims
// are listed and in what order, every outlet's stance, quotes and links, "Show on page", the
// filters and search, a page off the story, accessibility (axe-core) and screenshots.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMessage, Locator, Page } from 'playwright-core';
import { claimSet } from '../../data';
import type { Claim } from '../../data/schema';
import type { PageReport } from '../../components/messaging';
import { closeSuite, startSuite, screenshot, tabIdOf, tabReport, waitFor, type ExtensionBrowser, type FixtureServer } from './harness';
import { flashInView, flashTexts, highlightBoxes } from './page-probes';
import { addTestPages } from './test-pages';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const STORY = '/seeds/central-post.html';
const POSITIONS = ['confirms', 'disputes', 'qualifies', 'silent'] as const;
type Position = (typeof POSITIONS)[number];

let server: FixtureServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  ({ server, ext } = await startSuite(addTestPages));
});
afterAll(() => closeSuite({ server, ext }));

interface Story {
  page: Page;
  tabId: number;
  report: PageReport;
}

/** Opens a page and waits until its content script has reported (the popup asks for that report). */
async function openStory(path: string): Promise<Story> {
  const page = await ext.newPage();
  await page.goto(server.url(path));
  const tabId = await tabIdOf(ext, page);
  const report = await waitFor(() => tabReport(ext, tabId) as Promise<PageReport | null>, `the report of ${path}`);
  return { page, tabId, report };
}

interface Popup {
  page: Page;
  errors: string[];
}

/** Opens the popup about `tabId` in a popup-sized tab and waits until it has the page's answer. */
async function openPopup(tabId: number, { settled = true } = {}): Promise<Popup> {
  const page = await ext.newPage();
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  if (settled) await settle(page);
  return { page, errors };
}

const settle = (popup: Page) => popup.waitForSelector('[data-coverage]:not([data-coverage="loading"])');

const claim = (id: string): Claim => {
  const found = claimSet.claims.find((c) => c.id === id);
  if (!found) throw new Error(`No claim ${id} in data/claims.json`);
  return found;
};
const outlet = (id: string) => claimSet.outlets.find((o) => o.id === id)!;
const foundIds = (report: PageReport) => [...new Set(report.matches.map((m) => m.claimId))];
const row = (popup: Page, claimId: string) => popup.locator(`.claim-row[data-claim-id="${claimId}"]`);
const rowIds = (popup: Page) => popup.$$eval('.claim-row', (rows) => rows.map((r) => (r as HTMLElement).dataset.claimId!));
const liveRegion = (popup: Page) => popup.locator('[role="status"][aria-live="polite"]');
const focusedRowId = (popup: Page) =>
  popup.evaluate(() => (document.activeElement?.matches('[data-claim-toggle]') ? document.activeElement.closest<HTMLElement>('.claim-row')?.dataset.claimId : null) ?? null);

interface Chip {
  outlet: string;
  name: string;
}

/** The stance groups under a row, in the order shown: position -> its chips. */
function shownGroups(r: Locator): Promise<Array<[string, Chip[]]>> {
  return r.evaluate((el) =>
    [...el.querySelectorAll<HTMLElement>('.stance-group[data-position]')].map((group): [string, Chip[]] => [
      group.dataset.position!,
      [...group.querySelectorAll<HTMLElement>('.chip')].map((chip) => ({ outlet: chip.dataset.outlet!, name: chip.textContent!.trim() })),
    ]),
  );
}

/** What claims.json says, for a page that is none of the outlets: every outlet under its position, silent ones included. */
function expectedGroups(c: Claim): Array<[Position, Chip[]]> {
  const positionOf = (outletId: string): Position => c.stances.find((s) => s.outlet === outletId)?.stance ?? 'silent';
  return POSITIONS.map((p): [Position, Chip[]] => [p, claimSet.outlets.filter((o) => positionOf(o.id) === p).map((o) => ({ outlet: o.id, name: o.name }))]).filter(
    ([, chips]) => chips.length > 0,
  );
}

const byOutlet = (a: Chip, b: Chip) => a.outlet.localeCompare(b.outlet);
const sortedGroups = (groups: Array<[string, Chip[]]>) => groups.map(([p, chips]): [string, Chip[]] => [p, [...chips].sort(byOutlet)]);

/**
 * The "Disputed" filter's rule (components/ui/claim-view-model.ts `isDisputed`), from the story's
 * data and the report: an outlet disputes or qualifies it, the page states it otherwise, or a
 * development since publication disputes it.
 */
const isDisputed = (c: Claim, report: PageReport) =>
  c.stances.some((s) => s.stance !== 'confirms') ||
  report.matches.some((m) => m.claimId === c.id && m.differs) ||
  (claimSet.developments ?? []).some((d) => d.claims.some((x) => x.claim === c.id && x.bears === 'disputes'));

/** Checks an expanded row against claims.json: every outlet's verbatim quote, note and text-fragment link; the silent ones. */
async function expectQuotes(r: Locator, c: Claim): Promise<void> {
  await expect.poll(() => r.locator('.quote[data-outlet]').count()).toBe(c.stances.length);
  for (const stance of c.stances) {
    const quote = r.locator(`.quote[data-outlet="${stance.outlet}"]`);
    expect(await quote.getAttribute('data-position')).toBe(stance.stance);
    expect((await quote.locator('.quote__text').textContent())?.trim()).toBe(stance.quote);
    if (stance.note) expect(await quote.locator('.quote__note').textContent()).toContain(stance.note);
    else expect(await quote.locator('.quote__note').count()).toBe(0);
    const link = quote.locator('a.quote__link');
    const href = (await link.getAttribute('href'))!;
    expect(href.startsWith(`${outlet(stance.outlet).url}#:~:text=`)).toBe(true);
    // The directive names the quote: its first words (the whole quote when it is short).
    const firstTerm = decodeURIComponent(href.split('#:~:text=')[1]!.split(',')[0]!);
    expect(stance.quote.startsWith(firstTerm)).toBe(true);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect((await link.getAttribute('rel'))?.split(/\s+/)).toContain('noopener');
  }
  const silent = claimSet.outlets.filter((o) => !c.stances.some((s) => s.outlet === o.id)).map((o) => o.id);
  expect(await r.locator('.claim-row__silent [data-outlet]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.outlet))).toEqual(silent);
}

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; help: string; helpUrl: string; nodes: Array<{ target: unknown[]; html: string; failureSummary?: string }> }>;
}

/** Runs axe-core in the popup page (injected by evaluate: the extension's CSP refuses script tags). */
async function axeViolations(popup: Page, label: string): Promise<string[]> {
  if (!(await popup.evaluate(() => 'axe' in window))) await popup.evaluate(AXE_SOURCE);
  const result = (await popup.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<unknown> } }).axe.run(document, { resultTypes: ['violations'] }),
  )) as AxeResult;
  return result.violations.map(
    (v) =>
      `[${label}] ${v.id} (${v.impact}): ${v.help} ${v.helpUrl}\n` +
      v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.html}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`).join('\n'),
  );
}

describe('popup on a story page', () => {
  it('lists the claims found on the page first, with every outlet under its stance', async () => {
    const story = await openStory(STORY);
    const found = foundIds(story.report);
    expect(found.length).toBeGreaterThan(1);
    const popup = await openPopup(story.tabId);
    const p = popup.page;

    const coverage = p.locator('[data-coverage]');
    expect(await coverage.getAttribute('data-coverage')).toBe('found');
    expect((await coverage.textContent())?.trim()).toBe(`${found.length} claims found on this page`);

    const ids = await rowIds(p);
    expect(ids).toHaveLength(claimSet.claims.length);
    expect(new Set(ids.slice(0, found.length))).toEqual(new Set(found));
    // The found rows say so; the others do not offer to show themselves on the page.
    for (const id of ids.slice(0, found.length)) {
      await expect.poll(() => row(p, id).locator('.badge--on-page').count()).toBe(1);
      expect(await row(p, id).locator('.claim-row__jump').count()).toBe(1);
    }
    expect(await p.locator('.claim-row:not(.claim-row--on-page)').count()).toBe(claimSet.claims.length - found.length);
    expect(await p.locator('.claim-row:not(.claim-row--on-page) .claim-row__jump').count()).toBe(0);

    // Every claim's groups, in order, each with its outlets; among them two found on the page (one
    // two outlets confirm, one The Central Post disputes).
    expect(found).toEqual(expect.arrayContaining(['sanjeev-kumar-led-delegation', 'adani-ceo-rajvanshi-represented-adani']));
    for (const c of claimSet.claims) expect(sortedGroups(await shownGroups(row(p, c.id))), c.id).toEqual(sortedGroups(expectedGroups(c)));

    expect(popup.errors).toEqual([]);
    await p.close();
    await story.page.close();
  });

  it('expands a claim by click and by keyboard, showing each outlet’s words, note and link', async () => {
    const story = await openStory(STORY);
    const popup = await openPopup(story.tabId);
    const p = popup.page;

    // Click.
    const sanjeev = row(p, 'sanjeev-kumar-led-delegation');
    const toggle = sanjeev.locator('[data-claim-toggle]');
    const panelId = (await toggle.getAttribute('aria-controls'))!;
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await p.locator(`[id="${panelId}"]`).isHidden()).toBe(true);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await p.locator(`[id="${panelId}"]`).isVisible()).toBe(true);
    await expectQuotes(sanjeev, claim('sanjeev-kumar-led-delegation'));
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await p.locator(`[id="${panelId}"]`).isHidden()).toBe(true);

    // Keyboard: Enter opens, Space closes, Down goes to the next row's button.
    const adaniId = 'adani-ceo-rajvanshi-represented-adani';
    const adani = row(p, adaniId);
    const adaniToggle = adani.locator('[data-claim-toggle]');
    await adaniToggle.focus();
    await p.keyboard.press('Enter');
    await expect.poll(() => adaniToggle.getAttribute('aria-expanded')).toBe('true');
    await expectQuotes(adani, claim(adaniId));
    // The page states it differently from the outlets that confirm it: the row says so.
    expect(await adani.locator('.claim-row__differs').count()).toBe(1);
    expect(await focusedRowId(p)).toBe(adaniId);
    await p.keyboard.press('Space');
    await expect.poll(() => adaniToggle.getAttribute('aria-expanded')).toBe('false');
    await p.keyboard.press('Space');
    await expect.poll(() => adaniToggle.getAttribute('aria-expanded')).toBe('true');
    const ids = await rowIds(p);
    const next = ids[ids.indexOf(adaniId) + 1]!;
    await p.keyboard.press('ArrowDown');
    await expect.poll(() => focusedRowId(p)).toBe(next);
    await p.keyboard.press('ArrowUp');
    await expect.poll(() => focusedRowId(p)).toBe(adaniId);

    expect(popup.errors).toEqual([]);
    await p.close();
    await story.page.close();
  });

  it('"Show on page" scrolls the story page to the claim and flashes it', async () => {
    const story = await openStory(STORY);
    const s = story.page;
    expect(await s.evaluate(() => window.scrollY)).toBe(0);
    // The claim whose first highlighted sentence is lowest on the page, below the fold.
    const boxes = await highlightBoxes(s);
    const top = (id: string) => {
      const texts = story.report.matches.filter((m) => m.claimId === id).map((m) => m.text.replace(/\s+/g, ' ').trim());
      const tops = boxes.filter((b) => texts.some((t) => b.text.includes(t) || t.includes(b.text))).map((b) => b.top);
      return tops.length ? Math.min(...tops) : -1;
    };
    const [target] = foundIds(story.report).sort((a, b) => top(b) - top(a));
    const fold = await s.evaluate(() => window.innerHeight);
    expect(top(target!)).toBeGreaterThan(fold);
    const sentences = story.report.matches.filter((m) => m.claimId === target).map((m) => m.text.replace(/\s+/g, ' ').trim());

    const popup = await openPopup(story.tabId);
    await row(popup.page, target!).locator('.claim-row__jump').click();
    // A real popup floats over a page that stays visible. Here the story is a background tab, and
    // headless Chromium hardly animates a background tab: measured, the smooth scroll stalled
    // at ~100 px for about a second, then jumped. Bringing the story tab to the front (after the
    // click, as a reader sees it) lets the smooth scroll run to the end in about half a second.
    await s.bringToFront();
    // The flash lasts 1.6 s: poll for it first.
    const flashed = await waitFor(() => flashTexts(s), 'the flash highlight', 1500);
    expect(flashed).toHaveLength(1);
    expect(sentences.some((t) => flashed[0]!.includes(t) || t.includes(flashed[0]!))).toBe(true);
    await expect.poll(() => s.evaluate(() => window.scrollY), { timeout: 3000 }).toBeGreaterThan(0);
    // Once the scroll settles, the sentence is in view.
    await expect.poll(() => flashInView(s), { timeout: 1000 }).toBe(true);

    expect(popup.errors).toEqual([]);
    await popup.page.close();
    await s.close();
  });

  it('the Disputed filter keeps the claims the coverage does not agree on and announces the count', async () => {
    const story = await openStory(STORY);
    const popup = await openPopup(story.tabId);
    const p = popup.page;
    const expected = claimSet.claims.filter((c) => isDisputed(c, story.report)).map((c) => c.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(claimSet.claims.length);

    const disputed = p.locator('input[name="claim-filter"][value="disputed"]');
    expect((await p.locator('label.filter-bar__option', { has: disputed }).locator('.filter-bar__count').textContent())?.trim()).toBe(String(expected.length));
    await disputed.check();
    await expect.poll(async () => (await rowIds(p)).length).toBe(expected.length);
    expect(new Set(await rowIds(p))).toEqual(new Set(expected));
    await expect.poll(() => liveRegion(p).textContent()).toBe(`Showing ${expected.length} of ${claimSet.claims.length} claims`);

    await p.locator('input[name="claim-filter"][value="all"]').check();
    await expect.poll(async () => (await rowIds(p)).length).toBe(claimSet.claims.length);
    await expect.poll(() => liveRegion(p).textContent()).toBe(`Showing ${claimSet.claims.length} of ${claimSet.claims.length} claims`);

    expect(popup.errors).toEqual([]);
    await p.close();
    await story.page.close();
  });

  it('search narrows the list to the claims mentioning a word; clearing it restores the list', async () => {
    const story = await openStory(STORY);
    const popup = await openPopup(story.tabId);
    const p = popup.page;
    const all = await rowIds(p);
    const word = 'Rajvanshi';
    const mentioning = claimSet.claims
      .filter((c) => [c.text, ...c.stances.map((s) => s.quote)].some((t) => t.toLowerCase().includes(word.toLowerCase())))
      .map((c) => c.id);
    expect(mentioning.length).toBeGreaterThan(0);

    const search = p.locator('input[type="search"]');
    await search.fill(word);
    await expect.poll(async () => new Set(await rowIds(p))).toEqual(new Set(mentioning));
    // The page's order is kept while searching.
    expect(await rowIds(p)).toEqual(all.filter((id) => mentioning.includes(id)));
    await expect.poll(() => liveRegion(p).textContent()).toBe(`Showing ${mentioning.length} of ${claimSet.claims.length} claims`);

    await search.fill('');
    await expect.poll(() => rowIds(p)).toEqual(all);

    expect(popup.errors).toEqual([]);
    await p.close();
    await story.page.close();
  });
});

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

describe('popup accessibility and look', () => {
  it('axe-core finds no violation, collapsed and expanded, in light and dark', async () => {
    const story = await openStory(STORY);
    const popup = await openPopup(story.tabId);
    const p = popup.page;
    const toggles = p.locator('.claim-row [data-claim-toggle]');
    const setAll = async (expanded: boolean) => {
      // One evaluate rather than 30 Playwright clicks, each of which waits for actionability: ~7 s saved.
      await toggles.evaluateAll((els, open) => els.forEach((el) => el.getAttribute('aria-expanded') !== String(open) && (el as HTMLElement).click()), expanded);
      await expect.poll(() => p.locator(`.claim-row [data-claim-toggle][aria-expanded="${!expanded}"]`).count()).toBe(0);
    };
    const violations: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await p.emulateMedia({ colorScheme: scheme });
      expect(await p.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      violations.push(...(await axeViolations(p, `${scheme}, collapsed`)));
      // Every row expanded: every quote, note, link and stance colour of the claim set is checked.
      await setAll(true);
      violations.push(...(await axeViolations(p, `${scheme}, expanded`)));
      await setAll(false);
    }
    if (violations.length) console.log(`axe-core violations in the popup:\n${violations.join('\n')}`);
    expect(violations).toEqual([]);
    await p.close();
    await story.page.close();
  });

  it('screenshots: light and dark, collapsed and with a row expanded', async () => {
    const story = await openStory(STORY);
    const popup = await openPopup(story.tabId);
    const p = popup.page;
    // The row the page states differently and an outlet disputes: every stance colour and the "≠" note.
    const expandedRow = row(p, 'adani-ceo-rajvanshi-represented-adani');
    const toggle = expandedRow.locator('[data-claim-toggle]');
    for (const scheme of ['light', 'dark'] as const) {
      await p.emulateMedia({ colorScheme: scheme });
      // The body's overflow propagates to the viewport: the window is what scrolls.
      await p.evaluate(() => window.scrollTo(0, 0));
      await screenshot(p, `popup-${scheme}`);
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
      await expandedRow.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(p, `popup-expanded-${scheme}`);
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    }
    expect(popup.errors).toEqual([]);
    await p.close();
    await story.page.close();
  });
});

describe('privacy', () => {
  it('no request left the machine', () => {
    expect(ext.externalRequests()).toEqual([]);
  });
});
