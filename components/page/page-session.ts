// The content script's work on one page, put together from one feature a file: scanning
// (scanner.ts), highlights (highlighter.ts), change watching (change-watcher.ts, address-watch.ts),
// the hover card (hover-card.ts) and keyboard stepping (keyboard-stepping.ts), with what has been
// drawn (drawn-highlights.ts) and reported (page-report.ts). Each hangs off the one AbortSignal of
// the content script's lifetime, so an update or disable leaves nothing behind.
import type { PageAnnotation, PageReport } from '../messaging';
import type { StoryTools } from '../story-tools';
import { watchAddress } from './address-watch';
import { textSelectors } from './annotation-selectors';
import { watchChanges } from './change-watcher';
import { CARD_HOST_TAG, type CardLabels, type ClaimCard } from './claim-card';
import { createDrawnHighlights } from './drawn-highlights';
import { createHighlighter, randomHighlightNames, type DrawnHighlight, type HighlightNames } from './highlighter';
import { createHoverCard } from './hover-card';
import { createKeyboardStepping } from './keyboard-stepping';
import type { PageGate } from './page-gate';
import { createReportSender, emptyReport, reportOf } from './page-report';
import { createScanner, SupersededScan } from './scanner';
import { createSliceScheduler } from './slice-scheduler';

export type { PageGate } from './page-gate';
export { RESCAN_DEBOUNCE_MS, RESCAN_MAX_WAIT_MS, RESCAN_MIN_INTERVAL_MS } from './change-watcher';

/** The first scan waits for an idle moment, but no longer than this. */
export const IDLE_SCAN_TIMEOUT_MS = 2000;

export interface PageSessionOptions {
  doc: Document;
  win: Window & typeof globalThis;
  gate: PageGate;
  /** The matcher and card, injected on the first page a gate accepts (components/story-tools.ts). */
  loadStoryTools(): Promise<StoryTools | undefined>;
  /** Has this page load's highlight names styled in the page (`frames`: in its frames too). */
  styleHighlights(names: HighlightNames, frames: boolean): void;
  /** The card's strings; asked for when the card is first shown. */
  labels(): CardLabels;
  signal: AbortSignal;
  /** Is highlighting on for this page (global switch and per-site switch)? */
  isEnabled(): Promise<boolean>;
  onReport(report: PageReport): void;
  onOpenDetails(claimId: string): void;
  /** Test hook: watch the address as where the Navigation API is missing. */
  withoutNavigationApi?: boolean;
}

export interface PageSession {
  /** Reads and matches the page now (a newer scan supersedes an older one still running). */
  scan(): Promise<void>;
  /** Reads the page again soon, rate-limited (a setting that concerns this page changed). */
  rescanSoon(): void;
  /** The address may have changed: rescan, rate-limited, when it really has. Checked, not trusted. */
  addressMayHaveChanged(): void;
  /** The first scan: once the page is idle, so its own first layout is done and not ours to pay. */
  scanWhenIdle(): void;
  /** What the last finished scan found; null until the first scan has finished. */
  lastReport(): PageReport | null;
  /** Sends the last report again (the page came back from the back/forward cache with its badge reset). */
  resendReport(): void;
  /** Scrolls the claim's first highlight into view and flashes it. */
  jumpTo(claimId: string): boolean;
  /** The highlights of the page itself (not its frames) as Web Annotation selectors, in page order. */
  annotations(): PageAnnotation[];
  /** Moves to the next (+1) or previous (-1) highlight and opens its card with focus. */
  step(direction: 1 | -1): boolean;
}

export function startPageSession(options: PageSessionOptions): PageSession {
  const { doc, win, gate, signal } = options;
  const names = randomHighlightNames(win.crypto);
  const highlighter = createHighlighter(win, names, (d) => options.styleHighlights(names, d !== doc));
  // A card host (ours, or one a replaced instance of this script left): its content sits in a
  // closed shadow root, so the host itself is all the page's DOM holds of it.
  const isOurs = (node: Node | null): boolean => node?.nodeType === 1 && (node as Element).localName === CARD_HOST_TAG;
  const scanner = createScanner({ doc, gate, loadStoryTools: options.loadStoryTools, isOurs });

  const drawn = createDrawnHighlights(highlighter);

  let card: ClaimCard | undefined;
  const theCard = () => {
    const tools = scanner.tools();
    return tools && (card ??= tools.createCard(doc, options.labels(), { onOpenDetails: (claimId) => options.onOpenDetails(claimId) }));
  };
  const hoverCard = createHoverCard({
    win,
    highlighter,
    signal,
    card: () => (signal.aborted ? card : theCard()),
    show(c, h, anchor, focus) {
      const tools = scanner.tools();
      const claims = tools?.cardClaims(drawn.matchesOf(h) ?? [], options.labels()) ?? [];
      if (claims.length === 0) return false;
      c.show(claims, anchor, { focus });
      return true;
    },
  });
  const reveal = (h: DrawnHighlight) => {
    h.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    highlighter.flash(h.range);
  };
  const stepping = createKeyboardStepping({
    win,
    signal,
    ordered: () => drawn.ordered(),
    place: (h) => drawn.placeOf(h) ?? [-1, -1],
    reveal,
    openCard: (h) => hoverCard.open(h, true),
  });

  let report: PageReport | null = null;
  let generation = 0;
  let scansRunning = 0;
  let rescanAfterScan = false;
  const send = createReportSender((next) => options.onReport(next));

  const address = watchAddress({ win, signal, onChange: () => watcher.request(), withoutNavigationApi: options.withoutNavigationApi });
  const watcher = watchChanges({
    win,
    signal,
    rescan: () => {
      // A scan under way finishes first (on a page that never stops changing, each rescan would
      // otherwise supersede the last before it could draw); the changes are read right after.
      if (scansRunning > 0) rescanAfterScan = true;
      else void scan();
    },
    onMutations: address.needsMutationChecks ? address.check : undefined,
  });

  async function scan(): Promise<void> {
    scansRunning++;
    try {
      await scanOnce();
    } catch (error) {
      // A page we could not read (a DOM we did not expect) must not break anything: say so, quietly.
      if (!(error instanceof SupersededScan) && !signal.aborted) console.warn('Claim Cross-Check could not read this page:', error);
    } finally {
      scansRunning--;
      if (scansRunning === 0 && rescanAfterScan && !signal.aborted) {
        rescanAfterScan = false;
        watcher.request();
      }
    }
  }

  async function scanOnce(): Promise<void> {
    const mine = ++generation;
    const url = doc.location?.href ?? '';
    if (!(await options.isEnabled())) {
      if (mine !== generation || signal.aborted) return;
      highlighter.clear();
      hoverCard.redrawn([]);
      drawn.forgetOrder();
      report = emptyReport(url);
      send(report);
      // Switched off here: nothing to watch but the address and the setting.
      watcher.scanned({ story: false, roots: [], documents: [], hiddenBlocks: [] });
      return;
    }
    watcher.scanning();
    const scheduler = createSliceScheduler(win, undefined, signal);
    const superseded = () => mine !== generation || signal.aborted;
    const result = await scanner.scan({
      superseded,
      shouldYield: () => superseded() || scheduler.shouldYield(),
      yieldToPage: async () => {
        await scheduler.yieldToPage();
        if (superseded()) throw new SupersededScan();
      },
    });
    if (superseded()) return;
    hoverCard.redrawn(drawn.draw(result.roots, scanner.tools()));
    report = reportOf(url, result.roots);
    send(report);
    watcher.scanned({ story: report.storyDetected, roots: result.roots.map((r) => r.root), documents: result.documents, hiddenBlocks: result.hiddenBlocks });
  }

  signal.addEventListener('abort', () => {
    generation++;
    highlighter.clear();
  });

  return {
    scan,
    rescanSoon: () => watcher.request(),
    addressMayHaveChanged: () => address.check(),
    scanWhenIdle() {
      const start = () => !signal.aborted && void scan();
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(start, { timeout: IDLE_SCAN_TIMEOUT_MS });
      else win.setTimeout(start, 0);
    },
    lastReport: () => report,
    resendReport: () => void (report && send(report, true)),
    annotations() {
      const own = drawn.ordered().filter((h) => h.range.startContainer.ownerDocument === doc);
      const selectors = textSelectors(doc, own.map((h) => h.range));
      return selectors.flatMap((sel, i) => (sel ? [{ claimIds: own[i]!.claimIds, ...sel }] : []));
    },
    jumpTo: (claimId) => stepping.jumpTo(claimId),
    step: (direction) => stepping.step(direction),
  };
}
