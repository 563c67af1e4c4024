// English wording found missing or misread when the writer "dot" was read into the tuning half,
// each beside a sentence that shares the new words and must not make the claim (precision first).
// Sentences written for this test; none comes from the evaluation set or the seeds.
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../../data/packs';
import { paragraphClaims } from '../fixtures/paragraph-claims';
import { buildMatchIndex } from '../story-index';
import { english } from './en';

const index = buildMatchIndex(storyPack, english);
const STORY = 'Executives of Indian defence firms met Russian officials in Moscow, the report said.';
const claimsOf = (...paragraph: string[]) => paragraphClaims(index, paragraph);

describe('a cue interjected between a report verb and its "that"', () => {
  it('does not reach what is reported', () => {
    expect(claimsOf(STORY, 'Two officials told the agency, on condition that they not be identified, that the Indian delegation included at least six company executives.')).toContain('at-least-six-executives-state-and-private:a');
  });
});

describe('an appositive of a name and its noun after another name', () => {
  it('is not the subject past it', () => {
    const claims = claimsOf(STORY, 'Retired general Sahni, Tata consultant, spent part of November in Moscow privately and missed the official talks.');
    expect(claims).toContain('arun-sahni-not-at-meetings:a');
    expect(claims).not.toContain('tata-lt-bel-did-not-participate:a');
  });

  it('but a name alone still is', () => {
    expect(claimsOf(STORY, 'Its chief executive, Ashish Rajvanshi, spoke for Adani Defence at the Moscow meetings.')).toContain('adani-ceo-rajvanshi-represented-adani:a');
  });
});

describe('a month after "until" is when something ended, not when the meetings were', () => {
  it.each([
    ['Few people knew of the executives\' Moscow trip until December.'],
    ['The executives\' Moscow trip stayed out of the news until mid-December.'],
  ])('%s', (sentence) => {
    expect(claimsOf(sentence).filter((c) => c.startsWith('meetings-held-october-29-30'))).toEqual([]);
  });

  it('while a month the trip is put in still dates it, and differs', () => {
    expect(claimsOf('The executives\' Moscow trip took place in December, a source said.')).toContain('meetings-held-october-29-30:a*');
  });
});

describe('"…, and it was unclear whether" leaves open what follows, not the clause before', () => {
  it('keeps the clause before as said', () => {
    expect(claimsOf(STORY, 'No deal came out of the Moscow talks, the people said, and it was unclear whether any proposal would be revived.')).toContain('no-concrete-agreement-finalised:a');
    expect(claimsOf(STORY, 'It is unclear whether Tata Advanced Systems sent anyone to the Moscow talks.')).toContain('tata-lt-bel-did-not-participate:u');
  });
});

describe('a phrase that only stresses a denial adds nothing after its predicate', () => {
  it.each([
    ['A Bharat Forge spokeswoman said nobody from the company had been there in any form.', 'bharat-forge-attended:d'],
    ['An Adani spokesman said no one from the group had been there at all.', 'adani-defence-attended:d'],
  ])('%s', (sentence, claim) => {
    expect(claimsOf(STORY, sentence)).toContain(claim);
  });

  it('but a slot of its own after it still does', () => {
    expect(claimsOf(STORY, 'An Adani spokesman said no one from the group had been there in 2019.')).not.toContain('adani-defence-attended:d');
  });
});

describe("the Kalyani Group's flagship is Bharat Forge", () => {
  it('says its denial', () => {
    expect(claimsOf('The Kalyani Group\'s flagship said no staff member had visited Russia in the years since 2021.')).toContain('bharat-forge-attended:d');
  });

  it('while the group alone names no one firm as its flagship', () => {
    expect(claimsOf('The Kalyani Group posted higher quarterly profits at its flagship forging unit.')).toEqual([]);
  });
});

describe('more words for making, leading and the inventory, and their neighbours', () => {
  it.each([
    ['Bharat Forge, the Pune forging firm, churns out parts for artillery and missiles.', ['bharat-forge-makes-missile-artillery-components:a']],
    ['The Moscow delegation was steered by Sanjeev Kumar, the defence production secretary.', ['sanjeev-kumar-led-delegation:a']],
    ['Roughly 36 per cent of the armed forces stock is Russian-made.', ['russian-origin-36-percent-of-inventory:a']],
    // A spinner's "elements" and "output" stand for components and production only inside a story's phrases.
    ['The Kalyani Group secretary for defence output, Sanjeev Kumar, led the Moscow delegation.', ['sanjeev-kumar-led-delegation:a']],
    // Neighbours: another firm, another team.
    ['Larsen & Toubro churns out parts for artillery and missiles at its Hazira yard.', []],
    ['The football team was steered by Sanjeev Kumar to a league title.', []],
  ])('%s', (sentence, claims) => {
    expect(claimsOf(sentence)).toEqual(claims);
  });
});

describe('a claim of what may happen, under a mere condition (the frame\'s modal)', () => {
  it.each([
    ['If Indian arms makers deepen their Russian ties, they risk US secondary sanctions.', 'secondary-sanctions-risk:a'],
    ['Should the proposal for Indian plants supplying Russia go ahead, it would upend decades of trade.', 'production-in-india-for-export-to-russia:a'],
  ])('states it: %s', (sentence, claim) => {
    expect(claimsOf(STORY, sentence)).toContain(claim);
  });

  it.each([
    // Doubt of the account, a hypothetical, or a claim of what was done: still open.
    ['If the reports are accurate, Indian arms makers risk US secondary sanctions.', 'secondary-sanctions-risk:u'],
    ['If Indian firms were to build plants to supply Russia, Washington would object.', 'production-in-india-for-export-to-russia:u'],
    ['If Adani Defence sent its chief executive to the Moscow talks, the group has not said so.', 'adani-defence-attended:u'],
  ])('leaves it open: %s', (sentence, claim) => {
    expect(claimsOf(STORY, sentence)).toContain(claim);
  });
});

describe('a month that only names which talks are meant', () => {
  it.each([
    ['Reuters has not withdrawn its account of the October talks in Moscow.'],
    ['It took weeks for the late-October meetings in Moscow to become public.'],
  ])('states no date of them: %s', (sentence) => {
    expect(claimsOf(STORY, sentence).filter((c) => c.startsWith('meetings-held-october-29-30'))).toEqual([]);
  });

  it('while a month the talks are put in, or "last October", still does', () => {
    expect(claimsOf(STORY, 'The Moscow talks with Russian officials were held in late October.')).toContain('meetings-held-october-29-30:a');
    expect(claimsOf(STORY, 'Indian defence executives met Russian officials in Moscow last October.')).toContain('meetings-held-october-29-30:a');
  });
});

describe('a ministry that would neither confirm nor deny has not commented', () => {
  it.each([
    ['The defence ministry has neither confirmed nor denied that the Moscow talks happened.'],
    ['Kumar is believed to have led the Moscow delegation, though the defence ministry would not confirm it.'],
  ])('%s', (sentence) => {
    expect(claimsOf(STORY, sentence)).toContain('ministry-and-companies-did-not-comment:a');
  });

  it('while what it would not confirm stays open, and another ministry says nothing of ours', () => {
    expect(claimsOf(STORY, 'The defence ministry declined to confirm that Sanjeev Kumar led the Moscow delegation.')).toContain('sanjeev-kumar-led-delegation:u');
    expect(claimsOf(STORY, 'The finance ministry would not confirm the new tax rates.')).not.toContain('ministry-and-companies-did-not-comment:a');
  });
});

describe('denying "being there"', () => {
  it('denies attendance', () => {
    expect(claimsOf(STORY, 'Bharat Forge has denied being there, the filing shows.')).toContain('bharat-forge-attended:d');
  });
});

describe('the first such trip in the years since the invasion, counted', () => {
  it.each([
    ['It was the first trip of its kind by Indian defence executives in over three and a half years.', ['first-visit-since-2022:a']],
    // (Not "meetings" alone: "Modi's meeting with Putin was their first since 2022" is no trip of ours.)
    ['Modi\'s meeting with Putin in Moscow was their first since the 2022 invasion of Ukraine.', []],
    // Another first in as many years is no trip.
    ['Bharat Forge posted its first quarterly loss in three and a half years.', []],
  ])('%s', (sentence, claims) => {
    expect(claimsOf(sentence).filter((c) => c.startsWith('first-visit'))).toEqual(claims);
  });
});

describe("a concept's spun words are its own inside a gapped mention", () => {
  it('"no solid settlement was inked" spins "no concrete agreement was signed", said on its own', () => {
    expect(claimsOf('No solid settlement was inked, the people said.')).toContain('no-concrete-agreement-finalised:a');
    expect(claimsOf('No tangible settlement was struck.')).toContain('no-concrete-agreement-finalised:a');
  });
});

describe('a question word takes what it names as given', () => {
  it.each([
    ['Which of the drone and AI start-ups joined the Moscow delegation?', 'startups-drones-ai-attended:a'],
    ['What did the SIDM representative actually raise with Russian officials in Moscow?', 'sidm-representative-attended:a'],
    ['How did a trip by half a dozen Indian executives to Moscow stay out of the news for weeks?', 'at-least-six-executives-state-and-private:a'],
  ])('%s', (sentence, claim) => {
    expect(claimsOf(STORY, sentence)).toContain(claim);
  });

  it('but leaves open what it asks: a degree, the answers it lists, a yes/no question joined on', () => {
    expect(claimsOf(STORY, 'How many executives went to Moscow: six, or more?')).toContain('at-least-six-executives-state-and-private:u');
    expect(claimsOf(STORY, 'What was discussed in Moscow: MiG-29 spares, air-defence parts?')).toContain('mig-29-and-air-defence-parts-discussed:u');
    expect(claimsOf(STORY, 'What was discussed in Moscow, and were MiG-29 spares on the list?')).toContain('mig-29-and-air-defence-parts-discussed:u');
  });
});

describe('a noun after "after the" is when something was said, not what', () => {
  it('"told Reuters after the denials" reports no denial', () => {
    const claims = claimsOf(STORY, 'A government official told Reuters after the denials that people from Adani had been at the meetings.');
    expect(claims).toContain('adani-defence-attended:a');
    expect(claims).not.toContain('adani-group-denied-involvement:a');
  });

  it('but an owner named, before or after, or a slot of its own after it, still says it', () => {
    expect(claimsOf(STORY, 'Following the meetings on October 29-30, Russian officials drafted proposals.')).toContain('meetings-held-october-29-30:a');
    expect(claimsOf(STORY, "Shares recovered after Adani's denial of any role in the Moscow meetings.")).toContain('adani-group-denied-involvement:a');
    expect(claimsOf(STORY, 'Shares recovered after the denial by the Adani Group of any role in the Moscow meetings.')).toContain('adani-group-denied-involvement:a');
  });
});

describe("what the review of this round's rules found, held", () => {
  it.each([
    // A hedge interjected before "that" still doubts what is reported.
    ['Two people told Reuters, though the agency could not verify their account, that Bharat Forge executives attended the meetings in Moscow.', 'bharat-forge-attended:u'],
    // A name right after a comma that closes an opening phrase is the subject.
    ['According to Reuters, Bharat Forge executives, along with Adani Defence officials, met Russian officials in Moscow.', 'bharat-forge-attended:a'],
    // "Assuming the role of …" takes it on; "if" inside a sentence is "whether".
    ['Assuming the role of delegation head, Sanjeev Kumar led the Indian side in Moscow.', 'sanjeev-kumar-led-delegation:a'],
    ['Officials did not say if Indian plants would produce defence equipment for export to Russia.', 'production-in-india-for-export-to-russia:u'],
    // A question that doubts what it names, or holds a hedge of its own, stays open.
    ['What evidence is there that Adani Defence attended the Moscow meetings?', 'adani-defence-attended:u'],
    ['When did Adani Defence attend the Moscow meetings, if it did at all?', 'adani-defence-attended:u'],
    ['Russian officials declined to confirm that Adani Defence executives attended the meetings.', 'adani-defence-attended:u'],
  ])('%s', (sentence, claim) => {
    expect(claimsOf(STORY, sentence)).toContain(claim);
  });

  it('a refusal is said by who stands before it, and a spun modifier is no word of the talks', () => {
    expect(claimsOf(STORY, 'Russian officials declined to confirm that Adani Defence executives attended the meetings.')).not.toContain('ministry-and-companies-did-not-comment:a');
    expect(claimsOf('The trade talks took place as planned, Reuters reported.')).toEqual([]);
  });
});
