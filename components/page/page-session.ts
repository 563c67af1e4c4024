// The content script's work on one page, from reading to drawing: read the article in slices,
// match claims, highlight the sentences, keep them current as the page changes, open the card
// on hover or by keyboard. Every listener, observer and timer hangs off one AbortSignal (the
// content script's lifetime), so an update or disable of the extension leaves nothing behind.
import type { ClaimMatch } from '../matching/match-text';
import type { Passage, StoryVerdict } from '../matching/story-gate';
import { MAX_REPORTED_MATCHES, pageDiffers, type PageAnnotation, type PageReport } from '../messaging';
import { textSelectors } from './annotation-selectors';
import { isDisputedOnPage } from '../claim-status';
import type { StoryTools } from '../story-tools';
import { CARD_HOST_TAG, type CardLabels, type ClaimCard } from './claim-card';
import { readPageYear } from './page-date';
import { createHighlighter, type DrawnHighlight } from './highlighter';
import type { PageText } from './page-text';
import { readArticleSliced } from './read-article';
import { createSliceScheduler } from './slice-scheduler';
import { rangeFromOffsets } from './text-range';

/** Quiet time after the last page mutation before rescanning: lets a burst of changes settle. */
export const RESCAN_DEBOUNCE_MS = 400;
/** Rescans start at most this often, however busy the page: a page mutating without end costs one read a second. */
export const RESCAN_MIN_INTERVAL_MS = 1000;
/** A change waits at most this long for the page to settle before it is read. */
export const RESCAN_MAX_WAIT_MS = 1000;
/** The first scan waits for an idle moment, but no longer than this. */
export const IDLE_SCAN_TIMEOUT_MS = 2000;
/** Pointer must rest on a highlight this long before the card opens, so passing over text does not flash it. */
export const HOVER_OPEN_DELAY_MS = 150;
/** The card stays this long after the pointer leaves, so the pointer can travel onto it. */
export const HOVER_CLOSE_DELAY_MS = 350;

/** The story gates, as the content script holds them (see data/gates.ts). */
export interface PageGate {
  /** Compiles the gates' patterns; called once, in a slice of its own. */
  prepare(): void;
  judge(text: string): StoryVerdict;
  passages(text: string, verdict: StoryVerdict): Passage[];
  /** The language the last judged text was read in. */
  language(): { code?: string };
}

export interface PageSessionOptions {
  doc: Document;
  win: Window & typeof globalThis;
  gate: PageGate;
  /** The matcher and card, injected on the first page a gate accepts (components/story-tools.ts). */
  loadStoryTools(): Promise<StoryTools | undefined>;
  /** The card's strings; asked for when the card is first shown. */
  labels(): CardLabels;
  signal: AbortSignal;
  /** Is highlighting on for this page (global switch and per-site switch)? */
  isEnabled(): Promise<boolean>;
  onReport(report: PageReport): void;
  onOpenDetails(claimId: string): void;
}

export interface PageSession {
  /** Reads and matches the page now (a newer scan supersedes an older one still running). */
  scan(): Promise<void>;
  /**
   * The page's address may have changed (single-page navigation): rescan, rate-limited, when it
   * really has. Anything can send this hint, the page included, so it is checked, not trusted.
   */
  addressMayHaveChanged(): void;
  /** The first scan: once the page is idle, so its own first layout is done and not ours to pay. */
  scanWhenIdle(): void;
  /** What the last finished scan found; null until the first scan has finished. */
  lastReport(): PageReport | null;
  /** Scrolls the claim's first highlight into view and flashes it. */
  jumpTo(claimId: string): boolean;
  /** The highlights as Web Annotation selectors, in page order. */
  annotations(): PageAnnotation[];
  /** Moves to the next (+1) or previous (-1) highlight and opens its card with focus. */
  step(direction: 1 | -1): boolean;
}

const emptyReport = (url: string): PageReport => ({ url, storyDetected: false, storyScore: 0, matches: [] });

export function startPageSession(options: PageSessionOptions): PageSession {
  const { doc, win, gate, signal } = options;
  const highlighter = createHighlighter(win);
  let report: PageReport | null = null;
  let generation = 0;
  let stepIndex = -1;

  // The story tools arrive with the first page a gate accepts; the card is made when first shown.
  let tools: StoryTools | undefined;
  let gatePrepared = false;
  let card: ClaimCard | undefined;
  const theCard = (t: StoryTools, labels: CardLabels) =>
    (card ??= t.createCard(doc, labels, { onOpenDetails: (claimId) => options.onOpenDetails(claimId) }));
  // A card host (ours, or one a replaced instance of this script left): its content sits in a
  // closed shadow root, so the host itself is all the page's DOM holds of it, and nothing has to
  // look further up than the node (the reader skips a rejected element's whole subtree).
  const isOurs = (node: Node | null): boolean => node instanceof win.Element && node.localName === CARD_HOST_TAG;

  /** One highlight per sentence, remembering the sentence's matches for its card. */
  function highlightsFor(matches: ClaimMatch[], pageText: PageText, claimSet: StoryTools['claimSet']): Map<DrawnHighlight, ClaimMatch[]> {
    const bySentence = new Map<number, ClaimMatch[]>();
    for (const m of matches) bySentence.set(m.start, [...(bySentence.get(m.start) ?? []), m]);
    const drawn = new Map<DrawnHighlight, ClaimMatch[]>();
    for (const group of bySentence.values()) {
      const range = rangeFromOffsets(pageText, group[0]!.start, group[0]!.end, doc);
      if (!range) continue;
      const disputed = group.some((m) => {
        const claim = claimSet.claims.find((c) => c.id === m.claimId);
        return !!claim && isDisputedOnPage(claim, pageDiffers(m), claimSet);
      });
      drawn.set({ range, claimIds: group.map((m) => m.claimId), disputed }, group);
    }
    return drawn;
  }

  let drawnMatches = new Map<DrawnHighlight, ClaimMatch[]>();

  let scansRunning = 0;
  let rescanAfterScan = false;

  async function scan(): Promise<void> {
    scansRunning++;
    try {
      await scanOnce();
    } catch (error) {
      // A page we could not read (a DOM we did not expect) must not break anything: say so, quietly.
      console.warn('Claim Cross-Check could not read this page:', error);
    } finally {
      scansRunning--;
      if (scansRunning === 0 && rescanAfterScan && !signal.aborted) {
        rescanAfterScan = false;
        scheduleRescan();
      }
    }
  }

  // A rescan that finds what the last one found (a busy page, a site switched off) tells the
  // background nothing new: it is not sent, which spares a storage write and the badge calls.
  let lastSent = '';
  function send(next: PageReport): void {
    const key = JSON.stringify(next);
    if (key === lastSent) return;
    lastSent = key;
    options.onReport(next);
  }

  async function scanOnce(): Promise<void> {
    const mine = ++generation;
    const url = doc.location?.href ?? '';
    if (!(await options.isEnabled())) {
      if (mine !== generation) return;
      highlighter.clear();
      card?.hide();
      report = emptyReport(url);
      send(report);
      return;
    }
    const scheduler = createSliceScheduler(win, undefined, signal);
    const superseded = () => mine !== generation || signal.aborted;
    const control = {
      shouldYield: () => superseded() || scheduler.shouldYield(),
      yieldToPage: async () => {
        await scheduler.yieldToPage();
        if (superseded()) throw new SupersededScan();
      },
    };
    try {
      const pageText = await readArticleSliced(doc, { ...control, ignore: isOurs });
      // The gates' patterns are compiled on the first judgement, in a slice of their own.
      if (!gatePrepared) {
        if (control.shouldYield()) await control.yieldToPage();
        gate.prepare();
        gatePrepared = true;
      }
      if (control.shouldYield()) await control.yieldToPage();
      const story = gate.judge(pageText.text);
      let matches: ClaimMatch[] = [];
      if (story.detected) {
        // Kept while the page stays in their language (the tools are per language).
        if (tools?.language !== gate.language().code) tools = await options.loadStoryTools();
        if (superseded()) return;
        if (tools) {
          const ranges = gate.passages(pageText.text, story).filter((p) => p.onStory);
          const pageYear = readPageYear(doc);
          matches = await tools.matchSliced(pageText.text, control, { ranges, ...(pageYear ? { pageYear } : {}) });
        }
      }
      if (superseded()) return;
      drawnMatches = tools ? highlightsFor(matches, pageText, tools.claimSet) : new Map();
      highlighter.draw([...drawnMatches.keys()]);
      stepIndex = -1;
      report = {
        url,
        storyDetected: story.detected,
        storyScore: story.score,
        matches: matches.slice(0, MAX_REPORTED_MATCHES).map((m) => ({
          claimId: m.claimId,
          text: pageText.text.slice(m.start, m.end),
          polarity: m.polarity,
          differences: m.differences,
          differs: pageDiffers(m),
        })),
      };
      send(report);
    } catch (error) {
      if (error instanceof SupersededScan || signal.aborted) return;
      throw error;
    }
  }

  function openCard(h: DrawnHighlight, focus: boolean): void {
    if (!tools) return;
    const labels = options.labels();
    const claims = tools.cardClaims(drawnMatches.get(h) ?? [], labels);
    if (claims.length === 0) return;
    theCard(tools, labels).show(claims, h.range.getBoundingClientRect(), { focus });
  }

  function reveal(h: DrawnHighlight): void {
    const target = h.range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    highlighter.flash(h.range);
  }

  // Highlights receive no events: hit-test the pointer against their rectangles, once a frame.
  let pointer: { x: number; y: number } | null = null;
  let frame = 0;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let hovered: DrawnHighlight | null = null;
  const onPointerFrame = () => {
    frame = 0;
    if (!pointer) return;
    const { x, y } = pointer;
    if (card?.contains(x, y)) {
      win.clearTimeout(closeTimer);
      return;
    }
    const [hit] = highlighter.at(x, y);
    if (hit) {
      win.clearTimeout(closeTimer);
      if (hit !== hovered) {
        hovered = hit;
        win.clearTimeout(openTimer);
        openTimer = win.setTimeout(() => openCard(hit, false), HOVER_OPEN_DELAY_MS);
      }
    } else if (hovered) {
      hovered = null;
      win.clearTimeout(openTimer);
      closeTimer = win.setTimeout(() => card?.hide(), HOVER_CLOSE_DELAY_MS);
    }
  };
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (highlighter.current().length === 0) return;
      pointer = { x: event.clientX, y: event.clientY };
      if (!frame) frame = win.requestAnimationFrame(onPointerFrame);
    },
    { passive: true, signal },
  );
  doc.addEventListener('keydown', (event) => event.key === 'Escape' && card?.hide(), { signal });

  // Pages change: rescan after a quiet spell, or at the latest RESCAN_MAX_WAIT_MS after the first
  // change of a burst (a page that never stops changing is still followed, once a second); never
  // sooner than RESCAN_MIN_INTERVAL_MS after the last rescan, and never because of our own card.
  // Two timers: the quiet one moves with every change; the deadline one is set once per burst and
  // never moved (moving it on every change would starve it on a page that never stops changing).
  let quietTimer: number | undefined;
  let deadlineTimer: number | undefined;
  let lastRescan = -Infinity;
  const rescanNow = () => {
    win.clearTimeout(quietTimer);
    win.clearTimeout(deadlineTimer);
    quietTimer = deadlineTimer = undefined;
    lastRescan = win.performance.now();
    // A scan under way finishes first (on a page that never stops changing, each rescan would
    // otherwise supersede the last before it could draw); the changes are read right after.
    if (scansRunning > 0) rescanAfterScan = true;
    else void scan();
  };
  const scheduleRescan = () => {
    const now = win.performance.now();
    const notBefore = Math.max(0, lastRescan + RESCAN_MIN_INTERVAL_MS - now);
    win.clearTimeout(quietTimer);
    quietTimer = win.setTimeout(rescanNow, Math.max(RESCAN_DEBOUNCE_MS, notBefore));
    deadlineTimer ??= win.setTimeout(rescanNow, Math.max(RESCAN_MAX_WAIT_MS, notBefore));
  };
  // Ours: a change inside our card, or our card put on or taken off the page (the page observes
  // nothing inside the card's closed shadow root, only the host coming and going).
  const isOurChange = (r: MutationRecord) =>
    isOurs(r.target) ||
    (r.addedNodes.length + r.removedNodes.length > 0 && [...r.addedNodes, ...r.removedNodes].every(isOurs));
  const observer = new win.MutationObserver((records) => {
    if (records.every(isOurChange)) return;
    scheduleRescan();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  signal.addEventListener('abort', () => {
    generation++;
    observer.disconnect();
    win.clearTimeout(quietTimer);
    win.clearTimeout(deadlineTimer);
    win.clearTimeout(openTimer);
    win.clearTimeout(closeTimer);
    if (frame) win.cancelAnimationFrame(frame);
    highlighter.clear();
    card?.destroy();
  });

  const sorted = () =>
    [...highlighter.current()].sort((a, b) => a.range.compareBoundaryPoints(win.Range.START_TO_START, b.range));

  let lastAddress = doc.location?.href ?? '';
  return {
    scan,
    addressMayHaveChanged() {
      const address = doc.location?.href ?? '';
      if (address === lastAddress) return;
      lastAddress = address;
      scheduleRescan();
    },
    scanWhenIdle() {
      const start = () => !signal.aborted && void scan();
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(start, { timeout: IDLE_SCAN_TIMEOUT_MS });
      else win.setTimeout(start, 0);
    },
    lastReport: () => report,
    annotations() {
      const drawn = sorted();
      const selectors = textSelectors(doc, drawn.map((h) => h.range));
      return selectors.flatMap((sel, i) => (sel ? [{ claimIds: drawn[i]!.claimIds, ...sel }] : []));
    },
    jumpTo(claimId) {
      const h = sorted().find((x) => x.claimIds.includes(claimId));
      if (!h) return false;
      reveal(h);
      return true;
    },
    step(direction) {
      const all = sorted();
      if (all.length === 0) return false;
      stepIndex = (stepIndex + direction + all.length) % all.length;
      const h = all[stepIndex]!;
      reveal(h);
      // Open once the smooth scroll has moved the sentence where the card can sit beside it.
      win.setTimeout(() => !signal.aborted && openCard(h, true), 350);
      return true;
    },
  };
}

class SupersededScan extends Error {}
