import { describe, expect, it } from 'vitest';
import {
  MAX_REPORTED_MATCHES,
  isClaimId,
  isFromThisExtension,
  isPageMatch,
  isPageReport,
  isScanPending,
  type PageMatch,
  type PageReport,
} from './messaging';

const validMatch = (): PageMatch => ({
  claimId: 'sanjeev-kumar-led-delegation',
  text: 'The delegation was led by Sanjeev Kumar.',
  score: 0.83,
  differs: false,
});
const validReport = (): PageReport => ({
  url: 'https://example.com/a',
  storyDetected: true,
  storyScore: 0.7,
  matches: [validMatch(), { ...validMatch(), differs: true, difference: 'page says 76%; outlets say 36%' }],
});

describe('isPageMatch', () => {
  it.each<[string, unknown]>([
    ['a plain match', validMatch()],
    ['with a difference', { ...validMatch(), differs: true, difference: 'x' }],
    ['score 0', { ...validMatch(), score: 0 }],
    ['score 1', { ...validMatch(), score: 1 }],
    ['difference explicitly undefined', { ...validMatch(), difference: undefined }],
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
    ['missing text', { ...validMatch(), text: undefined }],
    ['score above 1', { ...validMatch(), score: 1.01 }],
    ['negative score', { ...validMatch(), score: -0.1 }],
    ['NaN score', { ...validMatch(), score: Number.NaN }],
    ['Infinity score', { ...validMatch(), score: Infinity }],
    ['string score', { ...validMatch(), score: '0.5' }],
    ['non-boolean differs', { ...validMatch(), differs: 'false' }],
    ['missing differs', { ...validMatch(), differs: undefined }],
    ['non-string difference', { ...validMatch(), difference: 42 }],
    ['null difference', { ...validMatch(), difference: null }],
  ])('rejects %s', (_name, value) => {
    expect(isPageMatch(value)).toBe(false);
  });
});

describe('isPageReport', () => {
  it('accepts a valid report, with or without matches', () => {
    expect(isPageReport(validReport())).toBe(true);
    expect(isPageReport({ ...validReport(), matches: [] })).toBe(true);
  });

  it('accepts exactly MAX_REPORTED_MATCHES matches and rejects one more', () => {
    const many = Array.from({ length: MAX_REPORTED_MATCHES }, validMatch);
    expect(isPageReport({ ...validReport(), matches: many })).toBe(true);
    expect(isPageReport({ ...validReport(), matches: [...many, validMatch()] })).toBe(false);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', [validReport()]],
    ['a number', 3],
    ['missing url', { ...validReport(), url: undefined }],
    ['non-string url', { ...validReport(), url: 1 }],
    ['missing storyDetected', { ...validReport(), storyDetected: undefined }],
    ['non-boolean storyDetected', { ...validReport(), storyDetected: 1 }],
    ['storyScore above 1', { ...validReport(), storyScore: 2 }],
    ['storyScore below 0', { ...validReport(), storyScore: -1 }],
    ['NaN storyScore', { ...validReport(), storyScore: Number.NaN }],
    ['missing matches', { ...validReport(), matches: undefined }],
    ['matches not an array', { ...validReport(), matches: { 0: validMatch(), length: 1 } }],
    ['a null match', { ...validReport(), matches: [validMatch(), null] }],
    ['a match with score out of range', { ...validReport(), matches: [{ ...validMatch(), score: 5 }] }],
    ['a match with NaN score', { ...validReport(), matches: [{ ...validMatch(), score: Number.NaN }] }],
    ['a match with non-boolean differs', { ...validReport(), matches: [{ ...validMatch(), differs: 0 }] }],
    ['a match with non-string difference', { ...validReport(), matches: [{ ...validMatch(), difference: ['x'] }] }],
  ])('rejects %s', (_name, value) => {
    expect(isPageReport(value)).toBe(false);
  });
});

describe('isClaimId', () => {
  it.each<[unknown, boolean]>([
    ['sanjeev-kumar-led-delegation', true],
    ['a', true],
    ['mig-29', true],
    ['x'.repeat(200), true],
    ['x'.repeat(201), false],
    ['', false],
    ['A', false],
    ['Adani-ceo', false],
    ['../x', false],
    ['a/b', false],
    ['-a', false],
    ['a-', false],
    ['a--b', false],
    ['a b', false],
    ['a_b', false],
    ['a\n', false],
    [42, false],
    [null, false],
    [undefined, false],
    [{ toString: () => 'abc' }, false],
    [['abc'], false],
  ])('%j -> %s', (value, expected) => {
    expect(isClaimId(value)).toBe(expected);
  });
});

describe('isScanPending', () => {
  it.each<[string, unknown, boolean]>([
    ['{ scanning: true }', { scanning: true }, true],
    ['{ scanning: false }', { scanning: false }, false],
    ['{ scanning: "true" }', { scanning: 'true' }, false],
    ['a report', validReport(), false],
    ['null', null, false],
    ['undefined', undefined, false],
    ['true', true, false],
  ])('%s -> %s', (_name, value, expected) => {
    expect(isScanPending(value)).toBe(expected);
  });
});

describe('isFromThisExtension', () => {
  const ID = 'abcdefghijklmnopabcdefghijklmnop';
  it.each<[string, Parameters<typeof isFromThisExtension>[0], boolean]>([
    ['the same id', { id: ID }, true],
    ['the same id with a tab', { id: ID, tab: { id: 3 } }, true],
    ['another id', { id: 'other-extension' }, false],
    ['a sender without id', { tab: { id: 3 } }, false],
    ['no sender', undefined, false],
    ['an empty id', { id: '' }, false],
  ])('%s -> %s', (_name, sender, expected) => {
    expect(isFromThisExtension(sender, ID)).toBe(expected);
  });

  it('compares ids exactly (case-sensitive)', () => {
    expect(isFromThisExtension({ id: ID.toUpperCase() }, ID)).toBe(false);
  });
});
