// Per-tab state in session storage (not in the service worker's memory, which the browser may
// unload at any time): the claim the card asked the popup to open with, and the tab's last
// report. The popup asks the content script for the report itself; the stored copy is what the
// end-to-end tests read to see what a page reported (tests/e2e/harness.ts, tabReport).
import { storage } from 'wxt/utils/storage';
import type { PageReport } from './messaging';

const keyFor = (tabId: number) => `session:tab-report-${tabId}` as const;

export function saveTabReport(tabId: number, report: PageReport): Promise<void> {
  return storage.setItem(keyFor(tabId), report);
}

export function loadTabReport(tabId: number): Promise<PageReport | null> {
  return storage.getItem<PageReport>(keyFor(tabId));
}

export function clearTabReport(tabId: number): Promise<void> {
  return storage.removeItems([keyFor(tabId), focusKeyFor(tabId)]);
}

const focusKeyFor = (tabId: number) => `session:focused-claim-${tabId}` as const;

/** The claim the reader asked about from the page's card: the popup opens with it expanded. */
export function setFocusedClaim(tabId: number, claimId: string): Promise<void> {
  return storage.setItem(focusKeyFor(tabId), claimId);
}

/** Reads and forgets the claim to expand (it applies to one opening of the popup). */
export async function takeFocusedClaim(tabId: number): Promise<string | null> {
  const claimId = await storage.getItem<string>(focusKeyFor(tabId));
  if (claimId !== null) await storage.removeItem(focusKeyFor(tabId));
  return claimId;
}
