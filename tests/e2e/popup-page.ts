// Opening the popup about a story page and reading it, for the popup-* e2e tests: the story page
// and its report, the popup as a tab (`popup.html?tab=<id>`, see components/ui/popup-target.ts),
// its rows and stance groups, and what data/claims.json says they should be.
import { expect } from 'vitest';
import type { ConsoleMessage, Locator, Page } from 'playwright-core';
import { claimSet } from '../../data';
import type { Claim } from '../../data/schema';
import type { PageReport } from '../../components/messaging';
import { tabIdOf, tabReport, waitFor } from './harness';
import { ext, server } from './suite-hooks';

export const STORY = '/seeds/central-post.html';
export const POSITIONS = ['confirms', 'disputes', 'qualifies', 'silent'] as const;
export type Position = (typeof POSITIONS)[number];

export interface Story {
  page: Page;
  tabId: number;
  report: PageReport;
}

/** Opens a page and waits until its content script has reported (the popup asks for that report). */
export async function openStory(path: string): Promise<Story> {
  const page = await ext.newPage();
  await page.goto(server.url(path));
  const tabId = await tabIdOf(ext, page);
  const report = await waitFor(() => tabReport(ext, tabId) as Promise<PageReport | null>, `the report of ${path}`);
  return { page, tabId, report };
}

export interface Popup {
  page: Page;
  errors: string[];
}

/** Opens the popup about `tabId` in a popup-sized tab and waits until it has the page's answer. */
export async function openPopup(tabId: number, { settled = true } = {}): Promise<Popup> {
  const page = await ext.newPage();
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  if (settled) await settle(page);
  return { page, errors };
}

export const settle = (popup: Page) => popup.waitForSelector('[data-coverage]:not([data-coverage="loading"])');

export const claim = (id: string): Claim => {
  const found = claimSet.claims.find((c) => c.id === id);
  if (!found) throw new Error(`No claim ${id} in data/claims.json`);
  return found;
};
export const outlet = (id: string) => claimSet.outlets.find((o) => o.id === id)!;
export const foundIds = (report: PageReport) => [...new Set(report.matches.map((m) => m.claimId))];
export const row = (popup: Page, claimId: string) => popup.locator(`.claim-row[data-claim-id="${claimId}"]`);
export const rowIds = (popup: Page) => popup.$$eval('.claim-row', (rows) => rows.map((r) => (r as HTMLElement).dataset.claimId!));
export const liveRegion = (popup: Page) => popup.locator('[role="status"][aria-live="polite"]');
export const focusedRowId = (popup: Page) =>
  popup.evaluate(() => (document.activeElement?.matches('[data-claim-toggle]') ? document.activeElement.closest<HTMLElement>('.claim-row')?.dataset.claimId : null) ?? null);

export interface Chip {
  outlet: string;
  name: string;
}

/** The stance groups under a row, in the order shown: position -> its chips. */
export function shownGroups(r: Locator): Promise<Array<[string, Chip[]]>> {
  return r.evaluate((el) =>
    [...el.querySelectorAll<HTMLElement>('.stance-group[data-position]')].map((group): [string, Chip[]] => [
      group.dataset.position!,
      [...group.querySelectorAll<HTMLElement>('.chip')].map((chip) => ({ outlet: chip.dataset.outlet!, name: chip.textContent!.trim() })),
    ]),
  );
}

/** What claims.json says, for a page that is none of the outlets: every outlet under its position, silent ones included. */
export function expectedGroups(c: Claim): Array<[Position, Chip[]]> {
  const positionOf = (outletId: string): Position => c.stances.find((s) => s.outlet === outletId)?.stance ?? 'silent';
  return POSITIONS.map((p): [Position, Chip[]] => [p, claimSet.outlets.filter((o) => positionOf(o.id) === p).map((o) => ({ outlet: o.id, name: o.name }))]).filter(
    ([, chips]) => chips.length > 0,
  );
}

export const byOutlet = (a: Chip, b: Chip) => a.outlet.localeCompare(b.outlet);
export const sortedGroups = (groups: Array<[string, Chip[]]>) => groups.map(([p, chips]): [string, Chip[]] => [p, [...chips].sort(byOutlet)]);

/**
 * The "Disputed" filter's rule (components/ui/claim-view-model.ts `isDisputed`), from the story's
 * data and the report: an outlet disputes or qualifies it, the page states it otherwise, or a
 * development since publication disputes it.
 */
export const isDisputed = (c: Claim, report: PageReport) =>
  c.stances.some((s) => s.stance !== 'confirms') ||
  report.matches.some((m) => m.claimId === c.id && m.differs) ||
  (claimSet.developments ?? []).some((d) => d.claims.some((x) => x.claim === c.id && x.bears === 'disputes'));

/** Checks an expanded row against claims.json: every outlet's verbatim quote, note and text-fragment link; the silent ones. */
export async function expectQuotes(r: Locator, c: Claim): Promise<void> {
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
