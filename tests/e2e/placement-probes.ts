// Probes of where our highlights sit: their places in the document, whether the flash is in view,
// and whether any touches an editor or form field. Layout reads only, never a scroll.
// Re-exported by page-probes.ts.
import type { Page } from 'playwright-core';
import { OURS } from './in-page-probes';

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
