import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storyPack } from '../data/packs';
import type { StoryPack } from '../data/schema';
import { addImportedPack, checkPackFile, importedGates, importedPacks, MAX_IMPORTED_PACKS, MAX_PACK_FILE_BYTES, removeImportedPack, type Installed } from './imported-packs';

beforeEach(() => fakeBrowser.reset());

const nothing: Installed = { storyIds: new Set(), claims: new Map(), count: 0 };
/** The bundled pack under new ids, as a newsroom's file of another story would be. */
function otherPack(id = 'harbour-dredging-2024'): StoryPack {
  const rename = (claim: string) => `${id}-${claim}`.slice(0, 120);
  return {
    ...storyPack,
    story: { ...storyPack.story, id },
    claims: storyPack.claims.map((c) => ({
      ...c,
      id: rename(c.id),
      frame: { ...c.frame, ...(c.frame.entails ? { entails: c.frame.entails.map((e) => ({ ...e, claim: rename(e.claim), ...(e.unless ? { unless: e.unless.map(rename) } : {}) })) } : {}) },
    })),
    developments: (storyPack.developments ?? []).map((d) => ({ ...d, claims: d.claims.map((c) => ({ ...c, claim: rename(c.claim) })) })),
  };
}
const fileOf = (value: unknown) => {
  const text = JSON.stringify(value);
  return [text, new TextEncoder().encode(text).length] as const;
};

describe('checkPackFile', () => {
  it('accepts a valid pack', () => {
    const verdict = checkPackFile(...fileOf(otherPack()), nothing);
    expect(verdict).toEqual({ ok: true, pack: otherPack() });
  });

  it.each([
    ['an empty file', '', 0, /empty/],
    ['a file too large', '{}', MAX_PACK_FILE_BYTES + 1, /at most/],
    ['a binary file', 'PK\u0003\u0004\u0000\u0000', 6, /not text/],
    ['a file that is not JSON', 'story: yes', 10, /not JSON/],
  ])('refuses %s', (_name, text, bytes, message) => {
    const verdict = checkPackFile(text, bytes, nothing);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.problems.join('\n')).toMatch(message);
  });

  it('refuses a gate every page would pay too much for: too many groups, terms or characters in a term', () => {
    const group = storyPack.signals[0]!;
    const cases: Array<[StoryPack['signals'], RegExp]> = [
      [Array.from({ length: 61 }, (_, i) => ({ ...group, id: `g${i}` })), /at most 60 groups/],
      [[{ ...group, terms: Array.from({ length: 501 }, (_, i) => `term ${i}`) }], /at most 500 terms/],
      [[{ ...group, terms: ['x'.repeat(121)] }], /at most 120 characters/],
    ];
    for (const [signals, message] of cases) {
      const verdict = checkPackFile(...fileOf({ ...otherPack(), signals }), nothing);
      expect(verdict.ok).toBe(false);
      expect(!verdict.ok && verdict.problems.join('\n')).toMatch(message);
    }
  });

  it("refuses an invalid pack with the validator's messages, naming claim and field", () => {
    const pack = otherPack();
    (pack.claims[0] as { topic: string }).topic = 'gossip';
    const verdict = checkPackFile(...fileOf(pack), nothing);
    expect(!verdict.ok && verdict.problems[0]).toMatch(new RegExp(`^claims\\[${pack.claims[0]!.id}\\]\\.topic: must be one of`));
  });

  it('refuses a pack in a language the extension cannot read', () => {
    const pack = otherPack();
    pack.story.language = 'es';
    const verdict = checkPackFile(...fileOf(pack), nothing);
    expect(!verdict.ok && verdict.problems[0]).toMatch(/reads en.*"es"/);
  });

  it('refuses ids already installed, and one pack too many', () => {
    const pack = otherPack();
    expect(checkPackFile(...fileOf(pack), { ...nothing, storyIds: new Set([pack.story.id]) }).ok).toBe(false);
    expect(checkPackFile(...fileOf(pack), { ...nothing, claims: new Map([[pack.claims[3]!.id, 'Another story']]) }).ok).toBe(false);
    expect(checkPackFile(...fileOf(pack), { ...nothing, count: MAX_IMPORTED_PACKS }).ok).toBe(false);
  });

  it('refuses claim ids an installed story uses, naming each id and its story', () => {
    const pack = otherPack();
    const claims = new Map([pack.claims[0]!, pack.claims[2]!].map((c) => [c.id, 'The rescue of the Wild Boars team'] as const));
    const verdict = checkPackFile(...fileOf(pack), { ...nothing, claims });
    expect(verdict).toEqual({
      ok: false,
      problems: [
        `claims: these ids are already used by an installed story, and claim ids must be unique across stories: "${pack.claims[0]!.id}" (in "The rescue of the Wild Boars team"), "${pack.claims[2]!.id}" (in "The rescue of the Wild Boars team").`,
      ],
    });
    const many = new Map(pack.claims.map((c) => [c.id, 'Old story'] as const));
    const refused = checkPackFile(...fileOf(pack), { ...nothing, claims: many });
    expect(!refused.ok && refused.problems[0]).toMatch(new RegExp(`and ${pack.claims.length - 10} more\\.$`));
  });

  it('refuses a file whose size would choke the validator before validating it', () => {
    const huge = { ...otherPack(), story: { ...otherPack().story, summary: 'x'.repeat(30_000) } };
    const verdict = checkPackFile(...fileOf(huge), nothing);
    expect(!verdict.ok && verdict.problems[0]).toMatch(/longer than/);
  });

  it('takes hostile keys and markup as plain data', () => {
    const text = JSON.stringify(otherPack()).replace('{', '{"__proto__":{"polluted":true},');
    const verdict = checkPackFile(text, text.length, nothing);
    expect(verdict.ok).toBe(false);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe('stored packs', () => {
  it('stores a pack and its gate together, and removes both', async () => {
    await addImportedPack(otherPack(), 'harbour.json', new Date('2026-01-02T03:04:05Z'));
    expect((await importedPacks.getValue()).map((p) => [p.pack.story.id, p.fileName, p.importedAt])).toEqual([['harbour-dredging-2024', 'harbour.json', '2026-01-02T03:04:05.000Z']]);
    expect(await importedGates.getValue()).toEqual([{ story: 'harbour-dredging-2024', language: 'en', signals: storyPack.signals }]);
    await addImportedPack(otherPack('second-story'), 'second.json');
    await removeImportedPack('harbour-dredging-2024');
    expect((await importedGates.getValue()).map((g) => g.story)).toEqual(['second-story']);
    expect((await importedPacks.getValue()).map((p) => p.pack.story.id)).toEqual(['second-story']);
  });

  it('keeps both packs when two pages import at once, and refuses one whose claim ids the other took', async () => {
    await Promise.all([addImportedPack(otherPack('first-story'), 'a.json'), addImportedPack(otherPack('second-story'), 'b.json')]);
    expect((await importedPacks.getValue()).map((p) => p.pack.story.id).sort()).toEqual(['first-story', 'second-story']);
    expect((await importedGates.getValue()).map((g) => g.story).sort()).toEqual(['first-story', 'second-story']);
    // Both files were checked before either was stored: the second to land finds its claims taken.
    const same = otherPack('third-story');
    const twin = { ...same, story: { ...same.story, id: 'fourth-story' } };
    const outcomes = await Promise.allSettled([addImportedPack(same, 'c.json'), addImportedPack(twin, 'd.json')]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected']);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/already used by another imported story/);
    expect((await importedPacks.getValue()).map((p) => p.pack.story.id).sort()).toEqual(['first-story', 'second-story', 'third-story']);
    // Re-importing a story replaces it (its own claim ids are no clash).
    await addImportedPack(same, 'c2.json');
    expect((await importedPacks.getValue()).find((p) => p.pack.story.id === 'third-story')?.fileName).toBe('c2.json');
  });

  it('runs later writes after one that failed', async () => {
    const set = fakeBrowser.storage.local.set;
    // The first write fails; the one after works again.
    fakeBrowser.storage.local.set = () => {
      fakeBrowser.storage.local.set = set;
      return Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    };
    const failed = addImportedPack(otherPack(), 'harbour.json');
    await expect(failed).rejects.toThrow(/quota/);
    await addImportedPack(otherPack('second-story'), 'second.json');
    await removeImportedPack('second-story');
    expect(await importedPacks.getValue()).toEqual([]);
  });

  it('keeps what was stored when the write fails', async () => {
    await addImportedPack(otherPack(), 'harbour.json');
    const set = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    await expect(addImportedPack(otherPack('second-story'), 'second.json')).rejects.toThrow(/quota/);
    fakeBrowser.storage.local.set = set;
    expect((await importedPacks.getValue()).map((p) => p.pack.story.id)).toEqual(['harbour-dredging-2024']);
    expect((await importedGates.getValue()).map((g) => g.story)).toEqual(['harbour-dredging-2024']);
  });
});
