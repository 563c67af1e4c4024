// English sentences that lean on the one before them: a group pronoun standing for the firms named
// there, and wording that says the meetings were unknown until the report ("only came to light").
// Sentences written for this test; none comes from the evaluation set or the seeds.
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

describe('a group pronoun opening the sentence stands for the first someone the sentence before names', () => {
  it.each([
    [['Indian arms makers see an opening in Russia\'s need for spares.', 'They also worry about secondary sanctions from the US Treasury.'], ['secondary-sanctions-risk:a']],
    // The first named before is someone else: "they" are the Chinese firms, not India's.
    [['Chinese firms have expanded their business with Russia.', 'They also worry about secondary sanctions from the US Treasury.'], []],
    // A place is no one: "they" does not stand for Russia.
    [['Russia wants more co-production with India.', 'They also worry about secondary sanctions from the US Treasury.'], []],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

describe('wording that says the meetings were unknown until the report', () => {
  it.each([
    [['The executives were in Moscow at the end of October.', 'The trip only came to light in December, through the Reuters story.'], ['meetings-not-previously-reported:a']],
    [['Indian firms met Russian officials in Moscow.', 'Their visit became public only weeks later.'], ['meetings-not-previously-reported:a']],
    // Coming to light with no "only" says nothing of before.
    [['Indian firms met Russian officials in Moscow.', 'Details of the visit came to light in a Reuters report.'], []],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

describe('a date that belongs to something else', () => {
  it.each([
    // Another party's event right after the date: "Putin's Dec. 4-5 visit".
    [['The executives\' Moscow trip came weeks before Putin\'s Dec. 4-5 visit.'], []],
    // A report verb taking the meetings as its object dates the report.
    [['The news agency first reported the Moscow meetings on Dec. 9.'], []],
    // The meetings' own differing date is still read as such.
    [['Indian executives met Russian officials in Moscow on November 12-13, one outlet said.'], ['executives-met-russian-officials-in-moscow:a', 'meetings-held-october-29-30:a']],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});
