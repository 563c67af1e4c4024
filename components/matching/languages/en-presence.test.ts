// English figures with their bound written after them ("six or so", "a third or more"), and
// presence said by place ("were in Moscow"): a claim of attending, but never Sahni's own visit.
// Sentences written for this test; none comes from the evaluation set or the seeds.
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../../data/packs';
import { readFigures } from '../figures';
import { paragraphClaims } from '../fixtures/paragraph-claims';
import { buildMatchIndex } from '../story-index';
import { tokenize } from '../words';
import { english } from './en';

const index = buildMatchIndex(storyPack, english);
const claimsOf = (...paragraph: string[]) => paragraphClaims(index, paragraph);
const figures = (text: string) => readFigures(tokenize(text, english), english);

describe('a bound written after the figure', () => {
  it.each([
    ['six or so executives', { kind: 'count', value: 6, bound: 'about' }],
    ['500 or thereabouts', { kind: 'count', value: 500, bound: 'about' }],
    ['a third or more of it', { kind: 'percent', bound: 'atLeast' }],
    // Said before it, the bound before stands.
    ['at least six or so executives', { kind: 'count', value: 6, bound: 'atLeast' }],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual([expect.objectContaining(expected)]);
  });

  it('leaves the counted noun after the words that say so', () => {
    expect(figures('six or so executives')[0]).toMatchObject({ nouns: [expect.stringMatching(/^execut/)] });
  });
});

describe('presence said by place', () => {
  it.each([
    [['Six or so executives from state-run and private companies were in Moscow.'], ['at-least-six-executives-state-and-private:a']],
    [['Executives from Adani Defence were in the Russian capital that week, the people said.'], ['adani-defence-attended:a']],
    // Sahni's visit is his own claim, and being in Moscow does not deny it.
    [['Arun Sahni was in Moscow in November on a private trip.'], ['arun-sahni-not-at-meetings:a']],
    // In Moscow for another event.
    [['Executives from Bharat Forge were in Moscow for the Army-2022 forum.'], []],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});
