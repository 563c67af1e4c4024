// The documents and shadow trees a page's text can live in: the page itself, the open shadow roots
// of its web components, and its same-origin frames. Frames are read from the top frame's content
// script through `contentDocument`: a cross-origin frame (an ad, mostly) is never entered and costs
// one property read; no content script runs in any frame.
import { runSteps } from '../matching/run-steps';

/**
 * Frames deeper than this are not read: an article sits in a frame of the page (an AMP viewer, an
 * embed), seldom in a frame of a frame; deeper nesting is widgets inside widgets.
 */
export const MAX_FRAME_DEPTH = 3;
/** Frames read per page at most: a page with more same-origin frames is a dashboard, not an article. */
export const MAX_FRAMES = 24;
/** Open shadow roots read per document at most, so a page of ten thousand components stays cheap. */
export const MAX_SHADOW_ROOTS = 2_000;

/** Elements looked at between two pause points when listing shadow roots (see pageDocumentsSliced). */
const ELEMENTS_PER_PAUSE = 512;

/** A pause point: the caller may let the page run here. */
type Pause = 'pause';

/** Every open shadow root in `scope`, nested ones included, in document order of their hosts. */
function* shadowRootsIn(scope: Document | ShadowRoot, found: ShadowRoot[]): Generator<Pause, void> {
  // One native query lists the elements; only hosts of open shadow roots answer `shadowRoot`.
  let seen = 0;
  for (const el of scope.querySelectorAll('*')) {
    if (++seen % ELEMENTS_PER_PAUSE === 0) yield 'pause';
    const shadow = el.shadowRoot;
    if (!shadow) continue;
    found.push(shadow);
    if (found.length >= MAX_SHADOW_ROOTS) return;
    yield* shadowRootsIn(shadow, found);
    if (found.length >= MAX_SHADOW_ROOTS) return;
  }
}

export function openShadowRoots(scope: Document | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const walk = shadowRootsIn(scope, found);
  while (!walk.next().done) continue;
  return found;
}

/** The frame elements of a document and of its open shadow roots. */
function frameElements(doc: Document, shadows: readonly ShadowRoot[]): Element[] {
  const frames = [...doc.querySelectorAll('iframe, frame')];
  for (const shadow of shadows) frames.push(...shadow.querySelectorAll('iframe, frame'));
  return frames;
}

/** A frame's document when the page may read it (same origin, loaded); null otherwise. */
export function frameDocument(frame: Element): Document | null {
  try {
    const doc = (frame as HTMLIFrameElement).contentDocument;
    return doc && doc.documentElement && doc.nodeType === 9 ? doc : null;
  } catch {
    // Some browsers throw rather than return null for a cross-origin frame.
    return null;
  }
}

export interface PageDocument {
  doc: Document;
  /** The frame element holding it in its parent document; null for the page itself. */
  frame: Element | null;
  /** Open shadow roots of this document, nested ones included. */
  shadows: ShadowRoot[];
}

/** The page's document, then its same-origin frames' documents, depth first, within the bounds above. */
function* documentsOf(top: Document): Generator<Pause, PageDocument[]> {
  const out: PageDocument[] = [];
  const visit = function* (doc: Document, frame: Element | null, depth: number): Generator<Pause, void> {
    const shadows: ShadowRoot[] = [];
    yield* shadowRootsIn(doc, shadows);
    out.push({ doc, frame, shadows });
    if (depth >= MAX_FRAME_DEPTH) return;
    for (const el of frameElements(doc, shadows)) {
      if (out.length > MAX_FRAMES) return;
      const inner = frameDocument(el);
      if (inner && inner !== doc && !out.some((d) => d.doc === inner)) yield* visit(inner, el, depth + 1);
    }
  };
  yield* visit(top, null, 0);
  return out;
}

export function pageDocuments(top: Document): PageDocument[] {
  return runSteps(documentsOf(top));
}

/** As pageDocuments, calling `pause` every few hundred elements so a big page is listed in slices. */
export async function pageDocumentsSliced(top: Document, pause: () => Promise<void>): Promise<PageDocument[]> {
  const walk = documentsOf(top);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
    await pause();
  }
}
