import { describe, expect, it } from 'vitest';
import { figureTokens, readFigures, type Figure } from './figures';
import { english } from './languages/en';
import { tokenize } from './words';

const figures = (sentence: string): Figure[] => readFigures(tokenize(sentence, english), english);
const only = (sentence: string): Figure => {
  const found = figures(sentence);
  expect(found, `figures of ${JSON.stringify(sentence)}`).toHaveLength(1);
  return found[0]!;
};

describe('readFigures: percentages', () => {
  it.each([
    ['a percent sign', '36% of suppliers', 36, 'exact'],
    ['"per cent"', '36 per cent of suppliers', 36, 'exact'],
    ['"percent"', '36 percent of suppliers', 36, 'exact'],
    ['"per-cent"', '36 per-cent of suppliers', 36, 'exact'],
    ['"pc"', 'a 36 pc share', 36, 'exact'],
    ['a spinner\'s "in line with cent"', '36 in line with cent of suppliers', 36, 'exact'],
    ['a decimal', 'a 12.5% stake in brisk', 12.5, 'exact'],
    ['a hyphenated number word', 'thirty-six per cent of suppliers', 36, 'exact'],
    ['a spaced number word', 'thirty six per cent of suppliers', 36, 'exact'],
    ['a single number word', 'nine per cent of suppliers', 9, 'exact'],
    ['"about"', 'about 40% of suppliers', 40, 'about'],
    ['"roughly"', 'roughly 40 per cent', 40, 'about'],
    ['"nearly"', 'nearly forty per cent', 40, 'about'],
    ['"more than"', 'more than 20% of exports', 20, 'atLeast'],
    ['"at least"', 'at least 20 per cent', 20, 'atLeast'],
    ['"over"', 'over 20%', 20, 'atLeast'],
    ['"no less than"', 'no less than 20%', 20, 'atLeast'],
    ['"less than"', 'less than 20% of exports', 20, 'atMost'],
    ['"up to"', 'up to 20%', 20, 'atMost'],
    ['"under"', 'under 20 per cent', 20, 'atMost'],
  ])('%s: %j', (_name, sentence, value, bound) => {
    expect(only(sentence)).toMatchObject({ kind: 'percent', value, bound });
  });

  it.each([
    ['"a third"', 'a third of suppliers', 100 / 3, 'about'],
    ['"one-third"', 'one-third of suppliers', 100 / 3, 'about'],
    ['"one in three"', 'one in three suppliers', 100 / 3, 'about'],
    ['"over a third"', 'over a third of suppliers', 100 / 3, 'atLeast'],
    ['"more than a third"', 'more than a third of suppliers', 100 / 3, 'atLeast'],
    ['"under half"', 'under half of suppliers', 50, 'atMost'],
    ['"roughly a quarter"', 'roughly a quarter of suppliers', 25, 'about'],
    ['"two-thirds"', 'two-thirds of suppliers', 200 / 3, 'about'],
    ['"three quarters"', 'three quarters of suppliers', 75, 'about'],
    ['"a fifth"', 'a fifth of suppliers', 20, 'about'],
  ])('a fraction is a share, never exact: %s', (_name, sentence, value, bound) => {
    const f = only(sentence);
    expect(f).toMatchObject({ kind: 'percent', bound });
    expect(f.kind === 'percent' && f.value).toBeCloseTo(value, 5);
  });

  it('places a percentage at its number, after the qualifier', () => {
    expect(only('brisk holds about 40% of it')).toMatchObject({ kind: 'percent', at: 3 });
    expect(only('brisk holds over a third of it')).toMatchObject({ kind: 'percent', at: 3 });
  });

  // "-odd" after the number is a lower bound, and the percent marker follows it.
  it('reads "thirty-odd per cent" as a share of at least 30', () => {
    expect(only('thirty-odd per cent of suppliers')).toMatchObject({ kind: 'percent', value: 30, bound: 'atLeast' });
  });
});

describe('readFigures: counts', () => {
  it.each([
    ['digits', '6 executives flew in', 6, 'exact', 'execut'],
    ['a number word', 'six executives flew in', 6, 'exact', 'execut'],
    ['a compound number word', 'twenty-one engineers left', 21, 'exact', 'engin'],
    ['thousands separators', '1,200 workers struck', 1200, 'exact', 'worker'],
    ['"five hundred"', 'five hundred companies signed', 500, 'exact', 'compani'],
    ['"two thousand"', 'two thousand soldiers', 2000, 'exact', 'soldier'],
    ['"a dozen"', 'a dozen executives', 12, 'exact', 'execut'],
    ['"a couple of"', 'a couple of officials', 2, 'exact', 'offici'],
    ['"at least"', 'at least six executives', 6, 'atLeast', 'execut'],
    ['"more than"', 'more than 500 companies', 500, 'atLeast', 'compani'],
    ['"no fewer than"', 'no fewer than six executives', 6, 'atLeast', 'execut'],
    ['"-plus"', 'six-plus executives', 6, 'atLeast', 'execut'],
    ['"-plus" on digits', '500-plus companies', 500, 'atLeast', 'compani'],
    ['"or more"', 'six or more executives', 6, 'atLeast', 'execut'],
    ['"-odd"', 'thirty-odd executives', 30, 'atLeast', 'execut'],
    ['"some"', 'some 300 engineers', 300, 'about', 'engin'],
    ['"nearly"', 'nearly 1,200 workers', 1200, 'about', 'worker'],
    ['"fewer than"', 'fewer than ten delegates', 10, 'atMost', 'deleg'],
    ['"up to"', 'up to forty delegates', 40, 'atMost', 'deleg'],
  ])('%s: %j', (_name, sentence, value, bound, noun) => {
    const f = only(sentence);
    expect(f).toMatchObject({ kind: 'count', value, bound });
    expect(f.kind === 'count' && f.nouns).toContain(noun);
  });

  it('reads the counted noun a few words on ("six senior Veltra executives")', () => {
    const f = only('six senior veltra executives');
    expect(f.kind === 'count' && f.nouns).toEqual(['senior', 'veltra', 'execut']);
  });

  it('does not reach for nouns past its reach', () => {
    const f = only('six of the many senior veltra executives');
    expect(f.kind === 'count' && f.nouns).not.toContain('execut');
  });

  it('places a count at its number, after the qualifier', () => {
    expect(only('at least six executives')).toMatchObject({ at: 2 });
  });

  it('reads two counts in one sentence, in order', () => {
    expect(figures('six engineers and 40 technicians').map((f) => f.kind === 'count' && f.value)).toEqual([6, 40]);
  });

  // Number phrases come before fractions: "half a dozen" is six, not a half and a dozen.
  it.each([
    ['half a dozen executives'], ['half-a-dozen executives'], ['the half-dozen executives'], ['a half dozen executives'],
  ])('reads %j as a count of six', (sentence) => {
    expect(only(sentence)).toMatchObject({ kind: 'count', value: 6, bound: 'exact' });
  });
});

describe('readFigures: dates', () => {
  it.each([
    ['month then day range', 'talks on october 29-30 in orsk', { month: 10, days: [29, 30] }],
    ['day range then month', 'talks on 29-30 october in orsk', { month: 10, days: [29, 30] }],
    ['abbreviated month, "and", year', 'talks on oct. 29 and 30, 2025', { month: 10, days: [29, 30], year: 2025 }],
    ['ordinals "of" month', 'talks on the 29th and 30th of october', { month: 10, days: [29, 30] }],
    ['single day, year after comma', 'signed on december 12, 2024', { month: 12, days: [12], year: 2024 }],
    ['day month year', 'signed on 12 december 2024', { month: 12, days: [12], year: 2024 }],
    ['"sept." with a day', 'signed on sept. 3', { month: 9, days: [3] }],
    ['"to" between days', 'held 1 to 3 june', { month: 6, days: [1, 3] }],
    ['"through" between days', 'held july 29 through 31', { month: 7, days: [29, 31] }],
    ['month and year', 'signed in october 2025', { month: 10, days: [], year: 2025 }],
    ['a month alone', 'signed in october', { month: 10, days: [] }],
    ['"in may 2019"', 'the deal was signed in may 2019', { month: 5, days: [], year: 2019 }],
    ['"march" after "in"', 'in march the deal was signed', { month: 3, days: [] }],
    ['"may" with a day', 'signed on may 4', { month: 5, days: [4] }],
  ])('%s: %j', (_name, sentence, date) => {
    const f = only(sentence);
    expect(f).toMatchObject({ kind: 'date', ...date });
    if (!('year' in date)) expect(f).not.toHaveProperty('year');
    expect(f).not.toHaveProperty('part');
  });

  it.each([
    ['"late"', 'in late october', 'late'],
    ['"the end of"', 'by the end of october', 'late'],
    ['"early"', 'in early march 2024', 'early'],
    ['"mid"', 'in mid october', 'mid'],
    ['"middle of"', 'in the middle of june', 'mid'],
  ])('reads the part of the month from %s', (_name, sentence, part) => {
    expect(only(sentence)).toMatchObject({ kind: 'date', part });
  });

  it('keeps the year with a part of a month', () => {
    expect(only('in late october 2025')).toMatchObject({ kind: 'date', month: 10, part: 'late', year: 2025, days: [] });
  });

  // The hyphen of the usual spelling "mid-October" stands between the part and the month.
  it('reads the part of the month from "mid-october"', () => {
    expect(only('talks in mid-october')).toMatchObject({ kind: 'date', month: 10, part: 'mid' });
  });

  it.each([
    ['the verb "may"', 'brisk may sign the deal'],
    ['the verb "may" with "have"', 'the firms may have met'],
    ['the verb "march"', 'the troops march north'],
  ])('does not read %s as a month', (_name, sentence) => {
    expect(figures(sentence)).toEqual([]);
  });

  it('does not read a number above 31 as a day', () => {
    const found = figures('on 32 october');
    expect(found.find((f) => f.kind === 'date')).toMatchObject({ month: 10, days: [] });
  });

  it('does not read the year of a date a second time as a year', () => {
    expect(figures('on 29-30 october 2025').map((f) => f.kind)).toEqual(['date']);
    expect(figures('in october 2025').map((f) => f.kind)).toEqual(['date']);
  });

  it('does not read the days of a date again as counts', () => {
    expect(figures('on october 29 and 30 the firms met').map((f) => f.kind)).toEqual(['date']);
  });

  it('places a date at its month or its first day', () => {
    expect(only('talks on october 29-30')).toMatchObject({ at: 2 });
    expect(only('talks on 29-30 october')).toMatchObject({ at: 2 });
  });
});

describe('readFigures: years', () => {
  it.each([
    ['"in 2019"', 'the plant opened in 2019', 2019, false],
    ['a bare year', 'the 2019 deal', 2019, false],
    ['"since 2022"', 'exports fell since 2022', 2022, true],
    ['"since the 2022 invasion"', 'exports fell since the 2022 invasion', 2022, true],
    ['"since <event> in 2022"', "the first such trip since russia's full-scale invasion of ukraine in 2022", 2022, true],
    ['"after <event> in 2019" (a point)', 'they met after the army expo in 2019', 2019, false],
    ['"since <event>, in 2019" (a point after the break)', 'exports fell since the invasion, in 2019', 2019, false],
    ['"after" and a possessive', "exports fell after vandor's 2022 blockade", 2022, true],
    ['"from 2019"', 'from 2019 the firm grew', 2019, true],
    ['"during"', 'during 2020 the firm grew', 2020, false],
  ])('%s', (_name, sentence, year, since) => {
    expect(only(sentence)).toMatchObject({ kind: 'year', year, since });
  });

  it('reads two years as two figures', () => {
    expect(figures('between 2019 and 2021').map((f) => f.kind === 'year' && [f.year, f.since])).toEqual([
      [2019, false],
      [2021, false],
    ]);
  });

  it('does not read a number outside 1900-2100 as a year', () => {
    expect(only('in 1850 the works opened')).toMatchObject({ kind: 'count', value: 1850 });
    expect(only('some 2500 soldiers')).toMatchObject({ kind: 'count', value: 2500 });
  });

  // Only a determiner or a possessive may stand between "since"/"from" and the year.
  it('reads only the first year of "from 2019 to 2021" as a start', () => {
    expect(figures('output grew from 2019 to 2021').map((f) => f.kind === 'year' && [f.year, f.since])).toEqual([
      [2019, true],
      [2021, false],
    ]);
  });
});

describe('readFigures: mixed and empty', () => {
  it('reads every kind of figure in one sentence, in order', () => {
    const found = figures('since 2022, about 40% of 300 firms met on 29-30 october');
    expect(found.map((f) => f.kind)).toEqual(['year', 'percent', 'count', 'date']);
  });

  it('reads nothing from a sentence without figures', () => {
    expect(figures('the firm may have signed the deal')).toEqual([]);
    expect(figures('')).toEqual([]);
  });
});

describe('figureTokens', () => {
  it('holds the token index of dates and years, not of shares or counts', () => {
    const found = figures('in may 2019 some 40% of 300 firms left');
    const at = figureTokens(found);
    expect([...at].sort((a, b) => a - b)).toEqual([1]);
    expect(tokenize('in may 2019 some 40% of 300 firms left', english)[1]!.text).toBe('may');
  });

  it('holds a lone year', () => {
    expect([...figureTokens(figures('since 2022 the firm grew'))]).toEqual([1]);
  });
});
