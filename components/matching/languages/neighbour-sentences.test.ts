// Sentences of neighbouring stories (and of the story, said otherwise) that the rules for subjects,
// lists, dates and other events must not read as the story's claims. Written for this test after a
// review of those rules; none comes from the evaluation set or the seeds.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../../data/packs';
import { packInLanguage } from '../../../scripts/validate-packs';
import { paragraphClaims } from '../fixtures/paragraph-claims';
import { buildMatchIndex, type MatchIndex } from '../story-index';
import { english } from './en';
import { french } from './fr';

const STORY_DIR = join(import.meta.dirname, '../../../data/stories/india-russia-defence-jv-talks-2025');
const en = buildMatchIndex(storyPack, english);
const fr = buildMatchIndex(packInLanguage(STORY_DIR, 'fr'), french);

const claimsOf = (index: MatchIndex, paragraph: string[]) => paragraphClaims(index, paragraph);

const MET = 'Russian officials met the Indian delegation in Moscow.';

describe('lists that are not of those who were there', () => {
  it.each([
    [[MET, 'Potential partners include Bharat Forge and Adani Defence, analysts said.'], []],
    [[MET, "Rosoboronexport's clients include Bharat Forge."], []],
    [[MET, "India's private defence sector includes Tata Advanced Systems, L&T, Adani Defence and Bharat Forge."], []],
    // The list of those who were there still carries on.
    [[MET, 'They included a senior official from Bharat Forge.'], ['bharat-forge-attended:a']],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(en, paragraph)).toEqual(expected);
  });
});

describe('scope, years and other events', () => {
  it.each([
    // A denial reaches past "and were" (only a plain negation ends there).
    [['Adani Group denied that its executives travelled to Moscow and were present at the meetings.'], ['adani-defence-attended:d', 'adani-group-denied-involvement:a']],
    // "Since" giving a reason, and "since" before a clause with its own verb: the year is the sentence's.
    [['Since Tata did not attend the Moscow talks in 2022, it lost the contract.'], []],
    [['Adani Defence has sent executives to Moscow every year since a deal was signed in 2022.'], []],
    // Meetings still to come, beside Putin's visit.
    [["Indian executives are expected to meet Russian officials in Moscow again after Putin's visit."], []],
    [["Adani Defence executives will travel to Moscow in January to follow up on Putin's visit."], []],
    // The subject carried into "…, but did not attend" is the clause's first, not its object.
    [['Russian officials hosted Bharat Forge executives in Moscow, but did not attend the talks themselves.'], []],
    // A hedge said with "immediately" bears on what follows it only.
    [["Adani Defence's chief executive attended the meetings in Moscow and it was not immediately clear what was agreed."],
      ['adani-ceo-rajvanshi-represented-adani:a', 'adani-defence-attended:a']],
    // "The ministry of external affairs" is not the defence ministry "it" would stand for.
    [['The ministry of external affairs said the summit was a success.', 'It declined to comment on the meetings.'], []],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(en, paragraph)).toEqual(expected);
  });

  it('French: "il" after another ministry is not the defence ministry', () => {
    expect(claimsOf(fr, ['Le ministère des Affaires étrangères a salué le sommet.', 'Il a refusé de commenter les réunions.'])).toEqual([]);
  });
});

describe('names a predicate does not go with', () => {
  it.each([
    // (A name in quotes is still a name: a short quotation is no one's words.)
    [['A senior official of "Bharat Forge" attended the Moscow talks.'], ['bharat-forge-attended:a']],

    // "notwithstanding" opens a clause of its own: the denials there are nobody's named before it.
    [['The agency said people from the Adani Group were in the room at the Moscow talks, notwithstanding the denials.'], ['adani-defence-attended:a']],
    // The sources named once are not the claim each time they are cited again.
    [['Sanjeev Kumar led the Indian delegation in Moscow, the three people said.'], ['sanjeev-kumar-led-delegation:a']],
    // A comment word that is what the first one is about is no second predicate.
    [["Asked about the minister's Su-57 remarks, India's defence ministry did not comment on the remarks."], []],
    // A place phrase that owns the noun after it says nothing of being there.
    [["Adani Enterprises rose on buying in the group's port and power stocks."], []],
    // A nearer predicate noun whose "of" names someone else takes the place words after it (open:
    // what a filing is silent on is reported there, neither said nor denied).
    [["Bharat Forge's filing was silent on the presence of Indian government officials at the Moscow meetings."], ['government-officials-attended:u']],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(en, paragraph)).toEqual(expected);
  });
});

describe('business news of the story\'s firms', () => {
  it.each([
    'Bharat Forge despatched the first batch of towed guns to the army on Monday.',
    'Bharat Forge dispatched a consignment of artillery shells to a European customer.',
    'Adani Defence sent samples of its loitering munitions to the army for trials.',
    'Indian crop protection companies met Russian officials in Moscow to expand fertiliser exports.',
    'Baba Kalyani met Russian officials in Pune last year to discuss artillery.',
    // A market line of a digest: "the session" is the trading day, not the meetings.
    'Defence stocks, including Bharat Forge and Adani Enterprises, traded mixed through the session.',
  ])('%s', (sentence) => {
    expect(claimsOf(en, [sentence])).toEqual([]);
  });

  it('reads no refusal "on this" after another story as the story\'s', () => {
    expect(claimsOf(en, ['India\'s defence minister praised the Su-57 fighter on Tuesday.', 'The defence ministry declined to comment on this.'])).toEqual([]);
  });

  it('reads no meeting of Adani\'s with Russian officials elsewhere as the Moscow meetings', () => {
    expect(claimsOf(en, ['Adani Group executives met Russian officials to discuss LNG supplies for its Mundra terminal.'])).not.toContain('adani-defence-attended:a');
  });

  it('"including" takes no subject before it: the spokesperson\'s firm is not among those present', () => {
    const found = claimsOf(en, ['The Adani spokesperson would not go into the rest of the story, including the presence of Indian officials at the talks.']);
    expect(found.filter((c) => c.startsWith('adani'))).toEqual([]);
  });
});
