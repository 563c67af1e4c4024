// Polarity as hedged wording puts it: a hedge on the verb after a predicate noun that opens its
// clause, a hedge between a predicate and its subject, a short clause that withholds confirmation,
// and denials said with "disowned" or "disputes that". Each beside a sentence it must not open.
// Sentences written for this test; none comes from the evaluation set or the seeds.
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../../data/packs';
import { paragraphClaims } from '../fixtures/paragraph-claims';
import { buildMatchIndex } from '../story-index';
import { english } from './en';

const index = buildMatchIndex(storyPack, english);
const claimsOf = (...paragraph: string[]) => paragraphClaims(index, paragraph);

describe('a hedge on the verb after a predicate noun that opens its clause', () => {
  it.each([
    ['Co-development of drones, helicopters and AI tools may have been raised in Moscow as well.', 'joint-development-helicopters-drones-ai:u'],
    ['A representative of SIDM might also have sat in on the Moscow talks.', 'sidm-representative-attended:u'],
    ['The meetings in Moscow may have taken place on October 29 and 30.', 'meetings-held-october-29-30:u'],
    // From the first and last words of a longer mention ("spare parts", not "parts" or "spare").
    ['Spare parts for MiG-29 jets and air-defence systems might have come up in the Moscow talks.', 'mig-29-and-air-defence-parts-discussed:u'],
    // Past a relative clause of the noun's own, and the hedge's own verb right before it.
    ['Factories in India that would later supply Russia may have been among the ideas floated in Moscow.', 'production-in-india-for-export-to-russia:u'],
    ['Production lines in India that would one day export to Russia were possibly discussed in Moscow.', 'production-in-india-for-export-to-russia:u'],
    // (Not past a relative clause that states something: the hedge is on a verb of its own.)
    ['Spare parts for MiG-29 jets that were discussed in Moscow may be made in India.', 'mig-29-and-air-defence-parts-discussed:a'],
  ])('%s', (sentence, claim) => {
    expect(claimsOf(sentence)).toContain(claim);
  });

  it('not past a verb of its own', () => {
    expect(claimsOf('Co-development of drones and helicopters was raised in Moscow, something that may worry Washington.')).toContain('joint-development-helicopters-drones-ai:a');
  });

  it('not after a pronoun, where the predicate is a verb, nor a hedge far on', () => {
    expect(claimsOf('Indian defence firms are wary of Western secondary sanctions.', 'They fear secondary sanctions if the talks with Moscow go further.')).toContain('secondary-sanctions-risk:a');
    expect(claimsOf('Executives of Indian defence firms met Russian officials in Moscow in late October to explore joint ventures and may return in spring.'))
      .toContain('executives-met-russian-officials-in-moscow:a');
  });
});

describe('"if true", "if confirmed" set off after what they doubt', () => {
  it.each([
    [['The SIDM delegate\'s presence in Moscow, if confirmed, would show the lobby backed the trip.'], ['sidm-representative-attended:u']],
    [['Indian executives met Russian officials in Moscow.', 'Government officials were apparently present, which, if true, would make the talks hard to call commercial.'], ['government-officials-attended:u']],
    // (An idiom's "if true to form" doubts nothing.)
    [['Indian executives met Russian officials in Moscow.', 'Bharat Forge, if true to form, sent an official to the Moscow talks.'], ['bharat-forge-attended:a']],
  ])('%j', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

describe('a hedge after a relative clause set off before it', () => {
  it('bears back past the clause to what stands before it', () => {
    expect(claimsOf('Bharat Forge\'s presence in Moscow, which the Pune firm disputes, could not be independently verified.')).toContain('bharat-forge-attended:u');
  });

  it('past the function words of its verb', () => {
    expect(claimsOf('Bharat Forge\'s presence in Moscow, which a Russian outlet reported, could not be independently verified.')).toContain('bharat-forge-attended:u');
    expect(claimsOf('Reports of Bharat Forge\'s presence in Moscow, which Reuters published, could be wrong.')).toContain('bharat-forge-attended:d');
  });

  it('not past the aside to a clause of its own after it', () => {
    expect(claimsOf('Bharat Forge attended the Moscow talks, which ran for two days, and it is unclear whether it signed anything.')).toContain('bharat-forge-attended:a');
  });

  it('not into the clause: what the clause says is its own', () => {
    expect(claimsOf('Bharat Forge\'s presence in Moscow, which the Pune firm disputes, is well documented.')).toContain('bharat-forge-attended:a');
  });
});

describe('a hedge between a predicate and the subject after it', () => {
  it('"The delegation may have included …" leaves the claim open', () => {
    expect(claimsOf('The Moscow delegation may have included startups building drones and military AI.')).toContain('startups-drones-ai-attended:u');
  });

  it('not a hedge set off between them', () => {
    expect(claimsOf('The Moscow delegation included, according to people who may not be named, startups building drones and military AI.')).toContain('startups-drones-ai-attended:a');
  });

  it('the same with nothing between is reported', () => {
    expect(claimsOf('The Moscow delegation included startups building drones and military AI.')).toContain('startups-drones-ai-attended:a');
  });
});

describe('a short clause that withholds confirmation', () => {
  it('leaves what the clause before it reports open', () => {
    expect(claimsOf('Officials of the Indian government were reportedly present at the Moscow talks, though this could not be verified.')).toContain('government-officials-attended:u');
  });

  it('not when what is withheld is a clause of its own', () => {
    expect(claimsOf('Bharat Forge attended the Moscow talks, but the firm has not confirmed it will invest in Russia.')).toContain('bharat-forge-attended:a');
  });

  it('not when someone else withholds it, or a name is said to be unconfirmed', () => {
    expect(claimsOf('Bharat Forge attended the Moscow talks, but Adani did not confirm.')).toContain('bharat-forge-attended:a');
    expect(claimsOf('Bharat Forge attended the Moscow talks, though Adani attendance is unconfirmed.')).toContain('bharat-forge-attended:a');
  });

  it('not when the clause names another matter at length', () => {
    expect(claimsOf('Officials of the Indian government were present at the Moscow talks, but the value of any future contracts with Russian firms could not be verified.'))
      .toContain('government-officials-attended:a');
  });
});

describe('denials said as disowning or disputing', () => {
  it.each([
    ['The Adani Group disowned any part in the Moscow meetings.', ['adani-group-denied-involvement:a', 'adani-defence-attended:d']],
    ['Bharat Forge disputes that anyone from the company attended the Moscow talks.', ['bharat-forge-attended:d']],
  ])('%s', (sentence, claims) => {
    expect(claimsOf(sentence)).toEqual(expect.arrayContaining(claims));
  });

  it('a denial said in more than one word, of what a one-way subject did, is no report that the firm was there', () => {
    const claims = claimsOf('A group spokesperson for Adani called it categorically untrue that Ashish Rajvanshi had represented the company at the Moscow talks.');
    expect(claims).toContain('adani-ceo-rajvanshi-represented-adani:d');
    expect(claims).not.toContain('adani-defence-attended:a');
  });

  it('what a denial answers, set after it, is not denied with it: no silence is reported', () => {
    expect(claimsOf('Bharat Forge said it did not take part in the Moscow talks, responding to questions from reporters.')).toEqual(['bharat-forge-attended:d']);
  });

  it('a denial answering "a report that …" denies; the report it answers affirms nothing of its own', () => {
    expect(claimsOf('Bharat Forge said it took no part in the Moscow meetings, replying to a report that its executives had been present.')).toEqual(['bharat-forge-attended:d']);
  });

  it('a source\'s own "maintain that …" after a denial still reports the claim', () => {
    expect(claimsOf('Bharat Forge took no part in the Moscow meetings by its own account, while sources maintain that its executives were present.')).toContain('bharat-forge-attended:a');
  });

  it('a dispute that is no denial of the meetings makes no such claim', () => {
    expect(claimsOf('Bharat Forge is in a pricing dispute with a German customer over forged axles.')).toEqual([]);
  });
});

describe('a clause joined after a comma with a name of its own', () => {
  it.each([
    // No cue before it reaches it: "nothing new" negates nothing of Adani Defence's.
    ['Such trips are nothing new, and Adani Defence sent its chief executive to the Moscow talks.', 'adani-defence-attended:a'],
    ['Bharat Forge sent nobody to the Moscow talks, and Adani Defence sent its chief executive.', 'adani-defence-attended:a'],
    // Nor is the name before it the subject of its predicate.
    ['Bharat Forge did not send anyone, and Adani Defence sent its chief executive to the Moscow talks.', 'bharat-forge-attended:d'],
  ])('%s', (sentence, claim) => {
    expect(claimsOf(sentence)).toContain(claim);
  });

  it('a list closed by ", and" is no clause of its own: each name is the subject, and a negation reaches all', () => {
    expect(claimsOf('Adani Defence, Bharat Forge, and SIDM sent executives to the Moscow talks.')).toEqual(
      expect.arrayContaining(['adani-defence-attended:a', 'bharat-forge-attended:a', 'sidm-representative-attended:a']));
    expect(claimsOf('Bharat Forge said no one from the company, or from any Kalyani Group firm, had travelled to Moscow for the talks.')).toContain('bharat-forge-attended:d');
  });
});

describe('review: conditions contrary to fact, correlatives and joined clauses bear only where they stand', () => {
  it.each([
    // The opposite of the condition only, up to its comma; a negation inside leaves it open.
    ['Had Tata attended, Adani Defence\'s presence would have been less conspicuous.', ['adani-defence-attended:a', 'tata-lt-bel-did-not-participate:a']],
    ['Had Adani not sent Rajvanshi, the delegation would have lacked a private-sector heavyweight.', ['adani-ceo-rajvanshi-represented-adani:u', 'adani-defence-attended:u']],
    // "but" opening a clause with a name of its own, or "Not only did …" in front: no correlative.
    ['Not only did Adani deny the report but Bharat Forge confirmed it had sent an executive to Moscow.', ['bharat-forge-attended:a']],
    // An aside closed by its own comma, and a gapped clause, stay under the cue.
    ['Bharat Forge denied that its executives, or Kalyani Group officials, attended the meetings in Moscow.', ['bharat-forge-attended:d']],
    // A clause's own comma further on (an attribution) does not make the joined clause an aside.
    ['Bharat Forge sent nobody to the Moscow talks, and Adani Defence sent its chief executive, the sources said.', ['adani-defence-attended:a']],
    // A correlative before a name that owns what follows goes on; so does a condition with a list in it.
    ['Adani denied not just the report but Reuters\' claim that Rajvanshi attended the Moscow talks.', ['adani-ceo-rajvanshi-represented-adani:d', 'adani-defence-attended:d']],
    ['Had Tata, L&T or BEL sent anyone to Moscow, the talks would have drawn far more notice.', ['tata-lt-bel-did-not-participate:a']],
    // "disputes" as a noun, "apparently" said of something else, "in dispute with": no cue of the clause.
    ['Despite its disputes with Russia over payments, Adani Defence sent its chief executive to the Moscow talks.', ['adani-defence-attended:a']],
    ['In an apparently unrelated move, Bharat Forge sent an executive to the Moscow talks.', ['bharat-forge-attended:a']],
    ['Bharat Forge, apparently unconcerned by the report, sent an executive to the Moscow talks.', ['bharat-forge-attended:a']],
    ['Bharat Forge, locked in dispute with a supplier, sent an executive to the Moscow talks.', ['bharat-forge-attended:a']],
  ])('%s', (sentence, claims) => {
    expect(claimsOf(sentence)).toEqual(expect.arrayContaining(claims));
  });
});

describe('"whilst" ends a cue as "while" does', () => {
  it('a denial before it does not reach the next clause', () => {
    const found = claimsOf('The Adani Group denied any role in the Moscow talks, whilst Bharat Forge, a Kalyani Group firm, builds artillery and missile parts.');
    expect(found).toContain('bharat-forge-makes-missile-artillery-components:a');
    expect(found).not.toContain('bharat-forge-attended:d');
  });
});
