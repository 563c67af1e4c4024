import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storyPack } from '../data/packs';
import type { StoryPack } from '../data/schema';
import { importablePack, STORIES_DIR, THAM_LUANG } from '../tests/stories/packs';
import { importedPacks } from './imported-storage';
import { english } from './matching/languages/en';
import { createStoryTools, installToolsFor } from './story-tools-build';
import { installedStoryTools, STORY_TOOLS_KEY } from './story-tools';

const thamLuang = importablePack();
const DEFENCE = storyPack.story.id;
const control = { shouldYield: () => false, yieldToPage: async () => undefined };
const article = (path: string) => readFileSync(path, 'utf8');
const caveText = article(join(STORIES_DIR, THAM_LUANG, 'articles/01-meridian-wire.txt'));
const defenceText = article(join(import.meta.dirname, '../seeds/004_6b1c8801edfe917e.txt'));
const claimIds = (pack: StoryPack) => new Set(pack.claims.map((c) => c.id));
const whole = (text: string) => ({ ranges: [{ start: 0, end: text.length }] });
/** The same pack in French, as an imported pack of another language. */
const frenchPack: StoryPack = { ...thamLuang, story: { ...thamLuang.story, id: 'grotte-en-francais', language: 'fr' }, claims: thamLuang.claims.map((c) => ({ ...c, id: `fr-${c.id}` })) };

describe('createStoryTools over several stories', () => {
  it('matches each story’s claims only, in the text given for it', async () => {
    const tools = createStoryTools([storyPack], english, async () => [thamLuang]);
    const cave = await tools.matchSliced(THAM_LUANG, caveText, control, whole(caveText));
    expect(cave.length).toBeGreaterThan(3);
    expect(cave.every((m) => claimIds(thamLuang).has(m.claimId))).toBe(true);
    const defence = await tools.matchSliced(DEFENCE, defenceText, control, whole(defenceText));
    expect(defence.length).toBeGreaterThan(3);
    expect(defence.every((m) => claimIds(storyPack).has(m.claimId))).toBe(true);
    // The other story's claims are not looked for: nothing of the defence story in the cave article.
    expect(await tools.matchSliced(DEFENCE, caveText, control, whole(caveText))).toEqual([]);
  });

  it('finds each claim’s story', async () => {
    const tools = createStoryTools([storyPack], english, async () => [thamLuang]);
    await tools.matchSliced(THAM_LUANG, '', control, {});
    expect(tools.storyOf('narongsak-led-the-rescue')?.story.id).toBe(THAM_LUANG);
    expect(tools.storyOf('sanjeev-kumar-led-delegation')?.story.id).toBe(DEFENCE);
    expect(tools.storyOf('no-such-claim')).toBeUndefined();
  });

  it('makes the card of a sentence with each claim’s own outlets', async () => {
    const tools = createStoryTools([storyPack], english, async () => [thamLuang]);
    await tools.matchSliced(THAM_LUANG, '', control, {});
    const words = { differences: {} as never, locale: 'en' };
    const cards = tools.cardClaims([{ claimId: 'narongsak-led-the-rescue', polarity: 'affirms', differences: [] }, { claimId: 'sanjeev-kumar-led-delegation', polarity: 'affirms', differences: [] }], words);
    expect(cards.map((c) => c.id)).toEqual(['narongsak-led-the-rescue', 'sanjeev-kumar-led-delegation']);
    const outletsOf = (i: number) => Object.values(cards[i]!.summary).flat();
    expect(outletsOf(0)).toEqual(expect.arrayContaining(thamLuang.outlets.map((o) => o.name)));
    expect(outletsOf(1)).toEqual(expect.arrayContaining(storyPack.outlets.map((o) => o.name)));
  });

  it('holds the imported packs of its own language only; a bundled story keeps its id', async () => {
    const impostor = { ...thamLuang, story: { ...thamLuang.story, id: DEFENCE } };
    const tools = createStoryTools([storyPack], english, async () => [frenchPack, impostor, thamLuang]);
    expect(await tools.matchSliced('grotte-en-francais', caveText, control, whole(caveText))).toEqual([]);
    expect(tools.storyOf('fr-narongsak-led-the-rescue')).toBeUndefined();
    expect(tools.storyOf('narongsak-led-the-rescue')?.story.id).toBe(THAM_LUANG);
    expect(tools.storyOf('sanjeev-kumar-led-delegation')).toBe(storyPack);
  });

  it('looks in storage once more for a story it was not given (a pack added while the page was open)', async () => {
    let stored: StoryPack[] = [];
    const read = vi.fn(async () => stored);
    const tools = createStoryTools([storyPack], english, read);
    expect(await tools.matchSliced(DEFENCE, '', control, {})).toEqual([]);
    expect(read).toHaveBeenCalledTimes(1);
    stored = [thamLuang];
    expect((await tools.matchSliced(THAM_LUANG, caveText, control, whole(caveText))).length).toBeGreaterThan(3);
    expect(read).toHaveBeenCalledTimes(2);
    // A story storage does not hold either is asked for once, not on every scan.
    await tools.matchSliced('never-installed', caveText, control, whole(caveText));
    await tools.matchSliced('never-installed', caveText, control, whole(caveText));
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('keeps the bundled stories when storage cannot be read', async () => {
    const tools = createStoryTools([storyPack], english, () => Promise.reject(new Error('storage gone')));
    expect((await tools.matchSliced(DEFENCE, defenceText, control, whole(defenceText))).length).toBeGreaterThan(3);
  });
});

describe('installToolsFor', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => delete (globalThis as Record<string, unknown>)[STORY_TOOLS_KEY]);

  it('reads the imported packs from extension storage when the tools arrive', async () => {
    await importedPacks.setValue([{ pack: thamLuang, fileName: 'cave.json', importedAt: '2026-01-01T00:00:00.000Z' }, { pack: { bogus: true } as unknown as StoryPack, fileName: 'x.json', importedAt: '' }]);
    installToolsFor(storyPack, english);
    const tools = installedStoryTools(globalThis, 'en')!;
    expect((await tools.matchSliced(THAM_LUANG, caveText, control, whole(caveText))).length).toBeGreaterThan(3);
    expect(tools.storyOf('boys-were-sedated')?.story.title).toBe(thamLuang.story.title);
  });
});
