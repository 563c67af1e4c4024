// Cooperative time slicing for work on the page's main thread: run until the slice budget is
// spent, then give the page a turn (scheduler.yield where the browser has it, else a macrotask).

/**
 * Longest a slice may run. Chosen well under the 50 ms long-task line: one check point can
 * overrun the budget by a node's or a sentence's cost (microseconds to ~2 ms in Chromium).
 */
export const SLICE_BUDGET_MS = 12;

export interface SliceScheduler {
  shouldYield(): boolean;
  yieldToPage(): Promise<void>;
}

interface SchedulerLike {
  yield?: () => Promise<void>;
}

export function createSliceScheduler(win: Window & typeof globalThis, budgetMs = SLICE_BUDGET_MS, signal?: AbortSignal): SliceScheduler {
  let sliceStart = win.performance.now();
  const scheduler = (win as unknown as { scheduler?: SchedulerLike }).scheduler;
  return {
    shouldYield: () => win.performance.now() - sliceStart > budgetMs,
    async yieldToPage() {
      if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
      if (typeof scheduler?.yield === 'function') await scheduler.yield.call(scheduler);
      else await new Promise<void>((resolve) => win.setTimeout(resolve, 0));
      if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
      sliceStart = win.performance.now();
    },
  };
}
