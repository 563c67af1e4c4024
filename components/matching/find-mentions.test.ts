// findMentions on the lexicon's made-up story (fixtures/lexicon-story.ts): names written whole,
// concept phrases with one foreign word, the punctuation a phrase may cross, nested names.
import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions';
import { found, ids } from './fixtures/lexicon-story';
import { english } from './languages/en';
import { compileLexicon } from './lexicon';
import { tokenize } from './words';

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

  it('lets no foreign word but an adverb stand right before a phrase\'s closing place preposition', () => {
    expect(ids('veltra had no part in the talks')).toEqual(['veltra', 'took-part']);
    expect(ids('veltra makes parts used in jets')).toEqual(['veltra']);
    expect(ids('veltra took part directly in the talks')).toEqual(['veltra', 'took-part']);
  });

  it('crosses the dot after an initial, not a full stop after a word', () => {
    expect(ids('the u.s. said so')).toEqual(['usa']);
    expect(ids('orsk. veltra said so')).toEqual(['orsk', 'veltra']);
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

  // A name that opens in a concept's gap and takes its last word: the concept's words are not all its own.
  it('drops a gapped concept whose last word belongs to a name starting in its gap', () => {
    expect(ids('veltra attended the winter summit')).toEqual(['veltra', 'winter-summit']);
    expect(ids('veltra attended the orsk summit')).toEqual(['veltra', 'attended', 'orsk']);
  });

  it('keeps the shorter name where it stands apart from the longer one', () => {
    expect(found('veltra aerospace systems and veltra')).toEqual([
      ['entity', 'veltra-aero', 0, 2],
      ['entity', 'veltra', 4, 4],
    ]);
  });
});


describe('findMentions: a question opening with a copula', () => {
  // (A two-word name: one foreign word is a concept's gap of its own.)
  const lexicon = compileLexicon({ entities: [{ id: 'veltra', names: ['Veltra Dynamics'] }], concepts: [{ id: 'present', phrases: ['was there'] }] }, english);
  const read = (sentence: string) => findMentions(tokenize(sentence, english), lexicon).map((m) => m.id);

  it('reads a phrase that opens with the copula from its second word', () => {
    expect(read('was veltra dynamics there?')).toEqual(['veltra', 'present']);
    expect(read('veltra dynamics was there.')).toEqual(['veltra', 'present']);
  });

  it('only in a question', () => {
    expect(read('was veltra dynamics there.')).toEqual(['veltra']);
  });
});

describe('findMentions: the language\'s idioms', () => {
  const input = { entities: [], concepts: [{ id: 'travelled', phrases: ['went to'] }] };
  const idiomsOf = (language: typeof english) => {
    const lexicon = compileLexicon(input, language);
    return (sentence: string) => findMentions(tokenize(sentence, language), lexicon).map((m) => m.id);
  };

  it('reads "going to" of the future as no story words, though it stems like "went to"', () => {
    const read = idiomsOf(english);
    expect(read('they went to orsk')).toEqual(['travelled']);
    expect(read('that is not going to change')).toEqual([]);
  });

  it('reads it as the phrase in a language without idioms', () => {
    const read = idiomsOf({ ...english, idioms: undefined });
    expect(read('that is not going to change')).toEqual(['travelled']);
  });
});
