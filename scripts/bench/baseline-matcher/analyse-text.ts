// FROZEN baseline (commit 8b95da7), for `npm run bench` only: see README.md.
// The matching pipeline in one call: the story gate first (cheap), then claim matching only on
// text that covers the story. This is what the content script and the `check` command run.
import type { ClaimSet } from './schema';
import { buildClaimIndex, claimIndexSteps, type ClaimIndex } from './claim-index';
import { matchClaims, matchSentence, type ClaimMatch, type SentenceMatch } from './match-claims';
import { sentencesByLine } from '../../../components/matching/sentences';
import { compileSignalGroups, judgeStory, type CompiledSignalGroup, type StoryVerdict } from './story-gate';

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
  // The claim index is built on first need: pages that fail the story gate never pay for it.
  let index: ClaimIndex | null = null;
  const indexNow = () => (index ??= buildClaimIndex(claimSet));
  async function indexInSlices(control: SliceControl): Promise<ClaimIndex> {
    if (index) return index;
    const steps = claimIndexSteps(claimSet);
    for (;;) {
      const step = steps.next();
      if (step.done) return (index = step.value);
      if (control.shouldYield()) await control.yieldToPage();
    }
  }
  // Compiled on the first judgement, not when the analyser is made: the content script makes
  // its analyser while it starts on every page, and the first judgement already runs in a slice.
  let groups: CompiledSignalGroup[] | undefined;
  const signalGroups = () => (groups ??= compileSignalGroups(claimSet.story.signals));
  const judge = (text: string) => judgeStory(text, signalGroups());
  const match = (text: string) => matchClaims(text, indexNow());
  const memory = new Map<string, SentenceMatch[]>();
  return {
    judge,
    match,
    analyse(text) {
      const story = judge(text);
      return { story, matches: story.detected ? match(text) : [] };
    },
    async analyseSliced(text, control) {
      // The first judgement compiles the gate's patterns: each in a slice of its own.
      if (control.shouldYield()) await control.yieldToPage();
      if (!groups) {
        signalGroups();
        if (control.shouldYield()) await control.yieldToPage();
      }
      const story = judge(text);
      if (!story.detected) return { story, matches: [] };
      const claimIndex = await indexInSlices(control);
      const matches: ClaimMatch[] = [];
      // Line by line, so splitting a long page never runs as one block either.
      for (const line of sentencesByLine(text)) {
        for (const span of line) {
          if (control.shouldYield()) await control.yieldToPage();
          const sentence = text.slice(span.start, span.end);
          let found = memory.get(sentence);
          if (!found) {
            if (memory.size >= SENTENCE_MEMORY_LIMIT) memory.clear();
            found = matchSentence(sentence, claimIndex);
            memory.set(sentence, found);
          }
          for (const m of found) matches.push({ ...m, start: span.start, end: span.end });
        }
        if (control.shouldYield()) await control.yieldToPage();
      }
      return { story, matches };
    },
  };
}
