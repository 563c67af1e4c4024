// The content script's side of the story gates: compiled once, judges a page and its passages.
import type { StoryGate } from '../../data/gates';
import { compileSignalGroups, judgePassages, judgeStory, type CompiledSignalGroup } from '../matching/story-gate';
import type { PageGate } from './page-session';

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
