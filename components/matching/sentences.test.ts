import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences } from './sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not break after abbreviations that continue the sentence', () => {
    expect(
      split('A delegation visited Moscow on Oct. 29-30, the first such trip. Lt. Gen. Arun Sahni was there. It cost $2 bn. The end.'),
    ).toEqual([
      'A delegation visited Moscow on Oct. 29-30, the first such trip.',
      'Lt. Gen. Arun Sahni was there.',
      'It cost $2 bn.',
      'The end.',
    ]);
  });

  it('ends a sentence after an abbreviation when a capitalised sentence follows', () => {
    expect(split('They bought 73,000 rifles from the U.S. The deal was late.')).toEqual([
      'They bought 73,000 rifles from the U.S.',
      'The deal was late.',
    ]);
  });

  it('treats a line break as a sentence end, and trims', () => {
    expect(split('  Headline without a stop\nFirst sentence. Second one.\n')).toEqual([
      'Headline without a stop',
      'First sentence.',
      'Second one.',
    ]);
  });

  it('offsets spans by the given base', () => {
    expect(splitSentences('One. Two.', 100)).toEqual([
      { start: 100, end: 104 },
      { start: 105, end: 109 },
    ]);
  });

  it('cuts a run-on passage into pieces no longer than the limit', () => {
    const text = 'word '.repeat(1000);
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(spans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text.trim());
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });
});
