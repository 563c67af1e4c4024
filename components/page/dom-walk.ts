// Iterative depth-first walk of a DOM subtree in the order the page renders it (the flat tree:
// open shadow roots in place of their host's children, slotted nodes in their slots), reporting
// entering and leaving each element, so callers see block boundaries without recursion (pages can
// be thousands of elements deep).

/** DOM constants, spelled out so this module needs no `window` globals (`Node`, `NodeFilter`). */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
const DOCUMENT_FRAGMENT_NODE = 11;

export interface WalkStep {
  /** An element (entered or left) or a text node (entered only). */
  node: Node;
  entering: boolean;
}

/** One open level of the walk: the node whose children are being visited, and how to go on. */
interface Level {
  node: Node;
  /** Slotted nodes (a snapshot); null when the children are walked by `nextSibling`. */
  list: readonly Node[] | null;
  index: number;
}

/**
 * The node's children as rendered: an open shadow root's children for its host, the assigned
 * nodes for a slot that has any (else its fallback content), the DOM children otherwise.
 * Closed shadow roots are the page's private business: their host's light children are read.
 */
function openLevel(node: Node): { level: Level; first: Node | null } {
  if (node.nodeType === ELEMENT_NODE) {
    const el = node as Element;
    const shadow = el.shadowRoot;
    if (shadow) return { level: { node, list: null, index: 0 }, first: shadow.firstChild };
    if (el.localName === 'slot' && typeof (el as HTMLSlotElement).assignedNodes === 'function') {
      const assigned = (el as HTMLSlotElement).assignedNodes();
      if (assigned.length > 0) return { level: { node, list: assigned, index: 0 }, first: assigned[0] ?? null };
    }
  }
  return { level: { node, list: null, index: 0 }, first: node.firstChild };
}

function nextIn(level: Level, node: Node): Node | null {
  if (level.list) return level.list[++level.index] ?? null;
  return node.nextSibling;
}

/**
 * Yields every element and text node under `root` (root excluded) in rendering order: an element
 * once on entering and once on leaving, a text node once. Elements for which `acceptElement`
 * returns false are rejected with their whole subtree, which is never descended.
 *
 * The DOM may change between steps: the walk never climbs above `root` and never throws; a node
 * removed meanwhile simply ends its level early.
 */
export function* walkTree(root: Node, acceptElement: (el: Element) => boolean): Generator<WalkStep, void, undefined> {
  const opened = openLevel(root);
  const levels: Level[] = [opened.level];
  let node: Node | null = opened.first;
  for (;;) {
    while (node) {
      const type = node.nodeType;
      if (type === TEXT_NODE) {
        yield { node, entering: true };
      } else if (type === ELEMENT_NODE && acceptElement(node as Element)) {
        yield { node, entering: true };
        const child = openLevel(node);
        levels.push(child.level);
        node = child.first;
        continue;
      }
      node = nextIn(levels[levels.length - 1]!, node);
    }
    const done = levels.pop()!;
    if (levels.length === 0) return;
    yield { node: done.node, entering: false };
    node = nextIn(levels[levels.length - 1]!, done.node);
  }
}

/** The node's parent in the flat tree's sense of "inside": its parent, or a shadow root's host. */
export function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent && parent.nodeType === DOCUMENT_FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  return parent;
}

/** Is `node` `ancestor` or inside it, counting shadow trees as inside their host? */
export function containsComposed(ancestor: Node, node: Node): boolean {
  for (let at: Node | null = node; at; at = composedParent(at)) if (at === ancestor) return true;
  return false;
}
