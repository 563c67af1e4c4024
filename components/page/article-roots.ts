// Finds every article root of a document: the story, each post of a live blog, each story an
// infinite-scroll page appends, inside open shadow roots too. Each root is read, judged and
// matched on its own, so a story appended below never takes the place of the one above it.
import { composedParent } from './dom-walk';
import { densestBlock, FURNITURE_SELECTOR, isUnlikelyBlock, MIN_ARTICLE_CHARS, proseLength } from './find-article';

const ARTICLE_SELECTOR = '[itemprop~="articleBody" i], article';
const MAIN_SELECTOR = 'main, [role="main" i]';
/**
 * Ancestors that make an element no article root: furniture, what is hidden from every reader,
 * and what the page has made inert (the page behind a consent wall, until the wall goes).
 */
const EXCLUDING_ANCESTOR = `${FURNITURE_SELECTOR}, [inert]`;

/**
 * The article roots of `doc` (whose open shadow roots are `shadows`), in reading order. Every
 * `<article>` and `itemprop="articleBody"` element with enough prose of its own (not counting
 * roots inside it, which are read on their own) is a root: the posts of a live blog, the stories
 * of an infinite scroll, the story itself. A post too short to be a root stays part of the root
 * around it. Without any, the richest `<main>`, else the densest block of paragraphs, else the
 * body: one root, as a page without semantic markup has one story.
 */
export function findArticleRoots(doc: Document, shadows: readonly ShadowRoot[] = []): Element[] {
  const scopes: Array<Document | ShadowRoot> = [doc, ...shadows];
  const candidates: Array<{ el: Element; depth: number }> = [];
  for (const scope of scopes) {
    for (const el of scope.querySelectorAll(ARTICLE_SELECTOR)) {
      // <meta itemprop="articleBody" content="…"> carries the text in an attribute, not the page.
      if (el.localName !== 'meta' && !isExcluded(el)) candidates.push({ el, depth: depthOf(el) });
    }
  }
  // Innermost first, so each candidate's own prose leaves out the roots already found inside it.
  candidates.sort((a, b) => b.depth - a.depth);
  const roots = new Set<Element>();
  for (const { el } of candidates) {
    if (!roots.has(el) && proseLength(el, roots) >= MIN_ARTICLE_CHARS) roots.add(el);
  }
  if (roots.size > 0) return [...roots].sort(compareReadingOrder);

  const mains = scopes.flatMap((scope) => [...scope.querySelectorAll(MAIN_SELECTOR)]).filter((el) => !isExcluded(el));
  const main = richest(mains);
  if (main) return [main];
  const scope = doc.body ?? doc.documentElement;
  if (!scope) return [];
  return [densestBlock(scope) ?? scope];
}

/**
 * Levels of ancestors (the element itself first) whose class or id can mark it as a comment thread
 * or a "related" box: `<section class="comments"><ol><li><article>` is three up. Not further:
 * wrappers higher up carry page-wide classes ("has-sidebar", "menu-open") that say nothing of it.
 */
const UNLIKELY_LEVELS = 4;

/** Inside furniture, hidden or inert; or itself (or a close wrapper) a comment, sidebar or promo block? */
function isExcluded(el: Element): boolean {
  // Native closest() within each tree (pages can be thousands of elements deep), then the host.
  for (let at: Element | null = el; at; at = hostOf(at)) if (at.closest(EXCLUDING_ANCESTOR)) return true;
  let level = 0;
  for (let at: Node | null = el; at && at.nodeType === 1 && level < UNLIKELY_LEVELS; at = composedParent(at), level++) {
    if (isUnlikelyBlock(at as Element)) return true;
  }
  return false;
}

function hostOf(el: Element): Element | null {
  const root = el.getRootNode();
  return root.nodeType === 11 ? ((root as ShadowRoot).host ?? null) : null;
}

function depthOf(node: Node): number {
  let depth = 0;
  for (let at = composedParent(node); at; at = composedParent(at)) depth++;
  return depth;
}

function richest(elements: Element[]): Element | null {
  let best: Element | null = null;
  let bestLength = MIN_ARTICLE_CHARS - 1;
  for (const el of elements) {
    const length = proseLength(el);
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return best;
}

/** The node's ancestors, outermost first, through shadow hosts and the frame elements of frames. */
function chainOf(node: Node): Node[] {
  const chain: Node[] = [];
  for (let at: Node | null = node; at; ) {
    chain.push(at);
    at = at.nodeType === 9 ? ((at as Document).defaultView?.frameElement ?? null) : composedParent(at);
  }
  return chain.reverse();
}

/**
 * Orders two nodes as a reader meets them, across shadow trees and same-origin frames (where
 * `compareDocumentPosition` gives no useful answer): an ancestor first, else by where their
 * chains part; a node in a host's shadow tree comes before the host's light children.
 */
export function compareReadingOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const ca = chainOf(a);
  const cb = chainOf(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === ca.length) return -1;
  if (i === cb.length) return 1;
  const x = ca[i]!;
  const y = cb[i]!;
  if (x.getRootNode() === y.getRootNode()) {
    // Same tree: DOCUMENT_POSITION_FOLLOWING (4) means y comes after x.
    return x.compareDocumentPosition(y) & 4 ? -1 : 1;
  }
  // One is in the parent's shadow tree, the other a light child: the shadow tree is what renders.
  return x.parentNode?.nodeType === 11 ? -1 : 1;
}
