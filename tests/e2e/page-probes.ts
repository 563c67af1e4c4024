// Looks at a page from its own context, as any page script could: which sentences carry our
// highlights. The content script's world is closed to tests, and that is the point. Our highlight
// names are random for each page load: a probe knows ours by their shape and tells confirmed,
// disputed and flash apart by their priorities (components/page/highlighter.ts).
// This module has the probes of highlighted texts and the card, and re-exports the rest: the
// in-page functions (in-page-probes.ts), timing (performance-probes.ts) and placement
// (placement-probes.ts), so that tests and scripts import every probe from here.
import type { Page } from 'playwright-core';
import { waitFor } from './harness';
import { highlightTextsInPage, OURS, pointOnHighlightInPage } from './in-page-probes';

export { highlightTextsInPage, OURS, pointOnHighlightInPage, type Ours } from './in-page-probes';
export { highlightDraws, pagePerformance, recordHighlightDraws, recordPagePerformance, type HighlightDraw } from './performance-probes';
export { flashInView, highlightBoxes, highlightsTouchingEditors, type HighlightBox } from './placement-probes';

export interface PageHighlights {
  confirmed: string[];
  disputed: string[];
}

/** Our highlights in the page (or in one of its frames: a Playwright Frame evaluates the same). */
export async function highlightsOf(page: Pick<Page, 'evaluate'>): Promise<PageHighlights> {
  const [confirmed, disputed] = await page.evaluate(highlightTextsInPage, OURS);
  return { confirmed: confirmed!, disputed: disputed! };
}

/** Texts of our flash highlight (the jump's); null when it is not registered. */
export async function flashTexts(page: Page): Promise<string[] | null> {
  const [, , flash] = await page.evaluate(highlightTextsInPage, OURS);
  return flash!.length ? flash! : null;
}

export const allHighlighted = (h: PageHighlights) => [...h.confirmed, ...h.disputed];

/** Waits until `sentence` is highlighted (without one, until anything is); returns every highlighted text. */
export const untilHighlighted = (page: Page, sentence?: string, timeoutMs?: number) =>
  waitFor(
    async () => {
      const texts = allHighlighted(await highlightsOf(page));
      return (sentence ? texts.includes(sentence) : texts.length > 0) ? texts : null;
    },
    sentence ? `"${sentence.slice(0, 40)}…" to be highlighted` : 'highlights',
    timeoutMs,
  );

/** Centre of the first line of the first highlighted range containing `text`, scrolled into view. */
export const pointOnHighlight = (page: Page, text: string) => page.evaluate(pointOnHighlightInPage, text);

/**
 * Text of our hover card. It sits in a closed shadow root that neither the page nor Playwright's
 * selectors can enter; the DevTools protocol, which the browser itself uses, can.
 */
export async function cardText(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (n) => n.nodeName === 'CLAIM-CROSSCHECK-CARD');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    const card = findNode(shadow, (n) => n.nodeName === 'DIV' && (n.attributes ?? []).includes('dialog'));
    if (!card || (card.attributes ?? []).includes('hidden')) return null;
    const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { nodeId: card.nodeId })) as { outerHTML: string };
    return outerHTML.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
  } finally {
    await cdp.detach();
  }
}

interface CdpNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findNode(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | null {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return null;
}

/** Texts of all our highlighted ranges exactly as Range.toString() gives them (no whitespace folding). */
export function rawHighlightTexts(page: Page): Promise<string[]> {
  return page.evaluate((ours) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range> & { priority: number }> }).highlights;
    const pattern = new RegExp(ours.pattern);
    return [...(registry ?? [])]
      .filter(([name, h]) => pattern.test(name) && h.priority !== ours.flash)
      .flatMap(([, h]) => [...h].map((r) => r.toString()));
  }, OURS);
}
