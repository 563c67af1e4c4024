// The content script's side of the story gates: tells the article's language (its words, else the
// page's `lang`), then judges the page and its passages with the gates written in that language,
// each compiled on first need. A page in a language no gate is written in is not judged at all.
import type { StoryGate } from '../../data/gates';
import { detectLanguage } from '../matching/detect-language';
import { compileSignalGroups, judgePassages, judgeStory, type CompiledSignalGroup, type StoryVerdict } from '../matching/story-gate';
import type { PageGate } from './page-session';

/** The language the last judged page was read in, and whether any story's gate reads it. */
export interface PageLanguage {
  /** Primary subtag ("ru"); undefined when neither the words nor the page said. */
  code?: string;
  supported: boolean;
  /** The start of the text, kept only when the language is unknown, for the browser to name it. */
  sample?: string;
}

export interface LanguageAwareGate extends PageGate {
  language(): PageLanguage;
}


/** Characters kept for the browser's own language detection when ours cannot tell. */
export const NAMING_SAMPLE_CHARS = 2_000;

const notDetected: StoryVerdict = { detected: false, score: 0, groups: [] };

export function createPageGate(gates: readonly StoryGate[], declaredLanguage: () => string | null | undefined): LanguageAwareGate {
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
    language: () => last,
  };
}
