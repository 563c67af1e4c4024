// Opening the comparison page about a story page and reading it, for the compare-* e2e tests: the
// story page and its report, `compare.html<query>` in a tab of its own, its rows and cells, and
// the rows the comparison model (components/ui/compare/compare-model.ts) expects.
import type { Page } from 'playwright-core';
import { claimSet } from '../../data';
import type { PageReport } from '../../components/messaging';
import { buildCompareModel, compareGroups, DEFAULT_VIEW } from '../../components/ui/compare/compare-model';
import { tabIdOf, tabReport, waitFor } from './harness';
import { ext, server } from './suite-hooks';

export const STORY = '/seeds/central-post.html';

export interface Story {
  page: Page;
  tabId: number;
  report: PageReport;
}

export async function openStory(path = STORY): Promise<Story> {
  const page = await ext.newPage();
  await page.goto(server.url(path));
  const tabId = await tabIdOf(ext, page);
  const report = await waitFor(() => tabReport(ext, tabId) as Promise<PageReport | null>, `the report of ${path}`);
  return { page, tabId, report };
}

export interface Compare {
  page: Page;
  errors: string[];
}

export const settled = (p: Page) => p.waitForSelector('[data-page]:not([data-page="loading"])', { timeout: 15_000 });

/** Opens `compare.html<query>` in a tab of its own and waits until it has the page's answer. */
export async function openCompare(query: string, viewport = { width: 1280, height: 900 }): Promise<Compare> {
  const page = await ext.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${ext.extensionId}/compare.html${query}`);
  await settled(page);
  return { page, errors };
}

export const rowIds = (p: Page) => p.$$eval('tr[data-claim-id]', (rows) => rows.map((r) => (r as HTMLElement).dataset.claimId!));
export const foundIds = (report: PageReport) => [...new Set(report.matches.map((m) => m.claimId))];
export const cellButton = (p: Page, claim: string, outlet: string) => p.locator(`tr[data-claim-id="${claim}"] td[data-outlet="${outlet}"] button`);
export const expectedIds = (report: PageReport, view: Partial<typeof DEFAULT_VIEW>) =>
  compareGroups(buildCompareModel(claimSet, report).rows, { ...DEFAULT_VIEW, ...view }).flatMap((g) => g.rows.map((r) => r.claim.id));

/** Is the element's box inside the window's viewport? */
export const inViewport = (p: Page, selector: string) =>
  p.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
  });
