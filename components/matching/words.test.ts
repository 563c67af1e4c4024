import { describe, expect, it } from 'vitest';
import { english } from './languages/en';
import { french } from './languages/fr';
import { isWordLike, tokenize, type Token } from './words';

const tok = (sentence: string): Token[] => tokenize(sentence, english);
const texts = (sentence: string): string[] => tok(sentence).map((t) => t.text);

describe('tokenize: words, punctuation and offsets', () => {
  it.each([
    ['plain words', 'veltra signed a deal', ['veltra', 'signed', 'a', 'deal']],
    ['punctuation as its own tokens', 'orsk, then brisk; done.', ['orsk', ',', 'then', 'brisk', ';', 'done', '.']],
    ['every listed punctuation mark', '( ) / & - % : ! ?', ['(', ')', '/', '&', '-', '%', ':', '!', '?']],
    ['a hyphenated name split at the hyphen', 'mig-29', ['mig', '-', '29']],
    ['an ampersand inside a word kept whole', 'k&v said', ['k&v', 'said']],
    ['an ampersand between words as punctuation', 'larsby & tolk', ['larsby', '&', 'tolk']],
    ['digits inside a word kept whole', 'the kv29 jet', ['the', 'kv29', 'jet']],
    ['quotes and other symbols dropped', 'the "veltra" $ deal', ['the', 'veltra', 'deal']],
    ['letters with diacritics (non-ASCII path)', 'zürich café', ['zürich', 'café']],
  ])('%s', (_name, sentence, expected) => {
    expect(texts(sentence)).toEqual(expected);
  });

  it('gives each token its offsets in the sentence', () => {
    const sentence = 'veltra, orsk.';
    const tokens = tok(sentence);
    expect(tokens.map((t) => [t.start, t.end])).toEqual([
      [0, 6],
      [6, 7],
      [8, 12],
      [12, 13],
    ]);
    for (const t of tokens) expect(sentence.slice(t.start, t.end)).toBe(t.text);
  });

  it('marks punctuation as punct with itself as stem, and words as word', () => {
    const [word, comma] = tok('orsk,');
    expect(word).toMatchObject({ kind: 'word', text: 'orsk' });
    expect(comma).toMatchObject({ kind: 'punct', text: ',', stem: ',' });
    expect(isWordLike(word!)).toBe(true);
    expect(isWordLike(comma!)).toBe(false);
  });

  it('returns nothing for an empty sentence', () => {
    expect(tok('')).toEqual([]);
  });

  it('is the same on repeated calls (the global regex is reset)', () => {
    const first = tok('veltra met korrin in 2019.');
    expect(tok('veltra met korrin in 2019.')).toEqual(first);
  });

  // Only groups of three digits after a comma are a thousands separator: "2019, the" keeps its comma.
  it('keeps a comma after a number as its own punctuation token', () => {
    expect(texts('in 2019, the firm')).toEqual(['in', '2019', ',', 'the', 'firm']);
  });

  // A number followed directly by letters ("1990s", "29k", "10am") is one word, digits kept.
  it('does not drop the digits of a digit-led word like "1990s"', () => {
    const tokens = tok('the 1990s boom');
    expect(tokens.some((t) => t.start === 4 && t.end === 9)).toBe(true);
  });
});

describe('tokenize: contractions and possessives', () => {
  it.each([
    ["didn't", 'veltra didn\'t attend', ['veltra', 'did', 'not', 'attend']],
    ["isn't", 'it isn\'t so', ['it', 'is', 'not', 'so']],
    ["can't -> can not", 'they can\'t go', ['they', 'can', 'not', 'go']],
    ["won't -> will not", 'they won\'t go', ['they', 'will', 'not', 'go']],
    ["n't on the non-ASCII path", 'zürich didn\'t sign', ['zürich', 'did', 'not', 'sign']],
    ["won't on the non-ASCII path", 'zürich won\'t sign', ['zürich', 'will', 'not', 'sign']],
  ])('%s', (_name, sentence, expected) => {
    expect(texts(sentence)).toEqual(expected);
  });

  it('writes "n\'t" as a word "not" whose stem is "not", spanning the three characters', () => {
    const tokens = tok("didn't");
    expect(tokens[1]).toMatchObject({ text: 'not', stem: 'not', kind: 'word', start: 3, end: 6 });
  });

  // The end offset is the surface's ("ca", "wo"), not the rewritten word's ("can", "will").
  it.each([
    ["can't", "can't"],
    ["won't", "won't"],
  ])('gives %s offsets that do not overlap the "not" token', (_name, sentence) => {
    const [word, not] = tok(sentence);
    expect(word!.end).toBeLessThanOrEqual(not!.start);
    expect(word!.end).toBe(2);
  });

  it.each([
    ["singular 's", "kestrel's board", 'kestrel'],
    ["plural s'", "the workers' union", 'workers'],
    ["non-ASCII 's", "zürich's bank", 'zürich'],
  ])('drops a possessive (%s) and marks the word possessive', (_name, sentence, word) => {
    const t = tok(sentence).find((x) => x.text === word);
    expect(t).toBeDefined();
    expect(t!.possessive).toBe(true);
  });

  it('gives a possessive word the span of the word without the "\'s"', () => {
    const [t] = tok("kestrel's board");
    expect(t).toMatchObject({ text: 'kestrel', stem: 'kestrel', start: 0, end: 7 });
  });

  it('leaves possessive off words that have none', () => {
    for (const t of tok('its board met')) expect(t.possessive).toBeUndefined();
  });

  // A closing single quote after a word not ending in "s" is a quotation mark, not a possessive.
  it('does not read a closing quotation mark as a possessive', () => {
    const t = tok("officials at 'veltra' said").find((x) => x.text === 'veltra');
    expect(t?.possessive).toBeUndefined();
  });
});

describe('tokenize: ASCII sentences read without the pattern', () => {
  // A character outside ASCII sends a sentence through the token pattern: the words before it
  // must read alike either way.
  it.each([
    ["kestrel's board met; the k&v-29 deal, worth 1,200.5m (36%) on oct. 29th, 2025 / 'veltra' said: six-plus"],
    ["the companies' 2nd and 3rd 1990s a&b&c x&1 1,2345 1.5m 10am 3,400,000th end."],
    ['"quoted" $ #tags_ and under_scores... ok?! fine'],
  ])('%s', (sentence) => {
    expect(tok(sentence)).toEqual(tok(`${sentence} \u00e9`).slice(0, -1));
  });

  it('reads French elisions on either path', () => {
    const sentence = "l'accord qu'il d'un jusqu'ici";
    expect(tokenize(sentence, french)).toEqual(tokenize(`${sentence} \u00e9`, french).slice(0, -1));
    expect(tokenize(sentence, french).map((t) => t.text)).toEqual(['le', 'accord', 'que', 'il', 'de', 'un', 'jusque', 'ici']);
  });
});

describe('tokenize: numbers', () => {
  it.each([
    ['a plain number', '6', 6, '6'],
    ['thousands separators', '1,200', 1200, '1200'],
    ['several separators', '3,400,000', 3_400_000, '3400000'],
    ['a decimal', '36.5', 36.5, '36.5'],
    ['ordinal st', '1st', 1, '1'],
    ['ordinal nd', '2nd', 2, '2'],
    ['ordinal rd', '23rd', 23, '23'],
    ['ordinal th', '29th', 29, '29'],
  ])('%s: %j -> %d', (_name, sentence, value, stem) => {
    const [t] = tok(sentence);
    expect(t).toMatchObject({ kind: 'number', value, digits: true, stem, text: sentence });
    expect(tok(sentence)).toHaveLength(1);
  });

  it('keeps the percent sign after a number as punctuation', () => {
    expect(tok('36%').map((t) => [t.kind, t.text])).toEqual([
      ['number', '36'],
      ['punct', '%'],
    ]);
  });

  it('keeps the full stop after a number out of it', () => {
    expect(texts('it was 5.')).toEqual(['it', 'was', '5', '.']);
  });

  it.each([
    ['one', 1],
    ['six', 6],
    ['twelve', 12],
    ['nineteen', 19],
    ['thirty', 30],
    ['ninety', 90],
    ['dozen', 12],
    ['zero', 0],
  ])('reads the number word %j as %d, not written as digits', (word, value) => {
    const [t] = tok(word);
    expect(t).toMatchObject({ kind: 'number', value, text: word, stem: word });
    expect(t!.digits).toBeUndefined();
  });

  it.each([
    ['hundred', 100],
    ['thousand', 1000],
  ])('reads the multiplier %j as a number %d', (word, value) => {
    expect(tok(word)[0]).toMatchObject({ kind: 'number', value });
  });

  it('splits "thirty-six" into two number words around a hyphen', () => {
    expect(tok('thirty-six').map((t) => [t.kind, t.value ?? t.text])).toEqual([
      ['number', 30],
      ['punct', '-'],
      ['number', 6],
    ]);
  });

  it('does not read a word that merely contains a number word as a number', () => {
    expect(tok('often sixty-fold tenure').filter((t) => t.kind === 'number').map((t) => t.text)).toEqual(['sixty']);
  });
});
