// Keeps the toolbar badge in step with what each tab's content script found.
import { browser } from 'wxt/browser';
import { claimSet } from '../data';
import { badgeForReport } from '../components/badge';
import { isFromThisExtension, isPageReport, onMessage } from '../components/messaging';
import { clearTabReport, saveTabReport } from '../components/tab-reports';

export default defineBackground(() => {
  onMessage('reportPage', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (!isFromThisExtension(sender, browser.runtime.id) || tabId === undefined || !isPageReport(data)) return;
    await saveTabReport(tabId, data);
    const badge = badgeForReport(data, claimSet);
    await browser.action.setBadgeText({ tabId, text: badge.text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
    await browser.action.setTitle({ tabId, title: badge.title || browser.runtime.getManifest().name });
  });

  // A new document in the tab: whatever we counted belongs to the old one.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void clearTabReport(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabReport(tabId));
});
