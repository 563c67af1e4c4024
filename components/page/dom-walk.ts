// Iterative depth-first walk of a DOM subtree that reports entering and leaving each element, so
// callers can see block boundaries without recursion (pages can be thousands of elements deep).

/** DOM constants, spelled out so this module needs no `window` globals (`Node`, `NodeFilter`). */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

export interface WalkStep {
  /** An element (entered or left) or a text node (entered only). */
  node: Node;
  entering: boolean;
}

/**
 * Yields every element and text node under `root` (root excluded) in document order: an element
 * once on entering and once on leaving, a text node once. Elements for which `acceptElement`
 * returns false are rejected with their whole subtree, which is never descended.
 *
 * The DOM may change between steps: the walk ends quietly, never throws, when it climbs out of
 * a removed subtree or reaches an element it never entered (a node moved elsewhere).
 */
export function* walkTree(root: Node, acceptElement: (el: Element) => boolean): Generator<WalkStep, void, undefined> {
  const doc = root.ownerDocument ?? (root as Document);
  // The TreeWalker filters ancestors again while climbing (nextSibling, parentNode), root
  // included: answer those from the elements entered and not yet left, so `acceptElement` runs
  // once per element.
  const open = new Set<Node>([root]);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, (node: Node) =>
    node.nodeType !== ELEMENT_NODE || open.has(node) || acceptElement(node as Element) ? FILTER_ACCEPT : FILTER_REJECT,
  );
  let node: Node | null = walker.firstChild();
  while (node) {
    if (node.nodeType === ELEMENT_NODE) open.add(node);
    yield { node, entering: true };
    let next: Node | null = node.nodeType === ELEMENT_NODE ? walker.firstChild() : null;
    while (!next) {
      const current = walker.currentNode;
      if (current.nodeType === ELEMENT_NODE) {
        if (current === root || !open.has(current)) return;
        yield { node: current, entering: false };
        open.delete(current);
      }
      next = walker.nextSibling();
      // parentNode() returns null at the top of a detached subtree (and root, once reached, ends
      // the walk above).
      if (!next && !walker.parentNode()) return;
    }
    node = next;
  }
}
