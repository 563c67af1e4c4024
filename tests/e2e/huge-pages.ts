// The huge hostile pages (tests/fixtures/hostile/README.md) and the way their long tasks are told
// apart from the browser's: shared by robustness-huge-pages.e2e.test.ts and highlights-page-kinds
// (which check what is highlighted) and `npm run measure:pages` (which judges the long tasks).
import type { Page } from 'playwright-core';
import { waitFor, type FixtureServer, type OpenedPage, type Suite } from './harness';
import { pageNow, STORY_PARAGRAPHS } from './hostile-story';
import { pagePerformance, recordPagePerformance, untilHighlighted } from './page-probes';
import { storyPage } from './test-pages';

/** Prose on other subjects, padding the long page between story paragraphs. */
const FILLER = [
  'The monsoon arrived early on the southern coast, and the weather office expects a normal season across most of the country.',
  'Cotton growers in the west said they would wait for steady rain before sowing, after two dry spells ruined last year’s crop.',
  'In the final over the visiting side needed nine runs, and their tail-enders scrambled them with a ball to spare.',
  'Consumer shares rose after the central bank left its policy rate unchanged and hinted at a long pause.',
  'The city’s new tram line will open in stages, the transport department said, starting with eight stops in the old quarter.',
];

export const LONG_PATH = '/hostile/long-100000';
export const LONG = storyPage(100_000, STORY_PARAGRAPHS, FILLER, { title: 'A very long read on the Moscow talks', heading: 'A very long read' });

/** Serves the 100,000-word story page at LONG_PATH. */
export function addHugePages(server: FixtureServer): void {
  server.add(LONG_PATH, { body: LONG.html });
}

// Wrappers without boxes (display: contents, which also sends every element down the computed-style
// path) or inline spans: 5,000 nested block boxes crash Chromium's renderer with or without us.
export const DEEP_KINDS = [
  ['display: contents divs', 'div'],
  ['spans', 'span'],
] as const;
export const deepPath = (tag: string) => `/hostile/deep.html?depth=5000&tag=${tag}`;
/** Waits until deep.js has built its nesting. */
export const untilDeep = (page: Page) => waitFor(() => page.evaluate(() => document.body.dataset.depth || null), 'the deep nesting');

export interface LongTask {
  start: number;
  duration: number;
}

export interface SwitchedOn extends OpenedPage {
  /** From switching the site on to the first highlight, in ms. */
  toFirstHighlight: number;
  /** Long tasks that started after the site was switched on: the content script's. */
  ourLongTasks: LongTask[];
}

/**
 * Loads `path` with highlighting off for the site, lets the browser finish parsing and layout
 * (and `ready`), then switches it on: every long task after that is the content script's.
 * `before` run before the page loads (init scripts), ahead of the long-task recorder.
 */
export async function switchOnAndMeasure(
  suite: Pick<Suite, 'open' | 'report' | 'setSiteDisabled'>,
  path: string,
  ready?: (page: Page) => Promise<unknown>,
  ...before: Array<(page: Page) => Promise<void>>
): Promise<SwitchedOn> {
  await suite.setSiteDisabled(true);
  try {
    const opened = await suite.open(path, ...before, recordPagePerformance);
    const { page, tabId } = opened;
    await page.waitForLoadState('load');
    await ready?.(page);
    await suite.report(tabId); // the content script has started and found the site switched off
    await page.waitForTimeout(800);
    const switchedOn = await pageNow(page);
    await suite.setSiteDisabled(false);
    await untilHighlighted(page, undefined, 30_000);
    await page.waitForTimeout(1000);
    const perf = await pagePerformance(page);
    return { ...opened, toFirstHighlight: Math.round(perf.firstHighlight! - switchedOn), ourLongTasks: perf.longTasks.filter((t) => t.start >= switchedOn) };
  } finally {
    await suite.setSiteDisabled(false);
  }
}
