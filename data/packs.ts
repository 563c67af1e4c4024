// The bundled story packs whole (claims with their frames, entities, vocabulary, gate), for the
// matcher: the story tools injected on story pages (entrypoints/story-tools.ts) and the scripts.
// Validated at build time and by the tests (see validate.ts), so only cast here.
import storyFile from './stories/india-russia-defence-jv-talks-2025/story.json';
import entitiesFile from './stories/india-russia-defence-jv-talks-2025/entities.json';
import vocabularyFile from './stories/india-russia-defence-jv-talks-2025/vocabulary.json';
import gateFile from './stories/india-russia-defence-jv-talks-2025/gate.json';
import { translatedClaims } from './claim-texts';
import { mergePackFiles, withClaimTexts } from './pack-files';
import type { StoryPack } from './schema';

const merged = mergePackFiles({ story: storyFile, entities: entitiesFile, vocabulary: vocabularyFile, gate: gateFile }) as StoryPack;
/** The pack, its claims with their texts in the story's other languages (for the card). */
export const storyPack: StoryPack = { ...merged, claims: withClaimTexts(merged.claims, translatedClaims) };
