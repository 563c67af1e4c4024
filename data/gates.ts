// The story gates, and nothing else of the story packs: what the content script every page loads
// needs to decide whether a page covers a story, one gate per language the story is read in. The
// rest of a pack (claims, entities, vocabulary) is in the script injected only on pages a gate
// accepts (entrypoints/story-tools*.ts, one per language).
import gate from './stories/india-russia-defence-jv-talks-2025/gate.json';
import gateFr from './stories/india-russia-defence-jv-talks-2025/languages/fr/gate.json';
import gateHi from './stories/india-russia-defence-jv-talks-2025/languages/hi/gate.json';
import gateRu from './stories/india-russia-defence-jv-talks-2025/languages/ru/gate.json';
import type { StorySignalGroup } from './schema';

export interface StoryGate {
  /** The story pack's id (story.json's story.id). */
  story: string;
  /** The language of its terms. */
  language: string;
  signals: StorySignalGroup[];
}

export const storyGates: readonly StoryGate[] = [gate, gateHi, gateRu, gateFr] as StoryGate[];
