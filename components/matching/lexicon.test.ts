import { describe, expect, it } from 'vitest';
import { english } from './languages/en';
import {
  alignNames,
  compileLexicon,
  findMentions,
  FUZZY_MIN_LENGTH,
  phraseStems,
  type LexiconInput,
  type Mention,
} from './lexicon';
import { stemOf, tokenize } from './words';

// A made-up story: firms, a jet, a place, a concept or two and an anaphor.
const INPUT: LexiconInput = {
  entities: [
    { id: 'veltra', names: ['Veltra', 'Veltra Dynamics'] },
    { id: 'veltra-aero', names: ['Veltra Aerospace Systems'] },
    { id: 'kv29', names: ['MiG-29'] },
    { id: 'larsby', names: ['Larsby & Tolk', 'L&T'] },
    { id: 'korrin', names: ['Korrin Defense'] },
    { id: 'rastovich', names: ['Rastovich'] },
    { id: 'orsk', names: ['Orsk'] },
    { id: 'collective', names: ['The Firm Collective'] },
  ],
  concepts: [
    { id: 'attended', phrases: ['attended the summit'] },
    { id: 'defence', phrases: ['defence'] },
    { id: 'arms-deal', phrases: ['arms deal'] },
  ],
  anaphors: [{ id: '*organisation', phrases: ['the firm', 'it'] }],
};

const lexicon = compileLexicon(INPUT, english);

const mentions = (sentence: string, align = false): Mention[] => {
  const tokens = tokenize(sentence.toLowerCase(), english);
  if (align) alignNames(tokens, lexicon);
  return findMentions(tokens, lexicon);
};
const found = (sentence: string, align = false) => mentions(sentence, align).map((m) => [m.kind, m.id, m.first, m.last]);
const ids = (sentence: string, align = false) => mentions(sentence, align).map((m) => m.id);

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

describe('findMentions: names and phrases', () => {
  it.each([
    ['a one-word name', 'orsk hosted the talks', [['entity', 'orsk', 0, 0]]],
    ['a name at the end', 'the talks were in orsk.', [['entity', 'orsk', 4, 4]]],
    ['a US spelling of a name word', 'korrin defense signed', [['entity', 'korrin', 0, 1]]],
    ['a two-word concept phrase with an inflection', 'the arms deals were signed', [['concept', 'arms-deal', 1, 2]]],
    ['"L&T" written as one word', 'l&t signed', [['entity', 'larsby', 0, 0]]],
    ['an anaphor', 'it signed the arms deal', [['anaphor', '*organisation', 0, 0], ['concept', 'arms-deal', 3, 4]]],
    ['nothing known', 'brisk and dalmex signed', []],
  ])('%s', (_name, sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  it('finds a multi-word name with its first and last tokens', () => {
    expect(found('yesterday veltra aerospace systems said')).toEqual([['entity', 'veltra-aero', 1, 3]]);
  });

  it('does not find a multi-word name with a word missing', () => {
    expect(ids('veltra systems said')).toEqual(['veltra']);
  });

  it('does not find a name whose words are apart (names are written whole)', () => {
    expect(ids('veltra big dynamics')).toEqual(['veltra']);
  });

  it('does not find a name across a comma', () => {
    expect(found('veltra, dynamics and others')).toEqual([['entity', 'veltra', 0, 0]]);
  });
});

describe('findMentions: punctuation a phrase may cross', () => {
  it.each([
    ['a hyphen', 'a mig-29 flew', [['entity', 'kv29', 1, 3]]],
    ['no punctuation at all', 'a mig 29 flew', [['entity', 'kv29', 1, 2]]],
    ['an ampersand', 'larsby & tolk signed', [['entity', 'larsby', 0, 2]]],
    ['a slash', 'larsby / tolk signed', [['entity', 'larsby', 0, 2]]],
  ])('crosses %s', (_name, sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  it.each([
    ['a comma', 'larsby, tolk signed'],
    ['a full stop', 'larsby. tolk signed'],
    ['a semicolon', 'larsby; tolk signed'],
    ['a word ("and") in a name', 'larsby and tolk signed'],
  ])('does not cross %s', (_name, sentence) => {
    expect(ids(sentence)).not.toContain('larsby');
  });
});

describe('findMentions: concept gaps', () => {
  it.each([
    ['written as the phrase', 'veltra attended the summit', true],
    ['one word inside', 'veltra attended the orsk summit', true],
    ['one word inside a two-word phrase', 'an arms export deal', true],
    ['two words together inside', 'veltra attended the big orsk summit', false],
    ['across a comma', 'veltra attended the, summit', false],
    ['the words out of order', 'the summit veltra attended', false],
  ])('%s: %j', (_name, sentence, expected) => {
    expect(ids(sentence).some((id) => id === 'attended' || id === 'arms-deal')).toBe(expected);
  });

  it('reports the concept from its first to its last word, gap included', () => {
    expect(found('veltra attended the orsk summit').filter(([kind]) => kind === 'concept')).toEqual([['concept', 'attended', 1, 4]]);
  });

  // CONCEPT_MAX_GAP is one foreign word in the whole phrase, not one per gap.
  it('allows one foreign word in the whole phrase, not one per gap', () => {
    expect(ids('veltra attended big the orsk summit')).not.toContain('attended');
  });
});

describe('findMentions: nested names', () => {
  it('drops a name inside a longer name of another entity', () => {
    expect(found('veltra aerospace systems said')).toEqual([['entity', 'veltra-aero', 0, 2]]);
  });

  it('keeps both names of one entity when one holds the other', () => {
    expect(found('veltra dynamics said')).toEqual([
      ['entity', 'veltra', 0, 1],
      ['entity', 'veltra', 0, 0],
    ]);
  });

  it('drops an anaphor inside a name', () => {
    expect(found('the firm collective said')).toEqual([['entity', 'collective', 0, 2]]);
    expect(found('the firm said')).toEqual([['anaphor', '*organisation', 0, 1]]);
  });

  it('drops a concept inside a name but keeps it outside', () => {
    expect(ids('korrin defense signed')).toEqual(['korrin']);
    expect(ids('korrin defence signed a defence pact')).toEqual(['korrin', 'defence']);
  });

  it('keeps the shorter name where it stands apart from the longer one', () => {
    expect(found('veltra aerospace systems and veltra')).toEqual([
      ['entity', 'veltra-aero', 0, 2],
      ['entity', 'veltra', 4, 4],
    ]);
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
