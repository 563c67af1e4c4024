// The matching pipeline in one call: the story gate first (cheap), then claim matching only on
// text that covers the story. This is what the content script and the `check` command run.
import type { ClaimSet } from '../../data/schema';
import { buildClaimIndex } from './claim-index';
import { matchClaims, type ClaimMatch } from './match-claims';
import { splitSentences } from './sentences';
import { compileSignalGroups, judgeStory, type StoryVerdict } from './story-gate';

export interface TextAnalysis {
  story: StoryVerdict;
  /** Empty when the story is not detected. */
  matches: ClaimMatch[];
}

export interface TextAnalyser {
  judge(text: string): StoryVerdict;
  match(text: string): ClaimMatch[];
  analyse(text: string): TextAnalysis;
}

export function createTextAnalyser(claimSet: ClaimSet): TextAnalyser {
  const index = buildClaimIndex(claimSet);
  const groups = compileSignalGroups(claimSet.story.signals);
  const judge = (text: string) => judgeStory(text, groups);
  const match = (text: string) => matchClaims(text, index, splitSentences(text));
  return {
    judge,
    match,
    analyse(text) {
      const story = judge(text);
      return { story, matches: story.detected ? match(text) : [] };
    },
  };
}
