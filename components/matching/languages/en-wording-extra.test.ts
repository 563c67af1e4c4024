// A question left unanswered ("did not address whether …") is open, one asking for a slot ("Which
// start-ups were there?") takes the rest as given; "industry figures" are people.
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

describe('a question asking for one slot takes the rest as given', () => {
  it.each([
    ['Which of the drone and AI start-ups were at the Moscow talks?', 'startups-drones-ai-attended:a'],
    ['What did the SIDM representative make of the Moscow meetings?', 'sidm-representative-attended:a'],
    ['How did a visit by half a dozen Indian executives to Moscow stay secret for so long?', 'at-least-six-executives-state-and-private:a'],
  ])('%s', (sentence, claim) => {
    expect(claimsOf(sentence)).toContain(claim);
  });

  it.each([
    // What follows a dash is what it asks; "how many" asks for the figure; a plan stays open.
    ['What was on the table in Moscow — MiG-29 spares, air-defence parts, or more?', 'mig-29-and-air-defence-parts-discussed:u'],
    ['How many Indian executives attended the Moscow talks — six, or more?', 'at-least-six-executives-state-and-private:u'],
    ['Which start-ups building drones and AI will join the next Moscow talks?', 'startups-drones-ai-attended:u'],
  ])('but leaves open what it asks: %s', (sentence, claim) => {
    expect(claimsOf(sentence)).toContain(claim);
  });

  it('and never denies what it takes as given', () => {
    expect(claimsOf('What deal was signed at the Moscow meetings?')).toContain('no-concrete-agreement-finalised:u');
  });
});
