import { describe, expect, it } from 'vitest';
import {
  MAX_DIFFERENCES,
  MAX_MATCH_TEXT_CHARS,
  MAX_REPORTED_MATCHES,
  isClaimId,
  isDifference,
  isFromThisExtension,
  isPageMatch,
  isPageReport,
  MAX_REPORTED_STORIES,
  isScanPending,
  isStyleRequest,
  MAX_URL_CHARS,
  pageDiffers,
  reportMatchesSender,
  type Difference,
  type PageMatch,
  type PageReport,
} from './messaging';

const validMatch = (): PageMatch => ({
  claimId: 'sanjeev-kumar-led-delegation',
  text: 'The delegation was led by Sanjeev Kumar.',
  polarity: 'affirms',
  differences: [],
  differs: false,
});
const percent: Difference = { kind: 'percent', page: 76, claim: 36 };
const count: Difference = { kind: 'count', page: 4, claim: 6 };
const date: Difference = { kind: 'date', page: { month: 11, days: [2, 3] }, claim: { month: 10, days: [29, 30] } };
const measure: Difference = { kind: 'measure', page: 'arms imports' };
const validReport = (): PageReport => ({
  url: 'https://example.com/a',
  storyDetected: true,
  storyScore: 0.7,
  matches: [validMatch(), { ...validMatch(), differences: [percent], differs: true }],
});

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
    ['a match with an unknown polarity', { ...validReport(), matches: [{ ...validMatch(), polarity: 'maybe' }] }],
    ['a match with a malformed difference', { ...validReport(), matches: [{ ...validMatch(), differences: [{ kind: 'date' }], differs: true }] }],
    ['a match with non-boolean differs', { ...validReport(), matches: [{ ...validMatch(), differs: 0 }] }],
    ['a match whose differs disagrees with it', { ...validReport(), matches: [{ ...validMatch(), differs: true }] }],
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

describe('isPageReport: bounds and the claim set', () => {
  it('refuses an address that is too long or not a web page', () => {
    expect(isPageReport({ ...validReport(), url: `https://example.com/${'a'.repeat(MAX_URL_CHARS)}` })).toBe(false);
    for (const url of ['javascript:alert(1)', 'chrome://extensions', 'not a url', '']) expect(isPageReport({ ...validReport(), url })).toBe(false);
  });

  it('with the known claims, refuses a report naming a claim that is not one of them', () => {
    const known = new Set(['sanjeev-kumar-led-delegation']);
    expect(isPageReport(validReport(), known)).toBe(true);
    const unknown = { ...validReport(), matches: [{ ...validMatch(), claimId: 'made-up-claim' }] };
    expect(isPageReport(unknown)).toBe(true);
    expect(isPageReport(unknown, known)).toBe(false);
  });

  it('takes the stories the page covers: distinct slugs, bounded, each an installed story when the background knows them', () => {
    const stories = ['india-russia-defence-jv-talks-2025', 'tham-luang-cave-rescue-2018'];
    const installed = new Set(stories);
    expect(isPageReport({ ...validReport(), stories })).toBe(true);
    expect(isPageReport({ ...validReport(), stories: [] }, undefined, installed)).toBe(true);
    expect(isPageReport({ ...validReport(), stories }, undefined, installed)).toBe(true);
    expect(isPageReport({ ...validReport(), stories: [...stories, 'harbour-dredging-2024'] }, undefined, installed)).toBe(false);
    const many = Array.from({ length: MAX_REPORTED_STORIES }, (_, i) => `story-${i}`);
    expect(isPageReport({ ...validReport(), stories: many })).toBe(true);
    for (const bad of [[...many, 'one-more'], [stories[0], stories[0]], ['<script>'], ['Tham Luang'], [7], 'tham-luang-cave-rescue-2018', [`a${'-a'.repeat(150)}`], null]) {
      expect(isPageReport({ ...validReport(), stories: bad }), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('reportMatchesSender', () => {
  // [report's address, the sending document's first address, the tab's address now, accepted?]
  it.each<[string, string | undefined, string | undefined, boolean]>([
    ['https://example.com/a', 'https://example.com/a', 'https://example.com/a', true],
    ['https://example.com/a#section', 'https://example.com/a', 'https://example.com/a', true],
    ['https://example.com/a', 'https://example.com/a', 'https://example.com/a#top', true],
    // Single-page navigation: the document was loaded at /a, the tab now shows /b.
    ['https://example.com/b', 'https://example.com/a', 'https://example.com/b', true],
    // Sent after the tab moved on: a newer report follows.
    ['https://example.com/a', 'https://example.com/a', 'https://example.com/b', false],
    ['https://example.com/a?page=2', 'https://example.com/a', 'https://example.com/a', false],
    // Another site than the document's.
    ['https://evil.example/a', 'https://example.com/a', 'https://evil.example/a', false],
    ['https://example.com/a', 'https://example.com/a', undefined, true],
    ['https://example.com/a', undefined, 'https://example.com/a', false],
  ])('report %s from a document at %s in a tab at %s: %s', (url, senderUrl, tabUrl, expected) => {
    expect(reportMatchesSender({ ...validReport(), url }, { id: 'x', url: senderUrl, tab: { id: 1, url: tabUrl } })).toBe(expected);
  });
});

describe('isStyleRequest', () => {
  const names = { confirmed: 'h0123456789abcdefghij', disputed: 'hklmnopqrstuvwxyz0123', flash: 'h456789abcdefghijklmn' };
  it('takes three distinct names of the generated shape and a frames flag, nothing else', () => {
    expect(isStyleRequest({ names, frames: false })).toBe(true);
    expect(isStyleRequest({ names, frames: 'yes' })).toBe(false);
    expect(isStyleRequest({ names, frames: true, extra: 1 })).toBe(false);
    expect(isStyleRequest({ names: { ...names, flash: names.confirmed }, frames: true })).toBe(false);
    // Anything that could break out of a ::highlight() rule is refused.
    for (const bad of ['h0123456789abcdef) { } body { display: none', 'claim-crosscheck-confirmed', 'H0123456789ABCDEFGHIJ', 'h1'])
      expect(isStyleRequest({ names: { ...names, confirmed: bad }, frames: false })).toBe(false);
  });
});
