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
    ['That Indian defence companies were exploring co-production in Moscow surprised few analysts.', ['executives-met-russian-officials-in-moscow:a']],
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
    ['Were the meetings in Moscow a dress rehearsal for Putin\'s December visit?', ['meetings-prepared-putin-visit:u']],
    ['The orchestra held a dress rehearsal in Moscow on Friday.', []],
  ])('%s', (sentence, claims) => {
    expect(claimsOf(STORY, sentence).filter((c) => !c.startsWith('executives-met-russian-officials-in-moscow'))).toEqual(claims);
  });
});

describe('Bharat Forge discussing parts for tanks and aircraft', () => {
  it('is the claim, asked or said', () => {
    expect(claimsOf(STORY, 'Did Bharat Forge discuss tank and helicopter parts?')).toContain('bharat-forge-tanks-helicopters-aircraft:u');
    expect(claimsOf(STORY, 'Bharat Forge discussed parts for tanks and aircraft, one source said.')).toContain('bharat-forge-tanks-helicopters-aircraft:a');
  });

  it('but not with a named Western manufacturer', () => {
    expect(claimsOf(STORY, 'Bharat Forge has discussed supplying helicopter components to Airbus.')).not.toContain('bharat-forge-tanks-helicopters-aircraft:a');
    expect(claimsOf(STORY, 'Bharat Forge is looking at making aircraft parts for Boeing.')).not.toContain('bharat-forge-tanks-helicopters-aircraft:a');
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

describe('a denial that only sets the time is no report of it', () => {
  const named = 'Adani Defence and Bharat Forge were named in the report on the Moscow meetings.';

  it('"after the denials", "despite the denials"', () => {
    const claims = claimsOf(named, 'A government source told Reuters after the denials that Adani people were at the talks.');
    expect(claims).toContain('adani-defence-attended:a');
    expect(claims).not.toContain('adani-group-denied-involvement:a');
    expect(claimsOf(named, 'Reuters kept its account of the Moscow meetings despite the denials.')).not.toContain('adani-group-denied-involvement:a');
  });

  it('but a denial made, or one with its maker named, still is', () => {
    expect(claimsOf(named, 'The Adani Group, after denying any role in the Moscow meetings, declined further comment.')).toContain('adani-group-denied-involvement:a');
    expect(claimsOf(named, 'Shares recovered after the Adani Group denied any role in the Moscow meetings.')).toContain('adani-group-denied-involvement:a');
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
});

describe("Putin's own first visit since the war is another event", () => {
  it.each([
    ["Putin's state visit was the first to India since the war in Ukraine broke out.", []],
    ["The executives' trip was the first to Russia since the invasion of Ukraine in 2022, weeks before Putin's visit.", ['first-visit-since-2022:a']],
  ])('%s', (sentence, claims) => {
    expect(claimsOf(sentence).filter((c) => c.startsWith('first-visit'))).toEqual(claims);
  });
});

describe('a correction takes back what an earlier version said', () => {
  it.each([
    ['Correction: an earlier version of this article said Bharat Forge had confirmed sending an executive; the company denies it.', 'bharat-forge-attended:d'],
    ['Correction: an earlier version of this story gave the wrong dates; the meetings in Moscow took place on Oct. 29-30.', 'meetings-held-october-29-30:a'],
  ])('%s', (sentence, claim) => {
    expect(claimsOf(STORY, sentence)).toContain(claim);
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

describe('start-ups named in the paragraph by the delegation they joined', () => {
  it('"They build drones and AI" after the start-ups joined the delegation', () => {
    expect(claimsOf('Several start-ups also joined the delegation, the sources said.', 'They build drones and military AI systems.')).toContain('startups-drones-ai-attended:a');
  });
});

describe('meetings that only later became public', () => {
  it.each([
    ['It took some forty days for the October talks in Moscow to become public.', ['meetings-not-previously-reported:a']],
    ["Details of Putin's visit to New Delhi became public only on Monday.", []],
  ])('%s', (sentence, claims) => {
    expect(claimsOf(STORY, sentence).filter((c) => c.startsWith('meetings-not'))).toEqual(claims);
  });
});
