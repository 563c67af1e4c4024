// Per-tab scan results, kept in session storage (not in the service worker's memory, which
// the browser may unload at any time) so the badge and popup survive a worker restart.
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
  return storage.removeItem(keyFor(tabId));
}
