// The phrases of a language's number and date words ("half a dozen", "at least", "end of") as the
// figures reader matches them on a sentence's tokens: each list split into words once (figures are
// read on most sentences judged, and each number there tries every list).
import type { Bound } from './figures';
import type { Language } from './languages/types';
import type { Token } from './words';

/** A phrase's words as tokens ("half-a-dozen" -> half, -, a, -, dozen). */
const split = (phrase: string): string[] => phrase.split(/\s+|(?=-)|(?<=-)/).filter(Boolean);

/** A phrase's words, split once and remembered (for phrases asked one at a time). */
const splitWords = new Map<string, string[]>();
export function wordsOf(phrase: string): string[] {
  let words = splitWords.get(phrase);
  if (!words) splitWords.set(phrase, (words = split(phrase)));
  return words;
}

/** Each phrase's words of a list (of phrases, or of [phrase, meaning] rows), split once per list. */
const splitLists = new WeakMap<object, string[][]>();
export function listWords(list: ReadonlyArray<string | readonly [string, unknown]>): string[][] {
  let words = splitLists.get(list);
  if (!words) splitLists.set(list, (words = list.map((row) => wordsOf(typeof row === 'string' ? row : row[0]))));
  return words;
}

/** Token texts from `i` equal the words? Returns the index after them, or -1. */
export function wordsAt(tokens: ReadonlyArray<Token>, i: number, words: ReadonlyArray<string>): number {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.text !== words[k]) return -1;
  return i + words.length;
}

/** Token texts from `i` equal the phrase's words? Returns the index after them, or -1. */
export const phraseAt = (tokens: ReadonlyArray<Token>, i: number, phrase: string): number => wordsAt(tokens, i, wordsOf(phrase));

/** The index in `list` of its first phrase standing at token `i`, or -1. */
export function firstAt(tokens: ReadonlyArray<Token>, i: number, list: ReadonlyArray<string | readonly [string, unknown]>): number {
  return listWords(list).findIndex((words) => wordsAt(tokens, i, words) >= 0);
}

/** The longest phrase of `phrases` ending right before token `i`: returns its start, or -1. */
export function phraseBefore(tokens: ReadonlyArray<Token>, i: number, phrases: ReadonlyArray<string>): number {
  let best = -1;
  for (const words of listWords(phrases)) {
    const from = i - words.length;
    if (from >= 0 && wordsAt(tokens, from, words) === i && (best < 0 || from < best)) best = from;
  }
  return best;
}

/** An unset list of a language's words. */
export const NO_WORDS: ReadonlyArray<string> = [];

/**
 * A bound written after a figure, at token `next`: "six-plus", "six or more", "thirty-odd", "a
 * third or more" (at least); "six or so", "500 or thereabouts" (about). The bound and the token
 * after its words; undefined where none is written.
 */
export function boundAfter(tokens: Token[], next: number, language: Language): { bound: Bound; next: number } | undefined {
  const { atLeastAfter, aboutAfter = NO_WORDS } = language.numbers;
  for (const words of listWords(atLeastAfter)) {
    const end = Math.max(wordsAt(tokens, next, words), tokens[next]?.text === '-' ? wordsAt(tokens, next + 1, words) : -1);
    if (end >= 0) return { bound: 'atLeast', next: end };
  }
  for (const words of listWords(aboutAfter)) {
    const end = wordsAt(tokens, next, words);
    if (end >= 0) return { bound: 'about', next: end };
  }
  return undefined;
}
