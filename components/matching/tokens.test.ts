import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise';
import { contentTokens, hasNegation, stem, tokenize } from './tokens';

const keys = (text: string) => contentTokens(tokenize(normaliseText(text).text)).map((t) => `${t.key}/${t.kind}`);

describe('tokenize', () => {
  it.each([
    ['half a dozen executives', ['6/number', 'executive/word']],
    ['at least six executives', ['least/word', '6/number', 'executive/word']],
    ['about 36 percent', ['36%/percent']],
    ['about 36 per cent', ['36%/percent']],
    ['roughly 36%', ['roughly/word', '36%/percent']],
    ['October 29–30', ['october/word', '29-30/range']],
    ['29 and 30 October', ['29-30/range', 'october/word']],
    ['Oct. 29-30', ['october/word', '29-30/range']],
    ['in 2025', ['2025/year']],
    ['Adani Defense', ['adani/word', 'defence/word']],
    ['spares for the Mikoyan MiG-29', ['part/word', 'mig/word', 'mig-29/word', 'mig/word', '29/number']],
    ['spare parts', ['part/word']],
    ['took part in the talks', ['attend/word', 'meet/word']],
    ['unmanned aerial vehicles and artificial intelligence', ['drone/word', 'ai/word']],
  ])('%j', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('keeps offsets into the normalised text', () => {
    const text = 'bharat forge attended';
    const t = tokenize(text);
    expect(t.map((x) => text.slice(x.start, x.end))).toEqual(['bharat', 'forge', 'attended']);
  });
});

describe('stem', () => {
  it.each([
    ['companies', 'company'],
    ['meetings', 'meeting'],
    ['discussed', 'discuss'],
    ['noted', 'not'],
    ['news', 'new'],
    ['bus', 'bus'],
  ])('%s -> %s (plain suffix rules)', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('never lets a content word become a negation', () => {
    expect(keys('diplomats noted')).toEqual(['diplomat/word', 'noted/word']);
    expect(hasNegation(tokenize('diplomats noted'))).toBe(false);
  });
});

describe('hasNegation', () => {
  it.each([
    ['did not attend', true],
    ["didn't attend", true],
    ['the group denied any involvement', true],
    ['attended the talks', false],
  ])('%j -> %s', (text, expected) => {
    expect(hasNegation(tokenize(normaliseText(text).text))).toBe(expected);
  });
});
