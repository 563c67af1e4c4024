// The content script's side of the story gates: tells the article's language (its words, else the
// page's `lang`), then judges the page, its passages, and whether a short text (a live blog's post)
// shows a story's signals of its own, with every story's gate written in that language, each
// compiled on first need. A page may cover several stories; each is judged on its own gate. A page
// in a language no gate is written in is not judged at all.
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
  type ScanText,
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

/** One story's verdict on a text. */
export interface StoryJudgement {
  /** The story pack's id. */
  story: string;
  verdict: StoryVerdict;
}

/** Every story's verdict on a text, and the page's: detected when one story is, the best story's score and groups. */
export interface PageVerdict extends StoryVerdict {
  /** One per story whose gate is written in the text's language, in the order the gates were given. */
  stories: StoryJudgement[];
}

/** The story gates, as the content script holds them (see data/gates.ts). */
export interface PageGate {
  /** The gates to judge with from now on (the bundled ones and those of imported packs). */
  setGates(gates: readonly StoryGate[]): void;
  /** Compiles the likeliest language's patterns; called once, in a slice of its own. */
  prepare(): void;
  judge(text: string): PageVerdict;
  /** The passages of a text, and whether each covers the judged story. */
  passages(text: string, judged: StoryJudgement): Passage[];
  /**
   * Does the text, read as a passage of a page that covers `story`, cover it by its own words?
   * The passage rule of judgePassages (an anchor or decisive group, or PASSAGE_MIN_GROUPS groups;
   * a neighbouring story's group without an anchor says no), without its "continues the passage
   * before" fallback: a post of a live blog stands alone, the one before may be another story.
   */
  ownSignals(text: string, story: string): boolean;
  /** The language the last judged text was read in. */
  language(): PageLanguage;
}

/** Characters kept for the browser's own language detection when ours cannot tell. */
export const NAMING_SAMPLE_CHARS = 2_000;

/** The bundled gates and the imported ones as storage holds them (checked when stored: only their shape is checked here). */
export function withImportedGates(bundled: readonly StoryGate[], stored: unknown): StoryGate[] {
  const imported = (Array.isArray(stored) ? stored : []) as Array<Partial<StoryGate> | null>;
  return [...bundled, ...imported.filter((g): g is StoryGate => typeof g?.story === 'string' && typeof g.language === 'string' && Array.isArray(g.signals))];
}

interface CompiledGate {
  story: string;
  groups: CompiledSignalGroup[];
}

export function createPageGate(initial: readonly StoryGate[], declaredLanguage: () => string | null | undefined): PageGate {
  let gates = initial;
  // Per language, each story's groups (a story's gates of one language judge together).
  let compiled = new Map<string, CompiledGate[]>();
  const gatesFor = (code: string | undefined): CompiledGate[] | undefined => {
    if (!code) return undefined;
    let list = compiled.get(code);
    if (!list) {
      const byStory = new Map<string, StoryGate['signals']>();
      for (const g of gates) if (g.language === code) byStory.set(g.story, [...(byStory.get(g.story) ?? []), ...g.signals]);
      // One story's gate that cannot be read (a stored pack damaged) costs that story alone.
      list = [...byStory].filter(([, signals]) => signals.length).flatMap(([story, signals]) => {
        try {
          return [{ story, groups: compileSignalGroups(signals) }];
        } catch {
          return [];
        }
      });
      compiled.set(code, list);
    }
    return list.length ? list : undefined;
  };
  let last: PageLanguage = { supported: false };
  let lastGates: CompiledGate[] = [];
  // The judged text lower-cased once for every story's verdict, and kept for its passages, which
  // are judged next on the same text (their scan then reuses the verdict's hits; see term-hits.ts).
  let lastScan: { text: string; scan: ScanText } | undefined;
  const groupsOf = (story: string) => lastGates.find((g) => g.story === story)?.groups ?? [];
  return {
    setGates(next) {
      gates = next;
      compiled = new Map();
      lastGates = [];
      lastScan = undefined;
    },
    // The language is not known before the text is read: the declared one is the likeliest.
    prepare: () => void gatesFor(detectLanguage('', declaredLanguage()).code ?? 'en'),
    judge(text) {
      const { code } = detectLanguage(text, declaredLanguage());
      const found = gatesFor(code);
      lastGates = found ?? [];
      last = { ...(code ? { code } : { sample: text.slice(0, NAMING_SAMPLE_CHARS) }), supported: found !== undefined };
      const scan = scannable(text);
      lastScan = { text, scan };
      const stories = lastGates.map((g) => ({ story: g.story, verdict: judgeStory(text, g.groups, {}, scan) }));
      // The page's verdict is its best story's: a detected one first, then the higher score.
      const rank = (s: StoryJudgement) => (s.verdict.detected ? 2 : 0) + s.verdict.score;
      const best = stories.reduce<StoryJudgement | undefined>((a, s) => (a && rank(a) >= rank(s) ? a : s), undefined);
      return { detected: false, score: 0, groups: [], ...best?.verdict, stories };
    },
    passages: (text, judged) => judgePassages(text, groupsOf(judged.story), judged.verdict, lastScan?.text === text ? lastScan.scan : undefined),
    ownSignals(text, story) {
      const groups = groupsOf(story);
      const scan = scannable(text);
      const found = groups.filter((g) => containsTerm(scan, g));
      const ours = found.filter((g) => !g.elsewhere);
      if (ours.some((g) => g.anchor || g.decisive)) return true;
      return !found.some((g) => g.elsewhere) && ours.length >= PASSAGE_MIN_GROUPS;
    },
    language: () => last,
  };
}
