// English sentences that lean on the one before them or on what else they name: a group pronoun,
// wording that says the meetings were unknown until the report ("only came to light"), and a date
// that belongs to something else.
// Sentences written for this test; none comes from the evaluation set or the seeds.
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../../data/packs';
import { paragraphClaims } from '../fixtures/paragraph-claims';
import { matchText } from '../match-text';
import { buildMatchIndex } from '../story-index';
import { english } from './en';

const index = buildMatchIndex(storyPack, english);

const claimsOf = (...paragraph: string[]) => paragraphClaims(index, paragraph);

describe('a group pronoun is no firm of the story on its own', () => {
  it.each([
    // "They" may be anyone the sentence before opens with: oil refiners, Chinese firms, Russia.
    [['Executives at Indian oil refiners have cut purchases of Russian crude.', 'They fear secondary sanctions from Washington.'], []],
    [['Chinese firms have expanded their business with Russia.', 'They also worry about secondary sanctions from the US Treasury.'], []],
    // "The group" inside the predicate's own phrase is no subject standing for the Kalyani Group.
    [['Bharat Forge of the Kalyani Group sent one senior official to the Moscow talks.', 'Start-ups building drones and military AI were also part of the group.'], ['startups-drones-ai-attended:a']],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

// A noun only one of the story's entities has (its `soleNouns`) names it with no name before it.
describe('"the ministry" with no name before it', () => {
  it.each([
    [['The ministry said it had nothing to add on the Moscow talks.'], ['ministry-and-companies-did-not-comment:a']],
    [['The ministry\'s spokesman told reporters he had nothing to add.'], ['ministry-and-companies-did-not-comment:a']],
    // Narrowed down after it, or its noun said of another ministry nearby: some other ministry.
    [['The ministry of external affairs said it had nothing to add on the Moscow talks.'], []],
    [['The ministry in Moscow declined to comment on the talks.'], []],
    [['Russia\'s foreign ministry was asked about the Moscow talks.', 'The ministry said it had nothing to add.'], []],
  ])('%j', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

describe('wording that says the meetings were unknown until the report', () => {
  it.each([
    [['The executives were in Moscow at the end of October.', 'The trip only came to light in December, through the Reuters story.'], ['meetings-not-previously-reported:a']],
    [['Indian firms met Russian officials in Moscow.', 'Their visit became public only weeks later.'], ['meetings-not-previously-reported:a']],
    // Coming to light with no "only" says nothing of before.
    [['Indian firms met Russian officials in Moscow.', 'Details of the visit came to light in a Reuters report.'], []],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

describe('a date that belongs to something else', () => {
  it.each([
    // Another party's event right after the date: "Putin's Dec. 4-5 visit".
    [['The executives\' Moscow trip came weeks before Putin\'s Dec. 4-5 visit.'], []],
    // A report verb taking the meetings as its object dates the report.
    [['The news agency first reported the Moscow meetings on Dec. 9.'], []],
    // … but not when the meetings have a verb of their own, its "that" left out.
    [['Sources told the newspaper the meetings were held in Moscow on Nov. 12-13.'], ['meetings-held-october-29-30:a*']],
    // The other party a claim names may own the date: a differing date of Putin's visit.
    [['The Moscow meetings laid the ground for Putin\'s Dec. 10-11 visit to New Delhi.'], ['meetings-prepared-putin-visit:a*']],
    // The meetings' own differing date is still read as such.
    [['Indian executives met Russian officials in Moscow on November 12-13, one outlet said.'], ['executives-met-russian-officials-in-moscow:a', 'meetings-held-october-29-30:a*']],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

describe('the meetings said to have taken place, after the denials', () => {
  const met = 'executives-met-russian-officials-in-moscow';
  it.each([
    [['Both groups denied sending anyone.', 'Reuters replied that its informants still held that the talks had happened.'], [`${met}:a`]],
    [['Two of the original sources, asked again this week, insisted the Moscow gatherings went ahead as first described.'], ['account-rests-on-unnamed-sources:a', `${met}:a`]],
    [['The defence ministry has neither confirmed nor denied that the meetings took place.'], [`${met}:u`, 'ministry-and-companies-did-not-comment:a']],
    // An open question reported: "declined to say whether".
    [['Bharat Forge declined to say whether it had sent anyone to the Moscow meetings.'], ['bharat-forge-attended:u']],
    // Where or when they took place is another claim's slot, not that they took place.
    [['The meetings took place on November 12-13, one outlet said.'], ['meetings-held-october-29-30:a*']],
    [['The meetings took place alongside an official delegation\'s programme, the sources said.'], ['meetings-on-sidelines-of-official-delegation:a']],
    // Standing by a report on the meetings; a report on who attended them says that instead.
    [['Reuters said on Wednesday that it stood by its coverage of the Moscow talks.'], [`${met}:a`]],
    [['Reuters stands by its story that Bharat Forge staff were at the Moscow meetings.'], ['bharat-forge-attended:a']],
    [['Reuters stood by its coverage of Putin\'s Moscow talks.'], []],
    // Said by no one of the story (the agency, its sources, a denial): some other meetings.
    [['Indian executives met Russian officials in Moscow, Reuters reported.', 'The conference went ahead, organisers said.'], []],
    [['Indian executives met Russian officials in Moscow, Reuters reported.', 'The board meetings took place, the sources said.'], []],
    [['Indian executives met Russian officials in Moscow, Reuters reported.', 'The talks between Modi and Putin went ahead, the sources said.'], []],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

describe('a list carried on into the next paragraph', () => {
  const secondLine = (text: string) => {
    const start = text.indexOf('\n') + 1;
    return [...new Set(matchText(text, index).filter((m) => m.start >= start).map((m) => m.claimId))].sort();
  };
  it('takes its members as the paragraph before says', () => {
    const text = 'Senior executives of Indian defence firms met Russian officials in Moscow last month.\nAmong them were the head of Adani Defence and a senior Bharat Forge official.';
    expect(secondLine(text)).toEqual(['adani-ceo-rajvanshi-represented-adani', 'adani-defence-attended', 'bharat-forge-attended']);
  });
  it('and nothing where the paragraph before is about something else', () => {
    const text = 'Indian arms makers now sell shells to more than a dozen countries.\nAmong them were the head of Adani Defence and a senior Bharat Forge official.';
    expect(secondLine(text)).toEqual([]);
  });
});


describe('"both companies": each of the two named before', () => {
  it.each([
    [['Reuters said executives of Adani Defence and Bharat Forge met Russian officials in Moscow.', 'Both companies deny taking part.'],
      ['adani-defence-attended:d', 'adani-group-denied-involvement:a', 'bharat-forge-attended:d']],
    // Not where the two named before are others.
    [['Hindustan Aeronautics and Mazagon Dock build aircraft and ships for the forces.', 'Both companies deny taking part.'], []],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

describe('a count with nothing of its own to count counts the noun before it', () => {
  const six = 'at-least-six-executives-state-and-private';
  it.each([
    [['Executives of state-run and private defence firms, at least six of them, met Russian officials in Moscow.'], [`${six}:a`, 'executives-met-russian-officials-in-moscow:a']],
    // A count with a noun of its own counts that: not the executives.
    [['Executives of state-run and private defence firms, at least six hundred miles from home, met Russian officials in Moscow.'], ['executives-met-russian-officials-in-moscow:a']],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected.sort());
  });
});

describe('a year that dates the start of something, however long the event named between', () => {
  it('is not the time the sentence is set in', () => {
    expect(claimsOf('The trip, which had not been made public, was the first by Indian arms makers\' executives since Russia launched its full-scale invasion of Ukraine in 2022.'))
      .toEqual(['first-visit-since-2022:a', 'meetings-not-previously-reported:a']);
  });

  it('nor is the month and year of such a start ("in February 2022")', () => {
    expect(claimsOf('The trip, which had not been made public, was the first by Indian arms makers\' executives since Russia launched its full-scale invasion of Ukraine in February 2022.'))
      .toEqual(['first-visit-since-2022:a', 'meetings-not-previously-reported:a']);
  });
});

describe('"that visit": Putin\'s, named earlier in the paragraph (a restated frame)', () => {
  it.each([
    [['The Moscow talks ended five weeks before Vladimir Putin arrived in New Delhi.', 'They were part of the spadework for that visit, the people said.'], ['meetings-prepared-putin-visit:a']],
    // Without Putin in the paragraph, "that visit" is someone else's.
    [['The Moscow talks ended in late October.', 'They were part of the spadework for that visit, the people said.'], []],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

describe('"because" opens a reason of its own', () => {
  it('whose subject is no subject of the clause before', () => {
    expect(claimsOf('Indian executives were in Moscow for the first time since 2022, the people said, speaking anonymously because the talks were private.')).not.toContain(
      'executives-met-russian-officials-in-moscow:a',
    );
  });

  it('and a reason for anonymity says nothing of whether the meetings were reported', () => {
    expect(claimsOf('The people spoke on condition of anonymity because the talks were confidential.')).toEqual(['account-rests-on-unnamed-sources:a']);
  });
});

describe('the firms wary of sanctions (a restated frame: the firms its subject)', () => {
  it.each([
    [['Indian arms makers have been courting Russian partners for months.', 'Indian firms stay wary, though, of secondary sanctions from Washington.'], ['secondary-sanctions-risk:a']],
    [['Indian corporations remain cautious about deeper ties with Russia because of the threat of US secondary sanctions.'], ['secondary-sanctions-risk:a']],
    [['Secondary sanctions hang over every Indian arms maker that deals with Moscow.'], ['secondary-sanctions-risk:a']],
    // Russia named is not enough: the wary must be the story's firms, not oil refiners.
    [['The threat of secondary sanctions worries Indian refiners that buy crude from Russia.'], []],
    // With nothing of Russia in the paragraph, sanctions are someone else's.
    [['Indian firms stay wary, though, of secondary sanctions from Washington.'], []],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

describe('the start-ups\' field, said in the sentence after the one that places them at the talks (a restated frame)', () => {
  it.each([
    [['A few Indian start-ups were also in the delegation that met Russian officials.', 'They build drones and battlefield AI software.'], ['startups-drones-ai-attended:a']],
    // Nothing in the paragraph of the meetings: start-ups in drones are another story.
    [['India\'s defence start-ups raised record sums this year.', 'They build drones and battlefield AI software.'], []],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

describe('who a report verb speaks of', () => {
  it.each([
    // A place after the verb and its preposition is where it was said, not someone said to have done it;
    // a place the reported clause opens with is that clause's subject.
    [['Asked about the Moscow meetings, a defence ministry spokeswoman told journalists in New Delhi she had nothing to add.'], ['ministry-and-companies-did-not-comment:a']],
    [['A Bharat Forge spokesman said Russia was represented at the Moscow meetings by Rostec.'], []],
    [['Bharat Forge said New Delhi did not take part in the Moscow talks.'], []],
    // "Tata" inside "the Tata group's defence arm" is the owner of the arm, not the subject of the talks.
    [['Arun Sahni, an adviser to the Tata group\'s defence arm, told journalists in Moscow he was not part of the official talks.'], ['arun-sahni-not-at-meetings:a']],
    // An attribution set off by commas between a list and its members is an aside.
    [['Executives from at least six Indian firms took part in the Moscow talks.', 'Among them, the people said, were Ashish Rajvanshi and a senior Bharat Forge official.'],
      ['adani-ceo-rajvanshi-represented-adani:a', 'adani-defence-attended:a', 'bharat-forge-attended:a']],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

describe('unnamed sources of another story', () => {
  it.each([
    [['A US engine maker and an Indian aircraft company are close to a deal to co-produce engines, people familiar with the negotiations said.'], []],
    [['Indian executives met Russian officials in Moscow, Reuters reported.', 'The talks were exploratory, said one participant, who asked not to be named.'], ['account-rests-on-unnamed-sources:a']],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

describe('"it" for the event the sentence before opened with', () => {
  it.each([
    [['The visit by Indian defence executives was the first since 2022.', 'It also laid the groundwork for Putin\'s December trip to New Delhi.'], ['meetings-prepared-putin-visit:a']],
    // Not where that sentence opens with something else: a summit, or the agency that reported the visit.
    [['The summit in New Delhi produced several agreements.', 'It also laid the groundwork for Putin\'s December trip to New Delhi.'], []],
    [['Reuters reported the visit on December 9.', 'It also laid the groundwork for Putin\'s December trip to New Delhi.'], []],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

describe('"neither did …": what the sentence before said, of its own subject', () => {
  it.each([
    [['Bharat Forge did not respond to requests for comment on the Moscow meetings.', 'Neither did the defence ministry.'], ['ministry-and-companies-did-not-comment:a']],
    [['Bharat Forge did not respond to requests for comment on the Moscow meetings.', 'Nor has the defence ministry.'], ['ministry-and-companies-did-not-comment:a']],
    // Its subject must be one the claim can have; and a sentence that does not open so carries nothing.
    [['Bharat Forge did not respond to requests for comment on the Moscow meetings.', 'Neither did the weather help.'], []],
    [['Bharat Forge did not respond to requests for comment on the Moscow meetings.', 'The defence ministry held a briefing.'], []],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });

  it('carries nothing in a language that lists no ellipsis words', () => {
    const without = buildMatchIndex(storyPack, { ...english, ellipsis: undefined });
    expect(paragraphClaims(without, ['Bharat Forge did not respond to requests for comment on the Moscow meetings.', 'Neither did the defence ministry.'])).toEqual([]);
  });
});

describe('a contrast set off by commas opens no clause of its own', () => {
  it('the subject before it is the subject of the verb after it', () => {
    expect(claimsOf('Arun Sahni, a retired general, advises Tata\'s defence arm.', 'He was in Moscow in November, but on private business, and kept away from the official meetings.'))
      .toEqual(['arun-sahni-not-at-meetings:a']);
  });
});
