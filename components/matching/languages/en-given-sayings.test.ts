// A saying named by its noun, owned or made definite ("the Adani denial", "Adani's rebuttal"), with
// words after it that ask only whether it is true ("holds up", "if accurate"), is given: the hedge or
// condition on its clause doubts what was said, not that it was said.
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
    'Perhaps the Adani denial will hold, perhaps not.',
  ])('affirms that the saying was made: %s', (sentence) => {
    expect(claimsOf(sentence)).toContain('adani-group-denied-involvement:a');
  });

  it.each(['If the Adani denial stands, the agency loses the best-known name in its story.', 'Perhaps the Adani denial will hold, perhaps not.'])(
    'still leaves open what the saying denies: %s',
    (sentence) => {
      const claims = claimsOf(sentence);
      expect(claims).toContain('adani-defence-attended:u');
      expect(claims).not.toContain('adani-defence-attended:d');
    },
  );
});

describe('a saying that is not given', () => {
  it.each([
    'If Adani denied the report, it did so only in private.',
    'It is unclear whether the Adani Group will issue a denial.',
    'It is unclear whether the Adani denial was ever issued.',
    'If the Adani denial is genuine, it contradicts three sources.',
    "Adani's reported denial could not be independently verified.",
    'If the Adani Group issues denials, investors may calm down.',
  ])('stays open: %s', (sentence) => {
    const claims = claimsOf(sentence);
    expect(claims).not.toContain('adani-group-denied-involvement:a');
  });
});
