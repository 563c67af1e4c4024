// Reported and direct speech in English: whom "we" in a quotation speaks for, a name inside a
// quotation, "according to", a negation between a predicate's words or after it ("sent no one").
// Sentences written for this test; none comes from the evaluation set or the seeds.
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../../data/packs';
import { paragraphClaims } from '../fixtures/paragraph-claims';
import { buildMatchIndex } from '../story-index';
import { english } from './en';

const index = buildMatchIndex(storyPack, english);

const claimsOf = (...paragraph: string[]) => paragraphClaims(index, paragraph);

describe('"we" in a quotation is whoever the sentence says is speaking', () => {
  it.each([
    ['"We did not send anybody to the Moscow talks," a Bharat Forge spokesperson told reporters.', ['bharat-forge-attended:d']],
    ['"We were never at the Moscow meetings," said a spokesman for Bharat Forge.', ['bharat-forge-attended:d']],
  ])('%s', (sentence, expected) => {
    expect(claimsOf(sentence)).toEqual(expected);
  });

  it.each([
    // Outside a quotation "we" is the writer, who is no firm.
    'We were not at the Moscow meetings, but our correspondent spoke to people who were.',
    // The speaker named is no firm of the claim: an analyst's "we" is nobody's attendance.
    '"We were not surprised by the Moscow meetings," said a defence analyst in New Delhi.',
    // Only the quotation's own attribution speaks: not a firm named further on, nor one inside a quotation.
    '"We were not at the Moscow meetings," said an executive at a rival firm, asked about Bharat Forge.',
    '"We have nothing to say on the Moscow talks," a spokesman said, after Bharat Forge shares fell 4%.',
  ])('%s', (sentence) => {
    expect(claimsOf(sentence)).toEqual([]);
  });
});

describe('a negation between a predicate\'s words, or after it', () => {
  it('negates it ("were not there")', () => {
    expect(claimsOf('Bharat Forge people were not there, the company said of the Moscow meetings.')).toEqual(['bharat-forge-attended:d']);
  });

  it('is read after a verb too: a negative object negates it ("sent no one")', () => {
    expect(claimsOf('Bharat Forge said in a filing: "We sent no one to the Moscow meetings."')).toEqual(['bharat-forge-attended:d']);
  });

  it('leaves a phrase whose own word is "not" as it is ("asked not to be named")', () => {
    expect(claimsOf('Three people familiar with the Moscow talks asked not to be named.')).toEqual(['account-rests-on-unnamed-sources:a']);
  });
});

describe('names in and around quotations', () => {
  it('reads no name inside a quotation as the subject of what follows it', () => {
    expect(claimsOf('"Adani people were in the room at the Moscow talks," one source told Reuters after the denials.')).toEqual(['adani-defence-attended:a']);
  });

  it('takes "according to" as having its speaker after it', () => {
    expect(claimsOf('Adani Defence was represented in Moscow by its chief executive, Ashish Rajvanshi, according to the report.')).toEqual([
      'adani-ceo-rajvanshi-represented-adani:a',
      'adani-defence-attended:a',
    ]);
  });

  it('reads a name with its own denial after a predicate as that denial\'s subject', () => {
    expect(claimsOf('Indian executives were received in Moscow, Adani denies.')).not.toContain('adani-defence-attended:a');
  });
});

describe('what is said of someone who holds a post in the speaker', () => {
  it('is said of the holder, not the speaker: the firm said its chief executive had not gone', () => {
    expect(claimsOf('Adani Defence said in a statement that its chief executive had not represented the firm at the Moscow talks.')).toEqual([
      'adani-ceo-rajvanshi-represented-adani:d',
      'adani-group-denied-involvement:a',
    ]);
  });

  it('still reads the firm itself through "it" ("said it had not attended")', () => {
    expect(claimsOf('Adani Defence said in a statement that it had not attended the Moscow talks.')).toEqual(['adani-defence-attended:d', 'adani-group-denied-involvement:a']);
  });
});

describe('a one-way subject (frame `oneWay`): a member carries the firm\'s claim only when affirming it', () => {
  const withoutOneWay = structuredClone(storyPack);
  for (const claim of withoutOneWay.claims) delete claim.frame.oneWay;
  const plain = buildMatchIndex(withoutOneWay, english);

  it('his attending is the firm attending', () => {
    expect(claimsOf('Ashish Rajvanshi attended the Moscow talks, two people said.')).toEqual(['adani-ceo-rajvanshi-represented-adani:a', 'adani-defence-attended:a']);
  });

  it('his not attending says nothing of the firm, which may have sent someone else', () => {
    const sentence = 'Ashish Rajvanshi did not attend the Moscow talks, his office said.';
    expect(paragraphClaims(plain, [sentence])).toContain('adani-defence-attended:d');
    expect(claimsOf(sentence)).toEqual(['adani-ceo-rajvanshi-represented-adani:d']);
  });
});

describe('a report verb raised into a hedge ("said to have") reports nothing', () => {
  it('leaves the list after it to its predicate', () => {
    expect(claimsOf('Among those said to have attended were Ashish Rajvanshi, who runs Adani Defence, and a senior official of Bharat Forge.')).toContain(
      'bharat-forge-attended:a',
    );
  });

  it('while a report verb of its own still names only the speaker', () => {
    expect(claimsOf('Indian executives attended the Moscow talks, a Bharat Forge official said.')).not.toContain('bharat-forge-attended:a');
  });
});

describe('a quotation that opens with the predicate is said of its speaker', () => {
  it('"No comment," and who said it', () => {
    expect(claimsOf('“Nothing to add,” a Bharat Forge spokesperson said when asked about the Moscow meetings.')).toContain('ministry-and-companies-did-not-comment:a');
  });

  it('not when the quotation names its own subject first', () => {
    expect(claimsOf('“Tata was nowhere near the Moscow talks,” a Bharat Forge official said.')).not.toContain('bharat-forge-attended:d');
  });
});

describe('what a quotation is about: a topic after its attribution', () => {
  it.each([
    ['"No comment," a Bharat Forge spokesman said when asked about the Su-57 engine contract.', []],
    ['"Nothing to add," an Adani spokesman said when asked about the Moscow meetings.', ['ministry-and-companies-did-not-comment:a']],
  ])('%s', (sentence, expected) => {
    expect(claimsOf(sentence)).toEqual(expected);
  });
});

describe('whom "we" speaks for: single marks, and a speaker a few words on', () => {
  it.each([
    ["'We did not attend any of the Moscow meetings,' a Bharat Forge spokesperson said.", ['bharat-forge-attended:d']],
    ['"We have nothing to add," said a spokesperson at the Adani Group in Ahmedabad.', ['ministry-and-companies-did-not-comment:a']],
  ])('%s', (sentence, expected) => {
    expect(claimsOf(sentence)).toEqual(expected);
  });
});


describe('an attribution closing the sentence is out of the reach of a cue before it', () => {
  // The people credited are not what the clause denies or leaves open.
  it.each([
    ['No contract came out of the Moscow talks, two people briefed on them said.', 'account-rests-on-unnamed-sources:a'],
    ['"We signed nothing in Moscow," said one of the executives familiar with the talks.', 'account-rests-on-unnamed-sources:a'],
    ['Tata and L&T stayed away from the Moscow meetings, according to three people with knowledge of them.', 'account-rests-on-unnamed-sources:a'],
    ['Nothing binding may have come out of the Moscow talks, said a person familiar with the talks.', 'account-rests-on-unnamed-sources:a'],
  ])('%s', (sentence, claim) => {
    expect(claimsOf(sentence)).toContain(claim);
    expect(claimsOf(sentence)).not.toContain(claim.replace(/:a$/, ':d'));
  });

  // What only looks like one is still in reach: a gerund's clause, a passive, a clause of its own,
  // a report verb going on with what is said.
  it.each([
    ['Bharat Forge issued a statement, saying it had not sent anyone to the Moscow meetings.', 'bharat-forge-attended:d'],
    ['Bharat Forge said it was not represented at, or involved in, the Moscow meetings reported by Reuters.', 'bharat-forge-attended:d'],
    ['Bharat Forge denied that it had attended the Moscow talks with Russian officials, a day after Reuters reported on them.', 'bharat-forge-attended:d'],
    ['Adani Defence denied any role in the Moscow meetings, which the agency had described in its report.', 'adani-defence-attended:d'],
  ])('%s', (sentence, claim) => {
    expect(claimsOf(sentence)).toContain(claim);
  });
});

describe('the speaker\'s noun in an attribution closing the sentence says who spoke, not what happened', () => {
  it.each([
    [['Indian executives met Russian officials in Moscow.', 'Bharat Forge did not send anyone, an attendee said.'], ['bharat-forge-attended:d']],
    [['Indian executives met Russian officials in Moscow.', 'Adani was absent, one participant told reporters.'], []],
    // Who the claim is about may be who speaks; and an attribution going on with what is said is no speaker's alone.
    [['Executives met Russian officials in Moscow, three people familiar with the matter said.'], ['account-rests-on-unnamed-sources:a', 'executives-met-russian-officials-in-moscow:a']],
    [['The three sources who described the meetings, along with a government official, said again that the Moscow meetings with Russian officials had taken place.'], ['account-rests-on-unnamed-sources:a', 'executives-met-russian-officials-in-moscow:a']],
  ])('%j', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });

  it('longer, when its report verb closes it: "travel" is what the speaker knows of, not a trip', () => {
    expect(claimsOf('Indian executives met Russian officials in Moscow.', '"He was not part of any official meeting," a person familiar with Arun Sahni\'s travel said.')).not.toContain('arun-sahni-not-at-meetings:d');
    // (Not a passive closing the sentence.)
    expect(claimsOf('Unlike Adani\'s, Bharat Forge\'s participation in the Moscow meetings was confirmed.')).toEqual(['bharat-forge-attended:a']);
  });
});
