// The content script's work on one page, put together from one feature a file: scanning
// (scanner.ts), highlights (highlighter.ts), change watching (change-watcher.ts, address-watch.ts),
// the hover card (hover-card.ts) and keyboard stepping (keyboard-stepping.ts). Each hangs off the
// one AbortSignal of the content script's lifetime, so an update or disable leaves nothing behind.
import { isDisputedOnPage } from '../claim-status';
import type { ClaimMatch } from '../matching/match-text';
import { MAX_REPORTED_MATCHES, MAX_REPORTED_STORIES, pageDiffers, type PageAnnotation, type PageReport } from '../messaging';
import type { StoryTools } from '../story-tools';
import { watchAddress } from './address-watch';
import { textSelectors } from './annotation-selectors';
import { watchChanges } from './change-watcher';
import { CARD_HOST_TAG, type CardLabels, type ClaimCard } from './claim-card';
import { createHighlighter, randomHighlightNames, type DrawnHighlight, type HighlightNames } from './highlighter';
import { createHoverCard } from './hover-card';
import { createKeyboardStepping } from './keyboard-stepping';
import type { PageGate } from './page-gate';
import { createScanner, SupersededScan, type RootScan } from './scanner';
import { createSliceScheduler } from './slice-scheduler';
import { rangeFromOffsets } from './text-range';

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

const emptyReport = (url: string): PageReport => ({ url, storyDetected: false, storyScore: 0, stories: [], matches: [] });

export function startPageSession(options: PageSessionOptions): PageSession {
  const { doc, win, gate, signal } = options;
  const names = randomHighlightNames(win.crypto);
  const highlighter = createHighlighter(win, names, (d) => options.styleHighlights(names, d !== doc));
  // A card host (ours, or one a replaced instance of this script left): its content sits in a
  // closed shadow root, so the host itself is all the page's DOM holds of it.
  const isOurs = (node: Node | null): boolean => node?.nodeType === 1 && (node as Element).localName === CARD_HOST_TAG;
  const scanner = createScanner({ doc, gate, loadStoryTools: options.loadStoryTools, isOurs });

  // What each drawn highlight stands for, and where it is in reading order.
  let matchesOf = new WeakMap<DrawnHighlight, ClaimMatch[]>();
  let ordered: DrawnHighlight[] = [];
  let placeOf = new Map<DrawnHighlight, [number, number]>();

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
      const claims = tools?.cardClaims(matchesOf.get(h) ?? [], options.labels()) ?? [];
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
    ordered: () => ordered,
    place: (h) => placeOf.get(h) ?? [-1, -1],
    reveal,
    openCard: (h) => hoverCard.open(h, true),
  });

  let report: PageReport | null = null;
  let generation = 0;
  let scansRunning = 0;
  let rescanAfterScan = false;
  let lastSent = '';
  // A rescan that finds what the last one found tells the background nothing new: not sent.
  function send(next: PageReport, force = false): void {
    const key = JSON.stringify(next);
    if (key === lastSent && !force) return;
    lastSent = key;
    options.onReport(next);
  }

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
      ordered = [];
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
    draw(result.roots);
    const matches = result.roots.flatMap((r) => r.matches.map((m) => ({ m, text: r.pageText.text })));
    report = {
      url,
      storyDetected: result.roots.some((r) => r.verdict.detected),
      storyScore: Math.max(0, ...result.roots.map((r) => r.verdict.score)),
      // The stories the page covers, in the order it first covers them.
      stories: [...new Set(result.roots.flatMap((r) => r.stories))].slice(0, MAX_REPORTED_STORIES),
      matches: matches.slice(0, MAX_REPORTED_MATCHES).map(({ m, text }) => ({
        claimId: m.claimId,
        text: text.slice(m.start, m.end),
        polarity: m.polarity,
        differences: m.differences,
        differs: pageDiffers(m),
      })),
    };
    send(report);
    watcher.scanned({ story: report.storyDetected, roots: result.roots.map((r) => r.root), documents: result.documents, hiddenBlocks: result.hiddenBlocks });
  }

  /** Redraws what changed, root by root; highlights that stay the same are left as they are. */
  function draw(roots: RootScan[]): void {
    const tools = scanner.tools();
    const nextMatches = new WeakMap<DrawnHighlight, ClaimMatch[]>();
    const nextOrdered: DrawnHighlight[] = [];
    const nextPlaces = new Map<DrawnHighlight, [number, number]>();
    const docs = new Set<Document>();
    roots.forEach((scan, index) => {
      const wanted = tools ? highlightsFor(scan, tools) : [];
      const drawn = highlighter.setRoot(scan.root, wanted.map((w) => w.h));
      drawn.forEach((h, i) => {
        nextMatches.set(h, wanted[i]!.matches);
        nextPlaces.set(h, [index, h.start]);
        nextOrdered.push(h);
      });
      if (drawn.length > 0) docs.add(scan.doc);
    });
    highlighter.keepRoots(new Set(roots.map((r) => r.root)));
    matchesOf = nextMatches;
    ordered = nextOrdered;
    placeOf = nextPlaces;
    hoverCard.redrawn([...docs]);
  }

  /** One highlight per sentence, with the sentence's matches for its card; in text order. */
  function highlightsFor({ matches, pageText, doc: rootDoc }: RootScan, tools: StoryTools) {
    const bySentence = new Map<number, ClaimMatch[]>();
    for (const m of matches) bySentence.set(m.start, [...(bySentence.get(m.start) ?? []), m]);
    const out: Array<{ h: DrawnHighlight; matches: ClaimMatch[] }> = [];
    for (const [start, group] of [...bySentence].sort((a, b) => a[0] - b[0])) {
      const range = rangeFromOffsets(pageText, start, group[0]!.end, rootDoc);
      if (!range) continue;
      const disputed = group.some((m) => {
        const story = tools.storyOf(m.claimId);
        const claim = story?.claims.find((c) => c.id === m.claimId);
        return !!claim && isDisputedOnPage(claim, pageDiffers(m), story);
      });
      out.push({ h: { range, claimIds: group.map((m) => m.claimId), disputed, start }, matches: group });
    }
    return out;
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
      const own = ordered.filter((h) => h.range.startContainer.ownerDocument === doc);
      const selectors = textSelectors(doc, own.map((h) => h.range));
      return selectors.flatMap((sel, i) => (sel ? [{ claimIds: own[i]!.claimIds, ...sel }] : []));
    },
    jumpTo: (claimId) => stepping.jumpTo(claimId),
    step: (direction) => stepping.step(direction),
  };
}
