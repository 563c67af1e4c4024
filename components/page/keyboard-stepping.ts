// Keyboard stepping: moves to the next or previous highlight in reading order, scrolls it into
// view, flashes it and opens its card with focus; and jumps to a claim's first highlight for the
// popup. The position is the highlight itself, not an index, so a rescan that redraws other
// highlights (a live blog's new post) does not send the reader back to the first one.
import type { DrawnHighlight } from './highlighter';

/** Wait after scrolling before the card opens, so the smooth scroll has put the sentence where the card can sit beside it. */
export const STEP_CARD_DELAY_MS = 350;

export interface KeyboardStepping {
  step(direction: 1 | -1): boolean;
  jumpTo(claimId: string): boolean;
}

export interface KeyboardSteppingOptions {
  win: Window & typeof globalThis;
  signal: AbortSignal;
  /** Every highlight, in reading order. */
  ordered(): DrawnHighlight[];
  /** Where a highlight sits in reading order, for finding its place once it is gone: [root, offset]. */
  place(h: DrawnHighlight): [number, number];
  reveal(h: DrawnHighlight): void;
  openCard(h: DrawnHighlight): void;
}

export function createKeyboardStepping({ win, signal, ordered, place, reveal, openCard }: KeyboardSteppingOptions): KeyboardStepping {
  let current: DrawnHighlight | null = null;
  let currentPlace: [number, number] = [-1, -1];
  let timer: number | undefined;
  signal.addEventListener('abort', () => win.clearTimeout(timer));

  const before = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

  function nextIndex(all: DrawnHighlight[], direction: 1 | -1): number {
    const at = current ? all.indexOf(current) : -1;
    if (at >= 0) return (at + direction + all.length) % all.length;
    if (!current) return direction === 1 ? 0 : all.length - 1;
    // The current highlight is gone: the nearest one past where it was.
    const places = all.map(place);
    if (direction === 1) {
      const i = places.findIndex((p) => before(currentPlace, p));
      return i >= 0 ? i : 0;
    }
    for (let i = places.length - 1; i >= 0; i--) if (before(places[i]!, currentPlace)) return i;
    return all.length - 1;
  }

  return {
    step(direction) {
      const all = ordered();
      if (all.length === 0) return false;
      const h = all[nextIndex(all, direction)]!;
      current = h;
      currentPlace = place(h);
      reveal(h);
      win.clearTimeout(timer);
      timer = win.setTimeout(() => !signal.aborted && openCard(h), STEP_CARD_DELAY_MS);
      return true;
    },
    jumpTo(claimId) {
      const h = ordered().find((x) => x.claimIds.includes(claimId));
      if (!h) return false;
      reveal(h);
      return true;
    },
  };
}
