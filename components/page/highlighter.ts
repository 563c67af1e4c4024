// Draws and removes the claim highlights with the CSS Custom Highlight API: the page's DOM is never
// changed, so framework pages (React hydration, virtual DOM diffing) are not disturbed. Highlights
// are kept per article root and per document (a same-origin frame has its own registry), and only
// the ranges that changed are added or removed. Their names are random for each page load, so no
// stylesheet written in advance can restyle them (see highlight-style.ts for how they are styled).

export interface DrawnHighlight {
  range: Range;
  claimIds: string[];
  disputed: boolean;
  /** Where the sentence starts in its root's text: its place in reading order within the root. */
  start: number;
}

/** The three names of this session's highlights. */
export interface HighlightNames {
  confirmed: string;
  disputed: string;
  flash: string;
}

/**
 * Priorities of our highlights where they overlap: a flash over a disputed claim over a confirmed
 * one. The end-to-end probes tell our highlights apart by them (the names are random).
 */
export const HIGHLIGHT_PRIORITY = { confirmed: 1, disputed: 2, flash: 3 } as const;

/** Fresh names for one page load: "h" and 20 random base-36 digits (about 103 bits). */
export function randomHighlightNames(crypto: Pick<Crypto, 'getRandomValues'>): HighlightNames {
  const name = () => `h${[...crypto.getRandomValues(new Uint32Array(4))].map((n) => n.toString(36).padStart(7, '0')).join('').slice(0, 20)}`;
  return { confirmed: name(), disputed: name(), flash: name() };
}

interface HighlightLike {
  add(range: Range): unknown;
  delete(range: Range): boolean;
  clear(): void;
  readonly size: number;
  priority: number;
}
interface HighlightRegistry {
  get(name: string): unknown;
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}
type HighlightWindow = Window & { CSS?: { highlights?: HighlightRegistry }; Highlight?: new (...ranges: Range[]) => HighlightLike };

/** One document's registry with our three highlights in it (created on first use). */
interface Layer {
  registry: HighlightRegistry;
  confirmed: HighlightLike;
  disputed: HighlightLike;
  flash: HighlightLike;
}

export interface Highlighter {
  /** False where the browser has no highlight API (older browsers, jsdom): nothing is drawn. */
  readonly supported: boolean;
  readonly names: HighlightNames;
  /**
   * The highlights of one article root, replacing what it had. Highlights equal to one already
   * drawn (same range, claims and look) keep the drawn object, so a card or a keyboard position
   * on it survives; returns the root's highlights as drawn.
   */
  setRoot(root: Element, highlights: DrawnHighlight[]): DrawnHighlight[];
  /** Removes the highlights of roots not in `keep`. */
  keepRoots(keep: ReadonlySet<Element>): void;
  rootOf(h: DrawnHighlight): Element | undefined;
  /** Every drawn highlight, root by root. */
  all(): DrawnHighlight[];
  /** Highlights in `doc` whose rectangles contain its viewport's point (x, y). */
  at(doc: Document, x: number, y: number): DrawnHighlight[];
  flash(range: Range, ms?: number): void;
  clear(): void;
}

const sameRange = (a: Range, b: Range) =>
  a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
const sameHighlight = (a: DrawnHighlight, b: DrawnHighlight) =>
  a.disputed === b.disputed && a.claimIds.join() === b.claimIds.join() && sameRange(a.range, b.range);

export function createHighlighter(
  win: Window & typeof globalThis,
  names: HighlightNames,
  /** Called once per document before its first highlight is drawn (to have it styled). */
  beforeFirstDraw: (doc: Document) => void = () => undefined,
): Highlighter {
  const layers = new Map<Document, Layer>();
  const styled = new WeakSet<Document>();
  const byRoot = new Map<Element, DrawnHighlight[]>();
  let flashTimer: number | undefined;
  let flashed: Layer | undefined;

  const apiOf = (w: HighlightWindow | null) => (w?.CSS?.highlights && typeof w.Highlight === 'function' ? w : null);
  const supported = apiOf(win as HighlightWindow) !== null;

  function layerOf(doc: Document): Layer | undefined {
    let layer = layers.get(doc);
    if (!layer) {
      const w = apiOf(doc.defaultView as HighlightWindow | null);
      if (!w) return undefined;
      const make = (priority: number) => Object.assign(new w.Highlight!(), { priority });
      layer = {
        registry: w.CSS!.highlights!,
        confirmed: make(HIGHLIGHT_PRIORITY.confirmed),
        disputed: make(HIGHLIGHT_PRIORITY.disputed),
        flash: make(HIGHLIGHT_PRIORITY.flash),
      };
      layers.set(doc, layer);
      if (!styled.has(doc)) {
        styled.add(doc);
        beforeFirstDraw(doc);
      }
    }
    // A page script may have taken ours out of its registry: put them back.
    for (const kind of ['confirmed', 'disputed'] as const) {
      if (layer.registry.get(names[kind]) !== layer[kind]) layer.registry.set(names[kind], layer[kind]);
    }
    return layer;
  }

  const setOf = (layer: Layer, h: DrawnHighlight) => (h.disputed ? layer.disputed : layer.confirmed);
  const docOf = (h: DrawnHighlight) => h.range.startContainer.ownerDocument!;

  function remove(list: readonly DrawnHighlight[]) {
    for (const h of list) {
      const layer = layers.get(docOf(h));
      if (layer) setOf(layer, h).delete(h.range);
    }
  }

  function clearFlash() {
    if (flashTimer !== undefined) win.clearTimeout(flashTimer);
    flashTimer = undefined;
    flashed?.flash.clear();
    flashed?.registry.delete(names.flash);
    flashed = undefined;
  }

  return {
    supported,
    names,
    setRoot(root, highlights) {
      const before = byRoot.get(root) ?? [];
      const kept = new Set<DrawnHighlight>();
      const next = highlights.map((h) => {
        const same = before.find((old) => !kept.has(old) && sameHighlight(old, h));
        if (!same) return h;
        kept.add(same);
        same.start = h.start;
        return same;
      });
      remove(before.filter((h) => !kept.has(h)));
      for (const h of next) {
        if (kept.has(h)) continue;
        const layer = layerOf(docOf(h));
        if (layer) setOf(layer, h).add(h.range);
      }
      if (next.length > 0) byRoot.set(root, next);
      else byRoot.delete(root);
      return next;
    },
    keepRoots(keep) {
      for (const [root, list] of byRoot) {
        if (keep.has(root)) continue;
        remove(list);
        byRoot.delete(root);
      }
      // A frame that navigated or went away: its document's layer goes with it.
      const used = new Set([...byRoot.keys()].map((root) => root.ownerDocument));
      for (const [doc, layer] of layers) if (doc !== win.document && !used.has(doc) && layer !== flashed) layers.delete(doc);
    },
    rootOf(h) {
      for (const [root, list] of byRoot) if (list.includes(h)) return root;
      return undefined;
    },
    all: () => [...byRoot.values()].flat(),
    at(doc, x, y) {
      const hits: DrawnHighlight[] = [];
      for (const list of byRoot.values()) {
        for (const h of list) {
          if (docOf(h) !== doc) continue;
          if (Array.from(h.range.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)) hits.push(h);
        }
      }
      return hits;
    },
    flash(range, ms = 1600) {
      clearFlash();
      const layer = layerOf(range.startContainer.ownerDocument!);
      if (!layer) return;
      layer.flash.add(range);
      layer.registry.set(names.flash, layer.flash);
      flashed = layer;
      flashTimer = win.setTimeout(clearFlash, ms);
    },
    clear() {
      clearFlash();
      for (const layer of layers.values()) {
        layer.confirmed.clear();
        layer.disputed.clear();
        // Only ours: a page's own highlight under the same name (it cannot know it) is left alone.
        for (const kind of ['confirmed', 'disputed'] as const) if (layer.registry.get(names[kind]) === layer[kind]) layer.registry.delete(names[kind]);
      }
      layers.clear();
      byRoot.clear();
    },
  };
}
