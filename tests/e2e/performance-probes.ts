// Probes of timing, installed before any page script: the page's long tasks and first highlight,
// and each (re)draw of our highlights as the page sees it. Re-exported by page-probes.ts.
import type { Page } from 'playwright-core';
import { OURS } from './in-page-probes';

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
