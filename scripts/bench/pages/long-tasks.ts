// Long tasks (50 ms or more on the main thread, as the page's PerformanceObserver sees them) that
// the content script causes, in the scenarios the e2e tests run for what they highlight (which
// print these tasks but no longer judge them): a small page from the start, the 20,000- and
// 100,000-word story pages and the 5,000-deep pages switched on after load, 500 forged WXT
// location-change events, and a ten-second DOM storm. Target: none in each.
// Which tasks are ours: on the small page, every one (it parses in a few milliseconds); on the
// pages switched on after load, those after switching on (the browser is done with the page by
// then); under the forged events and the storm, those after they start (the page's own work there
// is a few milliseconds at a time), as the tests count them.
import type { Page } from 'playwright-core';
import type { Suite } from '../../../tests/e2e/harness';
import { forgeLocationChange, pageNow, S } from '../../../tests/e2e/hostile-story';
import { DEEP_KINDS, deepPath, LONG_PATH, switchOnAndMeasure, untilDeep, type LongTask } from '../../../tests/e2e/huge-pages';
import { pagePerformance, recordPagePerformance, untilHighlighted } from '../../../tests/e2e/page-probes';
import { LONG_20000_PATH } from '../../../tests/e2e/test-pages';

export interface LongTaskCase {
  name: string;
  /** The long tasks counted as the content script's; null when the case could not run. */
  ours: LongTask[] | null;
  /** Something the case adds to tell its run apart (time to highlight, storm rate). */
  detail: string;
}

type Hook = (page: Page) => Promise<void>;

/** The tasks that started at or after `from` (page time), read once the page is quiet. */
const since = async (page: Page, from: number) => (await pagePerformance(page)).longTasks.filter((t) => t.start >= from);

async function smallPage(suite: Suite, prepare: Hook): Promise<LongTaskCase> {
  const { page, tabId } = await suite.open('/pages/unrelated.html', prepare, recordPagePerformance);
  await suite.report(tabId);
  await page.waitForTimeout(500);
  const ours = await since(page, 0);
  await page.close();
  return { name: 'small page, from the start', ours, detail: '' };
}

async function switchedOn(suite: Suite, prepare: Hook, name: string, path: string, ready?: (page: Page) => Promise<unknown>): Promise<LongTaskCase> {
  const { page, toFirstHighlight, ourLongTasks } = await switchOnAndMeasure(suite, path, ready, prepare);
  await page.close();
  return { name, ours: ourLongTasks, detail: `highlighted ${toFirstHighlight} ms after switching on` };
}

async function forgedLocationChanges(suite: Suite, prepare: Hook): Promise<LongTaskCase> {
  const { page } = await suite.open('/hostile/forgery.html', prepare, recordPagePerformance);
  await untilHighlighted(page);
  await page.waitForTimeout(1500);
  const start = await pageNow(page);
  await forgeLocationChange(page, suite.ext.extensionId, 500);
  await page.waitForTimeout(2000);
  const ours = await since(page, start);
  await page.close();
  return { name: '500 forged location-change events', ours, detail: '' };
}

const STORM_MS = 10_000;

async function storm(suite: Suite, prepare: Hook): Promise<LongTaskCase> {
  const { page } = await suite.open('/hostile/storm.html', prepare, recordPagePerformance);
  await untilHighlighted(page);
  await page.waitForTimeout(1500);
  await page.evaluate((ms) => (window as unknown as { startStorm(ms: number, every: number): void }).startStorm(ms, 3), STORM_MS);
  const state = () => page.evaluate(() => (window as unknown as { __storm: { started: number; ended: number | null; mutations: number } }).__storm);
  while ((await state()).ended === null) await page.waitForTimeout(250);
  // It settles: the final state is drawn (the e2e test checks that it is), then the page is quiet.
  const settled = await untilHighlighted(page, S.sixManagers, 15_000).then(
    () => '',
    () => '; its final state not highlighted within 15 s',
  );
  await page.waitForTimeout(2500);
  const { started, ended, mutations } = await state();
  const ours = await since(page, started);
  await page.close();
  const seconds = (ended! - started) / 1000;
  return { name: `DOM storm, ${seconds.toFixed(0)} s`, ours, detail: `${Math.round(mutations / seconds)} DOM changes/s${settled}` };
}

/**
 * Every case in turn, in the suite's browser (which serves addTestPages' and addHugePages' pages).
 * A case that cannot run to its end is told with its error (and no count) instead of stopping the rest.
 */
export async function measureLongTasks(suite: Suite, prepare: Hook): Promise<LongTaskCase[]> {
  const cases: Array<[string, () => Promise<LongTaskCase>]> = [
    ['small page', () => smallPage(suite, prepare)],
    ['20,000 words', () => switchedOn(suite, prepare, '20,000-word story, switched on', LONG_20000_PATH)],
    ['100,000 words', () => switchedOn(suite, prepare, '100,000-word story, switched on', LONG_PATH)],
    ...DEEP_KINDS.map(([kind, tag]): [string, () => Promise<LongTaskCase>] => [kind, () => switchedOn(suite, prepare, `5,000 deep (${kind}), switched on`, deepPath(tag), untilDeep)]),
    ['forged events', () => forgedLocationChanges(suite, prepare)],
    ['storm', () => storm(suite, prepare)],
  ];
  const out: LongTaskCase[] = [];
  for (const [name, run] of cases) {
    out.push(await run().catch((e: unknown): LongTaskCase => ({ name, ours: null, detail: `not measured: ${e instanceof Error ? e.message : String(e)}` })));
  }
  return out;
}
