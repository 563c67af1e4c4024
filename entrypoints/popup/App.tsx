// The popup's wiring, and the only UI code that talks to the world: it finds the tab the popup is
// about, asks that tab's content script what it found, reads the installed stories (bundled and
// imported), reads and writes the site setting and the host permission, and renders PopupView
// with the answers.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ClaimSet } from '../../data/schema';
import { isPageReport, isScanPending, sendMessage, type PageReport } from '../../components/messaging';
import { bundledStories, readInstalledStories } from '../../components/installed-stories';
import { highlightingEnabled, isSiteEnabled, setSiteEnabled, siteKey } from '../../components/settings';
import { takeFocusedClaim } from '../../components/tab-reports';
import { hostPermissionPattern, tabRequestFromSearch } from '../../components/ui/popup-target';
import { PopupView, type HostAccess } from '../../components/ui/PopupView';

/** A content script answers in milliseconds; one that has not answered by now is treated as absent. */
const REPORT_TIMEOUT_MS = 1500;
/** What "allow on all sites" asks for: the same hosts the manifest's host_permissions declare. */
const ALL_SITES = ['http://*/*', 'https://*/*'];

interface Target {
  tabId: number | null;
  /** The tab's address; '' when the browser does not tell us. */
  url: string;
}

async function findTarget(): Promise<Target> {
  const request = tabRequestFromSearch(location.search);
  if (request.kind === 'invalid') return { tabId: null, url: '' };
  const tab =
    request.kind === 'tab'
      ? await browser.tabs.get(request.tabId).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return { tabId: tab?.id ?? null, url: tab?.url ?? '' };
}

/**
 * The content script's report; 'scanning' while its first scan runs; null when there is no
 * content script, no answer, an error or a malformed answer.
 */
async function askForReport(tabId: number): Promise<PageReport | 'scanning' | null> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), REPORT_TIMEOUT_MS));
  // The messenger resolves `undefined` when no content script listens in the tab.
  const answer = sendMessage('getPageReport', undefined, tabId).catch(() => null);
  const report: unknown = await Promise.race([answer, timeout]);
  if (isScanPending(report)) return 'scanning';
  return isPageReport(report) ? report : null;
}

/** How long the popup waits for a scan under way (a long page, a page just opened). */
const SCAN_WAIT_MS = 5000;
const SCAN_POLL_MS = 150;

/** The report, waiting while the content script is still scanning. */
async function waitForReport(tabId: number, waitWhileAbsent = false): Promise<PageReport | null> {
  const until = Date.now() + SCAN_WAIT_MS;
  for (;;) {
    const answer = await askForReport(tabId);
    if (answer !== 'scanning' && (answer !== null || !waitWhileAbsent)) return answer;
    if (Date.now() > until) return null;
    await new Promise((resolve) => setTimeout(resolve, SCAN_POLL_MS));
  }
}

/**
 * Where the reader withheld host access (Firefox's per-site permissions, Chrome's "on click"), the
 * content script never ran: opening the popup grants activeTab for this tab, so run it now.
 */
async function scanOnClick(tabId: number): Promise<PageReport | null> {
  try {
    await browser.scripting.insertCSS({ target: { tabId }, files: ['/content-scripts/content.css'] });
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  } catch {
    return null; // A page we may not script (a browser page, the web store): nothing to scan.
  }
  return waitForReport(tabId, true);
}

async function hostAccessFor(url: string): Promise<HostAccess> {
  const pattern = hostPermissionPattern(url);
  // Browser pages are never read: there is no access to ask for.
  if (pattern === null) return 'granted';
  const granted = await browser.permissions.contains({ origins: [pattern] }).catch(() => true);
  return granted ? 'granted' : 'withheld';
}

export function App() {
  const [target, setTarget] = useState<Target>({ tabId: null, url: '' });
  const [report, setReport] = useState<PageReport | null>(null);
  const [loading, setLoading] = useState(true);
  const [siteEnabled, setSiteEnabledState] = useState(true);
  const [hostAccess, setHostAccess] = useState<HostAccess>('granted');
  const [focusClaimId, setFocusClaimId] = useState<string | null>(null);
  const [everywhere, setEverywhere] = useState(true);
  const [stories, setStories] = useState<readonly ClaimSet[]>(bundledStories);

  useEffect(() => {
    void (async () => {
      const installed = readInstalledStories();
      const found = await findTarget().catch((): Target => ({ tabId: null, url: '' }));
      let answer = found.tabId === null ? null : await waitForReport(found.tabId);
      const access = await hostAccessFor(found.url || answer?.url || '');
      if (!answer && found.tabId !== null && access === 'withheld') answer = await scanOnClick(found.tabId);
      // The tab's address, else the one the page reported (the browser may hide it from us).
      const url = found.url || answer?.url || '';
      const enabled = await isSiteEnabled(url).catch(() => true);
      setEverywhere(await highlightingEnabled.getValue().catch(() => true));
      if (found.tabId !== null) setFocusClaimId(await takeFocusedClaim(found.tabId).catch(() => null));
      setStories((await installed).all);
      setTarget({ tabId: found.tabId, url });
      setReport(answer);
      setHostAccess(access);
      setSiteEnabledState(enabled);
      setLoading(false);
    })();
  }, []);

  const jump = (claimId: string) => {
    if (target.tabId !== null) void sendMessage('jumpToClaim', claimId, target.tabId).catch(() => false);
  };

  const toggleSite = (enabled: boolean) => {
    setSiteEnabledState(enabled);
    setSiteEnabled(target.url, enabled).catch(() => setSiteEnabledState(!enabled));
  };

  const toggleEverywhere = (enabled: boolean) => {
    setEverywhere(enabled);
    highlightingEnabled.setValue(enabled).catch(() => setEverywhere(!enabled));
  };

  // The comparison page of a story in a tab of its own, about this popup's tab.
  const openCompare = (story: string) => {
    const query = new URLSearchParams({ ...(target.tabId === null ? {} : { tab: String(target.tabId) }), story });
    void browser.tabs.create({ url: browser.runtime.getURL(`/compare.html?${query}`) }).catch(() => undefined);
  };

  // Called straight from the click: browsers show the permission prompt only during a user gesture.
  const grantAccess = () => {
    browser.permissions
      .request({ origins: ALL_SITES })
      .then((granted) => granted && setHostAccess('granted'))
      .catch(() => undefined);
  };

  return (
    <PopupView
      stories={stories}
      report={report}
      pageUrl={target.url}
      site={siteKey(target.url)}
      siteEnabled={siteEnabled}
      hostAccess={hostAccess}
      loading={loading}
      focusClaimId={focusClaimId}
      highlightingEnabled={everywhere}
      onToggleHighlighting={toggleEverywhere}
      onJump={jump}
      onToggleSite={toggleSite}
      onGrantAccess={grantAccess}
      onOpenCompare={openCompare}
    />
  );
}
