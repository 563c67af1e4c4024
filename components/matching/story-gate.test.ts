import { describe, expect, it } from 'vitest';
import { claimSet } from '../../data';
import { compilePhrase, compileSignalGroups, containsTerm, judgeStory, STORY_GATE_MIN_GROUPS } from './story-gate';

const groups = compileSignalGroups(claimSet.story.signals);
const matches = (phrase: string, text: string) => new RegExp(compilePhrase(phrase), 'iu').test(text);

describe('compilePhrase', () => {
  it.each([
    ['October 29-30', 'on October 29–30'],
    ['October 29-30', 'on Oct. 29-30'],
    ['October 29-30', 'on October 29 and 30'],
    ['October 29-30', 'on october 29th to 30th'],
    ['29-30 October', 'on 29–30 October'],
    ['Adani Defence', 'Adani Defense and Aerospace'],
    ['Society of Indian Defence Manufacturers', 'Society of Indian Defense\u00a0Manufacturers'],
    ['co-production', 'co‑production and co production'],
    ["India's", 'India’s'],
  ])('%s finds %j', (phrase, text) => {
    expect(matches(phrase, text)).toBe(true);
  });

  it.each([
    ['October 29-30', 'October 19-20'],
    ['Moscow', 'Moscowitz'],
    ['Moscow', 'NotMoscow'],
    ['Bharat Forge', 'Bharat Forged'],
  ])('%s does not find %j', (phrase, text) => {
    expect(containsTerm(text, compileSignalGroups([{ id: 'x', weight: 1, terms: [phrase] }])[0]!)).toBe(false);
  });

  it('finds a term after a non-word hit of the same letters', () => {
    expect(containsTerm('xMoscow then Moscow', compileSignalGroups([{ id: 'x', weight: 1, terms: ['Moscow'] }])[0]!)).toBe(true);
  });

  it('escapes regular-expression characters in terms', () => {
    expect(matches('L&T (India)', 'L&T (India)')).toBe(true);
    expect(matches('36%', 'about 36% of')).toBe(true);
    expect(matches('a.b', 'axb')).toBe(false);
  });
});

describe('judgeStory', () => {
  it('detects a short report that names the people, the dates and the firms', () => {
    const verdict = judgeStory(
      'Executives of Adani Defence and Bharat Forge met Russian officials in Moscow on October 29-30 to explore joint ventures, in a delegation led by Sanjeev Kumar.',
      groups,
    );
    expect(verdict.detected).toBe(true);
    expect(verdict.groups).toEqual(expect.arrayContaining(['people', 'dates', 'firms', 'place']));
  });

  it.each([
    ['one strong term alone', 'Sanjeev Kumar spoke at a conference in Bengaluru.'],
    ['firms and place with no anchor in time or people', 'Bharat Forge executives visited Moscow in 2019 to discuss MiG-29 spares and joint ventures.'],
    ['the Adani group in business news', 'Adani Defence opened an ammunition plant in Kanpur; the Adani Group also reported port results.'],
    ['an empty text', ''],
  ])('rejects %s', (_, text) => {
    expect(judgeStory(text, groups).detected).toBe(false);
  });

  it(`needs at least ${STORY_GATE_MIN_GROUPS} groups even when they are heavy`, () => {
    const verdict = judgeStory('Sanjeev Kumar and Ashish Rajvanshi, on October 29-30.', groups);
    expect(verdict.groups.length).toBeLessThan(STORY_GATE_MIN_GROUPS);
    expect(verdict.detected).toBe(false);
  });

  it('scores between 0 and 1', () => {
    for (const text of ['', 'Moscow', 'Moscow Bharat Forge October 29-30 Sanjeev Kumar joint ventures MiG-29 36%']) {
      const { score } = judgeStory(text, groups);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });
});
