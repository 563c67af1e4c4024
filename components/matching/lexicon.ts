// The story's entities, concepts and anaphors compiled once to sequences of stems (with the spun
// forms of each phrase, spun-forms.ts), indexed by first stem and, for a longer phrase, second
// (find-mentions.ts reads a sentence with them). Entity names written slightly differently
// ("Rajwanshi" for "Rajvanshi") are aligned with the known names by fuse.js.
import { BoundedMemo } from './bounded-memo';
import { runSteps } from './run-steps';
import { spunTable, spunVariants, type PhraseWord } from './spun-forms';
import Fuse from 'fuse.js/basic';
import type { Language } from './languages/types';
import { stemOf, tokenize, type Token } from './words';

/** `anaphor`: "it", "the company": stands for an entity named in an earlier sentence. */
export type LexiconKind = 'entity' | 'concept' | 'anaphor';

export interface Mention {
  kind: LexiconKind;
  id: string;
  /** Token indices of the first and last word of the mention. */
  first: number;
  last: number;
  /** A word not of the phrase stands among its words ("were not there" for "were there"). */
  gapped?: boolean;
}

export interface Pattern {
  kind: LexiconKind;
  id: string;
  stems: string[];
  /** Words a concept's phrase may have among its own ("India's largest defence companies"). */
  maxGap: number;
  /** A spun form of two words or more opening with a swapped word (spun-forms.ts): not right after a word the story does not know. */
  spunHead?: true;
  /** Ends with a place preposition, which no foreign word comes right before: "part in" is not "parts used in". */
  tightLast?: true;
}

export interface Lexicon {
  language: Language;
  /**
   * First stem -> the one-word patterns, and the longer ones by their second stem (longest first):
   * "the company", "Indian defence firms" are looked up by their first two stems, so the many
   * "the …" phrases (and the spun forms of a phrase) are not all tried at every "the". One map, so
   * a word that starts nothing (most words) costs one lookup.
   */
  byFirst: Map<string, { patterns?: Pattern[]; bySecond?: Map<string, Pattern[]> }>;
  /** Every stem any pattern uses: words outside it are candidates for fuzzy alignment. */
  known: Set<string>;
  /** The stems of the story's own phrases (not of their spun forms): what may stand before a spun form. */
  own: Set<string>;
  /** Each concept's own words: the stems of its phrases ("concrete" of "no concrete agreement"). */
  conceptWords: Map<string, Set<string>>;
  /** Entity-name words (surface, lower case) by first letter, for fuzzy alignment. */
  nameWords: Map<string, Array<{ word: string; stem: string }>>;
  /** Phrases opening with one of the language's `questionCopulas`, without it, by their second stem ("is Russian" under "russian"). */
  afterCopula: Map<string, Pattern[]>;
  /** One-word names written in capitals that read as a function word in lower case ("US", "us"): names only where capitalised. */
  capitalsOnly: Set<string>;
}

/** A concept's phrase may have one foreign word among its own; names must be written whole. */
export const CONCEPT_MAX_GAP = 1;

/** Words before a place that make it where something happened ("talks in New Delhi"), where the language sets none. */
export const DEFAULT_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'to']);
/** Punctuation a phrase may cross: "MiG-29", "Larsen & Toubro", "co-production". */
export const CROSSABLE: ReadonlySet<string> = new Set(['-', '&', '/']);
/**
 * fuse.js threshold for taking an unknown word as a known name (0 exact .. 1 anything). At 0.25
 * "rajwanshi" aligns with "rajvanshi" and "kalyan" with "kalyani"; at 0.35 "bharti" took "bharat".
 */
export const FUZZY_NAME_THRESHOLD = 0.25;
/** Names shorter than this are matched only as written: short words are alike too often. */
export const FUZZY_MIN_LENGTH = 6;
const FUZZY_OPTIONS = { includeScore: true, ignoreLocation: true, threshold: FUZZY_NAME_THRESHOLD, isCaseSensitive: true };

export interface LexiconInput {
  entities: Array<{ id: string; names: string[] }>;
  concepts: Array<{ id: string; phrases: string[] }>;
  anaphors?: Array<{ id: string; phrases: string[] }>;
}

/** Stems of a phrase's words, punctuation dropped. */
export function phraseStems(phrase: string, language: Language): string[] {
  return phraseWords(phrase, language).map((w) => w.stem);
}

/** A phrase's words as written (lower case) and as matched, punctuation dropped. */
export function phraseWords(phrase: string, language: Language): PhraseWord[] {
  return tokenize(phrase.toLowerCase(), language)
    .filter((t) => t.kind !== 'punct')
    .map((t) => ({ text: t.text, stem: t.stem }));
}

/** Compiles the lexicon in one go (tests, and every caller that need not give the page a turn). */
export function compileLexicon(input: LexiconInput, language: Language): Lexicon {
  return runSteps(compileLexiconSteps(input, language));
}

/** Phrases compiled between two turns given to the page (with their spun forms, a few ms). */
export const PHRASES_PER_STEP = 250;

/** Compiles the lexicon, yielding every PHRASES_PER_STEP phrases (see matchIndexSteps). */
export function* compileLexiconSteps(input: LexiconInput, language: Language): Generator<void, Lexicon, void> {
  const byFirst: Lexicon['byFirst'] = new Map();
  const known = new Set<string>();
  const own = new Set<string>();
  const conceptWords = new Map<string, Set<string>>();
  const nameWords = new Map<string, Array<{ word: string; stem: string }>>();
  const added = new Set<string>();
  const spun = spunTable(language, (phrase) => phraseWords(phrase, language));
  const afterCopula = new Map<string, Pattern[]>();
  const copulas = new Set([...(language.questionCopulas ?? [])].map((word) => stemOf(word, language)));
  let count = 0;
  const add = (kind: LexiconKind, id: string, phrase: string, maxGap: number) => {
    count++;
    const words = phraseWords(phrase, language);
    addStems(kind, id, words.map((w) => w.stem), maxGap);
    // (Not an anaphor's: "the firm" spun is "the agency", another's noun.)
    if (kind === 'anaphor') return;
    for (const form of spunVariants(words, spun)) {
      addStems(kind, id, form.stems, maxGap, form.stems.length > 1 && form.swappedHead, true);
      // A concept's head noun spun is its word too, for hasForeignWord ("no concrete settlement"
      // spins "no concrete agreement"); not a spun modifier ("trade talks" for "industry talks").
      const head = form.stems[form.stems.length - 1]!;
      if (kind === 'concept' && head !== words[words.length - 1]!.stem) conceptWords.get(id)?.add(head);
    }
  };
  const addStems = (kind: LexiconKind, id: string, stems: string[], maxGap: number, spunHead = false, isSpun = false) => {
    // Phrases that stem alike ("executive", "executives") are one pattern.
    const key = `${kind} ${id} ${stems.join(' ')}`;
    if (stems.length === 0 || added.has(key)) return;
    added.add(key);
    stems.forEach((s) => known.add(s));
    // (A spun form's words are not the story's own: "trade protection firms" is no spun form.)
    if (!isSpun) stems.forEach((s) => own.add(s));
    if (!isSpun && kind === 'concept') {
      const words = conceptWords.get(id) ?? new Set<string>();
      stems.forEach((s) => words.add(s));
      conceptWords.set(id, words);
    }
    let start = byFirst.get(stems[0]!);
    if (!start) byFirst.set(stems[0]!, (start = {}));
    const tightLast = maxGap > 0 && stems.length > 1 && (language.placePrepositions ?? DEFAULT_PLACE_PREPOSITIONS).has(stems[stems.length - 1]!);
    const pattern: Pattern = { kind, id, stems, maxGap, ...(spunHead ? { spunHead: true as const } : {}), ...(tightLast ? { tightLast: true as const } : {}) };
    if (stems.length > 1 && copulas.has(stems[0]!) && !isSpun) {
      const list = afterCopula.get(stems[1]!) ?? [];
      list.push({ kind, id, stems: stems.slice(1), maxGap });
      afterCopula.set(stems[1]!, list);
    }
    if (stems.length > 1) {
      start.bySecond ??= new Map();
      const list = start.bySecond.get(stems[1]!) ?? [];
      list.push(pattern);
      start.bySecond.set(stems[1]!, list);
    } else (start.patterns ??= []).push(pattern);
  };
  const capitalsOnly = new Set<string>();
  for (const entity of input.entities) {
    for (const name of entity.names) {
      add('entity', entity.id, name, 0);
      if (/^\p{Lu}{2,}$/u.test(name) && language.stopwords.has(name.toLowerCase())) capitalsOnly.add(name.toLowerCase());
      for (const word of name.toLowerCase().split(/[\s-]+/)) {
        if (word.length < FUZZY_MIN_LENGTH || !/^\p{L}+$/u.test(word)) continue;
        const list = nameWords.get(word[0]!) ?? [];
        if (!list.some((w) => w.word === word)) list.push({ word, stem: stemOf(word, language) });
        nameWords.set(word[0]!, list);
      }
    }
  }
  for (const concept of input.concepts) {
    for (const phrase of concept.phrases) add('concept', concept.id, phrase, CONCEPT_MAX_GAP);
    if (count >= PHRASES_PER_STEP) {
      count = 0;
      yield;
    }
  }
  for (const anaphor of input.anaphors ?? []) for (const phrase of anaphor.phrases) add('anaphor', anaphor.id, phrase, 0);
  const longestFirst = (list: Pattern[]) => list.sort((a, b) => b.stems.length - a.stems.length);
  byFirst.forEach((start) => {
    if (start.patterns) longestFirst(start.patterns);
    start.bySecond?.forEach(longestFirst);
  });
  return { language, byFirst, known, own, conceptWords, nameWords, afterCopula, capitalsOnly };
}

/** The known name an unknown word is a variant of, remembered per lexicon (words a generation; see BoundedMemo). */
export const ALIGNED_MEMO_GENERATION = 5_000;
const aligned = new WeakMap<Lexicon, BoundedMemo<string, string | null>>();

function alignName(lexicon: Lexicon, word: string): string | null {
  let memo = aligned.get(lexicon);
  if (!memo) aligned.set(lexicon, (memo = new BoundedMemo(ALIGNED_MEMO_GENERATION)));
  const known = memo.get(word);
  if (known !== undefined) return known;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const candidate of lexicon.nameWords.get(word[0]!) ?? []) {
    if (Math.abs(candidate.word.length - word.length) > 2) continue;
    const result = Fuse.match(candidate.word, word, FUZZY_OPTIONS);
    if (result.isMatch && result.score !== undefined && result.score < bestScore) {
      bestScore = result.score;
      best = candidate.stem;
    }
  }
  memo.set(word, best);
  return best;
}

/** Replaces the stems of unknown words that are variants of a known name. */
export function alignNames(tokens: Token[], lexicon: Lexicon): void {
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < FUZZY_MIN_LENGTH || lexicon.known.has(t.stem)) continue;
    if (lexicon.language.stopwords.has(t.text)) continue;
    const stem = alignName(lexicon, t.text);
    if (stem) t.stem = stem;
  }
}
