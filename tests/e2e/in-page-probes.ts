// The in-page side of the probes (page-probes.ts, firefox.e2e.test.ts): how a page script knows our
// highlights, by their names' shape and their priorities (components/page/highlighter.ts), and the
// functions both drivers (Playwright, Puppeteer) hand to `page.evaluate`.
import { HIGHLIGHT_PRIORITY } from '../../components/page/highlighter';
import { HIGHLIGHT_NAME } from '../../components/page/highlight-style';

/** What the in-page probes need to know ours: the names' pattern and the three priorities. */
export const OURS = { pattern: HIGHLIGHT_NAME.source, ...HIGHLIGHT_PRIORITY } as const;
export type Ours = typeof OURS;

// In-page functions, given to `page.evaluate` by both drivers (Playwright in page-probes.ts,
// Puppeteer in firefox.e2e.test.ts): they run in the page (or a frame), so they may use nothing
// from this module (OURS is passed as an argument).

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
