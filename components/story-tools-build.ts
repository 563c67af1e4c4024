// The story tools for one language, made from the bundled story packs and core (see
// story-tools.ts), with the packs imported from files in that language read from storage when the
// tools arrive: the one body of every story-tools entrypoint, which differ only in what they import.
import type { ClaimSet, StoryPack } from '../data/schema';
import { createTextAnalyser, type TextAnalyser } from './matching/analyse-text';
import type { Language } from './matching/languages/types';
import { importedPacks } from './imported-storage';
import { cardClaims } from './page/card-content';
import { createClaimCard } from './page/claim-card';
import { BUILD_ID, installedStoryTools, installStoryTools, type StoryTools } from './story-tools';

/** The imported packs as storage holds them (checked when they were added; only their shape is trusted here). */
export async function readImportedPacks(): Promise<StoryPack[]> {
  const stored = await importedPacks.getValue();
  return (Array.isArray(stored) ? stored : []).map((p) => p?.pack).filter((p) => typeof p?.story?.id === 'string' && Array.isArray(p.claims));
}

/**
 * The tools over `bundled` and the packs `readImported` gives in `language` (a bundled story keeps
 * its id). A story the tools were not given when asked for is looked for once more in storage: a
 * pack added while the page was open.
 */
export function createStoryTools(bundled: readonly StoryPack[], language: Language, readImported: () => Promise<readonly StoryPack[]> = async () => []): StoryTools {
  let packs = new Map<string, StoryPack>();
  let storyOfClaim = new Map<string, StoryPack>();
  const analysers = new WeakMap<StoryPack, TextAnalyser>();
  const lookedFor = new Set<string>();
  async function load(): Promise<void> {
    const imported = await readImported().catch(() => []);
    const all = [...bundled, ...imported.filter((p) => p.story.language === language.code)];
    packs = new Map();
    for (const p of all) if (!packs.has(p.story.id)) packs.set(p.story.id, p);
    storyOfClaim = new Map([...packs.values()].flatMap((p) => p.claims.map((c) => [c.id, p] as const)));
  }
  let loaded = load();
  async function packOf(story: string): Promise<StoryPack | undefined> {
    await loaded;
    if (!packs.has(story) && !lookedFor.has(story)) {
      lookedFor.add(story);
      await (loaded = load());
    }
    return packs.get(story);
  }
  const storyOf = (claimId: string): ClaimSet | undefined => storyOfClaim.get(claimId);
  return {
    build: BUILD_ID,
    language: language.code,
    storyOf,
    async matchSliced(story, text, control, options) {
      const pack = await packOf(story);
      if (!pack) return [];
      let analyser = analysers.get(pack);
      if (!analyser) analysers.set(pack, (analyser = createTextAnalyser(pack, language)));
      return analyser.matchSliced(text, control, options);
    },
    createCard: createClaimCard,
    cardClaims: (matches, words) => cardClaims(matches, storyOf, words),
  };
}

/** Installs the tools for `language` in this world, unless this build's are there already. */
export function installToolsFor(bundled: StoryPack | readonly StoryPack[], language: Language): void {
  if (installedStoryTools(globalThis, language.code)) return;
  installStoryTools(globalThis, createStoryTools([bundled].flat(), language, readImportedPacks));
}
