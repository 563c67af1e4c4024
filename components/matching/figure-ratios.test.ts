import { describe, expect, it } from 'vitest';
import { readFigures, type Figure } from './figures';
import { english } from './languages/en';
import { tokenize } from './words';

const figures = (sentence: string): Figure[] => readFigures(tokenize(sentence, english), english);

// "four in ten", "one out of three": two numbers joined into a share (the language's `ratios`).
describe('readFigures: ratios', () => {
  it.each([
    ['"four in ten"', 'four in ten suppliers are local', 40, 'about'],
    ['digits', '4 in 10 suppliers are local', 40, 'about'],
    ['"one out of three"', 'one out of three suppliers is local', 100 / 3, 'about'],
    ['"nearly"', 'nearly four in ten suppliers', 40, 'about'],
    ['"more than"', 'more than one in three suppliers', 100 / 3, 'atLeast'],
    ['"under"', 'under one in five suppliers', 20, 'atMost'],
    ['"nine in one hundred"', 'nine in one hundred suppliers', 9, 'about'],
    ['"one in every three"', 'one in every three suppliers is local', 100 / 3, 'about'],
    ['"two out of every five"', 'two out of every five suppliers', 40, 'about'],
  ])('%s is a share, never exact: %j', (_name, sentence, value, bound) => {
    const found = figures(sentence);
    expect(found, JSON.stringify(found)).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'percent', bound });
    expect(found[0]!.kind === 'percent' && found[0]!.value).toBeCloseTo(value, 5);
  });

  it('neither number of a ratio is read again as a count', () => {
    expect(figures('four in ten executives flew in').map((f) => f.kind)).toEqual(['percent']);
  });

  it.each([
    ['a place after "in"', 'six in Moscow signed', [{ kind: 'count', value: 6 }]],
    ['a year after "in"', 'six in 2025 signed', [{ kind: 'count', value: 6 }, { kind: 'year', year: 2025 }]],
    ['a whole no larger than the part', 'ten in four rounds', [{ kind: 'count', value: 10 }, { kind: 'count', value: 4 }]],
    ['a whole past the largest', 'two in five thousand firms', [{ kind: 'count', value: 2 }, { kind: 'count', value: 5000 }]],
    ['a whole that is a measure', 'six in ten minutes', [{ kind: 'count', value: 6 }, { kind: 'count', value: 10 }]],
    ['a whole that counts games', 'won three in five matches', [{ kind: 'count', value: 3 }, { kind: 'count', value: 5 }]],
  ])('reads no ratio from %s: %j', (_name, sentence, expected) => {
    expect(figures(sentence)).toMatchObject(expected);
  });

  it('reads no ratio in a language that lists no ratio words', () => {
    const noRatios = { ...english, numbers: { ...english.numbers, ratios: undefined } };
    expect(readFigures(tokenize('four in ten suppliers', noRatios), noRatios).map((f) => f.kind)).toEqual(['count', 'count']);
  });
});
