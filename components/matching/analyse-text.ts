// The matching pipeline in one call: the story gate first (cheap), then claim matching only on
// text that covers the story. This is what the content script and the `check` command run.
import type { ClaimSet } from '../../data/schema';
import { buildClaimIndex } from './claim-index';
import { matchClaims, matchSentence, type ClaimMatch, type SentenceMatch } from './match-claims';
import { splitSentences } from './sentences';
import { compileSignalGroups, judgeStory, type StoryVerdict } from './story-gate';

export interface TextAnalysis {
  story: StoryVerdict;
  /** Empty when the story is not detected. */
  matches: ClaimMatch[];
}

/** Lets long work give the page a turn; see components/page/slice-scheduler.ts. */
export interface SliceControl {
  shouldYield(): boolean;
  yieldToPage(): Promise<void>;
}

export interface TextAnalyser {
  judge(text: string): StoryVerdict;
  match(text: string): ClaimMatch[];
  analyse(text: string): TextAnalysis;
  /**
   * `analyse` in slices, remembering each sentence's result: when a page changes and is read
   * again, only sentences not seen before are matched.
   */
  analyseSliced(text: string, control: SliceControl): Promise<TextAnalysis>;
}

/** Sentences remembered between rescans of one page; past it the memory starts afresh. */
export const SENTENCE_MEMORY_LIMIT = 20_000;

export function createTextAnalyser(claimSet: ClaimSet): TextAnalyser {
  const index = buildClaimIndex(claimSet);
  const groups = compileSignalGroups(claimSet.story.signals);
  const judge = (text: string) => judgeStory(text, groups);
  const match = (text: string) => matchClaims(text, index, splitSentences(text));
  const memory = new Map<string, SentenceMatch[]>();
  return {
    judge,
    match,
    analyse(text) {
      const story = judge(text);
      return { story, matches: story.detected ? match(text) : [] };
    },
    async analyseSliced(text, control) {
      const story = judge(text);
      if (!story.detected) return { story, matches: [] };
      const matches: ClaimMatch[] = [];
      for (const span of splitSentences(text)) {
        if (control.shouldYield()) await control.yieldToPage();
        const sentence = text.slice(span.start, span.end);
        let found = memory.get(sentence);
        if (!found) {
          if (memory.size >= SENTENCE_MEMORY_LIMIT) memory.clear();
          found = matchSentence(sentence, index);
          memory.set(sentence, found);
        }
        for (const m of found) matches.push({ ...m, start: span.start, end: span.end });
      }
      return { story, matches };
    },
  };
}
