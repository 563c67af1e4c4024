// The content script's side of the story gates: compiled once, judges a page and its passages.
import type { StoryGate } from '../../data/gates';
import { compileSignalGroups, judgePassages, judgeStory, type CompiledSignalGroup, type Passage, type StoryVerdict } from '../matching/story-gate';

/** The story gates, as the content script holds them (see data/gates.ts). */
export interface PageGate {
  /** Compiles the gates' patterns; called once, in a slice of its own. */
  prepare(): void;
  judge(text: string): StoryVerdict;
  passages(text: string, verdict: StoryVerdict): Passage[];
}

export function createPageGate(gates: readonly StoryGate[]): PageGate {
  let groups: CompiledSignalGroup[] | undefined;
  // One story for now; each pack's gate judges on its own (see data/gates.ts).
  const compiled = () => (groups ??= compileSignalGroups(gates.flatMap((g) => g.signals)));
  return {
    prepare: () => void compiled(),
    judge: (text) => judgeStory(text, compiled()),
    passages: (text, verdict) => judgePassages(text, compiled(), verdict),
  };
}
