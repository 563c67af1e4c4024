// Being in Moscow as attendance, said of the firms where the sentence credits sources (a restated
// frame): "Reuters' sources said people from both companies were in Moscow". The subject of a
// question left open inside the sentence: "did not address whether Rajvanshi had been in Moscow"
// is asked of him, not of the one who did not address it. "Industry figures" are people. Exploring
// joint ventures in Moscow is the meeting. Sentences written for this test; none comes from the
// evaluation set or the seeds.
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../../data/packs';
import { paragraphClaims } from '../fixtures/paragraph-claims';
import { buildMatchIndex } from '../story-index';
import { english } from './en';

const index = buildMatchIndex(storyPack, english);
const claimsOf = (...paragraph: string[]) => paragraphClaims(index, paragraph);

describe('"were in Moscow": the firms there, as the sources tell it', () => {
  it.each([
    [['Adani and Bharat Forge both issued denials on Wednesday.', 'Reuters said four sources had told it again that staff of both firms were in Moscow.'],
      ['adani-defence-attended:a', 'bharat-forge-attended:a']],
    [['People familiar with the delegation insisted that a Bharat Forge manager had been in Moscow throughout.'], ['bharat-forge-attended:a']],
  ])('%s', (paragraph, expected) => {
    const found = claimsOf(...paragraph);
    for (const claim of expected) expect(found).toContain(claim);
  });

  it.each([
    // Nothing of the meetings near: another trip.
    ['Bharat Forge\'s sales team was in Moscow last spring for an aerospace fair.'],
    ['Staff from the Adani Group were in Moscow in 2023 to look at port equipment.'],
    ['Adani Group staff were in Moscow to look at port equipment.'],
    // Nor what the report or the firm says of another time or errand: only the sources' account.
    ['Rajvanshi was in Moscow in November, the report said.'],
    ['Bharat Forge engineers were in Moscow last month for a trade fair, the company said, denying that they met Russian officials.'],
  ])('%s', (sentence) => {
    expect(claimsOf(sentence).filter((c) => c.includes('attended:a'))).toEqual([]);
  });
});

describe('a question left open inside the sentence is asked of the name right after it', () => {
  it('not of the one who leaves it open', () => {
    const found = claimsOf('An Adani spokeswoman would not address whether Rajvanshi had been at the Moscow talks.');
    expect(found).toContain('adani-ceo-rajvanshi-represented-adani:u');
    expect(found.filter((c) => c.endsWith(':d'))).toEqual([]);
  });

  it('not a one-word hedge of a name in a list', () => {
    const found = claimsOf('Executives from Bharat Forge and possibly Adani Defence met Russian officials in Moscow.');
    expect(found).toContain('bharat-forge-attended:u');
    expect(found).toContain('adani-defence-attended:u');
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
