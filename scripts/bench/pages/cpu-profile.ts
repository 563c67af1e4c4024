// Main-thread time from a CPU profile (the DevTools protocol's sampling profiler, in the page's
// renderer): each sample is charged to the extension when any frame of its stack is the
// extension's script (chrome-extension://…, our content script and story tools, including the
// native work they call), else to the page when any frame is one of the page's own scripts, else to
// the browser itself (style, layout, paint, garbage collection) or idle.
import type { CDPSession } from 'playwright-core';

export interface MainThreadTime {
  /** Milliseconds in the extension's scripts. */
  ours: number;
  /** Milliseconds in the page's own scripts. */
  page: number;
  /** Milliseconds the browser worked outside any script (rendering, garbage collection). */
  browser: number;
  idle: number;
  samples: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Sampling interval, µs: fine enough for callbacks of a few microseconds to add up honestly over a minute. */
export const SAMPLING_INTERVAL_US = 100;

export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
}

export async function stopProfile(cdp: CDPSession, pageOrigin: string): Promise<MainThreadTime> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.send('Profiler.disable');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const owner = new Map<number, 'ours' | 'page' | 'browser' | 'idle'>();
  const ownerOf = (id: number): 'ours' | 'page' | 'browser' | 'idle' => {
    const known = owner.get(id);
    if (known) return known;
    const name = byId.get(id)?.callFrame.functionName;
    let found: 'ours' | 'page' | 'browser' | 'idle' = name === '(idle)' ? 'idle' : 'browser';
    for (let at: number | undefined = id; at !== undefined && found !== 'idle'; at = parent.get(at)) {
      const url = byId.get(at)?.callFrame.url ?? '';
      if (url.startsWith('chrome-extension://')) {
        found = 'ours';
        break;
      }
      if (url.startsWith(pageOrigin)) found = 'page';
    }
    owner.set(id, found);
    return found;
  };
  const time: MainThreadTime = { ours: 0, page: 0, browser: 0, idle: 0, samples: profile.samples.length };
  profile.samples.forEach((id, i) => {
    time[ownerOf(id)] += (profile.timeDeltas[i + 1] ?? 0) / 1000;
  });
  return time;
}
