// A noun standing for what a firm named before belongs to: "the group" after Adani Defence.
// Sentences written for this test; none comes from the evaluation set or the seeds.
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../../data/packs';
import { paragraphClaims } from '../fixtures/paragraph-claims';
import { buildMatchIndex } from '../story-index';
import { english } from './en';

const index = buildMatchIndex(storyPack, english);
const claimsOf = (...paragraph: string[]) => paragraphClaims(index, paragraph);

describe('"the group" for the group a firm named before belongs to', () => {
  it.each([
    [['Adani Defence may have had someone at the Moscow talks, though the group has flatly rejected that.'], 'adani-group-denied-involvement:a'],
    [['Adani Defence and Aerospace was named in the report on the Moscow talks.', 'The group rejected the account as baseless.'], 'adani-group-denied-involvement:a'],
    [["Adani Defence's chief executive was said to have been at the Moscow meetings.", 'The group denied that he had gone there on its behalf.'], 'adani-group-denied-involvement:a'],
    // (Past an aside or a few words of its own before its verb.)
    [['Adani Defence and Aerospace was among the firms the agency named.', 'The group, in a short statement, rejected the report.'], 'adani-group-denied-involvement:a'],
    [['Adani Defence and Aerospace was among the firms the agency named.', 'The group late on Tuesday flatly rejected the report.'], 'adani-group-denied-involvement:a'],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toContain(expected);
  });

  it('but a firm that is itself a group is looked for first', () => {
    // ("the group" is Adani's, named first, not Bharat Forge's Kalyani Group, named nearer.)
    const claims = claimsOf("Adani's rebuttal was broader than Bharat Forge's: the group said that reports placing any Adani staff at meetings in Russia, formal or informal, were untrue.");
    expect(claims).toContain('adani-group-denied-involvement:a');
    expect(claims).not.toContain('bharat-forge-attended:d');
  });

  it.each([
    // (The group that travels or meets is the delegation, not the firm's conglomerate.)
    [['Adani Defence was among the firms that sent executives.', 'The group met Russian officials in Moscow.'], 'adani-defence-attended:a'],
    [['Executives from Bharat Forge and Adani Defence joined the delegation.', 'The group travelled to Moscow in late October.'], 'bharat-forge-attended:a'],
    // (A person's company is not the firm he once worked for.)
    [['Rajvanshi used to work for a US aerospace firm.', 'The company was represented at the Moscow meetings.'], 'adani-defence-attended:a'],
  ])('only where the noun speaks: %j', (paragraph, unexpected) => {
    expect(claimsOf(...paragraph)).not.toContain(unexpected);
  });

  it("and a firm of another group stands for its own group, not Adani's", () => {
    const claims = claimsOf('Bharat Forge was named in the report on the Moscow talks.', 'The group rejected the account as baseless.');
    expect(claims).toContain('bharat-forge-attended:d');
    expect(claims).not.toContain('adani-group-denied-involvement:a');
  });
});
