// English figures with their bound written after them ("six or so", "a third or more").
import { describe, expect, it } from 'vitest';
import { readFigures } from '../figures';
import { tokenize } from '../words';
import { english } from './en';

const figures = (text: string) => readFigures(tokenize(text, english), english);

describe('a bound written after the figure', () => {
  it.each([
    ['six or so executives', { kind: 'count', value: 6, bound: 'about' }],
    ['500 or thereabouts', { kind: 'count', value: 500, bound: 'about' }],
    ['a third or more of it', { kind: 'percent', bound: 'atLeast' }],
    // Said before it, the bound before stands.
    ['at least six or so executives', { kind: 'count', value: 6, bound: 'atLeast' }],
    ['the executives, six at a minimum, were there', { kind: 'count', value: 6, bound: 'atLeast' }],
    ['six at least', { kind: 'count', value: 6, bound: 'atLeast' }],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual([expect.objectContaining(expected)]);
  });

  it('leaves the counted noun after the words that say so', () => {
    expect(figures('six or so executives')[0]).toMatchObject({ nouns: [expect.stringMatching(/^execut/)] });
  });
});

// "not" before a bound turns it round ("not less than" is at least), and is no negation of the claim.
describe('a negated bound', () => {
  it.each([
    ['not less than six executives', 'atLeast'],
    ['not fewer than six executives', 'atLeast'],
    ['not more than six executives', 'atMost'],
    ['a maximum of six executives', 'atMost'],
    ['at minimum six executives', 'atLeast'],
    ['at the very least six executives', 'atLeast'],
    ['at the most six executives', 'atMost'],
    ['not under six executives', 'atLeast'],
    ['not over six executives', 'atMost'],
  ])('%s', (text, bound) => {
    expect(figures(text)).toEqual([expect.objectContaining({ kind: 'count', value: 6, bound })]);
  });
});

describe('a clock time', () => {
  it('is no count', () => {
    expect(figures('14:05 six executives met').map((f) => f.kind === 'count' && f.value)).toEqual([6]);
  });
});

describe('a time of day written with its unit', () => {
  it('is no count', () => {
    expect(figures('at 6 pm six executives met').map((f) => f.kind === 'count' && f.value)).toEqual([6]);
    expect(figures('14.05 hrs six executives met').map((f) => f.kind === 'count' && f.value)).toEqual([6]);
  });
});

describe('a time of day with a one-letter unit before its point', () => {
  it('is no count', () => {
    expect(figures('at 6 p.m. six executives met').map((f) => f.kind === 'count' && f.value)).toEqual([6]);
    expect(figures('six a day').map((f) => f.kind === 'count' && f.value)).toEqual([6]);
  });
});

describe('a percentage written with "p.c."', () => {
  it('is a percentage, though "p." also opens a clock time', () => {
    expect(figures('some 36 p.c. of the kit')).toEqual([expect.objectContaining({ kind: 'percent', value: 36 })]);
    expect(figures('some 36 p.c of the kit')).toEqual([expect.objectContaining({ kind: 'percent', value: 36 })]);
    expect(figures('some 36 consistent with cent of the kit')).toEqual([expect.objectContaining({ kind: 'percent', value: 36 })]);
  });
});
