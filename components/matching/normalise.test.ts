import { describe, expect, it } from 'vitest';
import { normaliseForMatching, normaliseText, toOriginalSpan } from './normalise';

describe('normaliseText', () => {
  it.each([
    ['India’s “largest” firms', 'india\'s "largest" firms'],
    ['October 29–30 — late', 'october 29-30 - late'],
    ['  Moscow\n\n\tmeetings  ', 'moscow meetings'],
    ['ＭｉＧ－２９', 'mig-29'],
    ['co\u00ADoperation\u200B', 'cooperation'],
    ['Oct.\u00A029', 'oct. 29'],
  ])('%j -> %j', (input, expected) => {
    expect(normaliseText(input).text).toBe(expected);
    expect(normaliseForMatching(input)).toBe(expected);
  });

  it('normalises plain ASCII (its fast path) as it normalises any text', () => {
    for (const input of ['  Adani  Defence\tattended, `36%` - Oct. 29-30 ', 'A\r\nB\u000bC', 'x\u007fy', 'Plain words.']) {
      expect(normaliseForMatching(input)).toBe(normaliseText(input).text);
    }
  });

  it('maps every normalised character back to its source character', () => {
    const original = '  The “36%” figure —\n  Russia’s share ';
    const n = normaliseText(original);
    expect(n.starts).toHaveLength(n.text.length);
    const start = n.text.indexOf('russia');
    const span = toOriginalSpan(n, start, start + "russia's share".length);
    expect(original.slice(span.start, span.end)).toBe('Russia’s share');
  });

  it('maps a span ending on an expanded character to the end of its source', () => {
    const original = 'a ½ b';
    const n = normaliseText(original);
    expect(n.text).toBe('a 1\u20442 b');
    const span = toOriginalSpan(n, 2, 5);
    expect(original.slice(span.start, span.end)).toBe('½');
  });

  it('keeps characters outside the BMP whole', () => {
    const original = 'x 𝐀 y';
    const n = normaliseText(original);
    const span = toOriginalSpan(n, n.text.indexOf('y'), n.text.length);
    expect(original.slice(span.start, span.end)).toBe('y');
  });

  it('returns an empty span for an empty range', () => {
    const n = normaliseText('abc');
    expect(toOriginalSpan(n, 1, 1)).toEqual({ start: 1, end: 1 });
  });
});
