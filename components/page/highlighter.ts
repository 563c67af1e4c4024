// Draws and removes the claim highlights with the CSS Custom Highlight API: the page's DOM is
// never changed, so framework pages (React hydration, virtual DOM diffing) are not disturbed.
// Two highlight names give disputed claims their own look (see entrypoints/content/style.css).

export const HIGHLIGHT_CONFIRMED = 'claim-crosscheck-confirmed';
export const HIGHLIGHT_DISPUTED = 'claim-crosscheck-disputed';
export const HIGHLIGHT_FLASH = 'claim-crosscheck-flash';

export interface DrawnHighlight {
  range: Range;
  claimIds: string[];
  disputed: boolean;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}

interface HighlightApi {
  registry: HighlightRegistry;
  create: (...ranges: Range[]) => unknown;
}

/** The browser's highlight API, or null where it is missing (older browsers, jsdom). */
export function highlightApi(win: Window & typeof globalThis): HighlightApi | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const HighlightCtor = (win as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!css?.highlights || typeof HighlightCtor !== 'function') return null;
  return { registry: css.highlights, create: (...ranges) => new HighlightCtor(...ranges) };
}

export interface Highlighter {
  readonly supported: boolean;
  draw(highlights: DrawnHighlight[]): void;
  /** Highlights whose rectangles contain the viewport point (x, y). */
  at(x: number, y: number): DrawnHighlight[];
  current(): readonly DrawnHighlight[];
  flash(range: Range, ms?: number): void;
  clear(): void;
}

export function createHighlighter(win: Window & typeof globalThis): Highlighter {
  const api = highlightApi(win);
  let drawn: DrawnHighlight[] = [];
  let flashTimer: number | undefined;

  const clearFlash = () => {
    if (flashTimer !== undefined) win.clearTimeout(flashTimer);
    flashTimer = undefined;
    api?.registry.delete(HIGHLIGHT_FLASH);
  };

  return {
    supported: api !== null,
    draw(highlights) {
      drawn = highlights;
      if (!api) return;
      const confirmed = highlights.filter((h) => !h.disputed).map((h) => h.range);
      const disputed = highlights.filter((h) => h.disputed).map((h) => h.range);
      if (confirmed.length) api.registry.set(HIGHLIGHT_CONFIRMED, api.create(...confirmed));
      else api.registry.delete(HIGHLIGHT_CONFIRMED);
      if (disputed.length) api.registry.set(HIGHLIGHT_DISPUTED, api.create(...disputed));
      else api.registry.delete(HIGHLIGHT_DISPUTED);
    },
    at(x, y) {
      return drawn.filter(({ range }) =>
        Array.from(range.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom),
      );
    },
    current: () => drawn,
    flash(range, ms = 1600) {
      clearFlash();
      if (!api) return;
      api.registry.set(HIGHLIGHT_FLASH, api.create(range));
      flashTimer = win.setTimeout(clearFlash, ms);
    },
    clear() {
      drawn = [];
      clearFlash();
      api?.registry.delete(HIGHLIGHT_CONFIRMED);
      api?.registry.delete(HIGHLIGHT_DISPUTED);
    },
  };
}
