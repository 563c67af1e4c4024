// Looks at a page from its own context, as any page script could: which sentences carry our
// highlights. The content script's world is closed to tests, and that is the point. Our highlight
// names are random for each page load: a probe knows ours by their shape and tells confirmed,
// disputed and flash apart by their priorities (components/page/highlighter.ts).
import type { Page } from 'playwright-core';
import { HIGHLIGHT_PRIORITY } from '../../components/page/highlighter';
import { HIGHLIGHT_NAME } from '../../components/page/highlight-style';
import { waitFor } from './harness';

/** What the in-page probes need to know ours: the names' pattern and the three priorities. */
export const OURS = { pattern: HIGHLIGHT_NAME.source, ...HIGHLIGHT_PRIORITY } as const;
export type Ours = typeof OURS;

// In-page functions, given to `page.evaluate` by both drivers (Playwright here, Puppeteer in
// firefox.e2e.test.ts): they run in the page (or a frame), so they may use nothing from this module.

/** The texts (whitespace folded) of the ranges of our confirmed, disputed and flash highlights, in that order. */
export const highlightTextsInPage = (ours: Ours): string[][] => {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<Range> & { priority: number }> }).highlights;
  const pattern = new RegExp(ours.pattern);
  const texts = (priority: number) =>
    [...(registry ?? [])]
      .filter(([name, h]) => pattern.test(name) && h.priority === priority)
      .flatMap(([, h]) => [...h].map((r) => r.toString().replace(/\s+/g, ' ').trim()));
  return [texts(ours.confirmed), texts(ours.disputed), texts(ours.flash)];
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
      if (!/^h[0-9a-z]{16,40}$/.test(name)) continue;
      for (const range of highlight) {
        boxes.push({ name, text: range.toString().replace(/\s+/g, ' ').trim(), top: range.getBoundingClientRect().top + window.scrollY });
      }
    }
    return boxes;
  });
}

/** Is the first range of our flash highlight inside the viewport? */
export function flashInView(page: Page): Promise<boolean> {
  return page.evaluate((ours) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range> & { priority: number }> }).highlights;
    const pattern = new RegExp(ours.pattern);
    const flash = [...(registry ?? [])].find(([name, h]) => pattern.test(name) && h.priority === ours.flash)?.[1];
    const rect = flash && [...flash][0]?.getBoundingClientRect();
    return !!rect && rect.top >= 0 && rect.bottom <= window.innerHeight;
  }, OURS);
}

/** One (re)draw of our highlights as the page sees it: the ranges under them changed. */
export interface HighlightDraw {
  /** performance.now() of the page when the poll saw the change. */
  at: number;
  confirmed: number;
  disputed: number;
}

/**
 * Installs, before any page script, a poll (every `everyMs`) of the ranges under our confirmed and
 * disputed highlights. A redraw adds or removes ranges; one that changes nothing is no draw (a
 * rescan that finds what the last one found leaves the highlights alone). Draws within `everyMs`
 * of each other are seen as one.
 */
export async function recordHighlightDraws(page: Page, everyMs = 20): Promise<void> {
  await page.addInitScript(
    ([ours, every]) => {
      const w = window as unknown as { __draws: Array<{ at: number; confirmed: number; disputed: number }> };
      w.__draws = [];
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range> & { priority: number }> }).highlights;
      if (!registry) return;
      const pattern = new RegExp(ours.pattern);
      let last: Range[] = [];
      setInterval(() => {
        const mine = [...registry].filter(([name]) => pattern.test(name)).map(([, h]) => h);
        const ranges = mine.flatMap((h) => [...h]);
        if (ranges.length === last.length && ranges.every((r, i) => r === last[i])) return;
        last = ranges;
        const count = (priority: number) => mine.filter((h) => h.priority === priority).reduce((n, h) => n + h.size, 0);
        w.__draws.push({ at: performance.now(), confirmed: count(ours.confirmed), disputed: count(ours.disputed) });
      }, every);
    },
    [OURS, everyMs] as const,
  );
}

export function highlightDraws(page: Page): Promise<HighlightDraw[]> {
  return page.evaluate(() => (window as unknown as { __draws?: HighlightDraw[] }).__draws ?? []);
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
    ([ours, sel]) => {
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      const pattern = new RegExp(ours.pattern);
      const editors = [...document.querySelectorAll(sel)];
      const inEditor = (node: Node) => {
        const el = node instanceof Element ? node : node.parentElement;
        return !!el && (el.closest(sel) !== null || (el as HTMLElement).isContentEditable === true);
      };
      const found: string[] = [];
      for (const [name, highlight] of registry ?? []) {
        if (!pattern.test(name)) continue;
        for (const range of highlight) {
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
    [OURS, selector] as const,
  );
}
