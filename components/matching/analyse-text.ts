// The matching pipeline in one call: the story gate first (cheap), then claim matching only on
// the passages of a text that cover the story. This is what the `check` command, the benchmark
// and the matcher script injected on story pages run.
import type { StoryPack } from '../../data/schema';
import { english } from './languages/en';
import type { Language } from './languages/types';
import { matchSteps, matchText, type ClaimMatch, type MatchOptions } from './match-text';
import { viewSentence, type SentenceView } from './sentence-view';
import { buildMatchIndex, matchIndexSteps, type MatchIndex } from './story-index';
import { compileSignalGroups, judgePassages, judgeStory, scannable, type CompiledSignalGroup, type Passage, type StoryVerdict } from './story-gate';

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
  /** `explain`: every group looked for, even on a page that cannot be the story (for the `check` command). */
  judge(text: string, options?: { explain?: boolean }): StoryVerdict;
  /** The passages of a text the gate accepted, each judged on its own signals. */
  passages(text: string, verdict: StoryVerdict): Passage[];
  match(text: string, options?: MatchOptions): ClaimMatch[];
  analyse(text: string, options?: Omit<MatchOptions, 'ranges'> & { explain?: boolean }): TextAnalysis;
  /**
   * Matching in slices, remembering each paragraph's result: when a page changes and is read
   * again, only paragraphs not seen before are matched. The caller has judged the story already.
   */
  matchSliced(text: string, control: SliceControl, options?: MatchOptions): Promise<ClaimMatch[]>;
}

/** Sentences remembered between rescans of one page; past it the memory starts afresh. */
export const SENTENCE_MEMORY_LIMIT = 20_000;

export function createTextAnalyser(pack: StoryPack, language: Language = english): TextAnalyser {
  // The index is built on first need: pages that fail the story gate never pay for it.
  let index: MatchIndex | null = null;
  const indexNow = () => (index ??= buildMatchIndex(pack, language));
  async function indexInSlices(control: SliceControl): Promise<MatchIndex> {
    if (index) return index;
    const steps = matchIndexSteps(pack, language);
    for (;;) {
      const step = steps.next();
      if (step.done) return (index = step.value);
      if (control.shouldYield()) await control.yieldToPage();
    }
  }
  let compiled: CompiledSignalGroup[] | undefined;
  const groups = () => (compiled ??= compileSignalGroups(pack.signals));
  const judge = (text: string, options?: { explain?: boolean }) => judgeStory(text, groups(), options);
  const passages = (text: string, verdict: StoryVerdict) => judgePassages(text, groups(), verdict);
  const match = (text: string, options?: MatchOptions) => matchText(text, indexNow(), options);
  // Sentences read before, remembered across rescans of a page: reading is most of the cost.
  const memory = new Map<string, SentenceView>();
  const rememberedView = (sentence: string, matchIndex: MatchIndex): SentenceView => {
    let view = memory.get(sentence);
    if (!view) {
      if (memory.size >= SENTENCE_MEMORY_LIMIT) memory.clear();
      memory.set(sentence, (view = viewSentence(sentence, matchIndex)));
    }
    return view;
  };
  return {
    judge,
    passages,
    match,
    analyse(text, { explain, ...options } = {}) {
      // Lower-cased once for the verdict and the passages' scan.
      const scan = scannable(text);
      const story = judgeStory(text, groups(), { explain }, scan);
      if (!story.detected) return { story, matches: [] };
      const ranges = judgePassages(text, groups(), story, scan).filter((p) => p.onStory);
      return { story, matches: match(text, { ...options, ranges }) };
    },
    async matchSliced(text, control, options = {}) {
      const matchIndex = await indexInSlices(control);
      const steps = matchSteps(text, matchIndex, options, rememberedView);
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
        if (control.shouldYield()) await control.yieldToPage();
      }
    },
  };
}
