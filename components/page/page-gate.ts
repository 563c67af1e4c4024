// The content script's side of the story gates: compiled once, judges a page, its passages, and
// whether a short text (a live blog's post) shows the story's signals of its own.
import type { StoryGate } from '../../data/gates';
import {
  compileSignalGroups,
  containsTerm,
  judgePassages,
  judgeStory,
  PASSAGE_MIN_GROUPS,
  scannable,
  type CompiledSignalGroup,
  type Passage,
  type StoryVerdict,
} from '../matching/story-gate';

/** The story gates, as the content script holds them (see data/gates.ts). */
export interface PageGate {
  /** Compiles the gates' patterns; called once, in a slice of its own. */
  prepare(): void;
  judge(text: string): StoryVerdict;
  passages(text: string, verdict: StoryVerdict): Passage[];
  /**
   * Does the text, read as a passage of a page that covers the story, cover it by its own words?
   * The passage rule of judgePassages (an anchor or decisive group, or PASSAGE_MIN_GROUPS groups;
   * a neighbouring story's group without an anchor says no), without its "continues the passage
   * before" fallback: a post of a live blog stands alone, the one before may be another story.
   */
  ownSignals(text: string): boolean;
}

export function createPageGate(gates: readonly StoryGate[]): PageGate {
  let groups: CompiledSignalGroup[] | undefined;
  // One story for now; each pack's gate judges on its own (see data/gates.ts).
  const compiled = () => (groups ??= compileSignalGroups(gates.flatMap((g) => g.signals)));
  return {
    prepare: () => void compiled(),
    judge: (text) => judgeStory(text, compiled()),
    passages: (text, verdict) => judgePassages(text, compiled(), verdict),
    ownSignals(text) {
      const scan = scannable(text);
      const found = compiled().filter((g) => containsTerm(scan, g));
      const ours = found.filter((g) => !g.elsewhere);
      if (ours.some((g) => g.anchor || g.decisive)) return true;
      return !found.some((g) => g.elsewhere) && ours.length >= PASSAGE_MIN_GROUPS;
    },
  };
}
