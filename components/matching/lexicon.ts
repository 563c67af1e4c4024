// Finds the story's entities and concepts in a sentence's tokens: every alias and phrase compiled
// once to a sequence of stems, looked up by its first stem. Entity names written slightly
// differently ("Rajwanshi" for "Rajvanshi") are aligned with the known names by fuse.js.
import { BoundedMemo } from './bounded-memo';
import { spunTable, spunVariants } from './spun-forms';
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

interface Pattern {
  kind: LexiconKind;
  id: string;
  stems: string[];
  /** Words a concept's phrase may have among its own ("India's largest defence companies"). */
  maxGap: number;
  /** A spun form of two words or more opening with a swapped word (spun-forms.ts): not right after a word the story does not know. */
  spunHead?: true;
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
  /** Entity-name words (surface, lower case) by first letter, for fuzzy alignment. */
  nameWords: Map<string, Array<{ word: string; stem: string }>>;
}

/** A concept's phrase may have one foreign word among its own; names must be written whole. */
export const CONCEPT_MAX_GAP = 1;
/** Punctuation a phrase may cross: "MiG-29", "Larsen & Toubro", "co-production". */
const CROSSABLE = new Set(['-', '&', '/']);
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
  return tokenize(phrase.toLowerCase(), language)
    .filter((t) => t.kind !== 'punct')
    .map((t) => t.stem);
}

export function compileLexicon(input: LexiconInput, language: Language): Lexicon {
  const byFirst: Lexicon['byFirst'] = new Map();
  const known = new Set<string>();
  const nameWords = new Map<string, Array<{ word: string; stem: string }>>();
  const added = new Set<string>();
  const spun = spunTable(language, (phrase) => phraseStems(phrase, language));
  const add = (kind: LexiconKind, id: string, phrase: string, maxGap: number) => {
    const stems = phraseStems(phrase, language);
    addStems(kind, id, stems, maxGap);
    for (const form of spunVariants(stems, spun)) addStems(kind, id, form, maxGap, form.length > 1 && form[0] !== stems[0]);
  };
  const addStems = (kind: LexiconKind, id: string, stems: string[], maxGap: number, spunHead = false) => {
    // Phrases that stem alike ("executive", "executives") are one pattern.
    const key = `${kind} ${id} ${stems.join(' ')}`;
    if (stems.length === 0 || added.has(key)) return;
    added.add(key);
    stems.forEach((s) => known.add(s));
    let start = byFirst.get(stems[0]!);
    if (!start) byFirst.set(stems[0]!, (start = {}));
    const pattern: Pattern = { kind, id, stems, maxGap, ...(spunHead ? { spunHead: true as const } : {}) };
    if (stems.length > 1) {
      start.bySecond ??= new Map();
      const list = start.bySecond.get(stems[1]!) ?? [];
      list.push(pattern);
      start.bySecond.set(stems[1]!, list);
    } else (start.patterns ??= []).push(pattern);
  };
  for (const entity of input.entities) {
    for (const name of entity.names) {
      add('entity', entity.id, name, 0);
      for (const word of name.toLowerCase().split(/[\s-]+/)) {
        if (word.length < FUZZY_MIN_LENGTH || !/^\p{L}+$/u.test(word)) continue;
        const list = nameWords.get(word[0]!) ?? [];
        if (!list.some((w) => w.word === word)) list.push({ word, stem: stemOf(word, language) });
        nameWords.set(word[0]!, list);
      }
    }
  }
  for (const concept of input.concepts) for (const phrase of concept.phrases) add('concept', concept.id, phrase, CONCEPT_MAX_GAP);
  for (const anaphor of input.anaphors ?? []) for (const phrase of anaphor.phrases) add('anaphor', anaphor.id, phrase, 0);
  const longestFirst = (list: Pattern[]) => list.sort((a, b) => b.stems.length - a.stems.length);
  byFirst.forEach((start) => {
    if (start.patterns) longestFirst(start.patterns);
    start.bySecond?.forEach(longestFirst);
  });
  return { language, byFirst, known, nameWords };
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

/** Every mention of an entity or concept in the tokens (overlapping mentions all kept). */
export function findMentions(tokens: Token[], lexicon: Lexicon): Mention[] {
  const mentions: Mention[] = [];
  const found = (patterns: Pattern[] | undefined, i: number, gappedOnly: boolean) => {
    if (!patterns) return;
    for (const p of patterns) {
      if (gappedOnly && p.maxGap === 0) continue;
      // "crop protection companies" are no spun "defence companies": a word the story does not
      // know, right before a spun form, makes it a compound of its own.
      if (p.spunHead && isUnknownWord(tokens[i - 1], lexicon)) continue;
      const last = matchFrom(tokens, i, p);
      if (last < 0) continue;
      // Another phrase of the same concept over the same words is the same mention.
      const previous = mentions[mentions.length - 1];
      if (previous && previous.first === i && previous.last === last && previous.id === p.id) continue;
      const mention: Mention = { kind: p.kind, id: p.id, first: i, last };
      if (last - i + 1 > p.stems.length && words(tokens, i, last) > p.stems.length) mention.gapped = true;
      mentions.push(mention);
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const start = lexicon.byFirst.get(tokens[i]!.stem);
    if (!start) continue;
    const second = start.bySecond;
    if (second) {
      // The phrase's second word is the next word, or the one after it where a concept's one
      // foreign word stands between ("the Moscow meetings"); "-", "&", "/" are crossed.
      const next = nextWord(tokens, i);
      if (next > 0) {
        found(second.get(tokens[next]!.stem), i, false);
        const after = nextWord(tokens, next);
        if (after > 0) found(second.get(tokens[after]!.stem), i, true);
      }
    }
    found(start.patterns, i, false);
  }
  // A name inside a longer name of another entity is not a mention of its own ("Adani" in
  // "Adani Defence and Aerospace"); nor is a concept ("forging" in "Bharat Forge") or an anaphor.
  const names = mentions.filter((m) => m.kind === 'entity');
  return mentions.filter((m) =>
    m.kind === 'entity'
      ? !names.some((n) => n !== m && n.id !== m.id && n.first <= m.first && n.last >= m.last && n.last - n.first > m.last - m.first)
      : !names.some((n) => n.first <= m.first && n.last >= m.last),
  );
}

/** A word the story does not know (nor a function word, nor one the language lets open a spun form). */
export function isUnknownWord(token: Token | undefined, lexicon: Lexicon): boolean {
  if (token === undefined || token.kind !== 'word' || token.possessive) return false;
  const { stopwords, spunOpeners } = lexicon.language;
  return !lexicon.known.has(token.stem) && !stopwords.has(token.stem) && !(spunOpeners?.has(token.text) ?? false);
}

/** The token of the word after `at`, crossing only CROSSABLE punctuation; -1 where none. */
function nextWord(tokens: Token[], at: number): number {
  for (let k = at + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'punct') return k;
    if (!CROSSABLE.has(t.text)) return -1;
  }
  return -1;
}

/** Words (not punctuation) from `first` to `last`. */
function words(tokens: Token[], first: number, last: number): number {
  let n = 0;
  for (let k = first; k <= last; k++) if (tokens[k]!.kind !== 'punct') n++;
  return n;
}

/** Index of the last token of `p` matched from `start`, or -1. The gap allowance is for the whole phrase. */
function matchFrom(tokens: Token[], start: number, p: Pattern): number {
  let at = start;
  let gap = 0;
  for (let k = 1; k < p.stems.length; k++) {
    let next = at + 1;
    for (; next < tokens.length; next++) {
      const t = tokens[next]!;
      if (t.stem === p.stems[k]) break;
      if (t.kind === 'punct') {
        if (CROSSABLE.has(t.text)) continue;
        return -1;
      }
      if (++gap > p.maxGap) return -1;
    }
    if (next >= tokens.length) return -1;
    at = next;
  }
  return at;
}
