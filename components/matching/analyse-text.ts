// The matching pipeline in one call: the story gate first (cheap), then claim matching only on
// the passages of a text that cover the story. This is what the `check` command, the benchmark
// and the matcher script injected on story pages run.
import type { StoryPack } from '../../data/schema';
import { english } from './languages/en';
import type { Language } from './languages/types';
import { matchSentenceView, matchText, paragraphsOf, type ClaimMatch, type MatchOptions, type SentenceMatch } from './match-text';
import { viewSentence, type SentenceView } from './sentence-view';
import { buildMatchIndex, matchIndexSteps, type MatchIndex } from './story-index';
import { compileSignalGroups, judgePassages, judgeStory, type CompiledSignalGroup, type Passage, type StoryVerdict } from './story-gate';

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
  /** The passages of a text the gate accepted, each judged on its own signals. */
  passages(text: string, verdict: StoryVerdict): Passage[];
  match(text: string, options?: MatchOptions): ClaimMatch[];
  analyse(text: string, options?: Omit<MatchOptions, 'ranges'>): TextAnalysis;
  /**
   * Matching in slices, remembering each paragraph's result: when a page changes and is read
   * again, only paragraphs not seen before are matched. The caller has judged the story already.
   */
  matchSliced(text: string, control: SliceControl, options?: MatchOptions): Promise<ClaimMatch[]>;
}

/** Paragraphs remembered between rescans of one page; past it the memory starts afresh. */
export const PARAGRAPH_MEMORY_LIMIT = 5_000;

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
  const judge = (text: string) => judgeStory(text, groups());
  const passages = (text: string, verdict: StoryVerdict) => judgePassages(text, groups(), verdict);
  const match = (text: string, options?: MatchOptions) => matchText(text, indexNow(), options);
  const memory = new Map<string, SentenceMatch[][]>();
  return {
    judge,
    passages,
    match,
    analyse(text, options = {}) {
      const story = judge(text);
      if (!story.detected) return { story, matches: [] };
      const ranges = passages(text, story).filter((p) => p.onStory);
      return { story, matches: match(text, { ...options, ranges }) };
    },
    async matchSliced(text, control, options = {}) {
      const matchIndex = await indexInSlices(control);
      const matches: ClaimMatch[] = [];
      const year = options.pageYear;
      for (const spans of paragraphsOf(text, language.code, options.ranges)) {
        if (control.shouldYield()) await control.yieldToPage();
        const paragraph = `${year ?? ''}\n${text.slice(spans[0]?.start ?? 0, spans[spans.length - 1]?.end ?? 0)}`;
        let found = memory.get(paragraph);
        if (!found) {
          const before: SentenceView[] = [];
          const context = { before, ...(year ? { pageYear: year } : {}) };
          found = spans.map((span) => {
            const view = viewSentence(text.slice(span.start, span.end), matchIndex);
            const result = matchSentenceView(view, context, matchIndex);
            before.push(view);
            return result;
          });
          if (memory.size >= PARAGRAPH_MEMORY_LIMIT) memory.clear();
          memory.set(paragraph, found);
        }
        found.forEach((list, i) => list.forEach((m) => matches.push({ ...m, start: spans[i]!.start, end: spans[i]!.end })));
      }
      return matches;
    },
  };
}
