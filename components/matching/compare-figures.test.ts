import { describe, expect, it } from 'vitest';
import type { FigureSpec } from '../../data/schema';
import { ABOUT_TOLERANCE, compareFigure, compatible } from './compare-figures';
import { readFigures, type Bound, type Figure } from './figures';
import { english } from './languages/en';
import type { SentenceView } from './sentence-view';
import { tokenize } from './words';

const THIRD = 100 / 3;

describe('compatible', () => {
  it.each<[string, number, Bound, number, Bound, boolean]>([
    // Exact figures against exact targets: the same value, give or take rounding.
    ['"36%" is 36%', 36, 'exact', 36, 'exact', true],
    ['"36.4%" is 36% (rounding)', 36.4, 'exact', 36, 'exact', true],
    ['"40%" is not 36%', 40, 'exact', 36, 'exact', false],
    ['"25%" is not 36%', 25, 'exact', 36, 'exact', false],
    ['"six" is six', 6, 'exact', 6, 'exact', true],
    ['"twelve" is not six', 12, 'exact', 6, 'exact', false],
    // Exact figures against "at least" targets: at or a little above.
    ['"six" is at least 6', 6, 'exact', 6, 'atLeast', true],
    ['"7" is at least 6', 7, 'exact', 6, 'atLeast', true],
    ['"9" is at least 6 (half as much again)', 9, 'exact', 6, 'atLeast', true],
    ['"10" is another count than at least 6', 10, 'exact', 6, 'atLeast', false],
    ['"16" is another count than at least 6', 16, 'exact', 6, 'atLeast', false],
    ['"5" is not at least 6', 5, 'exact', 6, 'atLeast', false],
    // Exact figures against "at most" targets: at or below.
    ['"8" is at most 10', 8, 'exact', 10, 'atMost', true],
    ['"10" is at most 10', 10, 'exact', 10, 'atMost', true],
    ['"11" is not at most 10', 11, 'exact', 10, 'atMost', false],
    // "About" figures: within the tolerance of the target.
    ['"about 40%" is not 36%', 40, 'about', 36, 'exact', false],
    ['"about 35%" is 36%', 35, 'about', 36, 'exact', true],
    ['"roughly a third" is 36%', THIRD, 'about', 36, 'exact', true],
    ['"about a quarter" is not 36%', 25, 'about', 36, 'exact', false],
    ['"about seven" is six (within one)', 7, 'about', 6, 'exact', true],
    ['"about eight" is not six', 8, 'about', 6, 'exact', false],
    ['"about 1,000" is 950', 1000, 'about', 950, 'exact', true],
    ['"about 1,200" is not 950', 1200, 'about', 950, 'exact', false],
    // "At least" figures: the target at or a little above the bound.
    ['"over a third" is 36%', THIRD, 'atLeast', 36, 'exact', true],
    ['"over a third" is 40%', THIRD, 'atLeast', 40, 'exact', true],
    ['"over a third" is not 50%', THIRD, 'atLeast', 50, 'exact', false],
    ['"over 50%" is not 36%', 50, 'atLeast', 36, 'exact', false],
    ['"more than five" is six', 5, 'atLeast', 6, 'exact', true],
    ['"more than five" is not eight', 5, 'atLeast', 8, 'exact', false],
    ['"at least six" is at least 6', 6, 'atLeast', 6, 'atLeast', true],
    ['"more than 500" is not at least 6', 500, 'atLeast', 6, 'atLeast', false],
    ['"more than half a dozen" is not more than 500', 6, 'atLeast', 500, 'atLeast', false],
    ['"at least two" is not at least 6', 2, 'atLeast', 6, 'atLeast', false],
    ['"upwards of 450" is more than 500', 450, 'atLeast', 500, 'atLeast', true],
    // "At most" figures: the target at or a little below the bound.
    ['"under 40%" is 36%', 40, 'atMost', 36, 'exact', true],
    ['"under half" is not 36%', 50, 'atMost', 36, 'exact', false],
    ['"under 30%" is not 36%', 30, 'atMost', 36, 'exact', false],
    ['"fewer than ten" is nine', 10, 'atMost', 9, 'exact', true],
    ['"up to twelve" is at most 12', 12, 'atMost', 12, 'atMost', true],
  ])('%s', (_name, value, bound, target, targetBound, expected) => {
    expect(compatible(value, bound, target, targetBound)).toBe(expected);
  });

  it('takes an exact target by default', () => {
    expect(compatible(7, 'exact', 6)).toBe(compatible(7, 'exact', 6, 'exact'));
    expect(compatible(16, 'exact', 6)).toBe(false);
    expect(compatible(16, 'exact', 6, 'atLeast')).toBe(false);
    expect(compatible(7, 'exact', 6, 'atLeast')).toBe(true);
  });

  it(`allows an "about" figure ${ABOUT_TOLERANCE * 100}% of the target away, and no more`, () => {
    expect(compatible(110, 'about', 100)).toBe(true);
    expect(compatible(90, 'about', 100)).toBe(true);
    expect(compatible(111, 'about', 100)).toBe(false);
    expect(compatible(89, 'about', 100)).toBe(false);
  });

  // Two exact figures are the same only up to rounding (EXACT_TOLERANCE).
  it.each<[string, number, number]>([
    ['"39%" against 36%', 39, 36],
    ['"seven" against six', 7, 6],
  ])('does not take an exact %s as the same', (_name, value, target) => {
    expect(compatible(value, 'exact', target, 'exact')).toBe(false);
  });

  // An "about" figure respects the target's bound as an exact one does.
  it('takes "about eight" as at least six, as it takes "eight"', () => {
    expect(compatible(8, 'exact', 6, 'atLeast')).toBe(true);
    expect(compatible(8, 'about', 6, 'atLeast')).toBe(true);
  });
});

describe('compareFigure', () => {
  const view = (figures: Figure[]): SentenceView => ({ figures }) as unknown as SentenceView;
  const viewOf = (sentence: string): SentenceView => view(readFigures(tokenize(sentence, english), english));
  const everyCount = () => true;

  describe('percent', () => {
    const spec: FigureSpec = { kind: 'percent', value: 36 };

    it.each([
      ['no share stated', 'veltra sold six jets', { stated: false }],
      ['the same share', 'veltra holds 36% of the market', { stated: true }],
      ['"over a third"', 'veltra holds over a third of the market', { stated: true }],
      ['another share', 'veltra holds 50% of the market', { stated: true, difference: { kind: 'percent', page: 50, claim: 36 } }],
      ['a fraction, rounded', 'veltra holds a quarter of the market', { stated: true, difference: { kind: 'percent', page: 25, claim: 36 } }],
      ['one share of two the same', 'veltra holds 12% and korrin 36%', { stated: true }],
    ])('%s', (_name, sentence, verdict) => {
      expect(compareFigure(viewOf(sentence), spec, everyCount)).toEqual(verdict);
    });

    it('uses the spec\'s bound', () => {
      const atLeast: FigureSpec = { kind: 'percent', value: 30, bound: 'atLeast' };
      expect(compareFigure(viewOf('veltra holds 36% of it'), atLeast, everyCount)).toEqual({ stated: true });
      expect(compareFigure(viewOf('veltra holds 60% of it'), atLeast, everyCount).difference).toEqual({ kind: 'percent', page: 60, claim: 30 });
    });

    it('reports the first share when none is the same', () => {
      expect(compareFigure(viewOf('veltra holds 50% and korrin 12%'), spec, everyCount).difference).toEqual({ kind: 'percent', page: 50, claim: 36 });
    });
  });

  describe('count', () => {
    const spec: FigureSpec = { kind: 'count', value: 6, bound: 'atLeast', counts: ['executive'] };
    const countsExecutives = (f: Figure) => f.kind === 'count' && f.nouns.includes('execut');

    it.each([
      ['no count', 'veltra executives attended', { stated: false }],
      ['a count of something else', 'veltra sent 16 jets', { stated: false }],
      ['seven executives', 'veltra sent seven executives', { stated: true }],
      ['16 executives', 'veltra sent 16 executives', { stated: true, difference: { kind: 'count', page: 16, claim: 6 } }],
      ['"at least six executives"', 'at least six veltra executives went', { stated: true }],
    ])('%s', (_name, sentence, verdict) => {
      expect(compareFigure(viewOf(sentence), spec, countsExecutives)).toEqual(verdict);
    });
  });

  describe('date', () => {
    const spec: FigureSpec = { kind: 'date', month: 10, days: [29, 30], year: 2025 };

    it.each([
      ['no date', 'the talks took place in orsk', { stated: false }],
      ['one of the days', 'the talks took place on october 30', { stated: true }],
      ['the month alone', 'the talks took place in late october', { stated: true }],
      ['the days and year', 'the talks took place on 29-30 october 2025', { stated: true }],
      [
        'another day',
        'the talks took place on october 12',
        { stated: true, difference: { kind: 'date', page: { month: 10, days: [12] }, claim: { month: 10, days: [29, 30] } } },
      ],
      [
        'another month',
        'the talks took place in november',
        { stated: true, difference: { kind: 'date', page: { month: 11, days: [] }, claim: { month: 10, days: [29, 30] } } },
      ],
      [
        'another year',
        'the talks took place on october 29, 2024',
        { stated: true, difference: { kind: 'date', page: { month: 10, days: [29] }, claim: { month: 10, days: [29, 30] } } },
      ],
    ])('%s', (_name, sentence, verdict) => {
      expect(compareFigure(viewOf(sentence), spec, everyCount)).toEqual(verdict);
    });

    it('takes any day of the month when the spec has none', () => {
      const month: FigureSpec = { kind: 'date', month: 10, days: [] };
      expect(compareFigure(viewOf('the talks took place on october 12, 2019'), month, everyCount)).toEqual({ stated: true });
    });

    it('reads only the dates that belong to the claim', () => {
      const month: FigureSpec = { kind: 'date', month: 10, days: [] };
      expect(compareFigure(viewOf('the talks took place on october 12, 2019'), month, () => false)).toEqual({ stated: false });
    });
  });
});
