// Finds the element that holds a page's article: semantic markup first (articleBody, <article>,
// <main>), else the block whose paragraphs carry the most prose, else the whole body.
import { ELEMENT_NODE, TEXT_NODE, walkTree } from './dom-walk';
import { BLOCK_TAGS, FURNITURE_ROLES, FURNITURE_TAGS, isNeverProse, PARAGRAPH_TAGS } from './element-kinds';

/**
 * Least prose (characters of its text nodes, each trimmed) for an element to count as the
 * article: a headline and standfirst, as in a teaser card or an empty app shell, stay under it;
 * a real story, even a two-sentence wire brief, goes over it.
 */
export const MIN_ARTICLE_CHARS = 200;

/**
 * Class or id words of blocks that hold many paragraphs without being the story: comment
 * threads, sidebars, share and promo boxes, menus. Matched at the start of a word.
 */
const UNLIKELY_BLOCK = /(?:^|[^a-z])(?:comment|discuss|sidebar|related|shar(?:e|ing)|social|promo|advert|sponsor|newsletter|subscri|cookie|menu|nav)/i;
/** Score factor for such blocks: a comment thread must carry four times the story's prose to win. */
const UNLIKELY_BLOCK_FACTOR = 0.25;
/** Wrappers a paragraph may sit alone in for its column to be credited (see wrappedColumn). */
const MAX_WRAPPERS = 4;
/** Share of a paragraph's text also credited to its grandparent, for paragraphs wrapped one by one. */
const GRANDPARENT_SHARE = 0.5;

/** Furniture, and what is hidden from every reader (hidden, aria-hidden): never the article, nor inside it. */
export const FURNITURE_SELECTOR = [
  ...FURNITURE_TAGS,
  ...[...FURNITURE_ROLES].map((role) => `[role~="${role}" i]`),
  '[hidden]',
  '[aria-hidden="true" i]',
].join(', ');

/** The element holding the article; `doc.body` (or the root element) when nothing qualifies. */
export function findArticleRoot(doc: Document): Element {
  // Frameset pages have a <frameset> as body and no text: they end up here as the fallback.
  const scope = doc.body ?? doc.documentElement;
  // A document with no element at all: an empty, detached element reads as an empty page.
  if (!scope) return doc.createElement('body');
  return (
    richestOf(doc.querySelectorAll('[itemprop~="articleBody" i]')) ??
    richestOf(doc.querySelectorAll('article')) ??
    richestOf(doc.querySelectorAll('main, [role="main" i]')) ??
    densestBlock(scope) ??
    scope
  );
}

/** The candidate with the most prose, if it has enough; furniture and hidden ones never count. */
function richestOf(candidates: NodeListOf<Element>): Element | null {
  let best: Element | null = null;
  let bestLength = MIN_ARTICLE_CHARS - 1;
  for (const candidate of candidates) {
    // <meta itemprop="articleBody" content="…"> carries the text in an attribute, not the page.
    if (candidate.localName === 'meta' || candidate.closest(FURNITURE_SELECTOR)) continue;
    const length = proseLength(candidate);
    if (length > bestLength) {
      best = candidate;
      bestLength = length;
    }
  }
  return best;
}

/** Elements whose text can be prose of the page; a cheap test without style reads. */
function mayHoldProse(el: Element): boolean {
  if (isNeverProse(el)) return false;
  if (!el.hasAttributes()) return true;
  // The first token of `role` is the one browsers use; the rest are fallbacks.
  const role = el.getAttribute('role')?.trim().split(/\s+/, 1)[0]?.toLowerCase();
  return role === undefined || !FURNITURE_ROLES.has(role);
}

/** Characters of prose under `el`, each text node trimmed; elements in `skip` are left out with their subtree. */
export function proseLength(el: Element, skip?: ReadonlySet<Element>): number {
  let length = 0;
  const accept = skip && skip.size > 0 ? (e: Element) => !skip.has(e) && mayHoldProse(e) : mayHoldProse;
  for (const { node } of walkTree(el, accept)) {
    if (node.nodeType === TEXT_NODE) length += trimmedLength((node as Text).data);
  }
  return length;
}

function trimmedLength(data: string): number {
  return data.length === 0 ? 0 : data.trim().length;
}

/** An open element during the scoring walk. */
interface Frame {
  el: Element;
  /** Paragraph: its own text. Other elements: text credited by paragraphs and loose text. */
  text: number;
  links: number;
  inLink: boolean;
  paragraph: boolean;
  /** The nearest block element at or above this one, which loose text is credited to. */
  block: Frame | null;
}

/**
 * The element whose paragraph children carry the most prose, links discounted: each outermost
 * paragraph credits its text to its parent and half to its grandparent; text outside paragraphs
 * (articles written with <br>s) credits its nearest block. One pass, no recursion.
 */
export function densestBlock(scope: Element): Element | null {
  const root: Frame = { el: scope, text: 0, links: 0, inLink: false, paragraph: false, block: null };
  root.block = root;
  const stack: Frame[] = [root];
  let paragraph: Frame | null = null;
  let best: Element | null = null;
  let bestScore = MIN_ARTICLE_CHARS - 1;

  for (const { node, entering } of walkTree(scope, mayHoldProse)) {
    const top = stack[stack.length - 1] ?? root;
    if (node.nodeType === TEXT_NODE) {
      const length = trimmedLength((node as Text).data);
      const owner = paragraph ?? top.block ?? root;
      owner.text += length;
      if (top.inLink) owner.links += length;
    } else if (node.nodeType === ELEMENT_NODE && entering) {
      const el = node as Element;
      const frame: Frame = {
        el,
        text: 0,
        links: 0,
        inLink: top.inLink || el.localName === 'a',
        paragraph: paragraph === null && (PARAGRAPH_TAGS.has(el.localName) || isDivParagraph(el)),
        block: top.block,
      };
      if (BLOCK_TAGS.has(el.localName)) frame.block = frame;
      if (frame.paragraph) paragraph = frame;
      stack.push(frame);
    } else if (node.nodeType === ELEMENT_NODE) {
      const frame = stack.pop();
      if (frame?.paragraph) paragraph = null;
      if (!frame || frame.text === 0) continue;
      if (frame.paragraph) {
        const parent = stack[stack.length - 1];
        const grandparent = stack[wrappedColumn(stack) ?? stack.length - 2];
        if (parent) credit(parent, frame, 1);
        if (grandparent) credit(grandparent, frame, GRANDPARENT_SHARE);
      } else {
        const score = blockScore(frame);
        if (score > bestScore) {
          best = frame.el;
          bestScore = score;
        }
      }
    }
  }
  return best;
}

/**
 * Where the paragraph on top of `stack` credits the grandparent's share, when it sits alone in
 * wrappers repeated for every paragraph ("div.para-blk > div.para-inner > p", as some sites write
 * each one): the column holding those wrappers, so the longest paragraph's wrapper does not win.
 * Only wrappers with a class of their own, not one of a comment thread's or a teaser box's; and
 * with half the share, as a grandparent gets it, so a thread of short replies wrapped alike does
 * not outweigh a story of plain paragraphs.
 */
function wrappedColumn(stack: Frame[]): number | undefined {
  let up = stack.length - 1;
  // (A few wrappers at most: a page nested thousands deep is not climbed for every paragraph.)
  while (up > 0 && stack.length - 1 - up < MAX_WRAPPERS && stack[up]!.el.childElementCount === 1) up--;
  const wrapper = stack[up + 1]?.el;
  if (up >= stack.length - 2 || !wrapper) return undefined;
  const shape = wrapper.getAttribute('class');
  if (!shape || isUnlikelyBlock(wrapper)) return undefined;
  const sameShape = (el: Element | null) => el !== null && el.localName === wrapper.localName && el.getAttribute('class') === shape;
  return sameShape(wrapper.previousElementSibling) || sameShape(wrapper.nextElementSibling) ? up : undefined;
}

/**
 * A <div> with no block inside it is a paragraph written as a div ("div soup"), as Readability
 * reads it: its text credits its parent, so the column of such divs wins, not its longest one.
 */
function isDivParagraph(el: Element): boolean {
  if (el.localName !== 'div') return false;
  // A div of text broken by <br>s is a whole article written without paragraphs, not one paragraph.
  for (const child of el.children) if (BLOCK_TAGS.has(child.localName) || child.localName === 'br') return false;
  return true;
}

function credit(to: Frame, from: Frame, share: number): void {
  to.text += from.text * share;
  to.links += from.links * share;
}

/** Prose minus link text (text * (1 - link ratio)), discounted for comment and sidebar blocks. */
function blockScore(frame: Frame): number {
  const factor = isUnlikelyBlock(frame.el) ? UNLIKELY_BLOCK_FACTOR : 1;
  return (frame.text - frame.links) * factor;
}

/** Does the element's id or class name it as a comment thread, sidebar, share or promo box, menu? */
export function isUnlikelyBlock(el: Element): boolean {
  return UNLIKELY_BLOCK.test(`${el.id} ${el.getAttribute('class') ?? ''}`);
}
