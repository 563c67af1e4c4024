// Keeps the toolbar badge in step with what each tab's content script found, injects the story
// tools and the highlights' styles into story pages, opens the comparison page for the card's
// "compare" button, and relays the keyboard command to the page. Every message is checked: sender
// (this extension, the tab's top frame), shape and bounds, claim and story ids against the
// installed stories (bundled and imported), and a report's address against the sender's.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeForReport } from '../components/badge';
import { readInstalledStories, watchInstalledStories, type InstalledStories } from '../components/installed-stories';
import { isFromThisExtension, isPageReport, isStyleRequest, onMessage, reportMatchesSender, sendMessage } from '../components/messaging';
import { highlightCss } from '../components/page/highlight-style';
import { migrateDisabledSites } from '../components/settings';
import { clearTabReport, saveTabReport, setFocusedClaim } from '../components/tab-reports';
import { STORY_TOOLS_FILES } from '../components/story-tools';

/** The content script runs in the top frame only (frames are read from there): no other frame speaks for the page. */
const TOP_FRAME = 0;

export default defineBackground(() => {
  const fromUs = (sender: { id?: string }) => isFromThisExtension(sender, browser.runtime.id);
  // Read from storage on first need, and again after a pack is added or removed (the worker may be
  // stopped at any time: this is a cache of storage, never the only copy).
  let installed: Promise<InstalledStories> | undefined;
  const stories = () => (installed ??= readInstalledStories());
  watchInstalledStories(() => (installed = undefined));

  // Earlier versions kept the sites switched off in one sync item: move them to the buckets.
  void migrateDisabledSites().catch(() => undefined);

  onMessage('reportPage', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (!fromUs(sender) || tabId === undefined || sender.frameId !== TOP_FRAME) return;
    let known = await stories();
    // A page may hear of a pack just added before this worker does: read the stories again once.
    if (!isPageReport(data, known.claimIds, known.storyIds) && isPageReport(data)) known = await (installed = readInstalledStories());
    if (!isPageReport(data, known.claimIds, known.storyIds) || !reportMatchesSender(data, sender)) return;
    await saveTabReport(tabId, data);
    const badge = badgeForReport(data, known.all);
    await browser.action.setBadgeText({ tabId, text: badge.text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
    await browser.action.setTitle({ tabId, title: badge.title || browser.runtime.getManifest().name });
  });

  // A story gate accepted the sender's page: give that frame the story tools for the page's
  // language (the matcher and the card), in the content scripts' own world. Only our content
  // script asks; only its frame gets them; only a language we ship names a file.
  onMessage('loadStoryTools', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    const file = typeof data === 'string' && Object.hasOwn(STORY_TOOLS_FILES, data) ? STORY_TOOLS_FILES[data] : undefined;
    if (!fromUs(sender) || tabId === undefined || sender.frameId !== TOP_FRAME || !file) return false;
    try {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [TOP_FRAME] }, files: [file as '/story-tools.js'] });
      return true;
    } catch {
      // The page went away or may no longer be scripted (a permission withdrawn): nothing to show.
      return false;
    }
  });

  // The highlights' look, under this page load's random names, as a user stylesheet: it reaches
  // into shadow trees and the page cannot override it (components/page/highlight-style.ts). Into
  // every frame of the tab only when the page has highlights in a same-origin frame.
  onMessage('styleHighlights', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (!fromUs(sender) || tabId === undefined || sender.frameId !== TOP_FRAME || !isStyleRequest(data)) return false;
    try {
      const target = data.frames ? { tabId, allFrames: true } : { tabId, frameIds: [TOP_FRAME] };
      await browser.scripting.insertCSS({ target, css: highlightCss(data.names), origin: 'USER' });
      return true;
    } catch {
      return false;
    }
  });

  // The card's "Compare all sources": the comparison page about the sender's tab, scrolled to the
  // claim, in a new tab beside it.
  onMessage('openDetails', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    const story = typeof data === 'string' ? ((await stories()).storyOf(data) ?? (await (installed = readInstalledStories())).storyOf(data)) : undefined;
    if (!fromUs(sender) || tabId === undefined || sender.frameId !== TOP_FRAME || !story) return;
    const index = (sender.tab?.index ?? 0) + 1;
    // The Firefox end-to-end build (WXT_DETAILS_IN_TAB=true, set by tests/e2e/firefox only) keeps
    // opening the popup's page in a tab, open at the claim: tests/e2e/firefox.e2e.test.ts reads it.
    if (import.meta.env.WXT_DETAILS_IN_TAB === 'true') {
      await setFocusedClaim(tabId, data);
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${tabId}`), index });
      return;
    }
    const query = new URLSearchParams({ tab: String(tabId), story: story.story.id, claim: data });
    await browser.tabs.create({ url: browser.runtime.getURL(`/compare.html?${query}`), index, windowId: sender.tab?.windowId });
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'next-claim' || tab?.id === undefined) return;
    await sendMessage('stepHighlight', 1, tab.id).catch(() => undefined);
  });

  // A new document in the tab: whatever we counted belongs to the old one.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void clearTabReport(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabReport(tabId));
});
