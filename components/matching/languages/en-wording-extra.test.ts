// A question left unanswered ("did not address whether …") is open. "Industry figures" are people.
// Exploring joint ventures in Moscow is the meeting. Sentences written for this test; none comes
// from the evaluation set or the seeds.
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

describe('exploring joint ventures in Moscow is the meeting (a restated frame, done, set in Moscow)', () => {
  it('said in passing, as analyses do', () => {
    expect(claimsOf('That Indian defence companies were quietly exploring joint ventures in Moscow says a lot about New Delhi.')).toContain('executives-met-russian-officials-in-moscow:a');
  });

  it.each([
    ['Indian defence firms have long explored joint ventures with Moscow.'],
    ['Indian defence firms are exploring joint ventures with Russian companies, Moscow\'s ambassador said.'],
    ['Indian arms makers will explore joint ventures in Moscow next year.'],
    ['In 2019, Indian defence firms explored joint ventures in Moscow at an arms fair.'],
  ])('not with Moscow, nor a plan, nor another year: %s', (sentence) => {
    expect(claimsOf(sentence)).not.toContain('executives-met-russian-officials-in-moscow:a');
  });
});
