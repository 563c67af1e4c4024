// The content script's side of the story gates: tells the article's language (its words, else the
// page's `lang`), then judges the page, its passages, and whether a short text (a live blog's post)
// shows the story's signals of its own, with the gates written in that language, each compiled on
// first need. A page in a language no gate is written in is not judged at all.
import type { StoryGate } from '../../data/gates';
import { detectLanguage } from '../matching/detect-language';
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

/** The language the last judged page was read in, and whether any story's gate reads it. */
export interface PageLanguage {
  /** Primary subtag ("ru"); undefined when neither the words nor the page said. */
  code?: string;
  supported: boolean;
  /** The start of the text, kept only when the language is unknown, for the browser to name it. */
  sample?: string;
}

/** The story gates, as the content script holds them (see data/gates.ts). */
export interface PageGate {
  /** Compiles the likeliest language's patterns; called once, in a slice of its own. */
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
  /** The language the last judged text was read in. */
  language(): PageLanguage;
}

/** Characters kept for the browser's own language detection when ours cannot tell. */
export const NAMING_SAMPLE_CHARS = 2_000;

const notDetected: StoryVerdict = { detected: false, score: 0, groups: [] };

export function createPageGate(gates: readonly StoryGate[], declaredLanguage: () => string | null | undefined): PageGate {
  const compiled = new Map<string, CompiledSignalGroup[]>();
  // One story for now: the gates of one language judge together (see data/gates.ts).
  const groupsFor = (code: string | undefined): CompiledSignalGroup[] | undefined => {
    if (!code) return undefined;
    if (!compiled.has(code)) {
      const signals = gates.filter((g) => g.language === code).flatMap((g) => g.signals);
      compiled.set(code, signals.length ? compileSignalGroups(signals) : []);
    }
    const groups = compiled.get(code)!;
    return groups.length ? groups : undefined;
  };
  let last: PageLanguage = { supported: false };
  let lastGroups: CompiledSignalGroup[] | undefined;
  return {
    // The language is not known before the text is read: the declared one is the likeliest.
    prepare: () => void groupsFor(detectLanguage('', declaredLanguage()).code ?? 'en'),
    judge(text) {
      const { code } = detectLanguage(text, declaredLanguage());
      lastGroups = groupsFor(code);
      last = { ...(code ? { code } : { sample: text.slice(0, NAMING_SAMPLE_CHARS) }), supported: lastGroups !== undefined };
      return lastGroups ? judgeStory(text, lastGroups) : notDetected;
    },
    passages: (text, verdict) => judgePassages(text, lastGroups ?? [], verdict),
    ownSignals(text) {
      if (!lastGroups) return false;
      const scan = scannable(text);
      const found = lastGroups.filter((g) => containsTerm(scan, g));
      const ours = found.filter((g) => !g.elsewhere);
      if (ours.some((g) => g.anchor || g.decisive)) return true;
      return !found.some((g) => g.elsewhere) && ours.length >= PASSAGE_MIN_GROUPS;
    },
    language: () => last,
  };
}
