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
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual([expect.objectContaining(expected)]);
  });

  it('leaves the counted noun after the words that say so', () => {
    expect(figures('six or so executives')[0]).toMatchObject({ nouns: [expect.stringMatching(/^execut/)] });
  });
});
