// Timing and memory sampling for the benchmark: each work is measured in its own block, after a
// full gc when gc is exposed (so one work's garbage is not collected on another's time): warm-up
// runs, then the median of N runs, N chosen from the last warm-up run so that small, fast work gets
// many runs and a slow page at least MIN_RUNS. No gc between the runs of a block: a page's work is
// not preceded by one either, and a forced gc empties caches that a real page would keep warm.
export const MIN_RUNS = 3;
export const MAX_RUNS = 31;
/** Wall time to aim for per measurement after the warm-up; N = this / last warm-up run, clamped. */
export const RUN_BUDGET_MS = 1500;
/**
 * Warm-up runs go on for this long (at least one run, at most MAX_WARM_UP_RUNS): reading a 20,000-word
 * page in jsdom takes about ten runs to settle from ~350 ms to ~15 ms as the JIT compiles it, and a
 * 2,000-word page's work, a millisecond a run, a few hundred runs (with at most ten, both the
 * reading and the matching were timed while still settling, and their medians jumped from run to
 * run of the benchmark).
 */
export const WARM_UP_MS = 1000;
export const MAX_WARM_UP_RUNS = 500;

export interface Timing {
  medianMs: number;
  runs: number;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

function timeOnce(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** Calls `afterRun` after every run, warm-up included (to sample memory). */
export function timeMedian(work: () => unknown, afterRun: () => void): Timing {
  collectGarbage();
  let lastMs = 0;
  for (let warmUp = 0, spent = 0; warmUp < MAX_WARM_UP_RUNS && (warmUp === 0 || spent < WARM_UP_MS); warmUp++) {
    lastMs = timeOnce(work);
    spent += lastMs;
    afterRun();
  }
  const runs = Math.min(MAX_RUNS, Math.max(MIN_RUNS, Math.ceil(RUN_BUDGET_MS / Math.max(lastMs, 0.01))));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(timeOnce(work));
    afterRun();
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(runs / 2);
  return { medianMs: runs % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2, runs };
}

/** The highest heap use seen at the samples, above the heap use (after a gc) when the tracker was made. */
export function trackHeap(): { sample(): void; peakDeltaBytes(): number } {
  collectGarbage();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  return {
    sample() {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    },
    peakDeltaBytes: () => peak - base,
  };
}
