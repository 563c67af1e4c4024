// English wording found missing or misread when the writer "eli" was read into the tuning half,
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

describe('where a noun\'s people come from', () => {
  it('makes them foreign when a foreign nationality opens it', () => {
    expect(claimsOf('Managers from Turkish drone makers met Russian officials in Moscow to discuss joint ventures.')).toEqual([]);
    expect(claimsOf('Executives of a Chinese shipbuilder met Russian officials in Moscow to talk about joint ventures.')).toEqual([]);
  });

  it('but not when the firms are the story\'s own', () => {
    expect(claimsOf('Managers from Indian drone makers met Russian officials in Moscow to discuss joint ventures.')).toContain('executives-met-russian-officials-in-moscow:a');
  });

  it('after a verb of the story\'s own, and for a meeting that is its own subject', () => {
    expect(claimsOf('Russian officials met executives from Chinese firms in Moscow to discuss joint ventures.')).toEqual([]);
    expect(claimsOf('Executives from Brazilian companies met Russian officials in Moscow on October 29 and 30.')).toEqual([]);
  });

  it('knows more nationalities than the big ones', () => {
    expect(claimsOf('Executives of Vietnamese defence firms met Russian officials in Moscow to discuss joint ventures.')).toEqual([]);
  });
});

describe('words that only stress a bare statement', () => {
  it.each([
    'Indian government officials, the agency said, were present throughout.',
    'Officials of the Indian government were there too.',
  ])('%s', (sentence) => {
    expect(claimsOf(sentence)).toContain('government-officials-attended:a');
  });

  it('do not hide a slot of its own', () => {
    expect(claimsOf('Indian government officials were present throughout the Hyderabad air show.')).not.toContain('government-officials-attended:a');
  });
});

describe('a dispute of the figures in a clause of its own', () => {
  it.each([
    'Roughly 36% of India\'s military inventory is of Russian origin, although the numbers are contested.',
    'About 36% of India\'s military inventory came from Russia, though estimates differ.',
    'Russian kit makes up about 36% of India\'s military inventory, though some estimates run higher.',
  ])('%s', (sentence) => {
    expect(claimsOf(sentence)).toEqual(['russian-origin-36-percent-of-inventory:u']);
  });

  it('leaves the figure standing when the estimates are a clause\'s own subject with more words', () => {
    expect(claimsOf('About 36% of India\'s military inventory came from Russia, though estimates for the navy alone differ.')).toEqual(['russian-origin-36-percent-of-inventory:a']);
  });
});

describe('a correction\'s account of what an earlier version said', () => {
  it('is taken back, and what the correction itself says stands', () => {
    expect(claimsOf(STORY, 'Editor\'s note: a previous version of this article wrongly reported that Bharat Forge had confirmed attending; the firm says it sent nobody.')).toEqual(['bharat-forge-attended:d']);
    expect(claimsOf(STORY, 'An earlier version of this report stated the Adani Group had not responded to questions.')).toEqual([]);
  });

  it('but a correction that names the meetings without a report verb leaves them standing', () => {
    expect(claimsOf(STORY, 'An earlier version of this story gave the wrong dates for the Moscow meetings; they were held on October 29 and 30.')).toContain('meetings-held-october-29-30:a');
  });
});

describe('an account that could not be verified', () => {
  it('leaves the meetings open when it rests on unnamed people', () => {
    expect(claimsOf(STORY, 'The report, which draws on anonymous sources, could not be verified by our correspondent.')).toContain('executives-met-russian-officials-in-moscow:u');
  });

  it('but not a report of the same agency on another story', () => {
    expect(claimsOf('A Reuters report that Tata would build drones with Airbus could not be independently verified.')).not.toContain('executives-met-russian-officials-in-moscow:u');
  });
});

describe('a trip not public till it was reported', () => {
  it('was not made public', () => {
    expect(claimsOf(STORY, 'The trip was not public till the agency reported it.')).toContain('meetings-not-previously-reported:a');
  });
});

describe('cases a review found', () => {
  it('reads no nationality that opens a compound, nor one inside a relative clause, as the doers\'', () => {
    expect(claimsOf('Executives from Israeli-backed firms met Russian officials in Moscow to explore joint ventures.')).toContain('executives-met-russian-officials-in-moscow:a');
    expect(claimsOf('Officials who had worked with Chinese firms met in Moscow on October 29 and 30.')).toContain('meetings-held-october-29-30:a');
  });

  it('leaves a claim standing when the accounts that differ are about something named after', () => {
    expect(claimsOf(STORY, 'About 36% of India\'s military inventory came from Russia, though accounts differ about the navy.')).toEqual(['russian-origin-36-percent-of-inventory:a']);
  });

  it('reads a correction of a report\'s wording as no retraction of what it says', () => {
    expect(claimsOf(STORY, 'An earlier version of this report misspelled the name of an executive who met Russian officials in Moscow.')).toContain('executives-met-russian-officials-in-moscow:a');
  });
});
