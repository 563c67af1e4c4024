// The story tools for one language, made from its story pack and core (see story-tools.ts): the
// one body of every story-tools entrypoint, which differ only in what they import.
import type { StoryPack } from '../data/schema';
import { createTextAnalyser } from './matching/analyse-text';
import type { Language } from './matching/languages/types';
import { cardClaims } from './page/card-content';
import { createClaimCard } from './page/claim-card';
import { BUILD_ID, installedStoryTools, installStoryTools } from './story-tools';

/** Installs the tools for `language` in this world, unless this build's are there already. */
export function installToolsFor(pack: StoryPack, language: Language): void {
  if (installedStoryTools(globalThis, language.code)) return;
  const analyser = createTextAnalyser(pack, language);
  installStoryTools(globalThis, {
    build: BUILD_ID,
    language: language.code,
    claimSet: pack,
    matchSliced: (text, control, options) => analyser.matchSliced(text, control, options),
    createCard: createClaimCard,
    cardClaims: (matches, words) => cardClaims(matches, pack, words),
  });
}
