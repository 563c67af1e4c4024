// A question left unanswered ("did not address whether …") is open; "industry figures" are people.
// Sentences written for this test; none comes from the evaluation set or the seeds.
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../../data/packs';
import { paragraphClaims } from '../fixtures/paragraph-claims';
import { buildMatchIndex } from '../story-index';
import { english } from './en';

const index = buildMatchIndex(storyPack, english);
const claimsOf = (...paragraph: string[]) => paragraphClaims(index, paragraph);

describe('a question left unanswered is open', () => {
  it.each([
    ['Bharat Forge did not address whether it had sent anyone to the Moscow talks.', 'bharat-forge-attended:u'],
    ['The ministry would not clarify whether Sanjeev Kumar had led the delegation to Moscow.', 'sanjeev-kumar-led-delegation:u'],
  ])('%s', (sentence, claim) => {
    expect(claimsOf(sentence)).toContain(claim);
  });
});

describe('"industry figures" are the executives, not the statistics', () => {
  it('counted at the talks', () => {
    expect(claimsOf('Six-odd industry figures from India sat down with Russian officials in Moscow to look at joint ventures.')).toContain('at-least-six-executives-state-and-private:a');
  });

  it('but figures that show something are data', () => {
    expect(claimsOf('Industry figures show six Indian arms makers exported to Russia before 2022.')).toEqual([]);
  });
});
