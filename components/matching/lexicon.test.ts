import { describe, expect, it } from 'vitest';
import { english } from './languages/en';
import { findMentions } from './find-mentions';
import { alignNames, compileLexicon, FUZZY_MIN_LENGTH, phraseStems } from './lexicon';
import { stemOf, tokenize } from './words';
import { found, ids, INPUT, lexicon } from './fixtures/lexicon-story';

describe('phraseStems', () => {
  it.each([
    ['Veltra Dynamics', ['veltra', stemOf('dynamics', english)]],
    ['MiG-29', ['mig', '29']],
    ['Larsby & Tolk', [stemOf('larsby', english), 'tolk']],
    ['Korrin Defense', ['korrin', stemOf('defence', english)]],
    ['attended the summit', [stemOf('attend', english), 'the', 'summit']],
  ])('%j -> stems without punctuation', (phrase, expected) => {
    expect(phraseStems(phrase, english)).toEqual(expected);
  });
});

describe('compileLexicon', () => {
  it('indexes one-word patterns by their stem, longer ones by their first two stems, longest first', () => {
    // (Without the language's spun forms, which add forms of their own: see spun-forms.test.ts.)
    const plain = { ...english, spunForms: [] };
    const start = compileLexicon(INPUT, plain).byFirst.get('veltra')!;
    expect(start.patterns!.map((p) => p.id)).toEqual(['veltra']);
    expect(start.bySecond!.get(stemOf('aerospace', english))!.map((p) => p.id)).toEqual(['veltra-aero']);
    const two = compileLexicon({ entities: [{ id: 'a', names: ['Veltra Aerospace'] }, { id: 'b', names: ['Veltra Aerospace Systems'] }], concepts: [] }, plain);
    expect(two.byFirst.get('veltra')!.bySecond!.get(stemOf('aerospace', english))!.map((p) => p.stems.length)).toEqual([3, 2]);
  });

  it('gives names no gap and concepts one', () => {
    const start = lexicon.byFirst.get('veltra')!;
    expect([...start.patterns!, ...[...start.bySecond!.values()].flat()].every((p) => p.maxGap === 0)).toBe(true);
    expect(lexicon.byFirst.get(stemOf('attended', english))!.bySecond!.get('the')![0]!.maxGap).toBe(1);
  });

  it('knows every stem any pattern uses', () => {
    for (const stem of ['veltra', stemOf('larsby', english), 'tolk', 'mig', '29', 'summit', 'arm', 'deal']) expect(lexicon.known.has(stem)).toBe(true);
    expect(lexicon.known.has('brisk')).toBe(false);
  });

  it(`keeps only name words of at least ${FUZZY_MIN_LENGTH} letters for alignment`, () => {
    const words = [...lexicon.nameWords.values()].flat().map((w) => w.word);
    expect(words).toEqual(expect.arrayContaining(['veltra', 'dynamics', 'aerospace', 'systems', 'larsby', 'korrin', 'defense', 'rastovich', 'collective']));
    // Short words, digits and "&" words are left out.
    for (const word of ['orsk', 'tolk', 'mig', '29', 'l&t', 'the', 'firm']) expect(words).not.toContain(word);
  });

  it('lists a name word once even when two names share it', () => {
    const v = lexicon.nameWords.get('v')!.map((w) => w.word);
    expect(v.filter((w) => w === 'veltra')).toHaveLength(1);
  });

  it('ignores a phrase with no words', () => {
    const empty = compileLexicon({ entities: [{ id: 'x', names: ['-'] }], concepts: [] }, english);
    expect(empty.byFirst.size).toBe(0);
  });
});

describe('alignNames', () => {
  it.each([
    ['one letter changed', 'rastowich signed', ['entity', 'rastovich', 0, 0]],
    ['one letter missing', 'rastovic signed', ['entity', 'rastovich', 0, 0]],
    ['one letter added', 'rastovitch signed', ['entity', 'rastovich', 0, 0]],
    ['a misspelt word of a longer name', 'veltra dynamix said', ['entity', 'veltra', 0, 1]],
    ['a US spelling misspelt', 'korrin defanse signed', ['entity', 'korrin', 0, 1]],
  ])('aligns %s: %j', (_name, sentence, mention) => {
    expect(found(sentence)).not.toContainEqual(mention);
    expect(found(sentence, true)).toContainEqual(mention);
  });

  it('does not align a short misspelt word of a longer name', () => {
    expect(found('korin defense signed', true)).toEqual(found('korin defense signed'));
    expect(ids('korin defense signed', true)).not.toContain('korrin');
  });

  it('gives the misspelt token the known stem and keeps its text', () => {
    const tokens = tokenize('rastowich signed', english);
    alignNames(tokens, lexicon);
    expect(tokens[0]).toMatchObject({ text: 'rastowich', stem: 'rastovich' });
    expect(findMentions(tokens, lexicon)).toEqual([{ kind: 'entity', id: 'rastovich', first: 0, last: 0 }]);
  });

  it('finds no misspelt name without alignment', () => {
    expect(ids('rastowich signed')).toEqual([]);
  });

  it.each([
    ['a word shorter than the minimum', 'korin signed', 'korin'],
    ['a short name ("orsk") never aligned', 'orks signed', 'orks'],
    ['another first letter', 'bastovich signed', 'bastovich'],
    ['too far in length', 'rastovichenko signed', 'rastovichenko'],
    ['too different', 'rostamani signed', 'rostamani'],
    ['a word already known', 'summit signed', 'summit'],
    ['a function word', 'although signed', 'although'],
  ])('leaves alone %s', (_name, sentence, word) => {
    const tokens = tokenize(sentence, english);
    const stem = tokens[0]!.stem;
    alignNames(tokens, lexicon);
    expect(tokens[0]).toMatchObject({ text: word, stem });
  });

  it('leaves numbers and punctuation alone', () => {
    const tokens = tokenize('1234567 ( rastowich', english);
    const before = tokens.slice(0, 2).map((t) => ({ ...t }));
    alignNames(tokens, lexicon);
    expect(tokens.slice(0, 2)).toEqual(before);
  });

  it('aligns the same word the same way again (memoised per lexicon)', () => {
    const a = tokenize('rastowich', english);
    const b = tokenize('rastowich', english);
    alignNames(a, lexicon);
    alignNames(b, lexicon);
    expect(b[0]!.stem).toBe(a[0]!.stem);
    expect(a[0]!.stem).toBe('rastovich');
  });

  it('aligns only with this lexicon\'s names', () => {
    const other = compileLexicon({ entities: [{ id: 'dalmexor', names: ['Dalmexor'] }], concepts: [] }, english);
    const tokens = tokenize('rastowich', english);
    alignNames(tokens, other);
    expect(tokens[0]!.stem).toBe('rastowich');
  });
});
