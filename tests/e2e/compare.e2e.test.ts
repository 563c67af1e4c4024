// The comparison page, in Chromium with the built extension: `compare.html?tab=<id>` about a story
// page open in another tab. Checked against the claim set and the page's report: every claim and
// outlet in the matrix, a cell's quote on focus and hover, the "This page" column, sorting and
// filters, the `?claim=` row, both downloads (validated), the openers (popup, hover card), axe-core
// in light and dark, and no sideways scrolling of the page at 320 px. Screenshots too.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { claimSet } from '../../data';
import type { PageReport } from '../../components/messaging';
import { jsonLdProblems, webAnnotationProblems } from '../../components/exports/fixtures/export-validators';
import { buildCompareModel, compareGroups, DEFAULT_VIEW } from '../../components/ui/compare/compare-model';
import { closeSuite, screenshot, startSuite, tabIdOf, tabReport, waitFor, type ExtensionBrowser, type FixtureServer } from './harness';
import { untilHighlighted } from './page-probes';
import { addTestPages } from './test-pages';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const STORY = '/seeds/central-post.html';

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

async function openStory(path = STORY): Promise<Story> {
  const page = await ext.newPage();
  await page.goto(server.url(path));
  const tabId = await tabIdOf(ext, page);
  const report = await waitFor(() => tabReport(ext, tabId) as Promise<PageReport | null>, `the report of ${path}`);
  return { page, tabId, report };
}

interface Compare {
  page: Page;
  errors: string[];
}

const settled = (p: Page) => p.waitForSelector('[data-page]:not([data-page="loading"])', { timeout: 15_000 });

/** Opens `compare.html<query>` in a tab of its own and waits until it has the page's answer. */
async function openCompare(query: string, viewport = { width: 1280, height: 900 }): Promise<Compare> {
  const page = await ext.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${ext.extensionId}/compare.html${query}`);
  await settled(page);
  return { page, errors };
}

const rowIds = (p: Page) => p.$$eval('tr[data-claim-id]', (rows) => rows.map((r) => (r as HTMLElement).dataset.claimId!));
const foundIds = (report: PageReport) => [...new Set(report.matches.map((m) => m.claimId))];
const cellButton = (p: Page, claim: string, outlet: string) => p.locator(`tr[data-claim-id="${claim}"] td[data-outlet="${outlet}"] button`);
const expectedIds = (report: PageReport, view: Partial<typeof DEFAULT_VIEW>) =>
  compareGroups(buildCompareModel(claimSet, report).rows, { ...DEFAULT_VIEW, ...view }).flatMap((g) => g.rows.map((r) => r.claim.id));

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; html: string; failureSummary?: string }> }>;
}

/** Runs axe-core in the page (injected by evaluate: the extension's CSP refuses script tags). */
async function axeViolations(p: Page, label: string): Promise<string[]> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(AXE_SOURCE);
  const result = (await p.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<unknown> } }).axe.run(document, { resultTypes: ['violations'] }),
  )) as AxeResult;
  return result.violations.map(
    (v) => `[${label}] ${v.id} (${v.impact}): ${v.help}\n` + v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.html}\n      ${n.failureSummary ?? ''}`).join('\n'),
  );
}

/** Is the element's box inside the window's viewport? */
const inViewport = (p: Page, selector: string) =>
  p.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
  });

describe('comparison page about a story page', () => {
  it('shows every claim against every outlet, and what this page says of each', async () => {
    const story = await openStory();
    const { page: p, errors } = await openCompare(`?tab=${story.tabId}`);
    expect(await p.locator('[data-coverage]').textContent()).toBe(`${foundIds(story.report).length} claims found on this page`);
    expect(await p.$$eval('thead th[data-outlet]', (ths) => ths.map((th) => (th as HTMLElement).dataset.outlet))).toEqual(claimSet.outlets.map((o) => o.id));
    expect(new Set(await rowIds(p))).toEqual(new Set(claimSet.claims.map((c) => c.id)));
    expect(await p.locator('tr[data-claim-id]').count()).toBe(claimSet.claims.length);
    // Every cell holds the outlet's position from the claim set.
    const shown = await p.$$eval('tr[data-claim-id] td[data-outlet]', (tds) =>
      tds.map((td) => `${(td.closest('tr') as HTMLElement).dataset.claimId}|${(td as HTMLElement).dataset.outlet}|${(td as HTMLElement).dataset.position}`),
    );
    const expected = claimSet.claims.flatMap((c) => claimSet.outlets.map((o) => `${c.id}|${o.id}|${c.stances.find((s) => s.outlet === o.id)?.stance ?? 'silent'}`));
    expect(new Set(shown)).toEqual(new Set(expected));
    // "This page": the claims the page makes are marked, the others are not on it.
    const found = new Set(foundIds(story.report));
    const statuses = await p.$$eval('tr[data-claim-id]', (rows) =>
      rows.map((r) => [(r as HTMLElement).dataset.claimId!, (r.querySelector('[data-page-status]') as HTMLElement).dataset.pageStatus!]),
    );
    for (const [id, status] of statuses) expect(status === 'absent', id).toBe(!found.has(id!));
    // The Central Post disputes the Adani CEO claim; the page (the Central Post's article) says it is not so.
    expect(found.has('adani-ceo-rajvanshi-represented-adani')).toBe(true);
    expect(await p.locator('tr[data-claim-id="adani-ceo-rajvanshi-represented-adani"] [data-page-status]').getAttribute('data-page-status')).toBe('denies');
    // The timeline: every development in date order, the first report first, each with its source.
    expect(await p.$$eval('.timeline__item', (items) => items.map((i) => (i as HTMLElement).dataset.development))).toEqual(
      [...claimSet.developments!].sort((a, b) => a.date.localeCompare(b.date)).map((d) => d.id),
    );
    expect(await p.locator('.timeline__item a[href^="https://"]').count()).toBe(claimSet.developments!.length);
    expect(errors).toEqual([]);
    await p.close();
    await story.page.close();
  });

  it('shows a cell’s quote, note and link on keyboard focus and on hover', async () => {
    const story = await openStory();
    const { page: p } = await openCompare(`?tab=${story.tabId}`);
    const claim = claimSet.claims.find((c) => c.id === 'at-least-six-executives-state-and-private')!;
    // The last outlet that reports it differently: one with a cell before it.
    const stance = claim.stances.findLast((s) => s.stance === 'qualifies')!;
    const button = cellButton(p, claim.id, stance.outlet);
    const panel = p.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
    expect(await panel.isHidden()).toBe(true);
    // Reach it by Tab from the cell before it.
    const before = claimSet.outlets[claimSet.outlets.findIndex((o) => o.id === stance.outlet) - 1]!;
    await cellButton(p, claim.id, before.id).focus();
    await p.keyboard.press('Escape');
    await p.keyboard.press('Tab');
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
    expect(await panel.isVisible()).toBe(true);
    expect((await panel.locator('blockquote').textContent())?.trim()).toBe(stance.quote);
    expect(await panel.locator('.cell__note').textContent()).toContain(stance.note!);
    const link = panel.locator('a');
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${claimSet.outlets.find((o) => o.id === stance.outlet)!.url.replace(/[.?]/g, '\\$&')}#:~:text=`));
    // The screen reader hears the quote as the button's description.
    const description = await button.evaluate((b) =>
      b.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
    );
    expect(description).toContain(stance.quote);
    // Tab goes into the panel's link, which keeps it open; the panel is inside the window.
    await p.keyboard.press('Tab');
    expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await inViewport(p, `[id="${await button.getAttribute('aria-controls')}"]`)).toBe(true);
    await p.keyboard.press('Escape');
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
    // Hover another cell: its words show; leaving hides them.
    const other = cellButton(p, 'adani-ceo-rajvanshi-represented-adani', 'central-post');
    await other.hover();
    await expect.poll(() => other.getAttribute('aria-expanded')).toBe('true');
    await screenshot(p, 'compare-cell-open');
    await p.mouse.move(5, 5);
    await expect.poll(() => other.getAttribute('aria-expanded')).toBe('false');
    await p.close();
    await story.page.close();
  });

  it('sorts by how contested, and filters to the disputed, to the page’s claims and to a topic', async () => {
    const story = await openStory();
    const { page: p } = await openCompare(`?tab=${story.tabId}`);
    expect(await rowIds(p)).toEqual(expectedIds(story.report, {}));
    await p.getByLabel('Most contested first').check();
    const contested = await rowIds(p);
    expect(contested).toEqual(expectedIds(story.report, { sort: 'contested' }));
    expect(contested[0]).toBe('meetings-prepared-putin-visit');
    expect(await p.locator('th[scope="rowgroup"]').count()).toBe(0);
    await p.getByLabel(/^Disputed or contested/).check();
    const disputed = await rowIds(p);
    expect(disputed).toEqual(expect.arrayContaining(['adani-ceo-rajvanshi-represented-adani', 'adani-defence-attended', 'bharat-forge-attended']));
    expect(disputed).toEqual(expectedIds(story.report, { sort: 'contested', filter: 'disputed' }));
    await p.getByLabel(/^On this page/).check();
    expect(new Set(await rowIds(p))).toEqual(new Set(foundIds(story.report)));
    await p.getByLabel('All', { exact: false }).first().check();
    await p.getByLabel('Topic', { exact: true }).selectOption('who-led');
    expect(await rowIds(p)).toEqual(claimSet.claims.filter((c) => c.topic === 'who-led').map((c) => c.id));
    await expect.poll(() => p.locator('[role="status"][aria-atomic]').textContent()).toMatch(/^Showing \d+ of 30 claims$/);
    await p.close();
    await story.page.close();
  });

  it('downloads the claims as schema.org JSON-LD and the page’s highlights as Web Annotations, both valid', async () => {
    const story = await openStory();
    await untilHighlighted(story.page);
    const { page: p } = await openCompare(`?tab=${story.tabId}`);
    const save = async (selector: string) => {
      const [download] = await Promise.all([p.waitForEvent('download'), p.locator(selector).click()]);
      return { name: download.suggestedFilename(), body: JSON.parse(readFileSync((await download.path())!, 'utf8')) as unknown };
    };

    const claims = await save('[data-export="claims"]');
    expect(claims.name).toBe(`${claimSet.story.id}-claims.jsonld`);
    expect(jsonLdProblems(claims.body)).toEqual([]);
    const graph = (claims.body as { '@graph': Array<Record<string, unknown>> })['@graph'];
    expect(graph.filter((n) => n['@type'] === 'Claim')).toHaveLength(claimSet.claims.length);
    await expect.poll(() => p.locator('.exports__status').textContent()).toBe(`Saved ${claims.name}`);

    const highlights = await save('[data-export="annotations"]');
    expect(highlights.name).toBe('127-0-0-1-' + new URL(server.origin).port + '-highlights.jsonld');
    expect(webAnnotationProblems(highlights.body)).toEqual([]);
    const collection = highlights.body as { total: number; first: { items: Array<{ target: { source: string; selector: Array<Record<string, unknown>> } }> } };
    expect(collection.total).toBeGreaterThan(0);
    // Each annotation anchors: its source is the page, and its offsets hold its exact words in the page's text.
    const bodyText = await story.page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) text += (n as Text).data;
      return text;
    });
    for (const item of collection.first.items) {
      expect(item.target.source).toBe(story.page.url());
      const [quote, position] = item.target.selector;
      expect(bodyText.slice(position!.start as number, position!.end as number)).toBe(quote!.exact);
    }
    await p.close();
    await story.page.close();
  });

  it('brings the claim asked for (?claim=) into view, marked and focused', async () => {
    const story = await openStory();
    const { page: p } = await openCompare(`?tab=${story.tabId}&claim=bharat-forge-attended`);
    const row = p.locator('tr[aria-current="true"]');
    expect(await row.getAttribute('data-claim-id')).toBe('bharat-forge-attended');
    await expect.poll(() => inViewport(p, 'tr[aria-current="true"] th')).toBe(true);
    expect(await p.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-claim-id'))).toBe('bharat-forge-attended');
    await screenshot(p, 'compare-asked-claim');
    await p.close();
    await story.page.close();
  });

  it('ignores a malformed tab or claim, and renders without "This page" when the tab does not answer', async () => {
    const bad = await openCompare('?tab=1e3&claim=%3Cb%3Ex%3C%2Fb%3E');
    expect(await bad.page.locator('[data-page]').getAttribute('data-page')).toBe('no-tab');
    expect(await bad.page.locator('tr[aria-current]').count()).toBe(0);
    expect(await bad.page.locator('tr[data-claim-id]').count()).toBe(claimSet.claims.length);
    expect(await bad.page.locator('[data-page-status]').count()).toBe(0);
    expect(bad.errors).toEqual([]);
    await bad.page.close();
    const gone = await openCompare('?tab=987654&claim=bharat-forge-attended');
    expect(await gone.page.locator('[data-page]').getAttribute('data-page')).toBe('no-answer');
    expect(await gone.page.locator('[data-export="annotations"]').count()).toBe(0);
    expect(await gone.page.locator('tr[aria-current]').getAttribute('data-claim-id')).toBe('bharat-forge-attended');
    await gone.page.close();
  });
});

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
    const index = await ext.worker.evaluate(async (href) => (await chrome.tabs.query({})).find((t) => t.url === href)?.index, opened.url());
    const storyIndex = await ext.worker.evaluate(async (id) => (await chrome.tabs.get(id)).index, story.tabId);
    expect(index).toBe(storyIndex + 1);
    await settled(opened);
    expect(await opened.locator('tr[aria-current="true"]').getAttribute('data-claim-id')).toBe(claim);
    await opened.close();
    await story.page.close();
  });
});

describe('comparison page accessibility and look', () => {
  it('axe-core finds no violation in light and dark, with a cell open', async () => {
    const story = await openStory();
    const { page: p } = await openCompare(`?tab=${story.tabId}`);
    const violations: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await p.emulateMedia({ colorScheme: scheme });
      expect(await p.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      violations.push(...(await axeViolations(p, scheme)));
      await cellButton(p, 'adani-ceo-rajvanshi-represented-adani', 'central-post').focus();
      violations.push(...(await axeViolations(p, `${scheme}, cell open`)));
      await p.keyboard.press('Escape');
    }
    if (violations.length) console.log(`axe-core violations in the comparison page:\n${violations.join('\n')}`);
    expect(violations).toEqual([]);
    await p.close();
    await story.page.close();
  });

  it('at 320 px wide, the page never scrolls sideways: the matrix scrolls inside its region', async () => {
    const story = await openStory();
    const { page: p } = await openCompare(`?tab=${story.tabId}`, { width: 320, height: 720 });
    const widths = await p.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      view: document.documentElement.clientWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    expect(widths.body).toBeLessThanOrEqual(widths.view);
    const region = await p.$eval('.matrix', (el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(region.scroll).toBeGreaterThan(region.client);
    // The claim column stays in view as the matrix scrolls sideways.
    await p.$eval('.matrix', (el) => el.scrollBy(400, 0));
    const claimLeft = await p.$eval('tr[data-claim-id] th', (th) => th.getBoundingClientRect().left - th.closest('.matrix')!.getBoundingClientRect().left);
    expect(Math.abs(claimLeft)).toBeLessThanOrEqual(2);
    await p.$eval('.matrix', (el) => el.scrollTo(0, 0));
    await screenshot(p, 'compare-320');
    await p.locator('.matrix').scrollIntoViewIfNeeded();
    await cellButton(p, 'meetings-held-october-29-30', 'central-post').focus();
    expect(await inViewport(p, '.cell__panel:not([hidden])')).toBe(true);
    await screenshot(p, 'compare-320-cell-open');
    await p.close();
    await story.page.close();
  });

  it('screenshots: wide in light and dark', async () => {
    const story = await openStory();
    const { page: p } = await openCompare(`?tab=${story.tabId}`);
    await screenshot(p, 'compare-wide');
    await p.locator('.matrix').scrollIntoViewIfNeeded();
    await screenshot(p, 'compare-wide-matrix');
    await p.emulateMedia({ colorScheme: 'dark' });
    await p.evaluate(() => window.scrollTo(0, 0));
    await screenshot(p, 'compare-dark');
    await p.locator('.matrix').scrollIntoViewIfNeeded();
    await cellButton(p, 'adani-ceo-rajvanshi-represented-adani', 'central-post').hover();
    await screenshot(p, 'compare-dark-matrix');
    await p.close();
    await story.page.close();
  });

  it('made no request beyond the fixture server', () => {
    expect(ext.externalRequests()).toEqual([]);
  });
});
