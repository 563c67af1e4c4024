// The comparison page's wiring, and its only code that talks to the browser: it reads which tab,
// story and claim it is about from its address, reads the installed stories (bundled and
// imported), asks that tab what it found (and, on request, for its highlights), saves the
// exports, and renders ComparePage with the answers and links to the other stories.
import { useEffect, useState } from 'preact/hooks';
import type { ClaimSet } from '../../data/schema';
import { claimSetToJsonLd, JSON_LD_TYPE } from '../../components/exports/claims-json-ld';
import { ANNOTATION_TYPE, pageAnnotations } from '../../components/exports/web-annotations';
import { readInstalledStories, type InstalledStories } from '../../components/installed-stories';
import { isPageReport, isScanPending, sendMessage, type PageReport } from '../../components/messaging';
import { t } from '../../components/ui/i18n';
import { ComparePage } from '../../components/ui/compare/ComparePage';
import type { DownloadResult } from '../../components/ui/compare/CompareExports';
import { chooseCompareStory, compareTargetFromSearch, type CompareTarget } from '../../components/ui/compare/compare-target';
import type { StoryLink } from '../../components/ui/compare/OtherStories';
import { storiesOnPage } from '../../components/ui/page-stories';
import { fileNamePart, saveTextFile } from '../../components/ui/compare/save-file';

/** A content script answers in milliseconds; one that has not answered by now is treated as absent. */
const ANSWER_TIMEOUT_MS = 1500;
/** How long to wait for a first scan under way (a long page, a page just opened), asking every SCAN_POLL_MS. */
const SCAN_WAIT_MS = 5000;
const SCAN_POLL_MS = 150;

/** The answer, or null when there is none in time (no content script, an error, a closed tab). */
function withTimeout<T>(answer: Promise<T>): Promise<T | null> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), ANSWER_TIMEOUT_MS));
  return Promise.race([answer.catch(() => null), timeout]);
}

async function waitForReport(tabId: number): Promise<PageReport | null> {
  const until = Date.now() + SCAN_WAIT_MS;
  for (;;) {
    const answer: unknown = await withTimeout(sendMessage('getPageReport', undefined, tabId));
    if (!isScanPending(answer)) return isPageReport(answer) ? answer : null;
    if (Date.now() > until) return null;
    await new Promise((resolve) => setTimeout(resolve, SCAN_POLL_MS));
  }
}

function downloadClaims(claimSet: ClaimSet): DownloadResult {
  const fileName = `${fileNamePart(claimSet.story.id)}-claims.jsonld`;
  saveTextFile(document, fileName, JSON_LD_TYPE, JSON.stringify(claimSetToJsonLd(claimSet), null, 2));
  return { kind: 'saved', fileName };
}

/** This page about another story, for the same tab. */
function linksToOthers(installed: InstalledStories, shown: ClaimSet, target: CompareTarget, report: PageReport | null): StoryLink[] {
  const onPage = new Set(storiesOnPage(installed.all, report).map((s) => s.story.id));
  return installed.all
    .filter((s) => s !== shown)
    .map((s) => ({
      id: s.story.id,
      title: s.story.title,
      lang: s.story.language,
      href: `?${new URLSearchParams({ ...(target.tabId === null ? {} : { tab: String(target.tabId) }), story: s.story.id })}`,
      onPage: onPage.has(s.story.id),
    }));
}

export function App() {
  const [target] = useState(() => compareTargetFromSearch(location.search));
  const [installed, setInstalled] = useState<InstalledStories>();
  const [report, setReport] = useState<PageReport | null>(null);
  const [loading, setLoading] = useState(target.tabId !== null);

  useEffect(() => {
    void readInstalledStories().then(setInstalled);
    if (target.tabId === null) return;
    void waitForReport(target.tabId).then((answer) => {
      setReport(answer);
      setLoading(false);
    });
  }, [target]);

  // The installed stories are read in milliseconds: until then there is no story to show.
  if (!installed) return null;
  const { story: claimSet, claimId } = chooseCompareStory(installed.all, target, report);

  // Asked when the button is pressed: the page's highlights as they are now.
  const downloadAnnotations = async (): Promise<DownloadResult> => {
    if (target.tabId === null || !report) return { kind: 'failed' };
    const answer: unknown = await withTimeout(sendMessage('getPageAnnotations', undefined, target.tabId));
    if (!Array.isArray(answer)) return { kind: 'failed' };
    const collection = pageAnnotations(report.url, answer, claimSet, { generator: t('appName') });
    if (collection.total === 0) return { kind: 'empty' };
    const fileName = `${fileNamePart(new URL(report.url).host)}-highlights.jsonld`;
    saveTextFile(document, fileName, ANNOTATION_TYPE, JSON.stringify(collection, null, 2));
    return { kind: 'saved', fileName };
  };

  return (
    <ComparePage
      claimSet={claimSet}
      report={report}
      tabRequested={target.tabId !== null}
      loading={loading}
      askedClaimId={claimId}
      onDownloadClaims={() => downloadClaims(claimSet)}
      otherStories={linksToOthers(installed, claimSet, target, report)}
      onDownloadAnnotations={downloadAnnotations}
    />
  );
}
