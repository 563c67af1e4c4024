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
   * Matching in slices. With a `memory`, the sentences of the text it was last given are not read
   * again: when an article changes and is matched again, only its new sentences are read. The
   * caller has judged the story already.
   */
  matchSliced(text: string, control: SliceControl, options?: SlicedMatchOptions): Promise<ClaimMatch[]>;
}

/**
 * The sentences one text was read into last time (an article root's, kept by the page layer with
 * the root, one memory a root). Each complete match leaves in it only the sentences of the text it
 * was given, so it never holds more than one version of one text: what a page no longer shows (the
 * story before a single-page navigation, a live blog post taken down) goes with the next match.
 * Opaque to its holder, which makes it empty (`new Map()`) and hands it back each time.
 */
export type SentenceMemory = Map<string, unknown>;

export interface SlicedMatchOptions extends MatchOptions {
  memory?: SentenceMemory;
}

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
    async matchSliced(text, control, { memory, ...options } = {}) {
      const matchIndex = await indexInSlices(control);
      // Sentences read before come from the memory (reading is most of the cost); the sentences
      // of this text replace its contents once the whole text is matched.
      const before = memory as Map<string, SentenceView> | undefined;
      const now = new Map<string, SentenceView>();
      const view = (sentence: string, index: MatchIndex): SentenceView => {
        let read = now.get(sentence) ?? before?.get(sentence);
        if (!read) read = viewSentence(sentence, index);
        if (before) now.set(sentence, read);
        return read;
      };
      const steps = matchSteps(text, matchIndex, options, view);
      for (;;) {
        const step = steps.next();
        if (step.done) {
          if (before) {
            before.clear();
            for (const [sentence, read] of now) before.set(sentence, read);
          }
          return step.value;
        }
        if (control.shouldYield()) await control.yieldToPage();
      }
    },
  };
}
