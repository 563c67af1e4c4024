// Spun forms: a phrase of two words or more is also found as an article spinner rewrites it, with
// the language's swaps (English: languages/en-spun.ts); single words are not, and a spun form
// glued to a word the story does not know is a compound of its own. Sentences written here.
import { describe, expect, it } from 'vitest';
import { english } from './languages/en';
import { compileLexicon, findMentions, phraseStems } from './lexicon';
import { MAX_FORMS, MAX_SWAPS, spunTable, spunVariants } from './spun-forms';
import { tokenize } from './words';

const lexicon = compileLexicon(
  {
    entities: [{ id: 'tata-sons', names: ['Tata Sons'] }],
    concepts: [
      { id: 'defence-firms', phrases: ['defence firms'] },
      { id: 'defence', phrases: ['defence'] },
      { id: 'sanctions', phrases: ['secondary sanctions'] },
    ],
  },
  english,
);
const ids = (sentence: string) => findMentions(tokenize(sentence.toLowerCase(), english), lexicon).map((m) => m.id);
const stems = (phrase: string) => phraseStems(phrase, english);

describe('spun forms of a story phrase', () => {
  it.each([
    ['Several protection organisations sent delegates.', ['defence-firms']],
    ['Firms fear the auxiliary approvals Washington could impose.', ['sanctions']],
    ['A spokesman for Tata Children declined to comment.', ['tata-sons']],
  ])('%s', (sentence, expected) => {
    expect(ids(sentence)).toEqual(expected);
  });

  it('are not read for a single word', () => {
    expect(ids('The new law offers protection to tenants.')).toEqual([]);
    expect(ids('The defence rested its case.')).toEqual(['defence']);
  });

  it('are no spun form right after a word the story does not know: a compound of its own', () => {
    expect(ids('Crop protection organisations lobbied the ministry.')).toEqual([]);
    // (Nor after a verb the story does not know: the rule cannot tell one from a noun.)
    expect(ids('Firms fear auxiliary approvals.')).toEqual([]);
    // … but after a word that only counts them, they are.
    expect(ids('A few protection organisations lobbied the ministry.')).toEqual(['defence-firms']);
  });

  it(`swap at most ${MAX_SWAPS} words and give at most ${MAX_FORMS} forms`, () => {
    const table = spunTable(english, stems);
    const forms = spunVariants(stems('senior defence officials of state-run companies'), table);
    expect(forms.length).toBeGreaterThan(0);
    expect(forms.length).toBeLessThanOrEqual(MAX_FORMS);
    const original = stems('senior defence officials of state-run companies');
    for (const form of forms) {
      expect(form.join(' ')).not.toBe(original.join(' '));
    }
    expect(spunVariants(stems('defence'), table)).toEqual([]);
  });

  it('are none where the language lists no swaps', () => {
    expect(spunVariants(stems('defence firms'), spunTable({ ...english, spunForms: undefined }, stems))).toEqual([]);
  });
});
