// A busy page that is not the story (tests/fixtures/structures/busy-ticker: ticker, live score,
// clock, rotating advert, carousel), for a minute once the content script has judged it: the
// main-thread time of the content script beside the page's own scripts', from a CPU profile.
import type { Suite } from '../../../tests/e2e/harness';
import { startProfile, stopProfile, type MainThreadTime } from './cpu-profile';

export const BUSY_SECONDS = 60;

export interface BusyPageCost extends MainThreadTime {
  seconds: number;
  mutations: number;
}

export async function measureBusyPage(suite: Suite, prepare: Parameters<Suite['open']>[1]): Promise<BusyPageCost> {
  const { page, tabId } = await suite.open('/structures/busy-ticker/source.html', prepare);
  await suite.report(tabId);
  // The first scan has said "not the story"; its slices and the report are behind us.
  await page.waitForTimeout(2000);
  const cdp = await page.context().newCDPSession(page);
  const mutationsBefore = await page.evaluate(() => (window as unknown as { __busy: { mutations: number } }).__busy.mutations);
  await startProfile(cdp);
  await page.waitForTimeout(BUSY_SECONDS * 1000);
  const time = await stopProfile(cdp, suite.server.origin);
  const mutations = (await page.evaluate(() => (window as unknown as { __busy: { mutations: number } }).__busy.mutations)) - mutationsBefore;
  await page.close();
  return { ...time, seconds: BUSY_SECONDS, mutations };
}
