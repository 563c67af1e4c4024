// Spun forms: a phrase of two words or more is also found as an article spinner rewrites it, with
// the language's swaps (English: languages/en-spun.ts); single words and anaphors are not, a spun
// form glued to a word the story does not know is a compound of its own, and no form stems like a
// common word. Sentences written here.
import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions';
import { english } from './languages/en';
import { compileLexicon, phraseWords } from './lexicon';
import { MAX_FORMS, MAX_SWAPS, spunTable, spunVariants } from './spun-forms';
import { tokenize } from './words';

const lexicon = compileLexicon(
  {
    entities: [{ id: 'tata-sons', names: ['Tata Sons'] }],
    concepts: [
      { id: 'defence-firms', phrases: ['defence firms'] },
      { id: 'defence', phrases: ['defence'] },
      { id: 'sanctions', phrases: ['secondary sanctions', 'US sanctions'] },
    ],
    anaphors: [{ id: 'tata-sons', phrases: ['the firm'] }],
  },
  english,
);
const ids = (sentence: string) => findMentions(tokenize(sentence.toLowerCase(), english), lexicon).map((m) => m.id);
const read = (phrase: string) => phraseWords(phrase, english);

describe('spun forms of a story phrase', () => {
  it.each([
    ['Several protection organisations sent delegates.', ['defence-firms']],
    ['Firms fear the auxiliary approvals Washington could impose.', ['sanctions']],
    ['A spokesman for Tata Children declined to comment.', ['tata-sons']],
  ])('%s', (sentence, expected) => {
    expect(ids(sentence)).toEqual(expected);
  });

  it('are not read for a single word, nor for an anaphor', () => {
    expect(ids('The new law offers protection to tenants.')).toEqual([]);
    expect(ids('The defence rested its case.')).toEqual(['defence']);
    // "the firm" spun would be "the agency", the news agency's own noun.
    expect(ids('The agency said so.')).toEqual([]);
    expect(ids('The firm said so.')).toEqual(['tata-sons']);
  });

  it('are no spun form right after a word the story does not know: a compound of its own', () => {
    expect(ids('Crop protection organisations lobbied the ministry.')).toEqual([]);
    expect(ids('Data-protection organisations lobbied the ministry.')).toEqual([]);
    // (Nor after a verb the story does not know: the rule cannot tell one from a noun.)
    expect(ids('Firms fear auxiliary approvals.')).toEqual([]);
    // … but after a word that only counts them, they are.
    expect(ids('A few protection organisations lobbied the ministry.')).toEqual(['defence-firms']);
  });

  it('give no form that stems like a common word of its own', () => {
    // "approvals" would stem like "approved": "US sanctions" spun is not "the US approved".
    expect(ids('The US approved the sale.')).toEqual([]);
  });
});

describe('spunVariants', () => {
  const language = { ...english, spunForms: [['alpha', ['one', 'uno']], ['beta', ['two']], ['gamma', ['three']], ['delta', ['four']]] as const };
  const table = spunTable(language, read);
  const original = ['alpha', 'beta', 'gamma', 'delta'];
  const forms = spunVariants(read(original.join(' ')), table);
  const swaps = (stems: string[]) => stems.filter((s, k) => s !== original[k]).length;

  it(`swaps at most ${MAX_SWAPS} words a form, every one-swap form first, and gives at most ${MAX_FORMS}`, () => {
    expect(forms.length).toBeGreaterThan(5);
    expect(forms.length).toBeLessThanOrEqual(MAX_FORMS);
    const counts = forms.map((f) => swaps(f.stems));
    expect(Math.max(...counts)).toBe(MAX_SWAPS);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts.filter((c) => c === 1)).toHaveLength(5);
    expect(forms.some((f) => f.stems.join(' ') === original.join(' '))).toBe(false);
  });

  it('says when a form opens with a swapped word', () => {
    expect(forms.find((f) => f.stems[0] === 'one')?.swappedHead).toBe(true);
    expect(forms.find((f) => f.stems[0] === 'alpha')?.swappedHead).toBe(false);
  });

  it('gives none for a single word, nor where the language lists no swaps', () => {
    expect(spunVariants(read('alpha'), table)).toEqual([]);
    expect(spunVariants(read('defence firms'), spunTable({ ...english, spunForms: undefined }, read))).toEqual([]);
  });
});
