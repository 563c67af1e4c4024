// Words of one normalised sentence as matching sees them: each with its surface form, its
// canonical stem (spelling folded, irregular form lemmatised, stemmed), its numeric value when it
// is a number, and its offsets; punctuation kept as tokens, since cues and figures read it.
import { BoundedMemo } from './bounded-memo';
import { hashStep, hashWord, WORD_HASH_SEED, WordTable } from './word-table';
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

/** Whether the token is written with a capital in `written`, the sentence as written (a name, mostly). */
export const writtenCapitalised = (written: string, t: Token): boolean => /^\p{Lu}/u.test(written.slice(t.start, t.end));

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
 * one lookup, not four, and an ASCII word is looked up where it stands (see WordTable).
 */
const readings = new WeakMap<Language, WordTable<string | number>>();

function readingsOf(language: Language): WordTable<string | number> {
  let table = readings.get(language);
  if (!table) readings.set(language, (table = new WordTable(STEM_MEMO_GENERATION)));
  return table;
}

const readingOf = (word: string, language: Language): string | number =>
  language.numbers.units.get(word) ?? language.numbers.multipliers.get(word) ?? canonical(word, language);

function readWord(word: string, language: Language, table: WordTable<string | number>): string | number {
  const hash = hashWord(word);
  return (table.find(word, 0, word.length, hash) ?? table.add(word, hash, readingOf(word, language))).value;
}

/** Hoisted, like the patterns of sentences.ts: not made anew for every token. */
const LETTER = /\p{L}/u;

/** Tokens of a normalised (lower-case) sentence. */
export function tokenize(sentence: string, language: Language): Token[] {
  const normalised = language.foldText ? language.foldText(sentence) : sentence;
  const tokens: Token[] = [];
  const table = readingsOf(language);
  const nt = normalised.includes("n't");
  const ascii = !NON_ASCII.test(normalised);
  // Most sentences: ASCII without "n't", read character by character (see scanAscii).
  if (ascii && !nt) {
    scanAscii(normalised, tokens, language, table);
    return tokens;
  }
  const pattern = ascii ? ASCII_TOKEN : nt ? TOKEN : TOKEN_NO_NT;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(normalised); m; m = pattern.exec(normalised)) addMatch(tokens, m, language, table);
  return tokens;
}

/** What a token pattern matched: the whole, the number (group 1), the word before "n't" (group 2), where. */
interface TokenMatch {
  0: string;
  1?: string;
  2?: string;
  index: number;
}

/** Every token with the same fields in the same order: the code that reads tokens sees one shape. */
function token(text: string, stem: string, kind: TokenKind, start: number, end: number, value?: number, digits?: true, possessive?: true): Token {
  return { text, stem, kind, value, digits, possessive, start, end };
}

function addMatch(tokens: Token[], m: TokenMatch, language: Language, table: WordTable<string | number>): void {
  const start = m.index;
  const end = start + m[0].length;
  if (m[1] !== undefined) {
    const digits = m[1].includes(',') ? m[1].replace(/,/g, '') : m[1];
    tokens.push(token(m[0], digits, 'number', start, end, Number(digits), true));
    return;
  }
  let word = m[2] ?? m[0];
  if (word === "n't") {
    tokens.push(token('not', 'not', 'word', start, end));
    return;
  }
  if (word.length === 1 && !LETTER.test(word)) {
    tokens.push(token(word, word, 'punct', start, end));
    return;
  }
  // Elisions ("n'", "l'", "qu'") are the words they stand for.
  const elided = language.elisions?.get(word);
  if (elided) {
    tokens.push(token(elided, elided, 'word', start, end));
    return;
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
  const reading = readWord(word, language, table);
  if (typeof reading === 'number') tokens.push(token(word, word, 'number', start, surfaceEnd, reading));
  else tokens.push(token(word, reading, 'word', start, surfaceEnd, undefined, undefined, possessive || undefined));
}

/** What an ASCII character can start (in ASCII_TOKEN_NO_NT): a word, a number, a punctuation token (else nothing). */
const STARTS_WORD = 1;
const STARTS_NUMBER = 2;
const STARTS_PUNCT = 3;
const STARTS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) STARTS[c] = STARTS_WORD;
for (let c = 48; c <= 57; c++) STARTS[c] = STARTS_NUMBER;
for (const c of '%.,;:!?()/&-') STARTS[c.charCodeAt(0)] = STARTS_PUNCT;
const isLetter = (c: number) => c >= 97 && c <= 122;
const isLetterOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const AMPERSAND = 38;
const QUOTE = 39;
const LETTER_S = 115;

/**
 * The tokens ASCII_TOKEN_NO_NT finds, without running it on every word: a word
 * (`[a-z][a-z0-9]*(?:&[a-z]+)?(?:'s|')?`, whose greedy reading is its match: nothing after it
 * can fail) and a punctuation mark are read here, a word looked up where it stands (hashed as
 * its characters are read); a number, whose pattern backtracks, by the pattern itself. Two
 * thirds of the cost of the pattern and a Map of words.
 */
function scanAscii(text: string, tokens: Token[], language: Language, table: WordTable<string | number>): void {
  const n = text.length;
  for (let i = 0; i < n; ) {
    const starts = STARTS[text.charCodeAt(i)];
    if (starts === STARTS_WORD) {
      let hash = hashStep(WORD_HASH_SEED, text.charCodeAt(i));
      let end = i + 1;
      for (let c = text.charCodeAt(end); end < n && isLetterOrDigit(c); c = text.charCodeAt(++end)) hash = hashStep(hash, c);
      if (text.charCodeAt(end) === AMPERSAND && isLetter(text.charCodeAt(end + 1))) {
        hash = hashStep(hash, AMPERSAND);
        end++;
        for (let c = text.charCodeAt(end); end < n && isLetter(c); c = text.charCodeAt(++end)) hash = hashStep(hash, c);
      }
      if (text.charCodeAt(end) === QUOTE) {
        // A possessive, or a quote: read as the pattern's match is.
        const quoted = end + (text.charCodeAt(end + 1) === LETTER_S ? 2 : 1);
        addMatch(tokens, { 0: text.slice(i, quoted), index: i }, language, table);
        i = quoted;
        continue;
      }
      let entry = table.find(text, i, end, hash);
      if (!entry) {
        const read = text.slice(i, end);
        entry = table.add(read, hash, readingOf(read, language));
      }
      const { word, value } = entry;
      const elided = language.elisions?.get(word);
      if (elided) tokens.push(token(elided, elided, 'word', i, end));
      else tokens.push(typeof value === 'number' ? token(word, word, 'number', i, end, value) : token(word, value, 'word', i, end));
      i = end;
    } else if (starts === STARTS_PUNCT) {
      const mark = text[i]!;
      tokens.push(token(mark, mark, 'punct', i, i + 1));
      i++;
    } else if (starts === STARTS_NUMBER) {
      ASCII_TOKEN_NO_NT.lastIndex = i;
      const m = ASCII_TOKEN_NO_NT.exec(text);
      if (!m) return;
      addMatch(tokens, m, language, table);
      i = m.index + m[0].length;
    } else i++;
  }
}

/** Is this token a word or number (not punctuation)? */
export const isWordLike = (t: Token): boolean => t.kind !== 'punct';
