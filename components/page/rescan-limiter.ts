// Rescan rate-limiting for change watching (change-watcher.ts): turns a stream of "the page
// changed enough" requests into rescans that wait for the page to settle, yet never wait too long,
// and never start more often than once a second. Its timers end with the content script's signal.

/** Quiet time after the last change before rescanning: lets a burst of changes settle. */
export const RESCAN_DEBOUNCE_MS = 400;
/** Rescans start at most this often, however busy the page: a page changing without end costs one read a second. */
export const RESCAN_MIN_INTERVAL_MS = 1000;
/** A change waits at most this long for the page to settle before it is read. */
export const RESCAN_MAX_WAIT_MS = 1000;

export interface RescanLimiter {
  /** A rescan, rate-limited. */
  request(): void;
  /** Is a rescan due (requested, not yet started)? */
  pending(): boolean;
}

/**
 * Rescans: after a quiet spell of RESCAN_DEBOUNCE_MS, or RESCAN_MAX_WAIT_MS after the first
 * change of a burst at the latest, never sooner than RESCAN_MIN_INTERVAL_MS after the last one.
 * A request while both timers run only counts (a story page that never stops changing asks on
 * every batch): the quiet timer, when it fires, waits again if requests came meanwhile.
 */
export function limitRescans(win: Window & typeof globalThis, signal: AbortSignal, rescan: () => void): RescanLimiter {
  const now = () => win.performance.now();
  let quietTimer: number | undefined;
  let deadlineTimer: number | undefined;
  let lastRescan = -Infinity;
  let requests = 0;
  let requestsAtQuiet = 0;
  const fire = () => {
    win.clearTimeout(quietTimer);
    win.clearTimeout(deadlineTimer);
    quietTimer = deadlineTimer = undefined;
    lastRescan = now();
    rescan();
  };
  const armQuiet = (ms: number) => {
    requestsAtQuiet = requests;
    quietTimer = win.setTimeout(onQuietTimer, ms);
  };
  function onQuietTimer(): void {
    quietTimer = undefined;
    if (requests !== requestsAtQuiet) return armQuiet(RESCAN_DEBOUNCE_MS);
    const wait = lastRescan + RESCAN_MIN_INTERVAL_MS - now();
    if (wait > 1) armQuiet(wait);
    else fire();
  }
  const request = () => {
    if (signal.aborted) return;
    requests++;
    if (deadlineTimer === undefined) deadlineTimer = win.setTimeout(fire, Math.max(RESCAN_MAX_WAIT_MS, lastRescan + RESCAN_MIN_INTERVAL_MS - now()));
    if (quietTimer === undefined) armQuiet(RESCAN_DEBOUNCE_MS);
  };
  signal.addEventListener('abort', () => {
    for (const timer of [quietTimer, deadlineTimer]) win.clearTimeout(timer);
  });
  return { request, pending: () => deadlineTimer !== undefined };
}
