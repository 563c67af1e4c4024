// A claim said in a clause of its own ("Nothing was signed.", "Tata and BEL stayed away.") needs no
// earlier sentence naming the meetings: the story's bare restated frames. Said with a slot of its
// own (a place, an event), it is another matter and is not the claim without that context.
// Sentences written for this test; none comes from the evaluation set or the seeds.
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../../data/packs';
import { paragraphClaims } from '../fixtures/paragraph-claims';
import { buildMatchIndex } from '../story-index';
import { english } from './en';

const index = buildMatchIndex(storyPack, english);
const claimsOf = (...paragraph: string[]) => paragraphClaims(index, paragraph);

describe('a claim in a clause of its own needs no context', () => {
  it.each([
    [['Tata, L&T and BEL stayed away.'], ['tata-lt-bel-did-not-participate:a']],
    [['Larsen & Toubro, for its part, did not take part.'], ['tata-lt-bel-did-not-participate:a']],
    [['Nothing was signed.'], ['no-concrete-agreement-finalised:a']],
    // A word inside the subject that the story knows ("no concrete agreement") is no word of its own.
    [['No concrete agreement was reached.'], ['no-concrete-agreement-finalised:a']],
    // A capitalised word opening the sentence is no name going on before a phrase.
    [['Perhaps no deal was struck.'], ['no-concrete-agreement-finalised:u']],
    [['No deal has been finalised, and none is expected soon.'], ['no-concrete-agreement-finalised:a']],
    [['Officials of the Indian government were present.'], ['government-officials-attended:a']],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

describe('a headline in title case is a clause of its own too', () => {
  it('reads the absence from "Tata, L&T, BEL Stay Away From Moscow Talks"', () => {
    expect(claimsOf('Tata, L&T, BEL Stay Away From Moscow Talks')).toEqual(['tata-lt-bel-did-not-participate:a']);
  });
});

describe('another name, another deal, another paragraph: not the claim', () => {
  it.each([
    // A capitalised word beside a name makes it another name.
    [['Tata Steel did not take part.']],
    [['Tata Motors stayed away.']],
    [['Ratan Tata did not attend.']],
    [['Ashok Sahni did not attend.']],
    // A word before the deal makes it another kind of deal.
    [['No trade deal was signed.']],
    [['No S-400 deal was signed.']],
    // Past the page's opening sentence, the paragraph or the page must name the meetings.
    [['BEL won an order for radars last month.', 'BEL did not take part.']],
    [['The Army held an industry day in Pune in March.', 'L&T did not take part.']],
  ])('%s', (paragraph) => {
    expect(claimsOf(...paragraph)).toEqual([]);
  });
});

describe('with a slot of its own, the same words are another matter', () => {
  it.each([
    [['Tata and L&T stayed away from the Dubai Airshow.']],
    [['No deal was signed at the Aero India show.']],
    [['Government officials were present at the Republic Day parade.']],
    [['Nothing was signed during the ministerial dialogue in Washington.']],
  ])('%s', (paragraph) => {
    expect(claimsOf(...paragraph)).toEqual([]);
  });
});
