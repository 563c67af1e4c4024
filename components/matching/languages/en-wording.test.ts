// English wording the evaluation found missing in its latest round, each row beside a sentence of
// a neighbouring story that shares the new words and must make no claim (precision first).
// Sentences written for this test; none comes from the evaluation set or the seeds.
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../../data/packs';
import { paragraphClaims } from '../fixtures/paragraph-claims';
import { buildMatchIndex } from '../story-index';
import { english } from './en';

const index = buildMatchIndex(storyPack, english);

const claimsOf = (...paragraph: string[]) => paragraphClaims(index, paragraph);

describe('vocabulary added this round, and its neighbours', () => {
  it.each([
    ['About 36 per cent of the weapons in India\'s arsenal are Russian, analysts estimate.', ['russian-origin-36-percent-of-inventory:a']],
    ['About 36 per cent of the players in the league are Russian.', []],
    // A share's "of" names its whole, however long the verb before it ("make up about").
    ['Russian-built jets and tanks make up roughly 36 per cent of the Indian military\'s inventory.', ['russian-origin-36-percent-of-inventory:a']],
    ['Russian-designed jets make up about 36% of the airline fleets flying into Delhi.', []],
    // Not the whole of another share than the claim's.
    ['Russian-origin arms still make up 60% of India\'s inventory, though only 36% of its recent imports.', []],
    // A predicate fronted before its copula: the subject stands after the copula.
    ['Missing from the Moscow talks were the country\'s biggest names, Tata Sons and Larsen & Toubro.', ['tata-lt-bel-did-not-participate:a']],
    ['Present at the talks in Moscow, according to the sources, were a senior official from Bharat Forge and others.', ['bharat-forge-attended:a']],
    ['Missing from the Beijing air show were the country\'s biggest names, Tata Sons and Larsen & Toubro.', []],
    // Not a gerund with its object, the sentence's subject, nor a passive.
    ['Meeting Russian officials in Moscow was a gamble for Bharat Forge.', []],
    ['Attending the Moscow talks was ruled out by Tata Sons.', []],
    // A trip to Moscow to explore joint ventures is the meeting; one still to come is none (the
    // restated frame is marked "done").
    ['Executives from Indian defence firms travelled to Moscow to explore joint ventures, the sources said.', ['executives-met-russian-officials-in-moscow:a']],
    ['Executives from Indian defence firms will travel to Moscow next year to explore joint ventures.', []],
    ['Indian defence executives are expected to travel to Moscow in the spring to explore joint ventures.', []],
    ['Indian defence executives plan to travel to Moscow next month to explore joint ventures.', []],
    ['Indian defence executives might travel to Moscow to explore joint ventures.', []],
    // (Not a relative clause's own verb.)
    // (The relative clause states the sanctions risk of its own: "could face" is the risk.)
    ['Executives whose firms could face Western sanctions travelled to Moscow to explore joint ventures.', ['executives-met-russian-officials-in-moscow:a', 'secondary-sanctions-risk:a']],
    ['Executives, who would not be named, travelled to Moscow to explore joint ventures.', ['executives-met-russian-officials-in-moscow:a']],
    // (But the relative clause's own verb is the predicate: "Executives who will travel …".)
    ['Indian executives who will travel to Moscow to explore joint ventures have not been named.', []],
    ['Indian defence executives will, the sources said, travel to Moscow to explore joint ventures.', []],
    ['A report expected to stir debate said Indian defence executives travelled to Moscow to explore joint ventures.', ['executives-met-russian-officials-in-moscow:a']],
    ['Indian defence executives travelled to St Petersburg to explore joint ventures.', []],
    // A report about the story's words, said to be false.
    ['Bharat Forge said the report about its executives in Moscow was false.', ['bharat-forge-attended:d']],
    // "inaccurate" like "incorrect" (not "mistaken": "investors were mistaken to sell").
    ['Bharat Forge said the Reuters report was inaccurate as far as the company was concerned.', ['bharat-forge-attended:d']],
    ['Bharat Forge said investors were mistaken to sell its shares after the Moscow report.', []],
    // A statement sent to the exchanges sends no one.
    ['The clarification from Bharat Forge, sent to the BSE late on Tuesday, said the company had no part in the Moscow meetings.', ['bharat-forge-attended:d']],
    // Spun copy's words for a denial.
    ['Bharat Forge, in a filing to the exchanges, negated any participation in the Moscow meetings.', ['bharat-forge-attended:d']],
    ['Higher steel costs negated the gains Bharat Forge made after its executives met Russian officials in Moscow.', ['bharat-forge-attended:a', 'executives-met-russian-officials-in-moscow:a']],
    ['The Adani Group rebuffed any participation in the Moscow talks.', ['adani-defence-attended:d', 'adani-group-denied-involvement:a']],
    ['Tata rebuffed its Russian suitors and stayed away from the Moscow talks.', ['tata-lt-bel-did-not-participate:a']],
    ['Bharat Forge rebuffed any notion that it had taken part in the Moscow meetings.', ['bharat-forge-attended:d']],
    ['Bharat Forge rebuffed any criticism of its Russian ties and confirmed its executives went to Moscow.', ['bharat-forge-attended:a']],
    ['Bharat Forge rebuffed any criticism, saying its executives met Russian officials in Moscow to explore joint ventures.',
      ['bharat-forge-attended:a', 'executives-met-russian-officials-in-moscow:a']],
    ['Sanctions have negated much of the benefit of Russian-made arms making up about 36% of India\'s inventory.', ['russian-origin-36-percent-of-inventory:a']],
    // ", as did X": the same said of X, denied or not; not a passive report.
    ['Bharat Forge sent a senior executive to the Moscow talks, as did a senior official of the Society of Indian Defence Manufacturers.',
      ['bharat-forge-attended:a', 'executives-met-russian-officials-in-moscow:a', 'sidm-representative-attended:a']],
    ['Bharat Forge denied sending anyone to the Moscow talks, as did a senior official of the Society of Indian Defence Manufacturers.', ['bharat-forge-attended:d', 'sidm-representative-attended:d']],
    ['Bharat Forge attended the Moscow meetings, as has been the case for Tata Sons at past forums.', ['bharat-forge-attended:a']],
    ['Bharat Forge sent engineers to the Moscow talks, as could Tata Sons have done.', ['bharat-forge-attended:a']],
    ['Bharat Forge sent a senior executive to the Moscow talks, as was reported by the Society of Indian Defence Manufacturers.',
      ['bharat-forge-attended:a', 'executives-met-russian-officials-in-moscow:a']],
    // Executives by other names ("industry figures" are statistics as often as people).
    ['Adani Defence and Bharat Forge reps held talks with Russian officials in Moscow.', ['adani-defence-attended:a', 'bharat-forge-attended:a', 'executives-met-russian-officials-in-moscow:a']],
    ['Tata Steel reps met Chinese officials in Beijing.', []],
    ['Industry figures released in Moscow showed arms exports to India fell.', []],
    // The British spelling of "dispatched".
    ['Bharat Forge despatched a senior executive to the talks.', ['bharat-forge-attended:a']],
    // Withholding confirmation leaves what it withholds open; whatever it is about, it is no comment
    // withheld on the story (a transitive verb's object is no topic the frame's 'onTopic' reads).
    ['India\'s defence ministry has neither confirmed nor denied that the Moscow meetings took place.', ['executives-met-russian-officials-in-moscow:u', 'ministry-and-companies-did-not-comment:a']],
    ['Bharat Forge did not confirm its quarterly revenue guidance on Friday.', []],
    ['Questions sent to Bharat Forge about the Moscow meetings were answered on Friday.', []],
    ['Officials of India\'s defence ministry sat in on every one of the Moscow sessions, a source said.', ['government-officials-attended:a']],
    // The secretary's delegation: who led it is taken as given, whatever is asked or denied of it.
    ['What did Sanjeev Kumar\'s delegation actually agree in Moscow?', ['sanjeev-kumar-led-delegation:a']],
    ['Sanjeev Kumar met the delegation from Washington in Delhi.', []],
    ['Sanjeev Kumar\'s delegation held talks with Chinese officials in Beijing.', []],
    ['Pakistan\'s defence production secretary\'s delegation held talks with Chinese officials in Moscow.', []],
    ['Sanjeev Kumar\'s delegation never went to Moscow, the ministry said.', []],
    ['Russia\'s reluctance to transfer engine technology has frustrated HAL for years.', []],
    // Kept from the public in other words.
    ['Indian arms makers held unpublicised talks with Russian officials in Moscow.', ['executives-met-russian-officials-in-moscow:a', 'meetings-not-previously-reported:a']],
    // The sanctions risk in other words; other nations' firms are none of the story's.
    ['For Indian defence firms the calculus is simple: one US Treasury designation could cut them off from Western banks.', ['secondary-sanctions-risk:a']],
    ['The sanctions calculus for Turkish defence firms has changed since the S-400 purchase.', []],
    // The obstacle to Western technology in other words; not another buyer's.
    ['That dependence on Russian arms is what makes Washington cautious about handing India its most sensitive systems.', ['russian-arms-obstacle-to-western-technology:a']],
    ['European firms are declining sensitive transfers to Chinese buyers over their Russian links.', []],
    // Someone else noting that the firm was not there is no denial of the group's.
    ['Adani Defence did not attend the Moscow talks, Reuters noted.', ['adani-defence-attended:d']],
    // Topic words that are a verb's particle, or a possessive owner, leave the meeting the firm's.
    ['Bharat Forge went on to meet Russian officials in Moscow, the sources said.', ['bharat-forge-attended:a']],
    ['Bharat Forge chairman Baba Kalyani spoke about his meetings with Russian officials in Moscow.', ['bharat-forge-attended:a']],
    // Names in a participle's aside are who did what follows it.
    ['Indian firms, led by Adani Defence and Bharat Forge, met Russian officials in Moscow.', ['adani-defence-attended:a', 'bharat-forge-attended:a']],
    ['Adani Defence, not named in earlier reports, sent its chief executive to Moscow, sources said.', ['adani-ceo-rajvanshi-represented-adani:a', 'adani-defence-attended:a']],
    // Nothing signed in other words; a cue's word before the noun makes it no compound.
    ['Not a single agreement was signed at the Moscow talks.', ['no-concrete-agreement-finalised:a']],
    ['Not a single trade agreement was signed at the G20 summit.', []],
    ['More than a third of the hardware India fields traces its origins to Russia.', ['russian-origin-36-percent-of-inventory:a']],
    ['More than a third of the league\'s coaches came from Russia.', []],
    ['Did the Moscow talks yield anything concrete?', ['no-concrete-agreement-finalised:u']],
    ['Nobody from Bharat Forge was at any meeting with Russian officials, the company said.', ['bharat-forge-attended:d']],
    ['With a third of its arsenal Russian-made, India finds Washington\'s crown-jewel technologies out of reach.',
      ['russian-arms-obstacle-to-western-technology:a', 'russian-origin-36-percent-of-inventory:a']],
    ['Crown-jewel technologies remain out of reach for Vietnam, officials in Hanoi say.', []],
    // A statement sent to the exchanges masks "sent", not the denial; leading the firm's team at the talks is the claim.
    ['In a statement sent to the stock exchanges, Bharat Forge denied that anyone from the company had attended.', ['bharat-forge-attended:d']],
    ['Rajvanshi led the Adani delegation at the Moscow talks, the sources said.', ['adani-ceo-rajvanshi-represented-adani:a', 'adani-defence-attended:a']],
    // The negation is the predicate's own word: "said nothing" states the silence.
    ['The defence ministry said nothing about the Moscow meetings.', ['ministry-and-companies-did-not-comment:a']],
    // The meetings as a noun without "the", held by the firms: "held secret talks".
    ['Indian arms makers held secret talks with Russian officials in Moscow, sources say.', ['executives-met-russian-officials-in-moscow:a', 'meetings-not-previously-reported:a']],
    // "Would not confirm" leaves it open, as "did not confirm" does.
    ['The defence ministry would not confirm that Rajvanshi attended the Moscow talks.', ['adani-ceo-rajvanshi-represented-adani:u', 'adani-defence-attended:u', 'ministry-and-companies-did-not-comment:a']],
    // "nowhere near" negates.
    ['Bharat Forge says its people were nowhere near the Moscow talks.', ['bharat-forge-attended:d']],
    ['Bharat Forge sent nowhere near as many people to the Moscow talks as Adani Defence did.', ['adani-defence-attended:a', 'bharat-forge-attended:a']],
    // "according to" is no accord; an accord is.
    ['Indian executives may have met Russian officials in Moscow, according to a report that has not been verified.', ['executives-met-russian-officials-in-moscow:u']],
    ['No accord was signed at the Moscow talks.', ['no-concrete-agreement-finalised:a']],
    // A question that opens with its verb ("Was X there?", "Is 36% … Russian?").
    ['Was Bharat Forge there or not?', ['bharat-forge-attended:u']],
    ['Is 36% of India\'s arsenal really Russian?', ['russian-origin-36-percent-of-inventory:u']],
    ['Is the Russian side ready to sign?', []],
    // Only where the verb's complement ends the question.
    ['Is Adani Defence planning to go there next year?', []],
    ['Is a third of India\'s wheat imported on Russian ships?', []],
    // Declining to comment on the meetings says nothing of being at them (frames' `notObjectOf`).
    ['The Adani Group declined to comment on the Moscow meetings.', ['ministry-and-companies-did-not-comment:a']],
    ['Bharat Forge did not comment on the talks in Moscow.', ['ministry-and-companies-did-not-comment:a']],
    ['Adani Defence commented on the Moscow meetings for the first time on Friday.', []],
    ['Bharat Forge, which declined to comment on the talks, sent a senior official to Moscow.', ['bharat-forge-attended:a', 'ministry-and-companies-did-not-comment:a']],
    // A wire's "reported here for the first time": not public before.
    ['The Moscow talks, disclosed here for the first time, covered spare parts for MiG-29s.', ['meetings-not-previously-reported:a', 'mig-29-and-air-defence-parts-discussed:a']],
    ['Bharat Forge reported a quarterly profit for the first time in a year.', []],
    // "Zero" negates as "no" does.
    ['Two days in Moscow, zero signed deals.', ['no-concrete-agreement-finalised:a']],
    // A time after "on" is no topic; a topic after the time still is.
    ['Bharat Forge declined to comment on Friday.', ['ministry-and-companies-did-not-comment:a']],
    ['The defence ministry declined to comment on Friday on a report that it was weighing more Su-30 fighters.', []],
    // What the comment would have been about is reported there, neither said nor denied.
    ['Bharat Forge declined to comment on reports that it had sent an official to the Moscow talks.', ['bharat-forge-attended:u', 'ministry-and-companies-did-not-comment:a']],
    // A report about something else is another topic, though "report" is one of the story's words.
    ['The defence ministry declined to comment on a report that it was weighing more S-400 squadrons.', []],
    ['The defence ministry declined to comment on a report that Rajvanshi had been in Moscow for the talks.', ['adani-ceo-rajvanshi-represented-adani:u', 'adani-defence-attended:u', 'ministry-and-companies-did-not-comment:a']],
    // The account of the meetings left unverified leaves the meetings open (so does one resting on
    // unnamed people, the story's own account); a report verified of something else says nothing.
    ['The account of the Moscow talks could not be independently verified.', ['executives-met-russian-officials-in-moscow:u']],
    ['The report, which relies on people who declined to be identified, could not be verified.', ['account-rests-on-unnamed-sources:a', 'executives-met-russian-officials-in-moscow:u']],
    ['The report on the Su-30 order could not be independently verified.', []],
    ['Reuters was unable to verify the report of the Moscow meetings.', ['executives-met-russian-officials-in-moscow:u']],
    // Verified, the account is no new report of the meetings; nor is one of something else near Moscow.
    ['The report on the Moscow meetings has since been verified by two other outlets.', []],
    ['The report of a drone strike near Moscow could not be independently verified.', []],
    // Fear of sanctions in stronger words; a "sanctions scare" is no firm's fear.
    ['"Indian defence companies are terrified of secondary sanctions," said a consultant in Mumbai.', ['secondary-sanctions-risk:a']],
    ['Will the promised co-production survive the first sanctions scare?', []],
    // A pronoun after a bare predicate adds nothing of its own ("not part of it"); a noun does.
    ['"Tata, L&T and BEL were not part of it," a person briefed on the trip said.', ['tata-lt-bel-did-not-participate:a']],
    ['Tata, L&T and BEL were not part of the bidding consortium.', []],
    ['Tata Advanced Systems, Larsen & Toubro and Bharat Electronics did not send anybody, the people said.', ['tata-lt-bel-did-not-participate:a']],
    ['Tata, L&T and BEL did not send anyone to the Aero India show.', []],
    // Possessive names joined before the predicate each own it; a possessive that owns something else does not.
    ['Reuters stood by its account of Adani\'s and Bharat Forge\'s participation in the Moscow talks.', ['adani-defence-attended:a', 'bharat-forge-attended:a']],
    ['Adani\'s shares and Bharat Forge\'s participation in the Moscow talks were in the news.', ['bharat-forge-attended:a']],
    // Having "nothing to do with" the meetings: not being there, and, said by Adani, its denial.
    ['A spokesperson for the Adani Group said the conglomerate had nothing to do with the Moscow meetings.', ['adani-defence-attended:d', 'adani-group-denied-involvement:a']],
    ['Bharat Forge\'s share buyback had nothing to do with the Moscow talks.', []],
    // The Indian side is the delegation Sanjeev Kumar led.
    ['"Sanjeev Kumar led the Indian side; the firms tagged along," a source said.', ['sanjeev-kumar-led-delegation:a']],
    ['Sanjeev Kumar led a review of procurement rules last year.', []],
    // Not knowing, or wondering, whether: an open question.
    ['No one knows whether any deal was signed in Moscow.', ['no-concrete-agreement-finalised:u']],
    ['Analysts wonder whether Bharat Forge sent anyone to the Moscow talks.', ['bharat-forge-attended:u']],
    // A "not" that turns a bound round negates nothing.
    ['Not less than six executives from Indian defence firms met Russian officials in Moscow.', ['at-least-six-executives-state-and-private:a', 'executives-met-russian-officials-in-moscow:a']],
    // Denials in their "-ing" forms.
    ['Bharat Forge put out a statement denying that anyone from the company had attended the Moscow talks.', ['bharat-forge-attended:d']],
    // Wariness as being chary or in dread; studying a market as exploring it.
    ['Indian arms firms remain chary of closer ties with Russia, in dread of secondary sanctions.', ['secondary-sanctions-risk:a']],
    ['Bharat Forge studied components for Russian tanks and helicopters, the people said.', ['bharat-forge-tanks-helicopters-aircraft:a']],
    ['Bharat Forge studied the results of its European aluminium unit.', []],
    // Confirming the meetings, done by someone, with the meetings named right after the verb.
    ['Four sources have now confirmed the Moscow meetings to Reuters.', ['executives-met-russian-officials-in-moscow:a']],
    ['The defence ministry has not confirmed the meetings.', ['executives-met-russian-officials-in-moscow:u']],
    ['The dates of the meetings could not be confirmed.', []],
    // Not other people's talks, nor a clause that follows the object.
    ['The Pentagon confirmed the talks with Indian officials in Washington.', []],
    ['The defence ministry confirmed the talks had not taken place.', []],
    ['The agency repeated that the talks were held on the sidelines of an official visit.', ['meetings-on-sidelines-of-official-delegation:a']],
    // Sitting across the table from someone is meeting them; having been there is attending.
    ['No fewer than six Indian executives sat across the table from Russian officials in Moscow.', ['at-least-six-executives-state-and-private:a', 'executives-met-russian-officials-in-moscow:a']],
    ['Indian executives sat across the table from US negotiators in Washington.', []],
    ['Two sources told the agency again that people from Adani and Bharat Forge had been there.', ['adani-defence-attended:a', 'bharat-forge-attended:a']],
    ['Bharat Forge had been there before, in 2019, with a trade mission.', []],
    ['Bharat Forge has been there for decades, supplying forgings to Russian truck makers.', []],
    // Government officials sitting in on the talks; a sentence of the oil trade is another story.
    ['Defence ministry officials sat in on the company meetings, the people said.', ['government-officials-attended:a']],
    ['Indian officials travelled to Moscow for talks on rupee-rouble payments for oil.', []],
    ['Officials were present at talks between Indian refiners and Rosneft in Moscow.', []],
    // A condition contrary to fact says the opposite; a plain one leaves it open.
    ['Had Larsen & Toubro or Bharat Electronics sent anyone to Moscow, the talks would have drawn far more notice.', ['tata-lt-bel-did-not-participate:a']],
    ['If Larsen & Toubro sent anyone to Moscow, the talks will draw more notice.', ['tata-lt-bel-did-not-participate:u']],
    // "Apparently" leaves it open; "disputes" denies; "in dispute" leaves it open.
    ['The Moscow meetings were apparently meant to prepare the ground for Putin\'s December visit.', ['meetings-prepared-putin-visit:u']],
    ['Bharat Forge\'s filing disputes any attendance by its staff at the Moscow talks.', ['bharat-forge-attended:d']],
    ['Whether Bharat Forge sent anyone to the Moscow talks is now in dispute.', ['bharat-forge-attended:u']],
    // "None of which": a negated subject in a relative clause.
    ['Bharat Forge named every Kalyani Group company, none of which, it said, sent anyone to the Moscow talks.', ['bharat-forge-attended:d']],
    // A note that a denial was added is no report that the firm was there ("been updated to" is no "been to").
    ['This story has been updated to include a denial from Bharat Forge.', ['bharat-forge-attended:d']],
    // "not just … but": the denial reaches past the "but".
    ['The Adani Group rejected not just the report but any suggestion that Rajvanshi had been there.', ['adani-ceo-rajvanshi-represented-adani:d', 'adani-defence-attended:d', 'adani-group-denied-involvement:a']],
  ])('%s', (sentence, expected) => {
    expect(claimsOf(sentence)).toEqual(expected);
  });
});

describe('an industry body by a noun of its own; a firm that is part of a named group', () => {
  it('reads "the industry association" as the body named before', () => {
    expect(claimsOf('SIDM sent a representative to Moscow.', 'The industry association speaks for over 500 defence firms across India.')).toContain('sidm-over-500-members:a');
  });

  // "part of the Kalyani Group" is whose the firm is, not "part of the group" that went.
  it('does not read "part of the Kalyani Group" as part of the group that went', () => {
    expect(claimsOf('Bharat Forge, part of the Kalyani Group, makes shells and gun barrels for the army.')).not.toContain('bharat-forge-attended:a');
  });
});

// A denial reports as a report verb does: what it denies is said of the clause's own subject, and
// a post-holder's absence is no denial that the firm was there (the claim's `oneWay`).
describe('a firm denying what its chief did denies that, not that the firm was there', () => {
  it.each([
    [['The Adani Group denied that its defence chief had represented the company in Moscow.'], ['adani-ceo-rajvanshi-represented-adani:d', 'adani-group-denied-involvement:a']],
    [['The Adani Group was quick to respond.', 'It denied that its defence chief had represented the company at any meeting in Moscow.'], ['adani-ceo-rajvanshi-represented-adani:d', 'adani-group-denied-involvement:a']],
    [['The Adani Group denied that Rajvanshi had been in Moscow for the talks.'], ['adani-ceo-rajvanshi-represented-adani:d', 'adani-group-denied-involvement:a']],
    // Its executives are the firm.
    [['The Adani Group was quick to respond.', 'It denied that its executives had attended the Moscow meetings.'], ['adani-defence-attended:d', 'adani-group-denied-involvement:a']],
    [['Adani denied any involvement in the Moscow talks.'], ['adani-defence-attended:d', 'adani-group-denied-involvement:a']],
    // The name that opens what the denial reports, not one in a clause after it.
    [['Adani Defence denied the report, saying Rajvanshi was in Dubai during the Moscow talks.'], ['adani-ceo-rajvanshi-represented-adani:d', 'adani-defence-attended:d', 'adani-group-denied-involvement:a']],
  ])('%j', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

// "We" in a quotation speaks for who said it, a word of the story's as well as a name; not one a
// foreign name stands beside.
describe('the speaker of a quotation by a word of the story\'s', () => {
  it.each([
    ['"We went to Moscow to meet Russian officials about joint ventures," an Indian defence executive said.', ['executives-met-russian-officials-in-moscow:a']],
    ['"We met Russian officials in Moscow to discuss joint ventures," a Chinese defence executive said.', []],
    ['Chinese defence executives met Russian officials in Moscow to discuss joint ventures.', []],
    ['"We went to Moscow to meet Russian officials about joint ventures," said an executive of a Chinese defence firm.', []],
    // A nationality before a name is no part of it: the lawmakers are American, the firm is not.
    ['US lawmakers criticised Adani Defence for attending the Moscow talks.', ['adani-defence-attended:a']],
  ])('%s', (sentence, expected) => {
    expect(claimsOf(sentence)).toEqual(expected);
  });
});

describe('the count with the firms\' mix states the claim without a verb, on a page about the meetings', () => {
  it('reads it after a sentence that names Moscow', () => {
    expect(claimsOf('Indian executives met Russian officials in Moscow.', 'By the sources\' account, at least six executives from state-owned and private firms.')).toContain(
      'at-least-six-executives-state-and-private:a',
    );
  });
});

describe('a firm\'s denial written as its owner is no owner\'s frame of its own', () => {
  // (A possessive denial on a page about something else, or of something else, is too often
  // another affair: the denial frames keep their own words about the meetings.)
  it.each([
    ['Bharat Forge shares fell after a report that the tax department had raised a demand.', 'Bharat Forge\'s denial came on Thursday.'],
    ['Reuters reported that Bharat Forge executives met Russian officials in Moscow.', 'Infosys said the company\'s denial was final.'],
  ])('%s %s', (before, sentence) => {
    expect(claimsOf(before, sentence)).not.toContain('bharat-forge-attended:d');
  });
});

describe('nothing signed, said in its own clause after the meetings', () => {
  it.each(['Nothing has been signed yet, one of them said.', 'Nothing finalised, sources say.'])('%s', (sentence) => {
    expect(claimsOf('Indian executives met Russian officials in Moscow in October.', sentence)).toContain('no-concrete-agreement-finalised:a');
  });
});

describe('a correction ("not by A but by B"): B is the agent, in the predicate\'s clause', () => {
  it.each([
    ['The Moscow delegation was led not by a minister but by Sanjeev Kumar, a civil servant.', ['sanjeev-kumar-led-delegation:a']],
    // Without "not by" before it, "but by" opens a clause like any "but".
    ['The Moscow delegation was led by a minister, but by all accounts Sanjeev Kumar set its agenda.', []],
    ['Tata was not invited, but by all accounts Bharat Forge met Russian officials in Moscow.', ['bharat-forge-attended:a']],
  ])('%s', (sentence, expected) => {
    expect(claimsOf(sentence)).toEqual(expected);
  });
});

describe('a time after the object of a denial is no topic of it', () => {
  it.each([
    ['Bharat Forge, the Pune forging group, dismissed the report on Thursday.', ['bharat-forge-attended:d']],
    ['Bharat Forge, the Pune forging group, dismissed the report on its tax dispute.', []],
  ])('%s', (sentence, expected) => {
    expect(claimsOf('Reuters said Indian defence executives met Russian officials in Moscow.', sentence)).toEqual(expected);
  });
});

describe('"no one had gone since the invasion" states a first visit, and only that way round', () => {
  it.each([
    ['No Indian defence executive had set foot in Russia since the full-scale invasion, until the October trip.', ['first-visit-since-2022:a']],
    ['No Indian defence executives have visited the Paris Air Show since the war.', []],
    // Another place in the sentence (the frame's `not`), another firm's people.
    ['No Indian defence executives had visited Russia since the war, preferring to meet Russian officials in Dubai.', []],
    ['Tata executives had not visited Russia since the invasion of Ukraine, until the October trip.', []],
    // Without an "until" that names the trip it says only that no one went ("until this conflict ends").
    ['Indian defence executives had not travelled to Russia since the war began and say they will not until this conflict ends.', []],
    // (affirmsOnly: trips said the other way are no denial of a first visit.)
    ['Indian defence executives had travelled to Russia often since the invasion of Ukraine, until this trip.', []],
  ])('%s', (sentence, expected) => {
    expect(claimsOf(sentence).filter((c) => c.startsWith('first-visit'))).toEqual(expected);
  });
});

describe('a delegation that included the executives, counted', () => {
  it.each([
    ['The Indian delegation in Moscow was led by Sanjeev Kumar and included at least six company executives.', 'at-least-six-executives-state-and-private:a'],
    ['The Moscow talks ended without any binding commitment, the sources said.', 'no-concrete-agreement-finalised:a'],
  ])('%s', (sentence, claim) => {
    expect(claimsOf(sentence)).toContain(claim);
  });

  it('not a delegation to another place and year', () => {
    expect(claimsOf('A trade delegation to Mumbai in 2019 included six executives of textile firms.')).toEqual([]);
  });
});
