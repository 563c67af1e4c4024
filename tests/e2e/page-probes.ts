// Looks at a page from its own context, as any page script could: which sentences carry our
// highlights. The content script's world is closed to tests, and that is the point.
import type { Page } from 'playwright-core';
import { HIGHLIGHT_CONFIRMED, HIGHLIGHT_DISPUTED } from '../../components/page/highlighter';
import { waitFor } from './harness';

// In-page functions, given to `page.evaluate` by both drivers (Playwright here, Puppeteer in
// firefox.e2e.test.ts): they run in the page, so they may use nothing from this module.

/** The texts (whitespace folded) of the ranges under each highlight name, in the order of `names`. */
export const highlightTextsInPage = (names: readonly string[]): string[][] => {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  return names.map((name) => [...(registry?.get(name) ?? [])].map((r) => r.toString().replace(/\s+/g, ' ').trim()));
};

/**
 * Scrolls the first highlighted range containing `needle` into view; returns the centre of its
 * first line (`x`, `y`) and a point 30 px under the whole range (`below`), or null.
 */
export const pointOnHighlightInPage = (needle: string): { x: number; y: number; below: number } | null => {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  for (const highlight of registry?.values() ?? []) {
    for (const range of highlight) {
      if (!range.toString().replace(/\s+/g, ' ').includes(needle)) continue;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      if (rect) return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2, below: range.getBoundingClientRect().bottom + 30 };
    }
  }
  return null;
};

export interface PageHighlights {
  confirmed: string[];
  disputed: string[];
}

export async function highlightsOf(page: Page): Promise<PageHighlights> {
  const [confirmed, disputed] = await page.evaluate(highlightTextsInPage, [HIGHLIGHT_CONFIRMED, HIGHLIGHT_DISPUTED]);
  return { confirmed: confirmed!, disputed: disputed! };
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

/** Installs, before any page script, a recorder of long tasks and of the first highlight. */
export async function recordPagePerformance(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __perf: { longTasks: Array<{ start: number; duration: number }>; firstHighlight: number | null } };
    w.__perf = { longTasks: [], firstHighlight: null };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__perf.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    const poll = () => {
      const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
      if (registry && registry.size > 0) w.__perf.firstHighlight = performance.now();
      else setTimeout(poll, 10);
    };
    poll();
  });
}

export function pagePerformance(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __perf: { longTasks: Array<{ start: number; duration: number }>; firstHighlight: number | null } };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { ...w.__perf, domContentLoaded: nav?.domContentLoadedEventEnd ?? 0, load: nav?.loadEventEnd ?? 0 };
  });
}

/** One highlighted range of the page, where it sits in the document (not the viewport). */
export interface HighlightBox {
  name: string;
  text: string;
  /** Distance from the top of the document, in CSS pixels. */
  top: number;
}

/** Every range of every highlight of ours, with its position; reads layout only, never scrolls. */
export function highlightBoxes(page: Page): Promise<HighlightBox[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const boxes: Array<{ name: string; text: string; top: number }> = [];
    for (const [name, highlight] of registry ?? []) {
      if (!name.startsWith('claim-crosscheck-')) continue;
      for (const range of highlight) {
        boxes.push({ name, text: range.toString().replace(/\s+/g, ' ').trim(), top: range.getBoundingClientRect().top + window.scrollY });
      }
    }
    return boxes;
  });
}

/** Texts of the ranges under the highlight `name` (e.g. the jump's flash); null when it is not registered. */
export function highlightTexts(page: Page, name: string): Promise<string[] | null> {
  return page.evaluate((n) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const highlight = registry?.get(n);
    return highlight ? [...highlight].map((r) => r.toString().replace(/\s+/g, ' ').trim()) : null;
  }, name);
}

/** One (re)draw of our highlights as the page sees it: the registered Highlight objects changed. */
export interface HighlightDraw {
  /** performance.now() of the page when the poll saw the change. */
  at: number;
  confirmed: number;
  disputed: number;
}

/**
 * Installs, before any page script, a poll (every `everyMs`) of the identity of our two
 * highlights in `CSS.highlights`. Each finished scan registers new Highlight objects, so every
 * change of identity is one draw; a draw within `everyMs` of another would be seen as one.
 */
export async function recordHighlightDraws(page: Page, everyMs = 20): Promise<void> {
  await page.addInitScript(
    ([confirmed, disputed, every]) => {
      const w = window as unknown as { __draws: Array<{ at: number; confirmed: number; disputed: number }> };
      w.__draws = [];
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      if (!registry) return;
      let last: [unknown, unknown] = [undefined, undefined];
      setInterval(() => {
        const c = registry.get(confirmed);
        const d = registry.get(disputed);
        if (c === last[0] && d === last[1]) return;
        last = [c, d];
        w.__draws.push({ at: performance.now(), confirmed: c?.size ?? 0, disputed: d?.size ?? 0 });
      }, every);
    },
    [HIGHLIGHT_CONFIRMED, HIGHLIGHT_DISPUTED, everyMs] as const,
  );
}

export function highlightDraws(page: Page): Promise<HighlightDraw[]> {
  return page.evaluate(() => (window as unknown as { __draws?: HighlightDraw[] }).__draws ?? []);
}

/** Texts of all our highlighted ranges exactly as Range.toString() gives them (no whitespace folding). */
export function rawHighlightTexts(page: Page): Promise<string[]> {
  return page.evaluate(
    ([confirmed, disputed]) => {
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      return [confirmed, disputed].flatMap((name) => [...(registry?.get(name) ?? [])].map((r) => r.toString()));
    },
    [HIGHLIGHT_CONFIRMED, HIGHLIGHT_DISPUTED] as const,
  );
}

/**
 * Our highlighted ranges that touch an editor or form field: whose start, end or common ancestor
 * container lies in an element matching `selector` (default: textarea, input, select and any
 * contenteditable), or that intersect such an element. Empty when the extension keeps out.
 */
export function highlightsTouchingEditors(
  page: Page,
  selector = 'textarea, input, select, [contenteditable]:not([contenteditable="false" i])',
): Promise<string[]> {
  return page.evaluate(
    ([confirmed, disputed, sel]) => {
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      const editors = [...document.querySelectorAll(sel)];
      const inEditor = (node: Node) => {
        const el = node instanceof Element ? node : node.parentElement;
        return !!el && (el.closest(sel) !== null || (el as HTMLElement).isContentEditable === true);
      };
      const found: string[] = [];
      for (const name of [confirmed, disputed]) {
        for (const range of registry?.get(name) ?? []) {
          const where = [
            ['start', range.startContainer],
            ['end', range.endContainer],
            ['common ancestor', range.commonAncestorContainer],
          ] as const;
          for (const [label, node] of where) if (inEditor(node)) found.push(`${label} in an editor: ${range.toString()}`);
          for (const el of editors) if (range.intersectsNode(el)) found.push(`intersects #${el.id || el.localName}: ${range.toString()}`);
        }
      }
      return found;
    },
    [HIGHLIGHT_CONFIRMED, HIGHLIGHT_DISPUTED, selector] as const,
  );
}
