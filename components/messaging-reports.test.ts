// The checks of a page's report (components/messaging.ts): its shape and bounds, the claims and
// stories it may name, and the "still scanning" answer.
import { describe, expect, it } from 'vitest';
import { validMatch, validReport } from './fixtures/page-reports';
import { MAX_REPORTED_MATCHES, MAX_REPORTED_STORIES, MAX_URL_CHARS, isPageReport, isScanPending } from './messaging';

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
