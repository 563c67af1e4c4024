// The popup's wiring, and the only UI code that talks to the world: it finds the tab the popup is
// about, asks that tab's content script what it found, reads and writes the site setting and the
// host permission, and renders PopupView with the answers.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { claimSet } from '../../data';
import { isPageReport, sendMessage, type PageReport } from '../../components/messaging';
import { isSiteEnabled, setSiteEnabled, siteKey } from '../../components/settings';
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

/** The content script's report, or null: no content script, no answer, an error or a malformed answer. */
async function askForReport(tabId: number): Promise<PageReport | null> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), REPORT_TIMEOUT_MS));
  // The messenger resolves `undefined` when no content script listens in the tab.
  const answer = sendMessage('getPageReport', undefined, tabId).catch(() => null);
  const report: unknown = await Promise.race([answer, timeout]);
  return isPageReport(report) ? report : null;
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

  useEffect(() => {
    void (async () => {
      const found = await findTarget().catch((): Target => ({ tabId: null, url: '' }));
      const answer = found.tabId === null ? null : await askForReport(found.tabId);
      // The tab's address, else the one the page reported (the browser may hide it from us).
      const url = found.url || answer?.url || '';
      const [access, enabled] = await Promise.all([
        hostAccessFor(url),
        isSiteEnabled(url).catch(() => true),
      ]);
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

  // Called straight from the click: browsers show the permission prompt only during a user gesture.
  const grantAccess = () => {
    browser.permissions
      .request({ origins: ALL_SITES })
      .then((granted) => granted && setHostAccess('granted'))
      .catch(() => undefined);
  };

  return (
    <PopupView
      claimSet={claimSet}
      report={report}
      pageUrl={target.url}
      site={siteKey(target.url)}
      siteEnabled={siteEnabled}
      hostAccess={hostAccess}
      loading={loading}
      onJump={jump}
      onToggleSite={toggleSite}
      onGrantAccess={grantAccess}
    />
  );
}
