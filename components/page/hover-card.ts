// Hover card: opens the card beside a highlight the pointer rests on, keeps it open while the
// pointer travels onto it, closes it on Escape or when its highlight is gone, and keeps it above
// the page's own dialogs and popovers that open after it. Highlights receive no events, so the
// pointer is hit-tested against their rectangles, at most once a frame, in the page and in each
// same-origin frame with highlights.
import type { ClaimCard } from './claim-card';
import type { DrawnHighlight, Highlighter } from './highlighter';

/** Pointer must rest on a highlight this long before the card opens, so passing over text does not flash it. */
export const HOVER_OPEN_DELAY_MS = 150;
/** The card stays this long after the pointer leaves, so the pointer can travel onto it. */
export const HOVER_CLOSE_DELAY_MS = 350;

export interface HoverCard {
  /** Opens the card for the highlight (with focus, for the keyboard); false when there is nothing to show. */
  open(h: DrawnHighlight, focus: boolean): boolean;
  hide(): void;
  /** After a redraw: follow the pointer in these documents, and close the card if its highlight is gone. */
  redrawn(docs: readonly Document[]): void;
}

export interface HoverCardOptions {
  win: Window & typeof globalThis;
  highlighter: Highlighter;
  signal: AbortSignal;
  /** The card, made when first needed; undefined while the story tools are not there. */
  card(): ClaimCard | undefined;
  /** Fills the card for a highlight; false when it has nothing to say. */
  show(card: ClaimCard, h: DrawnHighlight, anchor: DOMRect, focus: boolean): boolean;
}

/** Where a document's viewport sits in the top window's viewport (a frame's content box). */
export function viewportOffset(doc: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let frame = doc.defaultView?.frameElement ?? null; frame; frame = frame.ownerDocument.defaultView?.frameElement ?? null) {
    const rect = frame.getBoundingClientRect();
    x += rect.left + frame.clientLeft;
    y += rect.top + frame.clientTop;
  }
  return { x, y };
}

export function createHoverCard({ win, highlighter, signal, card, show }: HoverCardOptions): HoverCard {
  let shownFor: DrawnHighlight | null = null;
  let hovered: DrawnHighlight | null = null;
  let pointer: { doc: Document; x: number; y: number } | null = null;
  let frame = 0;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  const followed = new WeakSet<Document>();

  function open(h: DrawnHighlight, focus: boolean): boolean {
    const c = card();
    if (!c || !h.range.startContainer.isConnected) return false;
    const rect = h.range.getBoundingClientRect();
    const offset = viewportOffset(h.range.startContainer.ownerDocument!);
    const anchor = new win.DOMRect(rect.x + offset.x, rect.y + offset.y, rect.width, rect.height);
    if (!show(c, h, anchor, focus)) return false;
    shownFor = h;
    return true;
  }
  function hide(): void {
    card()?.hide();
    shownFor = null;
  }

  const onPointerFrame = () => {
    frame = 0;
    if (!pointer) return;
    const { doc, x, y } = pointer;
    const offset = viewportOffset(doc);
    if (card()?.contains(x + offset.x, y + offset.y)) {
      win.clearTimeout(closeTimer);
      return;
    }
    const [hit] = highlighter.at(doc, x, y);
    if (hit) {
      win.clearTimeout(closeTimer);
      if (hit !== hovered) {
        hovered = hit;
        win.clearTimeout(openTimer);
        openTimer = win.setTimeout(() => open(hit, false), HOVER_OPEN_DELAY_MS);
      }
    } else if (hovered) {
      hovered = null;
      win.clearTimeout(openTimer);
      closeTimer = win.setTimeout(hide, HOVER_CLOSE_DELAY_MS);
    }
  };
  function follow(doc: Document): void {
    if (followed.has(doc)) return;
    followed.add(doc);
    doc.addEventListener(
      'pointermove',
      (event) => {
        if (highlighter.all().length === 0) return;
        pointer = { doc, x: event.clientX, y: event.clientY };
        if (!frame) frame = win.requestAnimationFrame(onPointerFrame);
      },
      { passive: true, signal },
    );
    doc.addEventListener('keydown', (event) => event.key === 'Escape' && hide(), { signal });
  }
  follow(win.document);
  // A dialog or popover of the page's opening after our card would cover it: raise ours again.
  // Our own card's toggle events stay inside its closed shadow root and never reach here.
  win.document.addEventListener('toggle', () => void (shownFor && card()?.raise()), { capture: true, signal });

  signal.addEventListener('abort', () => {
    win.clearTimeout(openTimer);
    win.clearTimeout(closeTimer);
    if (frame) win.cancelAnimationFrame(frame);
    card()?.destroy();
  });

  return {
    open,
    hide,
    redrawn(docs) {
      for (const doc of docs) follow(doc);
      const all = highlighter.all();
      if (hovered && !all.includes(hovered)) hovered = null;
      if (shownFor && !all.includes(shownFor)) hide();
    },
  };
}
