// Reported and direct speech in English: whom "we" in a quotation speaks for, a negation between a
// predicate's words, a demonstrative as what a comment is about. Sentences written for this test;
// none comes from the evaluation set or the seeds.
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../../data/packs';
import { matchSentenceView } from '../match-text';
import { viewSentence } from '../sentence-view';
import { buildMatchIndex } from '../story-index';
import { english } from './en';

const index = buildMatchIndex(storyPack, english);

const claimsOf = (...paragraph: string[]) => {
  const before = paragraph.slice(0, -1).map((s) => viewSentence(s, index));
  const view = viewSentence(paragraph[paragraph.length - 1]!, index);
  return matchSentenceView(view, { before, named: new Set() }, index).map((m) => `${m.claimId}:${m.polarity[0]}`).sort();
};

describe('"we" in a quotation is whoever the sentence says is speaking', () => {
  it.each([
    ['"We did not send anybody to the Moscow talks," a Bharat Forge spokesperson told reporters.', ['bharat-forge-attended:d']],
    ['A spokesman for Bharat Forge put it plainly: "We were never at the Moscow meetings."', ['bharat-forge-attended:d']],
    ['"We have nothing to say on this," a defence ministry spokesman said of the Moscow report.', ['ministry-and-companies-did-not-comment:a']],
  ])('%s', (sentence, expected) => {
    expect(claimsOf(sentence)).toEqual(expected);
  });

  it.each([
    // Outside a quotation "we" is the writer, who is no firm.
    'We were not at the Moscow meetings, but our correspondent spoke to people who were.',
    // The speaker named is no firm of the claim: an analyst's "we" is nobody's attendance.
    '"We were not surprised by the Moscow meetings," said a defence analyst in New Delhi.',
  ])('%s', (sentence) => {
    expect(claimsOf(sentence)).toEqual([]);
  });
});

describe('a negation between a predicate\'s words', () => {
  it('negates it ("were not there")', () => {
    expect(claimsOf('Bharat Forge people were not there, the company said of the Moscow meetings.')).toEqual(['bharat-forge-attended:d']);
  });

  it('leaves a phrase whose own word is "not" as it is ("asked not to be named")', () => {
    expect(claimsOf('Three people familiar with the Moscow talks asked not to be named.')).toEqual(['account-rests-on-unnamed-sources:a']);
  });
});
