// An object pronoun that stands for what the sentence before named: "the groundwork for it", where
// "it" is the visit the paragraph opened with. Only where the paragraph names that visit.
// Sentences written for this test; none comes from the evaluation set or the seeds.
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../../data/packs';
import { paragraphClaims } from '../fixtures/paragraph-claims';
import { buildMatchIndex } from '../story-index';
import { english } from './en';

const index = buildMatchIndex(storyPack, english);
const claimsOf = (...paragraph: string[]) => paragraphClaims(index, paragraph);

describe('"it" for the visit named the sentence before', () => {
  it.each([
    ['The Russian president landed in New Delhi on December 4 for a two-day state visit.', 'The industry meetings in Moscow had been part of the groundwork for it.'],
    ["Putin's trip to India opened on December 4.", 'The Moscow talks between Indian executives and Russian officials laid the groundwork for it, two people said.'],
  ])('%s / %s', (before, sentence) => {
    expect(claimsOf(before, sentence)).toContain('meetings-prepared-putin-visit:a');
  });

  it.each([
    ['India unveiled a new drone export policy in March.', 'The industry meetings in Moscow had been part of the groundwork for it.'],
    ['The Russian president landed in New Delhi on December 4 for a two-day state visit.', 'The new drone export policy had been part of the groundwork for it.'],
  ])('not where "it" is something else or the meetings are not the subject: %s / %s', (before, sentence) => {
    expect(claimsOf(before, sentence)).not.toContain('meetings-prepared-putin-visit:a');
  });
});

describe('"the group" for the group a firm named before belongs to', () => {
  it.each([
    [['Adani Defence may have had someone at the Moscow talks, though the group has flatly rejected that.'], 'adani-group-denied-involvement:a'],
    [['Adani Defence and Aerospace was named in the report on the Moscow talks.', 'The group rejected the account as baseless.'], 'adani-group-denied-involvement:a'],
    [["Adani Defence's chief executive was said to have been at the Moscow meetings.", 'The group denied that he had gone there on its behalf.'], 'adani-group-denied-involvement:a'],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toContain(expected);
  });

  it('but a firm that is itself a group is looked for first', () => {
    // ("the group" is Adani's, named first, not Bharat Forge's Kalyani Group, named nearer.)
    const claims = claimsOf("Adani's rebuttal was broader than Bharat Forge's: the group said that reports placing any Adani staff at meetings in Russia, formal or informal, were untrue.");
    expect(claims).toContain('adani-group-denied-involvement:a');
    expect(claims).not.toContain('bharat-forge-attended:d');
  });

  it('and a firm of another group is not it', () => {
    expect(claimsOf('Tata Advanced Systems was not in Moscow for the talks.', 'The group rejected the account as baseless.')).not.toContain('adani-group-denied-involvement:a');
  });
});
