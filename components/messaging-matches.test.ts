// The checks of a page's matches (components/messaging.ts): when a match differs from the claim,
// which differences and matches the background accepts, and which it refuses.
import { describe, expect, it } from 'vitest';
import { count, date, measure, percent, validMatch } from './fixtures/page-reports';
import { MAX_DIFFERENCES, MAX_MATCH_TEXT_CHARS, isDifference, isPageMatch, pageDiffers, type PageMatch } from './messaging';

describe('pageDiffers', () => {
  it.each<[string, Pick<PageMatch, 'polarity' | 'differences'>, boolean]>([
    ['affirms, no difference', { polarity: 'affirms', differences: [] }, false],
    ['leaves it open', { polarity: 'uncertain', differences: [] }, false],
    ['denies', { polarity: 'denies', differences: [] }, true],
    ['affirms with another figure', { polarity: 'affirms', differences: [percent] }, true],
    ['open with another date', { polarity: 'uncertain', differences: [date] }, true],
  ])('%s -> %s', (_name, m, expected) => {
    expect(pageDiffers(m)).toBe(expected);
  });
});

describe('isDifference', () => {
  it.each<[string, unknown]>([
    ['a percent', percent],
    ['a count', count],
    ['a date', date],
    ['a date of a month alone', { kind: 'date', page: { month: 11, days: [] }, claim: { month: 10, days: [29] } }],
    ['a measure', measure],
    ['a fractional percent', { kind: 'percent', page: 36.5, claim: 36 }],
  ])('accepts %s', (_name, value) => {
    expect(isDifference(value)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'gives 76% where the outlets give 36%'],
    ['an unknown kind', { kind: 'speed', page: 1, claim: 2 }],
    ['a percent without the claim figure', { kind: 'percent', page: 76 }],
    ['a negative count', { kind: 'count', page: -1, claim: 6 }],
    ['a NaN percent', { kind: 'percent', page: Number.NaN, claim: 36 }],
    ['a string count', { kind: 'count', page: '4', claim: 6 }],
    ['a huge count', { kind: 'count', page: 1e10, claim: 6 }],
    ['a date with month 13', { kind: 'date', page: { month: 13, days: [1] }, claim: { month: 10, days: [29] } }],
    ['a date with day 32', { kind: 'date', page: { month: 11, days: [32] }, claim: { month: 10, days: [29] } }],
    ['a date with a fractional day', { kind: 'date', page: { month: 11, days: [2.5] }, claim: { month: 10, days: [29] } }],
    ['a date given as a string', { kind: 'date', page: '2 November', claim: { month: 10, days: [29] } }],
    ['a measure that is not a string', { kind: 'measure', page: 36 }],
    ['a measure too long', { kind: 'measure', page: 'x'.repeat(201) }],
  ])('rejects %s', (_name, value) => {
    expect(isDifference(value)).toBe(false);
  });
});

describe('isPageMatch', () => {
  it.each<[string, unknown]>([
    ['a plain match', validMatch()],
    ['a denial', { ...validMatch(), polarity: 'denies', differs: true }],
    ['a match that leaves it open', { ...validMatch(), polarity: 'uncertain' }],
    ['with a difference', { ...validMatch(), differences: [percent], differs: true }],
    ['with every kind of difference', { ...validMatch(), differences: [percent, count, date, measure], differs: true }],
    ['text of MAX_MATCH_TEXT_CHARS', { ...validMatch(), text: 'x'.repeat(MAX_MATCH_TEXT_CHARS) }],
  ])('accepts %s', (_name, value) => {
    expect(isPageMatch(value)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'match'],
    ['an array', [validMatch()]],
    ['missing claimId', { ...validMatch(), claimId: undefined }],
    ['numeric claimId', { ...validMatch(), claimId: 7 }],
    ['a claimId that is not a slug', { ...validMatch(), claimId: '../Sanjeev' }],
    ['missing text', { ...validMatch(), text: undefined }],
    ['text over MAX_MATCH_TEXT_CHARS', { ...validMatch(), text: 'x'.repeat(MAX_MATCH_TEXT_CHARS + 1) }],
    ['missing polarity', { ...validMatch(), polarity: undefined }],
    ['an unknown polarity', { ...validMatch(), polarity: 'confirms' }],
    ['missing differences', { ...validMatch(), differences: undefined }],
    ['differences not an array', { ...validMatch(), differences: percent, differs: true }],
    ['a malformed difference', { ...validMatch(), differences: [{ kind: 'percent', page: '76' }], differs: true }],
    ['a difference given as words', { ...validMatch(), differences: ['page says 76%'], differs: true }],
    ['more than MAX_DIFFERENCES differences', { ...validMatch(), differences: Array.from({ length: MAX_DIFFERENCES + 1 }, () => percent), differs: true }],
    ['non-boolean differs', { ...validMatch(), differs: 'false' }],
    ['missing differs', { ...validMatch(), differs: undefined }],
    ['differs false with a difference', { ...validMatch(), differences: [percent], differs: false }],
    ['differs false on a denial', { ...validMatch(), polarity: 'denies', differs: false }],
    ['differs true with nothing differing', { ...validMatch(), differs: true }],
  ])('rejects %s', (_name, value) => {
    expect(isPageMatch(value)).toBe(false);
  });
});
