// Change watching: tells the session when the page has changed enough to be read again. After a
// scan that found the story it follows every change inside the article roots; after a "not the
// story" verdict it waits for a substantial amount of new or newly shown text, or a new address,
// so a busy page that is not the story (tickers, ads, clocks) costs next to nothing.
import { composedParent, containsComposed } from './dom-walk';
import { NON_TEXT_TAGS } from './element-kinds';
import { frameDocument, openShadowRoots, type PageDocument } from './page-documents';

/** Quiet time after the last change before rescanning: lets a burst of changes settle. */
export const RESCAN_DEBOUNCE_MS = 400;
/** Rescans start at most this often, however busy the page: a page changing without end costs one read a second. */
export const RESCAN_MIN_INTERVAL_MS = 1000;
/** A change waits at most this long for the page to settle before it is read. */
export const RESCAN_MAX_WAIT_MS = 1000;
/**
 * New text (characters added, less those removed) that makes a page judged "not the story" worth
 * reading again at once: about a hundred words, two paragraphs of a story arriving or an article
 * appended; a ticker or a carousel adds and removes about as much as it shows.
 */
export const NEW_TEXT_CHARS = 600;
/** Less new text is read again only once the page has been still for SETTLE_MS (the last paragraphs of a late story). */
export const SETTLED_NEW_TEXT_CHARS = 150;
export const SETTLE_MS = 2000;
/**
 * A class or style change above text the reader found styled away (a "read more" section) is
 * checked for the text being shown after this long, and after twice as long each time nothing
 * was (a page animating its root element's style would otherwise cost a style read each time),
 * up to REVEAL_CHECK_MAX_MS; a click or key press starts again from the shortest.
 */
export const REVEAL_CHECK_MS = 300;
export const REVEAL_CHECK_MAX_MS = 16_000;

/** Attributes that hide or show what they are on; `class` and `style` may do either. */
const WATCHED_ATTRIBUTES = ['hidden', 'aria-hidden', 'inert', 'open', 'class', 'style'];

/** What the last scan read: what a change must touch to matter. */
export interface WatchedState {
  /** Did any root cover the story? */
  story: boolean;
  roots: readonly Element[];
  documents: readonly PageDocument[];
  hiddenBlocks: readonly Element[];
}

export interface ChangeWatcherOptions {
  win: Window & typeof globalThis;
  signal: AbortSignal;
  /** Our own UI (the card's host): its changes are never the page's. */
  isOurs(node: Node): boolean;
  /** Read the page again now (already rate-limited here). */
  rescan(): void;
  /** Called on every batch of changes: where the Navigation API is missing, a cheap address check. */
  onMutations?(): void;
}

export interface ChangeWatcher {
  /** After each scan: what it read. */
  scanned(state: WatchedState): void;
  /** A rescan, rate-limited (a setting changed, the address changed). */
  request(): void;
}

const hides = (name: string | null, value: string | null, el: Element): boolean => {
  switch (name) {
    case 'hidden':
    case 'inert':
      return value !== null;
    case 'aria-hidden':
      return value?.trim().toLowerCase() === 'true';
    case 'open':
      return (el.localName === 'details' || el.localName === 'dialog') && value === null;
    default:
      return false;
  }
};

/** Characters of text a node brings (script and style text is none). */
function textOf(node: Node): number {
  if (node.nodeType === 3) return (node as Text).data.length;
  if (node.nodeType !== 1 || NON_TEXT_TAGS.has((node as Element).localName)) return 0;
  return (node.textContent?.length ?? 0) + ((node as Element).shadowRoot?.textContent?.length ?? 0);
}

export function watchChanges({ win, signal, isOurs, rescan, onMutations }: ChangeWatcherOptions): ChangeWatcher {
  const now = () => win.performance.now();
  // Until the first scan has said what the page holds: the page's own document, not the story.
  let state: WatchedState = { story: false, roots: [], documents: [{ doc: win.document, frame: null, shadows: [] }], hiddenBlocks: [] };
  let rootSet = new Set<Element>();
  let inRoots = new WeakMap<Node, boolean>();
  let overHidden = new WeakMap<Node, boolean>();
  let growth = 0;
  let componentsAdded = false;
  let lastChange = -Infinity;

  // Rescans: after a quiet spell of RESCAN_DEBOUNCE_MS, or RESCAN_MAX_WAIT_MS after the first
  // change of a burst at the latest, never sooner than RESCAN_MIN_INTERVAL_MS after the last one.
  // The quiet timer is not moved on every change (that costs a timer per batch on a busy page):
  // when it fires early it waits out the rest.
  let quietTimer: number | undefined;
  let deadlineTimer: number | undefined;
  let burstStart = 0;
  let lastRescan = -Infinity;
  const fire = () => {
    win.clearTimeout(quietTimer);
    win.clearTimeout(deadlineTimer);
    quietTimer = deadlineTimer = undefined;
    lastRescan = now();
    growth = 0;
    componentsAdded = false;
    rescan();
  };
  const onQuietTimer = () => {
    quietTimer = undefined;
    const wait = Math.max(lastChange + RESCAN_DEBOUNCE_MS, lastRescan + RESCAN_MIN_INTERVAL_MS) - now();
    if (wait > 1) quietTimer = win.setTimeout(onQuietTimer, wait);
    else fire();
  };
  const request = () => {
    if (signal.aborted) return;
    lastChange = Math.max(lastChange, now());
    if (deadlineTimer === undefined) {
      burstStart = now();
      const notBefore = Math.max(0, lastRescan + RESCAN_MIN_INTERVAL_MS - burstStart);
      deadlineTimer = win.setTimeout(fire, Math.max(RESCAN_MAX_WAIT_MS, notBefore));
    }
    quietTimer ??= win.setTimeout(onQuietTimer, RESCAN_DEBOUNCE_MS);
  };

  // Some new text, not enough to read at once: read it once the page has been still a while.
  let settleTimer: number | undefined;
  const onSettleTimer = () => {
    settleTimer = undefined;
    const wait = lastChange + SETTLE_MS - now();
    if (wait > 1) {
      settleTimer = win.setTimeout(onSettleTimer, wait);
      return;
    }
    if (componentsAdded) discoverComponents();
    if (growth >= SETTLED_NEW_TEXT_CHARS) request();
  };

  // Text styled away at the last scan, perhaps shown now: checked with a backing-off delay.
  let revealTimer: number | undefined;
  let revealDelay = REVEAL_CHECK_MS;
  const checkReveal = () => {
    revealTimer = undefined;
    const shown = state.hiddenBlocks.filter((el) => el.isConnected && (typeof el.checkVisibility !== 'function' || el.checkVisibility()));
    if (shown.length > 0) {
      request();
      return;
    }
    revealDelay = Math.min(revealDelay * 2, REVEAL_CHECK_MAX_MS);
  };
  const armReveal = () => {
    if (revealTimer === undefined && state.hiddenBlocks.length > 0) revealTimer = win.setTimeout(checkReveal, revealDelay);
  };

  const touchesRoots = (node: Node): boolean => {
    let inside = inRoots.get(node);
    if (inside === undefined) {
      inside = false;
      for (let at: Node | null = node; at; at = composedParent(at)) {
        if (rootSet.has(at as Element)) {
          inside = true;
          break;
        }
      }
      inRoots.set(node, inside);
    }
    return inside || state.roots.some((root) => containsComposed(node, root));
  };
  const isOverHidden = (el: Element): boolean => {
    let over = overHidden.get(el);
    if (over === undefined) {
      over = state.hiddenBlocks.some((block) => containsComposed(el, block));
      overHidden.set(el, over);
    }
    return over;
  };
  // Ours: a change inside our card, or our card put on or taken off the page. Written as loops:
  // this runs for every record of a busy page.
  const isOurChange = (r: MutationRecord): boolean => {
    if (isOurs(r.target)) return true;
    if (r.addedNodes.length + r.removedNodes.length === 0) return false;
    for (const node of r.addedNodes) if (!isOurs(node)) return false;
    for (const node of r.removedNodes) if (!isOurs(node)) return false;
    return true;
  };

  function onRecords(records: MutationRecord[]): void {
    onMutations?.();
    let net = 0;
    let touched = false;
    for (const r of records) {
      if (isOurChange(r)) continue;
      if (r.type === 'childList') {
        for (const node of r.addedNodes) {
          net += textOf(node);
          if (node.nodeType === 1 && (node as Element).localName.includes('-')) componentsAdded = true;
        }
        for (const node of r.removedNodes) net -= textOf(node);
        if (state.story && !touched) touched = touchesRoots(r.target) || [...r.removedNodes].some((n) => state.roots.some((root) => containsComposed(n, root)));
      } else if (r.type === 'characterData') {
        if (state.story && !touched) touched = touchesRoots(r.target);
      } else {
        const el = r.target as Element;
        const name = r.attributeName;
        if (name === 'class' || name === 'style') {
          if (isOverHidden(el)) armReveal();
          continue;
        }
        const before = hides(name, r.oldValue, el);
        if (before === hides(name, el.getAttribute(name!), el)) continue;
        if (state.story && touchesRoots(el)) touched = true;
        if (before) net += textOf(el);
      }
    }
    lastChange = now();
    growth = Math.max(0, growth + net);
    if (touched || growth >= NEW_TEXT_CHARS) request();
    else if ((growth >= SETTLED_NEW_TEXT_CHARS || componentsAdded) && settleTimer === undefined) settleTimer = win.setTimeout(onSettleTimer, SETTLE_MS);
  }

  const observer = new win.MutationObserver(onRecords);
  const options = (): MutationObserverInit => ({
    childList: true,
    subtree: true,
    // Text edited in place (counters, clocks) is never a new story: followed only in the story's roots.
    characterData: state.story,
    attributeFilter: WATCHED_ATTRIBUTES,
    attributeOldValue: true,
  });
  const listened = new WeakSet<Document>();
  function observeAll(): void {
    const pending = observer.takeRecords();
    observer.disconnect();
    for (const { doc, shadows } of state.documents) {
      if (doc.documentElement) observer.observe(doc.documentElement, options());
      for (const shadow of shadows) observer.observe(shadow, options());
      if (!listened.has(doc)) {
        listened.add(doc);
        // A frame (re)loading: its document is new and unobserved. Load events do not bubble; capture sees them.
        doc.addEventListener('load', onFrameLoad, { capture: true, signal });
        for (const type of ['click', 'keydown']) doc.addEventListener(type, onInput, { capture: true, passive: true, signal });
      }
    }
    if (pending.length > 0) onRecords(pending);
  }
  function onFrameLoad(event: Event): void {
    const target = event.target as Element | null;
    if (!target || (target.localName !== 'iframe' && target.localName !== 'frame')) return;
    const doc = frameDocument(target);
    if (!doc) return;
    lastChange = now();
    growth += textOf(doc.body ?? doc.documentElement);
    if (state.story || growth >= SETTLED_NEW_TEXT_CHARS) request();
  }
  function onInput(): void {
    revealDelay = REVEAL_CHECK_MS;
    armReveal();
  }
  function discoverComponents(): void {
    componentsAdded = false;
    const known = new Set(state.documents.flatMap((d) => d.shadows));
    const documents = state.documents.map((d) => ({ ...d, shadows: openShadowRoots(d.doc) }));
    for (const shadow of documents.flatMap((d) => d.shadows)) {
      if (known.has(shadow)) continue;
      growth += shadow.textContent?.length ?? 0;
      observer.observe(shadow, options());
    }
    state = { ...state, documents };
  }

  observeAll();
  signal.addEventListener('abort', () => {
    observer.disconnect();
    for (const timer of [quietTimer, deadlineTimer, settleTimer, revealTimer]) win.clearTimeout(timer);
  });

  return {
    scanned(next) {
      state = next;
      rootSet = new Set(next.roots);
      inRoots = new WeakMap();
      overHidden = new WeakMap();
      revealDelay = REVEAL_CHECK_MS;
      if (!signal.aborted) observeAll();
    },
    request,
  };
}
