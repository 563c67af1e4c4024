// Reads the text of the article as a reader sees it, with a map back to DOM text nodes: skips
// what is not rendered or not prose, collapses whitespace, puts one "\n" between blocks.
import { runSteps } from '../matching/run-steps';
import { containsComposed, ELEMENT_NODE, TEXT_NODE, walkTree } from './dom-walk';
import { BLOCK_TAGS, isNeverProse, startsPassage } from './element-kinds';
import { PageTextBuilder, type PageText } from './page-text';
import { renderingOf } from './rendering';

export type { PageText, TextChunk } from './page-text';

export interface ExtractOptions {
  /** Elements to skip with their subtree, such as the extension's own UI host. */
  ignore?: (el: Element) => boolean;
  /** Stop reading after this many characters of text. */
  maxChars?: number;
  /** Told of each element skipped because its style hides it (`display: none`), subtree unread. */
  onNotRendered?: (el: Element) => void;
}

export interface SliceOptions {
  /** Asked every `YIELD_CHECK_INTERVAL` nodes: has this slice run long enough? */
  shouldYield: () => boolean;
  /** Resolves once the page has had its turn (a task, a frame, an idle callback). */
  yieldToPage: () => Promise<void>;
}

/**
 * About 300,000 words, several times the longest article or long read; past it the page is a
 * log, a book or a generated wall of text, and reading on would only cost memory.
 */
export const DEFAULT_MAX_CHARS = 2_000_000;

/**
 * Nodes read between two `shouldYield()` checks. In Chromium a node costs a few microseconds (one
 * style query per element), so 200 nodes stay well under a millisecond past the deadline, while
 * the check itself (usually one `performance.now()`) is negligible at that rate.
 */
export const YIELD_CHECK_INTERVAL = 200;

/** Reads `root`'s text in one go. */
export function extractPageText(root: Element, options: ExtractOptions = {}): PageText {
  return runSteps(readPageText(root, options), false);
}

/**
 * Reads `root`'s text in slices, handing the page its turn whenever `shouldYield()` says so, so a
 * long page never blocks it. Gives the same result as `extractPageText` on a DOM that does not
 * change; if the DOM changes meanwhile the result may be partial (the caller rescans on mutation).
 */
export async function extractPageTextSliced(root: Element, options: ExtractOptions & SliceOptions): Promise<PageText> {
  const reading = readPageText(root, options);
  let pageRan = false;
  for (;;) {
    const step = reading.next(pageRan);
    if (step.done) return step.value;
    pageRan = options.shouldYield();
    if (pageRan) await options.yieldToPage();
  }
}

/**
 * The walk shared by both readers: pauses (yields) every `YIELD_CHECK_INTERVAL` nodes; the value
 * sent back on resuming says whether the page ran meanwhile, and so whether the DOM may have moved.
 */
function* readPageText(root: Element, options: ExtractOptions): Generator<void, PageText, boolean> {
  const text = new PageTextBuilder(options.maxChars ?? DEFAULT_MAX_CHARS);
  if (isEditable(root)) return text.finish();
  // Elements with visibility:hidden: their own text nodes are not seen (children are judged alone).
  const invisible = new Set<Node>();
  const accept = (el: Element): boolean => {
    if (!isReadable(el, options.ignore)) return false;
    const rendering = renderingOf(el);
    if (rendering === 'invisible') invisible.add(el);
    if (rendering !== 'not-rendered') return true;
    options.onNotRendered?.(el);
    return false;
  };

  let sinceCheck = 0;
  for (const { node, entering } of walkTree(root, accept)) {
    if (node.nodeType === TEXT_NODE) {
      if (!node.parentNode || !invisible.has(node.parentNode)) text.addText(node as Text);
    } else if (node.nodeType === ELEMENT_NODE) {
      const name = (node as Element).localName;
      if (entering && startsPassage(node as Element)) text.passageBreak();
      else if (BLOCK_TAGS.has(name)) text.lineBreak();
      else if (name === 'br' && entering) text.br();
    }
    if (text.full) break;
    if (++sinceCheck === YIELD_CHECK_INTERVAL) {
      sinceCheck = 0;
      const pageRan = yield;
      // A node moved out of the article: the walker could wander out of `root`; stop here.
      if (pageRan && !containsComposed(root, node)) break;
    }
  }
  return text.finish();
}

/** Checks that need no style: tag, hiding attributes, editing, the caller's own UI. */
function isReadable(el: Element, ignore: ExtractOptions['ignore']): boolean {
  if (isNeverProse(el)) return false;
  if (el.hasAttributes()) {
    if (el.hasAttribute('inert')) return false;
    // Any value but "false" makes an editor (true, "", plaintext-only); what users type is not
    // the article. Descendants inherit it, but they are never reached once this is rejected.
    const editable = el.getAttribute('contenteditable');
    if (editable !== null && editable.toLowerCase() !== 'false') return false;
  }
  return !ignore?.(el);
}

/** Whether `root` itself sits in an editor, inherited from an ancestor or `designMode`. */
function isEditable(root: Element): boolean {
  const isContentEditable = (root as Partial<HTMLElement>).isContentEditable;
  if (typeof isContentEditable === 'boolean') return isContentEditable;
  // DOMs without isContentEditable (jsdom): the nearest ancestor that says decides.
  if (root.ownerDocument.designMode === 'on') return true;
  const nearest = root.closest('[contenteditable]');
  return nearest !== null && nearest.getAttribute('contenteditable')?.toLowerCase() !== 'false';
}
