import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseForMatching, normaliseText } from './normalise';
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

  it('reads "constructor" and other names of object properties as plain words', () => {
    expect(keys('the constructor said hasOwnProperty valueOf')).toEqual(['constructor/word', 'hasownproperty/word', 'valueof/word']);
  });

  it('gives ASCII text the tokens the Unicode path gives it', () => {
    // A sentence with one non-ASCII word takes the Unicode path; the rest must tokenize the same.
    const seedLines = readdirSync(join(import.meta.dirname, '../../seeds'))
      .flatMap((file) => readFileSync(join(import.meta.dirname, '../../seeds', file), 'utf8').split('\n'))
      .map(normaliseForMatching)
      .filter((line) => line.length > 0 && !/[^\x20-\x7e]/.test(line));
    expect(seedLines.length).toBeGreaterThan(50);
    for (const line of seedLines) {
      const unicodePath = tokenize(`${line} é`);
      expect(unicodePath.pop()?.key).toBe('é');
      expect(tokenize(line)).toEqual(unicodePath);
    }
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
