// Change watching: tells the session when the page has changed enough to be read again. After a
// scan that found the story it follows every change inside the article roots; otherwise it waits
// for a substantial amount of new or newly shown text, or a new address, so a busy page that is
// not the story (tickers, ads, clocks) costs next to nothing. The observers' callbacks never look
// at the records of a busy page (reading a record from the extension's world costs more than the
// page's own change): they note that something changed, and the text is measured now and then.
// The rescans it asks for are rate-limited in rescan-limiter.ts; what it measures is in page-prose.ts.
import { containsComposed } from './dom-walk';
import { frameDocument, openShadowRoots, type PageDocument } from './page-documents';
import { HIDING_ATTRIBUTES, hides, proseChars, STYLING_ATTRIBUTES } from './page-prose';
import { limitRescans } from './rescan-limiter';

export { RESCAN_DEBOUNCE_MS, RESCAN_MAX_WAIT_MS, RESCAN_MIN_INTERVAL_MS } from './rescan-limiter';

/**
 * New text (characters, the page's text now less what it was at the last scan) that makes the page
 * worth reading again at once: about a hundred words, two paragraphs of a story arriving or an
 * article appended; a ticker or a carousel removes about as much as it adds.
 */
export const NEW_TEXT_CHARS = 600;
/** Less new text is read again once the page has been still for SETTLE_MS (the last paragraphs of a late story). */
export const SETTLED_NEW_TEXT_CHARS = 150;
export const SETTLE_MS = 2000;
/**
 * After a change, the text is measured this long after, then after twice as long each time it had
 * not grown enough, up to CHECK_MAX_MS: a page that changes all the time is measured a dozen times
 * a minute at most. A click, a key or the end of a scroll starts again from the shortest.
 */
export const CHECK_MS = 500;
export const CHECK_MAX_MS = 8000;

/** What the last scan read: what a change must touch to matter. */
export interface WatchedState {
  /** Did any root cover the story? */
  story: boolean;
  roots: readonly Element[];
  documents: readonly PageDocument[];
  /** Elements whose text the reader skipped because the page's style hides them ("read more"). */
  hiddenBlocks: readonly Element[];
}

export interface ChangeWatcherOptions {
  win: Window & typeof globalThis;
  signal: AbortSignal;
  /** Read the page again now (already rate-limited here). */
  rescan(): void;
  /** Called on every batch of changes: where the Navigation API is missing, a cheap address check. */
  onMutations?(): void;
}

export interface ChangeWatcher {
  /** A scan starts: the page's text is measured from here. */
  scanning(): void;
  /** A scan ended: what it read. */
  scanned(state: WatchedState): void;
  /** A rescan, rate-limited (a setting changed, the address changed). */
  request(): void;
}

export function watchChanges({ win, signal, rescan, onMutations }: ChangeWatcherOptions): ChangeWatcher {
  let state: WatchedState = { story: false, roots: [], documents: [{ doc: win.document, frame: null, shadows: [] }], hiddenBlocks: [] };
  /** The page's prose at the start of the last scan; null before the first. */
  let baseline: number | null = null;
  let revealed = 0;
  let batches = 0;

  const textNow = () =>
    state.documents.reduce((sum, d) => sum + proseChars(d.doc.body ?? d.doc.documentElement) + d.shadows.reduce((n, s) => n + proseChars(s), 0), 0);

  // Rescans, rate-limited (rescan-limiter.ts).
  const { request, pending } = limitRescans(win, signal, rescan);

  // The page changed somewhere: measured now and then, never on every change.
  let checkTimer: number | undefined;
  let checkDelay = CHECK_MS;
  let checkedBatches = 0;
  const check = () => {
    checkTimer = undefined;
    if (signal.aborted) return;
    watchAnywhere();
    if (baseline === null || pending()) return;
    const still = batches === checkedBatches;
    checkedBatches = batches;
    // A root taken off the page (an app replacing its view): its highlights must go.
    if (state.story && state.roots.some((root) => !root.isConnected)) return request();
    // Web components added since: looked for on the first measures after a scan or a click, not
    // on every measure of a page that never stops changing (listing them reads every element).
    if (!still && checkDelay <= 2 * CHECK_MS) discoverShadowRoots();
    const grown = textNow() - baseline + revealed;
    if (grown >= NEW_TEXT_CHARS || (still && grown >= SETTLED_NEW_TEXT_CHARS)) return request();
    checkDelay = Math.min(checkDelay * 2, CHECK_MAX_MS);
    // Some new text: read it once the page has been still a while.
    if (grown >= SETTLED_NEW_TEXT_CHARS) checkTimer = win.setTimeout(check, Math.max(SETTLE_MS, checkDelay));
  };
  // Counts, and stops listening until the next measure: a busy page calls this hundreds of times
  // a second, and one call per measure says all there is to say (even a performance.now() here was
  // most of the content script's time on a busy page, measured).
  const changed = () => {
    batches++;
    onMutations?.();
    if (anywhereOn) {
      anywhere.disconnect();
      anywhereOn = false;
    }
    if (checkTimer === undefined && !pending()) checkTimer = win.setTimeout(check, checkDelay);
  };
  const eager = () => {
    checkDelay = CHECK_MS;
    armReveal();
  };

  // Text styled away at the last scan, perhaps shown now: checked with the same backing-off delay.
  let revealTimer: number | undefined;
  let revealDelay = CHECK_MS;
  const checkReveal = () => {
    revealTimer = undefined;
    const shown = state.hiddenBlocks.filter((el) => el.isConnected && (typeof el.checkVisibility !== 'function' || el.checkVisibility()));
    if (shown.length > 0) return request();
    revealDelay = Math.min(revealDelay * 2, CHECK_MAX_MS);
  };
  function armReveal(): void {
    if (revealTimer === undefined && state.hiddenBlocks.length > 0) revealTimer = win.setTimeout(checkReveal, revealDelay);
  }

  // Four observers, so no callback needs to tell records apart: anything added or removed
  // anywhere (only noted); a hiding attribute changed (rare, so its records are read); a class or
  // style changed (only while text is styled away; only noted); and, on a story page, anything
  // at all inside the article roots (a rescan, without reading the records).
  const anywhere = new win.MutationObserver(changed);
  let anywhereOn = false;
  function watchAnywhere(): void {
    if (anywhereOn) return;
    anywhereOn = true;
    for (const { doc, shadows } of state.documents) {
      for (const target of [doc.documentElement, ...shadows]) if (target) anywhere.observe(target, { childList: true, subtree: true });
    }
  }
  const hiding = new win.MutationObserver((records) => {
    let touched = false;
    for (const r of records) {
      const el = r.target as Element;
      const before = hides(r.attributeName, r.oldValue, el);
      if (before === hides(r.attributeName, el.getAttribute(r.attributeName!), el)) continue;
      if (before) revealed += el.textContent?.length ?? 0;
      if (state.story && state.roots.some((root) => containsComposed(el, root) || containsComposed(root, el))) touched = true;
    }
    changed();
    if (touched || revealed >= SETTLED_NEW_TEXT_CHARS) request();
  });
  const styling = new win.MutationObserver(() => armReveal());
  const inRoots = new win.MutationObserver(() => request());

  const listened = new WeakSet<Document>();
  function observeAll(): void {
    for (const observer of [anywhere, hiding, styling, inRoots]) observer.disconnect();
    anywhereOn = false;
    watchAnywhere();
    for (const { doc, shadows } of state.documents) {
      for (const target of [doc.documentElement, ...shadows]) {
        if (!target) continue;
        hiding.observe(target, { subtree: true, attributeFilter: HIDING_ATTRIBUTES, attributeOldValue: true });
        if (state.hiddenBlocks.length > 0) styling.observe(target, { subtree: true, attributeFilter: STYLING_ATTRIBUTES });
      }
      if (!listened.has(doc)) {
        listened.add(doc);
        // A frame (re)loading: its document is new. Load events do not bubble; capture sees them.
        doc.addEventListener('load', onFrameLoad, { capture: true, signal });
        for (const type of ['click', 'keydown', 'scrollend']) doc.addEventListener(type, eager, { capture: true, passive: true, signal });
      }
    }
    if (state.story) for (const root of state.roots) inRoots.observe(root, { childList: true, subtree: true, characterData: true });
  }
  function onFrameLoad(event: Event): void {
    const target = event.target as Element | null;
    if (!target || (target.localName !== 'iframe' && target.localName !== 'frame')) return;
    const doc = frameDocument(target);
    if (!doc || baseline === null) return;
    const chars = proseChars(doc.body ?? doc.documentElement);
    if (chars >= SETTLED_NEW_TEXT_CHARS) {
      revealed += chars;
      request();
    }
  }
  /** Web components added since the last scan: their shadow roots are observed and measured. */
  function discoverShadowRoots(): void {
    let added = false;
    const documents = state.documents.map((d) => {
      const shadows = openShadowRoots(d.doc);
      if (shadows.length !== d.shadows.length) added = true;
      return { ...d, shadows };
    });
    if (!added) return;
    const known = new Set(state.documents.flatMap((d) => d.shadows));
    for (const shadow of documents.flatMap((d) => d.shadows)) {
      if (known.has(shadow)) continue;
      revealed += proseChars(shadow);
      if (anywhereOn) anywhere.observe(shadow, { childList: true, subtree: true });
      hiding.observe(shadow, { subtree: true, attributeFilter: HIDING_ATTRIBUTES, attributeOldValue: true });
    }
    state = { ...state, documents };
  }

  observeAll();
  signal.addEventListener('abort', () => {
    for (const observer of [anywhere, hiding, styling, inRoots]) observer.disconnect();
    for (const timer of [checkTimer, revealTimer]) win.clearTimeout(timer);
  });

  return {
    scanning() {
      baseline = textNow();
      revealed = 0;
      checkedBatches = batches;
    },
    scanned(next) {
      const missed = batches !== checkedBatches || !anywhereOn;
      state = next;
      checkDelay = CHECK_MS;
      revealDelay = CHECK_MS;
      if (signal.aborted) return;
      observeAll();
      // Changes while the scan ran (a late paragraph), or unheard since: measured as any other.
      if (missed && checkTimer === undefined && baseline !== null) checkTimer = win.setTimeout(check, checkDelay);
    },
    request,
  };
}
