// The background with an imported story: reports are checked against the bundled and imported
// stories (read again when a pack is added or removed), the badge counts every story's claims,
// and the card's "compare" opens the claim's story.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { claimSet } from '../../data';
import type { PageReport } from '../../components/messaging';
import { importedPacks } from '../../components/imported-storage';
import background from '../../entrypoints/background';
import { importablePack, THAM_LUANG } from '../stories/packs';

const cave = importablePack();
const stored = [{ pack: cave, fileName: 'cave.json', importedAt: '2026-01-01T00:00:00.000Z' }];
const URL_ = 'https://news.example/asia/digest';
const sender = (tabId: number) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId, url: URL_, index: 0 }, frameId: 0, url: URL_ });
const match = (claimId: string) => ({ claimId, text: `About ${claimId}.`, polarity: 'affirms' as const, differences: [], differs: false });

/** Delivers a message to the background as the browser would, and waits for its answer. */
function deliver(type: string, data: unknown, tabId: number): Promise<unknown> {
  return new Promise((resolve) => {
    // The messaging library answers through the listener's third argument, sendResponse.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    void trigger({ id: Date.now(), type, data, timestamp: Date.now() }, sender(tabId), resolve);
  });
}
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const report = (stories: string[], ...claims: string[]): PageReport => ({ url: URL_, storyDetected: stories.length > 0, storyScore: 0.8, stories, matches: claims.map(match) });
/** Lets the storage watchers run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

beforeAll(async () => {
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
  await importedPacks.setValue(stored);
  background.main();
});

describe('background with an imported story', () => {
  it('takes a report of both stories and counts both stories’ claims on the badge', async () => {
    await deliver('reportPage', report([THAM_LUANG, claimSet.story.id], 'narongsak-led-the-rescue', 'sanjeev-kumar-led-delegation', 'narongsak-led-the-rescue'), 1);
    expect(await badge(1)).toBe('2');
  });

  it('refuses a report naming a story or a claim that is not installed', async () => {
    await deliver('reportPage', report(['harbour-dredging-2024'], 'sanjeev-kumar-led-delegation'), 2);
    await deliver('reportPage', report([claimSet.story.id], 'made-up-claim'), 3);
    expect([await badge(2), await badge(3)]).toEqual(['', '']);
  });

  it('opens the comparison of the claim’s own story', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await deliver('openDetails', 'narongsak-led-the-rescue', 4);
    const url = new URL(create.mock.calls[0]![0].url!);
    expect([url.pathname, url.searchParams.get('tab'), url.searchParams.get('story'), url.searchParams.get('claim')]).toEqual(['/compare.html', '4', THAM_LUANG, 'narongsak-led-the-rescue']);
    create.mockRestore();
  });

  it('forgets a removed pack, and learns of one added again', async () => {
    await importedPacks.setValue([]);
    await settle();
    await deliver('reportPage', report([THAM_LUANG], 'narongsak-led-the-rescue'), 5);
    expect(await badge(5)).toBe('');
    await importedPacks.setValue(stored);
    await deliver('reportPage', report([THAM_LUANG], 'narongsak-led-the-rescue'), 6);
    expect(await badge(6)).toBe('1');
  });
});
