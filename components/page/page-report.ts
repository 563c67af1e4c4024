// The report of a page for the background and the popup (components/messaging.ts): what a scan's
// article roots cover and the sentences matched, bounded; and a sender that leaves out a report
// equal to the last one sent.
import { MAX_REPORTED_MATCHES, MAX_REPORTED_STORIES, pageDiffers, type PageReport } from '../messaging';
import type { RootScan } from './scanner';

/** The report of a page that covers no story (or where highlighting is off). */
export const emptyReport = (url: string): PageReport => ({ url, storyDetected: false, storyScore: 0, stories: [], matches: [] });

/** The report of one finished scan of the page at `url`. */
export function reportOf(url: string, roots: readonly RootScan[]): PageReport {
  const matches = roots.flatMap((r) => r.matches.map((m) => ({ m, text: r.pageText.text })));
  return {
    url,
    storyDetected: roots.some((r) => r.verdict.detected),
    storyScore: Math.max(0, ...roots.map((r) => r.verdict.score)),
    // The stories the page covers, in the order it first covers them.
    stories: [...new Set(roots.flatMap((r) => r.stories))].slice(0, MAX_REPORTED_STORIES),
    matches: matches.slice(0, MAX_REPORTED_MATCHES).map(({ m, text }) => ({
      claimId: m.claimId,
      text: text.slice(m.start, m.end),
      polarity: m.polarity,
      differences: m.differences,
      differs: pageDiffers(m),
    })),
  };
}

/**
 * Sends reports to `onReport`. A rescan that finds what the last one found tells the background
 * nothing new: not sent, unless `force`d (the page came back from the back/forward cache).
 */
export function createReportSender(onReport: (report: PageReport) => void): (next: PageReport, force?: boolean) => void {
  let lastSent = '';
  return (next, force = false) => {
    const key = JSON.stringify(next);
    if (key === lastSent && !force) return;
    lastSent = key;
    onReport(next);
  };
}
