// Dates written in numbers, day first: read where they cannot be anything else.
import { describe, expect, it } from 'vitest';
import { readFigures, type Figure } from './figures';
import { english } from './languages/en';
import { tokenize } from './words';

const figures = (sentence: string): Figure[] => readFigures(tokenize(sentence, english), english);
const dates = (sentence: string) => figures(sentence).filter((f) => f.kind === 'date').map((f) => (f.kind === 'date' ? { month: f.month, days: f.days, year: f.year } : null));

describe('readFigures: dates in numbers', () => {
  it.each([
    ['a day range and its year', 'The talks were held on 29-30.10.2025.', { month: 10, days: [29, 30], year: 2025 }],
    ['one day and its year', 'The filing is dated 09.12.2025.', { month: 12, days: [9], year: 2025 }],
    ['a day/month after "on"', 'They met on 29/10 in Moscow.', { month: 10, days: [29], year: undefined }],
    ['two days of one month', 'They met on 29/10 and 30/10 in Moscow.', { month: 10, days: [29, 30], year: undefined }],
    ['a day/month/year', 'They met in Moscow, 30/10/2025.', { month: 10, days: [30], year: 2025 }],
  ])('%s: %s', (_name, sentence, date) => {
    expect(dates(sentence)).toEqual([date]);
  });

  it.each([
    ['a decimal', 'Output rose 30.10 per cent last year.'],
    ['round-the-clock work', 'The plant runs 24/7 operations.'],
    ['a fraction', 'About 3/4 of them went to Moscow.'],
    ['a score', 'India won 3/10 matches.'],
    ['a month past twelve', 'They met on 10/29.'],
  ])('not %s: %s', (_name, sentence) => {
    expect(dates(sentence)).toEqual([]);
  });
});
