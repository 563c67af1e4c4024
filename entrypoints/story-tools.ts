// Injected by the background into a page's content-script world once a story gate has accepted
// the page (never listed in the manifest, never visible to the page): the matcher with the story
// pack's data, and the hover card. See components/story-tools.ts.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { storyPack } from '../data/packs';
import { createTextAnalyser } from '../components/matching/analyse-text';
import { cardClaims } from '../components/page/card-content';
import { createClaimCard } from '../components/page/claim-card';
import { BUILD_ID, installedStoryTools, installStoryTools } from '../components/story-tools';

export default defineUnlistedScript(() => {
  if (installedStoryTools(globalThis)) return;
  const analyser = createTextAnalyser(storyPack);
  installStoryTools(globalThis, {
    build: BUILD_ID,
    claimSet: storyPack,
    matchSliced: (text, control, options) => analyser.matchSliced(text, control, options),
    createCard: createClaimCard,
    cardClaims: (matches, words) => cardClaims(matches, storyPack, words),
  });
});
