// English wording found missing when the writer "cal" was read into the tuning half, each beside a
// sentence of a neighbouring story that shares the new words and must make no claim (precision
// first). Sentences written for this test; none comes from the evaluation set or the seeds.
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../../data/packs';
import { paragraphClaims } from '../fixtures/paragraph-claims';
import { buildMatchIndex } from '../story-index';
import { english } from './en';

const index = buildMatchIndex(storyPack, english);
const STORY = 'Executives of Indian defence firms met Russian officials in Moscow, the report said.';
const claimsOf = (...paragraph: string[]) => paragraphClaims(index, paragraph);

describe('exploring joint ventures in Moscow is the meeting', () => {
  it.each([
    ['Indian arms makers looked at joint ventures with Russian officials in Moscow in the closing days of October.', ['executives-met-russian-officials-in-moscow:a', 'meetings-held-october-29-30:a']],
    ['That Indian defence companies were exploring co-production with Russian officials in Moscow surprised few analysts.', ['executives-met-russian-officials-in-moscow:a']],
    // ("with Moscow" is the Russian government, no place; exploring needs Russian officials there.)
    ['Indian defence companies have long explored co-operation with Moscow.', []],
    ['Indian defence firms are exploring joint ventures in Moscow, analysts say.', []],
    // Planned, elsewhere, another industry, or a risk rather than a trip: none.
    ['Indian defence firms will send executives to Moscow next spring to explore joint ventures.', []],
    ['Indian carmakers explored joint ventures with Russian partners in Moscow in 2019.', []],
    ['Indian firms remain cautious about deepening co-operation with Moscow because of sanctions.', ['secondary-sanctions-risk:a']],
  ])('%s', (sentence, claims) => {
    expect(claimsOf(sentence)).toEqual(claims);
  });
});

describe('more ways to say a claim, and their neighbours', () => {
  it.each([
    ['Nearly one in every three weapons in Indian service came from Russia.', ['russian-origin-36-percent-of-inventory:a']],
    ['One in every three visitors to the fair came from Russia.', []],
    ['The Indian side included at least six executives, the sources said.', ['at-least-six-executives-state-and-private:a']],
    ['The Indian cricket side included at least six debutants.', []],
    ['Indian defence companies could face US secondary sanctions if they go further with Russia.', ['secondary-sanctions-risk:a']],
    ['Indian refiners could face higher freight costs if the tanker market tightens.', []],
    // ("Could face" states the risk only with Russia named.)
    ['Indian firms could face penalties if they miss the filing deadline.', []],
    ['Indian shipping firms could face secondary sanctions over Iranian oil.', []],
    ['Were the meetings in Moscow a dress rehearsal for Putin\'s December visit?', ['meetings-prepared-putin-visit:u']],
    ['The orchestra held a dress rehearsal in Moscow on Friday.', []],
  ])('%s', (sentence, claims) => {
    expect(claimsOf(STORY, sentence).filter((c) => !c.startsWith('executives-met-russian-officials-in-moscow'))).toEqual(claims);
  });
});

describe('Bharat Forge looking at parts for tanks and aircraft', () => {
  it('but not with a named Western manufacturer', () => {
    expect(claimsOf(STORY, 'Bharat Forge is exploring a tie-up with Airbus on helicopter components.')).not.toContain('bharat-forge-tanks-helicopters-aircraft:a');
    expect(claimsOf(STORY, 'Bharat Forge is looking at making aircraft parts for Boeing.')).not.toContain('bharat-forge-tanks-helicopters-aircraft:a');
  });

  it('a capital named as its government is no other place', () => {
    const paragraph = ['Bharat Forge was named in the report.', 'The company looked at parts for Russian tanks and helicopters, work that could draw scrutiny from Washington.'];
    expect(claimsOf(...paragraph)).toContain('bharat-forge-tanks-helicopters-aircraft:a');
  });
});

describe('an owner after "of" may be one of several names', () => {
  it('each of them', () => {
    const claims = claimsOf('Two sources said representatives of both Adani Defence and Bharat Forge had been in Moscow for the talks.');
    expect(claims).toContain('adani-defence-attended:a');
    expect(claims).toContain('bharat-forge-attended:a');
    expect(claimsOf(STORY, 'Reuters stressed the presence of SIDM, Adani and Bharat Forge.')).toContain('bharat-forge-attended:a');
  });

  it('but not a name past another word', () => {
    expect(claimsOf(STORY, 'The presence of Adani Defence unsettled investors in Bharat Forge.')).not.toContain('bharat-forge-attended:a');
  });
});

describe('a claim taken as given after "despite" or "amid" is still read', () => {
  // (A rule that read every noun after "after", "despite", "amid" as background was taken back: it
  // lost these, which writers read as saying so.)
  it.each([
    ['Despite the absence of Tata and L&T, the delegation to Moscow was a large one.', 'tata-lt-bel-did-not-participate:a'],
    ['Amid fears of secondary sanctions, Indian defence firms have kept Russian partners at a distance.', 'secondary-sanctions-risk:a'],
  ])('%s', (sentence, claim) => {
    expect(claimsOf(STORY, sentence)).toContain(claim);
  });
});

describe('a name inside an appositive is not the subject after it', () => {
  it('"Sahni, an adviser to the defence arm of Tata, did not attend" is said of Sahni', () => {
    const claims = claimsOf(STORY, 'Arun Sahni, an adviser to the defence arm of Tata, was in Moscow privately in November and did not attend the meetings.');
    expect(claims).toContain('arun-sahni-not-at-meetings:a');
    expect(claims).not.toContain('tata-lt-bel-did-not-participate:a');
  });

  it('but an appositive that is a name alone, or a list, still may be', () => {
    expect(claimsOf(STORY, 'The chief executive of Adani Defence, Ashish Rajvanshi, represented the group at the Moscow talks.')).toContain('adani-ceo-rajvanshi-represented-adani:a');
    expect(claimsOf(STORY, 'Six people from Indian firms, one of them from Bharat Forge and others from drone and AI start-ups, were in the room.')).toContain('startups-drones-ai-attended:a');
  });

  it('nor a clause of its own, nor a participle naming its agent', () => {
    expect(claimsOf(STORY, 'Adani Defence sent its chief executive, Ashish Rajvanshi, while Bharat Forge, part of the Kalyani Group, sent a senior official.')).toContain('bharat-forge-attended:a');
    expect(claimsOf(STORY, 'Adani Defence, represented by its chief executive Ashish Rajvanshi, and Bharat Forge were among the firms at the talks.')).toContain('adani-ceo-rajvanshi-represented-adani:a');
  });
});

describe("the executives' first trip beside Putin's visit", () => {
  it('is still their first trip', () => {
    expect(claimsOf("The executives' trip was the first to Russia since the invasion of Ukraine in 2022, weeks before Putin's visit.")).toContain('first-visit-since-2022:a');
  });
});

describe("a spinner's words for start-ups, drones and AI", () => {
  it.each([
    ['Younger firms working on pilotless aircraft and machine intelligence also sat in on the Moscow talks.', ['startups-drones-ai-attended:a']],
    ['Pilotless aircraft built by younger firms drew crowds at the Bengaluru air show.', []],
  ])('%s', (sentence, claims) => {
    expect(claimsOf(STORY, sentence).filter((c) => !c.startsWith('executives-met'))).toEqual(claims);
  });
});

describe('meetings kept quiet', () => {
  it.each([
    ['The trip to Moscow was kept quiet for weeks, the report said.', ['meetings-not-previously-reported:a']],
    // (Keeping quiet about something is saying nothing, no secrecy of the meetings.)
    ['The executives kept quiet about the talks in Moscow when asked by reporters.', []],
    ["Details of Putin's visit to New Delhi became public only on Monday.", []],
  ])('%s', (sentence, claims) => {
    expect(claimsOf(STORY, sentence).filter((c) => c.startsWith('meetings-not'))).toEqual(claims);
  });
});
