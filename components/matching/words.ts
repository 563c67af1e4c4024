// Words of one normalised sentence as matching sees them: each with its surface form, its
// canonical stem (spelling folded, irregular form lemmatised, stemmed), its numeric value when it
// is a number, and its offsets; punctuation kept as tokens, since cues and figures read it.
import { BoundedMemo } from './bounded-memo';
import type { Language } from './languages/types';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** Lower-case surface form ("n't" is written "not"). */
  text: string;
  /** Canonical form compared with the story's vocabulary; punctuation is itself. */
  stem: string;
  kind: TokenKind;
  /** Numbers: their value ("1,200" -> 1200, "29th" -> 29). */
  value?: number;
  /** Written as digits ("6"), not as a word ("six"). */
  digits?: boolean;
  /** Written with a possessive "'s" ("Tata's defence unit"). */
  possessive?: boolean;
  /** Offsets in the normalised sentence. */
  start: number;
  end: number;
}

// Numbers (thousands separators, decimals, ordinal suffixes), digit-led words ("1990s", "10am"),
// words (letters, marks, digits inside: "mig29", "l&t" kept whole), "n't", and single punctuation
// characters (a comma after a number is punctuation: "in 2019, the firm").
// Any script, and (a third faster) ASCII alone.
const UNICODE_WORDS = { word: String.raw`\p{L}[\p{L}\p{M}\p{N}]*(?:&\p{L}+)?`, digitLed: String.raw`\d+\p{L}[\p{L}\p{N}]*`, notAfterNumber: String.raw`[\p{L}\d]`, flags: 'gu' };
const ASCII_WORDS = { word: '[a-z][a-z0-9]*(?:&[a-z]+)?', digitLed: '\\d+[a-z][a-z0-9]*', notAfterNumber: '[a-z\\d]', flags: 'g' };

/**
 * The token pattern; `nt`: with the "n't" alternatives (a word before "n't", "n't" itself). A
 * sentence without "n't" (most) is read without them: they match nothing there, and the
 * lookahead one made every word be read again from its end.
 */
function tokenPattern(words: typeof ASCII_WORDS, nt: boolean): RegExp {
  const number = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:st|nd|rd|th)?(?!${words.notAfterNumber})`;
  const beforeNt = nt ? `|(${words.word})(?=n't)|n't` : '';
  return new RegExp(`${number}|${words.digitLed}${beforeNt}|${words.word}(?:'s|')?|[%.,;:!?()/&-]`, words.flags);
}
const TOKEN = tokenPattern(UNICODE_WORDS, true);
const TOKEN_NO_NT = tokenPattern(UNICODE_WORDS, false);
const ASCII_TOKEN = tokenPattern(ASCII_WORDS, true);
const ASCII_TOKEN_NO_NT = tokenPattern(ASCII_WORDS, false);
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Canonical stems, remembered per language: pages repeat their words and stemming is not free.
 * Words a generation: a long article has two to three thousand different words, so the words of
 * the page being read and the pages just before stay, while a tab reading page after page never
 * holds more than twice this many (it held up to 50,000, so a long single-page session grew).
 */
export const STEM_MEMO_GENERATION = 5_000;
const memos = new WeakMap<Language, BoundedMemo<string, string>>();

/** The canonical stem of one lower-case word. */
export function stemOf(word: string, language: Language): string {
  let memo = memos.get(language);
  if (!memo) memos.set(language, (memo = new BoundedMemo(STEM_MEMO_GENERATION)));
  const known = memo.get(word);
  if (known !== undefined) return known;
  const stem = canonical(word, language);
  memo.set(word, stem);
  return stem;
}

function canonical(word: string, language: Language): string {
  // Function words stay as written: the stemmer would make "was" and "as" alike.
  if (language.stopwords.has(word)) return word;
  const lemma = language.lemmas.get(word);
  if (lemma) return language.stem(lemma);
  return language.stem(language.fold(word));
}

/**
 * What a word (possessive and "n't" taken off) reads as: a number word's value, else its canonical
 * stem; remembered per language (words a generation, as the stems), so a word seen before costs
 * one lookup, not four.
 */
const readings = new WeakMap<Language, BoundedMemo<string, string | number>>();

function readingsOf(language: Language): BoundedMemo<string, string | number> {
  let memo = readings.get(language);
  if (!memo) readings.set(language, (memo = new BoundedMemo(STEM_MEMO_GENERATION)));
  return memo;
}

function readWord(word: string, language: Language, memo: BoundedMemo<string, string | number>): string | number {
  const known = memo.get(word);
  if (known !== undefined) return known;
  const reading = language.numbers.units.get(word) ?? language.numbers.multipliers.get(word) ?? canonical(word, language);
  memo.set(word, reading);
  return reading;
}

/** Hoisted, like the patterns of sentences.ts: not made anew for every token. */
const LETTER = /\p{L}/u;

/** Tokens of a normalised (lower-case) sentence. */
export function tokenize(sentence: string, language: Language): Token[] {
  const normalised = language.foldText ? language.foldText(sentence) : sentence;
  const tokens: Token[] = [];
  const memo = readingsOf(language);
  const nt = normalised.includes("n't");
  const pattern = NON_ASCII.test(normalised) ? (nt ? TOKEN : TOKEN_NO_NT) : nt ? ASCII_TOKEN : ASCII_TOKEN_NO_NT;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(normalised); m; m = pattern.exec(normalised)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) {
      const digits = m[1].includes(',') ? m[1].replace(/,/g, '') : m[1];
      tokens.push({ text: m[0], stem: digits, kind: 'number', value: Number(digits), digits: true, start, end });
      continue;
    }
    let word = m[2] ?? m[0];
    if (word === "n't") {
      tokens.push({ text: 'not', stem: 'not', kind: 'word', start, end });
      continue;
    }
    if (word.length === 1 && !LETTER.test(word)) {
      tokens.push({ text: word, stem: word, kind: 'punct', start, end });
      continue;
    }
    // Elisions ("n'", "l'", "qu'") are the words they stand for.
    const elided = language.elisions?.get(word);
    if (elided) {
      tokens.push({ text: elided, stem: elided, kind: 'word', start, end });
      continue;
    }
    // Possessives ("Tata's", "the companies'") and "ca(n't)", "wo(n't)": the word without them. A
    // quote closing after another word ('veltra') is no possessive.
    let possessive = false;
    if (word.endsWith("'s")) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (word.endsWith("'")) {
      word = word.slice(0, -1);
      possessive = word.endsWith('s');
    }
    const surfaceEnd = start + word.length;
    if (m[2] !== undefined && (word === 'ca' || word === 'wo')) word = word === 'ca' ? 'can' : 'will';
    const reading = readWord(word, language, memo);
    if (typeof reading === 'number') {
      tokens.push({ text: word, stem: word, kind: 'number', value: reading, start, end: surfaceEnd });
      continue;
    }
    const token: Token = { text: word, stem: reading, kind: 'word', start, end: surfaceEnd };
    if (possessive) token.possessive = true;
    tokens.push(token);
  }
  return tokens;
}

/** Is this token a word or number (not punctuation)? */
export const isWordLike = (t: Token): boolean => t.kind !== 'punct';
