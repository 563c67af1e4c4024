import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { claimSet } from '../data';
import type { StoryPack } from '../data/schema';
import { importablePack, THAM_LUANG } from '../tests/stories/packs';
import { importedPacks, type ImportedPack } from './imported-storage';
import { bundledStories, installedForImport, installedStories, readInstalledStories } from './installed-stories';

const cave = importablePack();
const stored = (pack: StoryPack): ImportedPack => ({ pack, fileName: `${pack.story.id}.json`, importedAt: '2026-01-01T00:00:00.000Z' });

beforeEach(() => fakeBrowser.reset());

describe('installedStories', () => {
  it('the bundled stories first, then the imported ones; each claim’s story found by its id', () => {
    const installed = installedStories([stored(cave)]);
    expect(installed.all.map((s) => s.story.id)).toEqual([claimSet.story.id, THAM_LUANG]);
    expect(installed.bundled).toBe(bundledStories);
    expect(installed.story(THAM_LUANG)).toBe(cave);
    expect(installed.storyOf('narongsak-led-the-rescue')).toBe(cave);
    expect(installed.storyOf('sanjeev-kumar-led-delegation')).toBe(claimSet);
    expect(installed.claimIds.size).toBe(claimSet.claims.length + cave.claims.length);
    expect([...installed.storyIds]).toEqual([claimSet.story.id, THAM_LUANG]);
  });

  it('an imported pack under a taken story id is not installed over the bundled one', () => {
    const impostor = { ...cave, story: { ...cave.story, id: claimSet.story.id } };
    expect(installedStories([stored(impostor)]).all).toEqual([claimSet]);
  });

  it('what an import is checked against: every installed claim with its story’s title', () => {
    const check = installedForImport(installedStories([stored(cave)]));
    expect(check.count).toBe(1);
    expect(check.claims.get('boys-were-sedated')).toBe(cave.story.title);
    expect(check.claims.get('sanjeev-kumar-led-delegation')).toBe(claimSet.story.title);
  });
});

describe('readInstalledStories', () => {
  it('reads the imported packs from storage, skipping what is not a pack', async () => {
    await importedPacks.setValue([stored(cave), { pack: null, fileName: 'x', importedAt: '' } as unknown as ImportedPack]);
    expect((await readInstalledStories()).all.map((s) => s.story.id)).toEqual([claimSet.story.id, THAM_LUANG]);
  });

  it('has the bundled stories alone when storage holds nothing or cannot be read', async () => {
    expect((await readInstalledStories()).all).toEqual([claimSet]);
    fakeBrowser.storage.local.get = () => Promise.reject(new Error('storage gone'));
    expect((await readInstalledStories()).all).toEqual([claimSet]);
  });
});
