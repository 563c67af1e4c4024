// Sentences of neighbouring stories that share the story's words and must make none of its claims:
// other people's unnamed sources, other deliveries, other visits, other firms, other places.
// Written for this test; none comes from the evaluation set or the seeds.
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../../data/packs';
import { paragraphClaims } from '../fixtures/paragraph-claims';
import { buildMatchIndex } from '../story-index';
import { english } from './en';

const index = buildMatchIndex(storyPack, english);

const claimsOf = (...paragraph: string[]) => paragraphClaims(index, paragraph);

describe('English near misses: another event in the story\'s words', () => {
  it.each([
    // "Unnamed" alone is anyone's: officers on a frigate, not the story's sources.
    [['Indian executives met Russian officials in Moscow in October.', 'A separate report, which cited unnamed naval officers, said the frigate\'s sea trials had slipped.'], []],
    // India's framework with the US speaks of co-production too; so does the oil trade of Moscow.
    [['India and the United States signed a ten-year defence framework, pledging co-development and co-production of weapons.'], []],
    // The S-400 deliveries are an event of their own.
    [['Moscow will hand over the remaining S-400 squadrons next year, people familiar with the matter said.'], []],
    // A first visit somewhere else, by someone else.
    [['The trip by a Ukrainian business delegation to New Delhi was the first of its kind since the 2022 invasion.'], []],
    // A visit set in another city by the verb itself.
    [['An SIDM delegation visited Washington to discuss co-production with American arms makers.'], []],
    // Another country's firm: the maker is not Bharat Forge.
    [['Bharat Forge denied a report that it planned to buy a European artillery maker.'], []],
    // A possessive after "unlike" is set against the one that owns the predicate.
    [['Unlike Adani\'s, Bharat Forge\'s participation in the Moscow meetings was confirmed.'], ['bharat-forge-attended:a']],
    // An unverified account of other meetings, or of talks with other people.
    [['The ministry could not verify the report about the meetings in Dubai.'], []],
    [['Reuters could not verify the account of the talks with Chinese officials.'], []],
    // A placeholder "it" across an adverb stands for no firm.
    [['Adani Defence is one of India\'s largest private arms makers.', 'It was later confirmed that executives from several firms took part in the Moscow meetings.'], []],
    // "Both sides met" is no "side meeting" (the stems are alike): a summit's follow-up talks.
    [['Negotiators from both sides met in Moscow on Monday to carry forward the trade pact agreed during the official visit.'], []],
    // "This publication" is the newspaper, not a disclosure.
    [['The Moscow meetings described in the report could not be independently verified by this publication.'], ['executives-met-russian-officials-in-moscow:u']],
  ])('%j', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

describe('English: the story itself in those words', () => {
  it.each([
    [['Three unnamed people familiar with the talks described the Moscow meetings to Reuters.'], ['account-rests-on-unnamed-sources:a']],
    [['The SIDM delegate visited Moscow for the talks with Russian officials.'], ['sidm-representative-attended:a']],
    [['Bharat Forge executives visited Russia\'s capital for the meetings.'], ['bharat-forge-attended:a']],
    // A comment made, unlike one refused, leaves what follows as it is.
    [['Adani Defence, in a response on Friday, denied that it attended the Moscow meetings.'], ['adani-defence-attended:d', 'adani-group-denied-involvement:a']],
    [['The defence ministry declined to comment on the meetings that were held last month.'], ['ministry-and-companies-did-not-comment:a']],
    // An aside after "not" is no end of the clause: the subject before it is still the subject.
    [['Tata, L&T and BEL did not, however, attend the Moscow meetings.'], ['tata-lt-bel-did-not-participate:a']],
    [['Indian defence firms remain wary of deeper ties with Russia, fearing European sanctions.'], ['secondary-sanctions-risk:a']],
    [['The talks in Moscow covered spare parts for MiG-29 jets and for the S-400 units India already operates.'], ['mig-29-and-air-defence-parts-discussed:a']],
    [['The executives preferred not to be seen in public while in Moscow, and the trip was not public until December.'], ['meetings-not-previously-reported:a']],
  ])('%j', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

// "It" with a verb of its own right after it is no placeholder, though "possible" or "false" follows.
describe('"it" before a verb of its own stands for the firm named before', () => {
  it.each([
    [['Bharat Forge was among the firms at the table in Moscow.', 'It weighed possible work with Russia on parts for tanks, helicopters and aircraft.'], ['bharat-forge-tanks-helicopters-aircraft:a']],
    [['The Adani Group said nobody from the group attended any meeting in Russia.', 'It called the reports false.'], ['adani-defence-attended:d', 'adani-group-denied-involvement:a']],
    // A placeholder still: what "it is possible" opens is left open.
    [['Bharat Forge has said little.', 'It is not yet clear whether anyone from the company was at the Moscow talks.'], ['bharat-forge-attended:u']],
  ])('%j', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

describe('neighbouring stories that share the words of this round\'s frames make no claim', () => {
  it.each([
    // Sanctions and reliance in the oil and fertiliser trade (the frames' `not`).
    [['Indian oil companies are in the crosshairs of US secondary sanctions over Russian crude.']],
    [['Secondary sanctions hang over Indian companies that import Russian fertiliser.']],
    [['India\'s reliance on Russian oil puts sensitive US technology out of reach, a senator said.']],
    // Secret talks of others: the firms or the executives must hold them.
    [['Indian oil refiners held secret talks with Russian officials in Moscow in November, sources say.']],
    [['Tata Motors held secret talks with its bankers in Moscow last month.']],
    // "That visit" must follow Putin's visit to India, and be written so.
    [['Putin met Trump in Alaska in August.', 'Indian defence executives said the talks laid the groundwork for that visit.']],
    [['Vladimir Putin arrived in New Delhi on December 4.', 'Indian executives are preparing for the visit of the French defence minister.']],
    // Start-ups at other gatherings.
    [['Indian start-ups met investors in Bengaluru this week.', 'They build drones and AI software.']],
    // Six executives of state and private firms elsewhere.
    [['At least six executives from state-owned and private firms have been named in the fraud probe.']],
    // The same firms denying other things, the same ministry silent on other deals (distractor events).
    [['Adani Group called the short seller\'s findings baseless and denied any involvement in share manipulation.']],
    [['Adani Group denied that any of its people took part in the bribery scheme US prosecutors describe.']],
    [['The defence ministry did not comment on the lease of a second nuclear-powered submarine from Russia.']],
    // The group's other listed companies are not the group: their denials are of their own affairs.
    [['Indian defence executives met Russian officials in Moscow, Reuters reported.', 'Adani Ports denied any involvement in the Mundra accident.']],
    [['Indian defence executives met Russian officials in Moscow, Reuters reported.', 'Adani Power denied any involvement in the coal import inquiry.']],
    [['Indian defence executives met Russian officials in Moscow, Reuters reported.', 'Tata Motors did not take part in the Moscow auto show this year.']],
    // A statement sent to reporters sends no one; heading the company is no leading at the talks.
    [['Adani Defence said in a statement sent to reporters on Tuesday that its order book had grown.']],
    [['Ashish Rajvanshi, who heads Adani Defence and Aerospace, spoke at a drone conference in Hyderabad.']],
    // What a question was about is nothing the firm did.
    [['Reporters asked Bharat Forge about the Moscow meetings on Tuesday.']],
    [['Analysts pressed Adani Defence about the Moscow talks on Friday.']],
    // A time that owns the topic of a denial: the report is on that day's affair.
    [['Bharat Forge rejected the report on Tuesday\'s meeting with Safran.']],
    // A report with a topic of its own, said to be false before the falsity word.
    [['Bharat Forge said a report on its plans to cut jobs was false.']],
    // Speaking for its members is no sending of a representative (the count of members is its own claim).
    [['SIDM, which represents over 500 defence companies, held its annual session in Delhi.']],
  ])('%j', (paragraph) => {
    expect(claimsOf(...paragraph)).toEqual([]);
  });
});

// A figure of something else in the sentence is no figure of the claim's.
describe('the date of a report or of another clause, the count of the sources', () => {
  it.each([
    ['A story published on 9 December said the Moscow meetings were held on the sidelines of an official visit.', 'meetings-on-sidelines-of-official-delegation:a'],
    ['Putin landed in Delhi on 4 December; the Moscow meetings had prepared his visit.', 'meetings-prepared-putin-visit:a'],
    // In the meetings' clause, the date of the place or person named right before it.
    ['Putin spent two days in New Delhi, on December 4 and 5, and the Moscow talks had paved the way for that trip.', 'meetings-prepared-putin-visit:a'],
    ['Ahead of the arrival of President Vladimir Putin on 4-5 December, the Moscow meetings served as preparation.', 'meetings-prepared-putin-visit:a'],
    ['Indian executives met Russian officials in Moscow before Putin arrived in New Delhi on December 4.', 'executives-met-russian-officials-in-moscow:a'],
    ['The four people said executives of Bharat Forge took part in the Moscow meetings.', 'bharat-forge-attended:a'],
    // The same date, a report's, is no date of the meetings either.
    ['A report posted on 29 October said Indian executives were in Moscow for talks.', 'executives-met-russian-officials-in-moscow:a'],
  ])('%s', (sentence, claim) => {
    const found = claimsOf(sentence);
    expect(found).toContain(claim);
    expect(found.filter((c) => c.startsWith('meetings-held') || c.startsWith('at-least-six'))).toEqual([]);
  });

  it('a date after another place or person the claim\'s verb takes still differs', () => {
    expect(claimsOf('Indian defence executives travelled from New Delhi on November 10 to meet Russian officials in Moscow.')).toContain('meetings-held-october-29-30:a*');
    expect(claimsOf('The delegation led by Sanjeev Kumar on November 12 met Russian officials in Moscow.')).toContain('meetings-held-october-29-30:a*');
  });

  it('a date in the meetings\' own clause differs; the same date past a boundary word set off by commas is theirs', () => {
    expect(claimsOf('The Moscow meetings were held on 12 and 13 November, one outlet reported.')).toContain('meetings-held-october-29-30:a*');
    expect(claimsOf('The executives met Russian officials in Moscow, however, on October 29 and 30.')).toContain('meetings-held-october-29-30:a');
  });

  it('nor is the count of speakers, nor one past a comma or a negation, the count of executives', () => {
    expect(claimsOf('The official delegation, led by Sanjeev Kumar, included six ministry officials and no executives.').filter((c) => c.startsWith('at-least-six'))).toEqual([]);
    expect(claimsOf('14:05 - Indian defence executives met Russian officials in Moscow, Reuters reported.').filter((c) => c.startsWith('at-least-six'))).toEqual([]);
  });

  it('the count of those who speak is theirs, whatever they say', () => {
    expect(claimsOf('Six executives told Reuters they did not attend the Moscow talks.').filter((c) => c.startsWith('at-least-six'))).toEqual([]);
  });

  it('shipped goods mask attendance, a delegation dispatched does not', () => {
    expect(claimsOf('Adani Defence dispatched its first delegation to Moscow since 2022.')).toContain('adani-defence-attended:a');
    expect(claimsOf('Bharat Forge despatched its first batch of towed guns to Armenia in October.')).toEqual([]);
  });

  it('speaking for members is no attendance', () => {
    expect(claimsOf('SIDM represents more than 400 Indian defence firms.')).not.toContain('sidm-representative-attended:a');
  });

});

describe('other countries\' talks, arms fairs, other words for parts and places', () => {
  it('an arms fair, and "us" in lower case', () => {
    expect(claimsOf('Russian officials met executives of foreign drone makers at an arms fair near Moscow.')).toEqual([]);
    // ("us" is no "US": the sentence names no other country.)
    expect(claimsOf('Indian defence executives visited Moscow to explore joint ventures, one of them told us.')).toContain('executives-met-russian-officials-in-moscow:a');
    expect(claimsOf('Indian defence executives visited Moscow to explore joint ventures, one of them told US officials.')).not.toContain('executives-met-russian-officials-in-moscow:a');
  });

  it('Adani\'s denial with the story on the page; Adani\'s answer to U.S. prosecutors is another story', () => {
    expect(claimsOf('Indian executives met Russian officials in Moscow.', 'Adani\'s categorical denial leaves two versions of the same two days.')).toEqual(['adani-defence-attended:d', 'adani-group-denied-involvement:a']);
    expect(claimsOf('Indian executives met Russian officials in Moscow.', 'The Adani Group denied the charges brought by U.S. prosecutors, calling them baseless.')).toEqual([]);
  });

  it('the Moscow talks covering two of helicopters, drones and AI consider joint development of them; other talks, a budget or start-ups do not', () => {
    expect(claimsOf('The talks in Moscow covered drones and AI, one participant said.')).toEqual(['joint-development-helicopters-drones-ai:a']);
    expect(claimsOf('The Moscow talks may have touched on helicopters and drones.')).toEqual(['joint-development-helicopters-drones-ai:u']);
    expect(claimsOf('Indian executives met Russian officials in Moscow.', 'The defence budget covered drones, helicopters and AI systems.')).toEqual([]);
    expect(claimsOf('Indian executives met Russian officials in Moscow.', 'Officials in Kyiv discussed drones and AI with British counterparts.')).toEqual([]);
    expect(claimsOf('Start-ups working on drones and AI also joined the talks in Moscow.')).toEqual(['startups-drones-ai-attended:a']);
    expect(claimsOf('Indian executives met Russian officials in Moscow.', 'The talks covered drones.')).toEqual([]);
  });

  it('what nobody had heard of still happened; what nobody knew of any one doing did not', () => {
    expect(claimsOf('No one in Delhi had heard of the October 29-30 meetings in Moscow.')).toEqual(['meetings-held-october-29-30:a']);
    expect(claimsOf('Indian executives met Russian officials in Moscow.', 'Bharat Forge said it did not know of any executive attending the Moscow meetings.')).toEqual(['bharat-forge-attended:d']);
    expect(claimsOf('Indian executives met Russian officials in Moscow.', 'Bharat Forge did not, we know, send anyone to Moscow.')).toEqual(['bharat-forge-attended:d']);
  });

  it('a ministry spokesperson is the defence ministry\'s; Russia\'s ministries and a foreign ministry are not', () => {
    expect(claimsOf('Indian executives met Russian officials in Moscow.', 'A ministry spokesperson said there was nothing to add on the matter.')).toEqual(['ministry-and-companies-did-not-comment:a']);
    expect(claimsOf('Indian executives met Russian officials in Moscow.', 'A Russian defence ministry official declined to comment on the meetings.')).toEqual([]);
    expect(claimsOf('Indian executives met Russian officials in Moscow.', 'Russia\'s foreign ministry spokeswoman said she had nothing to add on the matter.')).toEqual([]);
    expect(claimsOf('Indian executives met Russian officials in Moscow.', 'A finance ministry spokesman declined to comment on the talks.')).toEqual([]);
  });

  it('no agreement at talks in another city is another round of talks', () => {
    expect(claimsOf('Indian executives met Russian officials in Moscow.', 'No agreement came out of the latest round of India-US trade talks in Washington.')).toEqual([]);
    expect(claimsOf('Indian executives met Russian officials in Moscow.', 'No agreement came out of the Moscow talks.')).toEqual(['no-concrete-agreement-finalised:a']);
  });

  it('a supplier\'s "parts used in" missiles is no "part in" the talks', () => {
    expect(claimsOf('Bharat Forge makes parts used in missiles and artillery.')).toEqual(['bharat-forge-makes-missile-artillery-components:a']);
  });

  it('a place sets its own clause only: past ", and" it is another clause\'s', () => {
    expect(claimsOf('The talks with Russian officials were never made public, and diplomats in Washington learned of them only in December.')).toContain('meetings-not-previously-reported:a');
    expect(claimsOf('Indian executives met Russian officials in Minsk to explore joint ventures.')).not.toContain('executives-met-russian-officials-in-moscow:a');
  });
});
