// English wording that several tuning writers used and the matcher missed, each beside a sentence
// that shares the new words and must not make the claim (precision first).
// Sentences written for this test; none comes from the evaluation set or the seeds.
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../../data/packs';
import { paragraphClaims } from '../fixtures/paragraph-claims';
import { buildMatchIndex } from '../story-index';
import { english } from './en';

const index = buildMatchIndex(storyPack, english);
const claimsOf = (...paragraph: string[]) => paragraphClaims(index, paragraph);
const context = 'Executives of Indian defence firms held talks with Russian officials in Moscow.';

describe('disputing the report is denying it', () => {
  it.each([
    ['Adani has disputed the agency\'s report, calling it baseless.', 'adani-group-denied-involvement:a'],
    ['Bharat Forge disputes being at the Moscow meetings at all.', 'bharat-forge-attended:d'],
    ['Both Adani and Bharat Forge have since disputed the December 9 report on the Moscow talks.', 'bharat-forge-attended:d'],
  ])('%s', (sentence, expected) => {
    expect(claimsOf(context, sentence)).toContain(expected);
  });

  it.each([
    'Whether Bharat Forge sent anyone to Moscow remains disputed.',
    'Bharat Forge is locked in a dispute with a Russian supplier over unpaid invoices.',
    'Neither company has disputed that an official Indian delegation went to Moscow.',
  ])('not a dispute of something else, nor a doubt: %s', (sentence) => {
    const claims = claimsOf(context, sentence);
    expect(claims).not.toContain('bharat-forge-attended:d');
    expect(claims).not.toContain('adani-group-denied-involvement:a');
  });
});
