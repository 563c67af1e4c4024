// Sentences of neighbouring stories that share the story's words and must make none of its claims:
// other people's unnamed sources, other deliveries, other visits, other firms, other places.
// Written for this test; none comes from the evaluation set or the seeds.
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../../data/packs';
import { paragraphClaims } from '../fixtures/paragraph-claims';
import { buildMatchIndex } from '../story-index';
import { english } from './en';

const index = buildMatchIndex(storyPack, english);

const claimsOf = (...paragraph: string[]) => paragraphClaims(index, paragraph);

describe('English near misses: another event in the story\'s words', () => {
  it.each([
    // "Unnamed" alone is anyone's: officers on a frigate, not the story's sources.
    [['Indian executives met Russian officials in Moscow in October.', 'A separate report, which cited unnamed naval officers, said the frigate\'s sea trials had slipped.'], []],
    // The S-400 deliveries are an event of their own.
    [['Moscow will hand over the remaining S-400 squadrons next year, people familiar with the matter said.'], []],
    // A first visit somewhere else, by someone else.
    [['The trip by a Ukrainian business delegation to New Delhi was the first of its kind since the 2022 invasion.'], []],
    // A visit set in another city by the verb itself.
    [['An SIDM delegation visited Washington to discuss co-production with American arms makers.'], []],
    // Another country's firm: the maker is not Bharat Forge.
    [['Bharat Forge denied a report that it planned to buy a European artillery maker.'], []],
    // "This publication" is the newspaper, not a disclosure.
    [['The Moscow meetings described in the report could not be independently verified by this publication.'], ['executives-met-russian-officials-in-moscow:u']],
  ])('%j', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

describe('English: the story itself in those words', () => {
  it.each([
    [['Three unnamed people familiar with the talks described the Moscow meetings to Reuters.'], ['account-rests-on-unnamed-sources:a']],
    [['The SIDM delegate visited Moscow for the talks with Russian officials.'], ['sidm-representative-attended:a']],
    [['The executives preferred not to be seen in public while in Moscow, and the trip was not public until December.'], ['meetings-not-previously-reported:a']],
  ])('%j', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});
