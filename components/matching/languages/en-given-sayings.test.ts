// A saying named by its noun and made definite ("the Adani denial", "Bharat Forge's rebuttal") is
// given: a hedge, condition or question on its clause doubts what was said, not that it was said.
// Sentences written for this test; none comes from the evaluation set or the seeds.
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../../data/packs';
import { paragraphClaims } from '../fixtures/paragraph-claims';
import { buildMatchIndex } from '../story-index';
import { english } from './en';

const index = buildMatchIndex(storyPack, english);
const context = 'Reuters reported that Indian defence executives met Russian officials in Moscow.';
const claimsOf = (sentence: string) => paragraphClaims(index, [context, sentence]);

describe('a definite saying noun under a hedge', () => {
  it.each([
    'If the Adani denial stands, the agency loses the best-known name in its story.',
    "Should the Adani Group's denial prove right, the report would need a correction.",
    "The Adani Group's denial, if it is accurate, would leave the report without its biggest name.",
    "Whether Adani's denial will convince Washington is far from clear.",
    'Did the Adani Group really think its denial would end the matter?',
  ])('affirms that the saying was made: %s', (sentence) => {
    expect(claimsOf(sentence)).toContain('adani-group-denied-involvement:a');
  });

  it('still leaves open what the saying denies', () => {
    expect(claimsOf('If the Adani denial stands, the agency loses the best-known name in its story.')).toContain('adani-defence-attended:u');
  });
});

describe('a saying that is not given', () => {
  it.each([
    'If Adani denied the report, it did so only in private.',
    'It is unclear whether the Adani Group will issue a denial.',
  ])('stays open: %s', (sentence) => {
    const claims = claimsOf(sentence);
    expect(claims).not.toContain('adani-group-denied-involvement:a');
  });
});
