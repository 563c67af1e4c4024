import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hindi } from './languages/hi';
import { russian } from './languages/ru';
import { ENGLISH_SENTENCES, MAX_SENTENCE_CHARS, splitSentences, type TextSpan } from './sentences';

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

describe('sentencesByLine', () => {
  // Lines are segmented several at a time; each must get the sentences it gets on its own.
  const lineByLine = (text: string, rules = ENGLISH_SENTENCES) => {
    const spans: TextSpan[] = [];
    let start = 0;
    for (const line of text.split('\n')) {
      spans.push(...splitSentences(line, start, rules));
      start += line.length + 1;
    }
    return spans;
  };

  it.each([
    ['English', ENGLISH_SENTENCES, 'Lt. Gen. Sahni led it. It met on Oct.\n29-30 in Moscow! Did it?\r\nYes.  \n\n"Quoted." (Aside.) U.S. firms went.\nA heading\nMr.\nSmith said so. \u2028Then more.'],
    ['Hindi', hindi, 'बैठक मास्को में हुई। अडानी शामिल थे।\nक्या वे वहाँ थे? हाँ।\n\nरिपोर्ट २९-३० अक्टूबर की है।'],
    ['Russian', russian, 'Встреча прошла в Москве. Г-н Сахни был там.\nНе было? Было!\n\nИ т. д. Конец.'],
  ])('%s: a chunk of lines splits as its lines do one by one', (_, rules, text) => {
    expect(splitSentences(text, 0, rules)).toEqual(lineByLine(text, rules));
  });

  it('the seeds split as they do line by line', () => {
    const dir = join(import.meta.dirname, '..', '..', 'seeds');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(splitSentences(text)).toEqual(lineByLine(text));
    }
  });
});
