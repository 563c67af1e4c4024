// parseStoryPack (validate.ts): a valid pack back unchanged, an invalid one as a ClaimSetError
// listing every problem; and normaliseWhitespace, how quotes are compared with their seeds.
import { describe, it, expect } from 'vitest';

import { ClaimSetError } from './schema';
import { normaliseWhitespace, parseStoryPack } from './validate';
import { broken, SEEDS, valid } from './validate-fixture';

describe('parseStoryPack', () => {
  it('returns a valid set unchanged', () => {
    const f = valid();
    expect(parseStoryPack(f, SEEDS)).toBe(f);
  });

  it('throws a ClaimSetError listing all problems', () => {
    const f = broken((x) => {
      delete x.claims[0].stances[1].note;
      x.claims[1].stances[0].quote = 'nowhere';
    });
    let error: unknown;
    try {
      parseStoryPack(f, SEEDS);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ClaimSetError);
    const problems = (error as ClaimSetError).problems;
    expect(problems.map((p) => p.path)).toEqual([
      'claims[sky-blue].stances[1].note',
      'claims[grass-green].stances[0].quote',
    ]);
    expect((error as Error).message).toMatch(/2 problems/);
    expect((error as Error).message).toMatch(/claims\[grass-green\]\.stances\[0\]\.quote: not found verbatim in seed "alpha\.txt"/);
  });

  it('throws on garbage', () => {
    expect(() => parseStoryPack(null)).toThrow(ClaimSetError);
  });
});

describe('normaliseWhitespace', () => {
  it.each([
    ['  a \n\t b  ', 'a b'],
    ['a\r\n\r\nb', 'a b'],
    ['a\u00a0 b', 'a b'],
    ['', ''],
    ['no-change', 'no-change'],
  ])('%j -> %j', (input, expected) => {
    expect(normaliseWhitespace(input)).toBe(expected);
  });
});
