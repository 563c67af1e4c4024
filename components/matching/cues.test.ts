import { describe, expect, it } from 'vitest';
import { categories, read } from './fixtures/read-cues';
import { english } from './languages/en';
import { tokenize } from './words';
import { figureTokens, readFigures } from './figures';

describe('readCues: negation', () => {
  it.each([
    ['"not" reaches forward', 'veltra did not attend the summit', ['attend', 'the', 'summit']],
    ['"n\'t" reads as "not"', "veltra didn't attend the summit", ['attend', 'the', 'summit']],
    ['"never"', 'veltra never sent anyone to orsk', ['sent', 'anyone', 'to', 'orsk']],
    ['"no one" covers what follows', 'no one from veltra attended', ['from', 'veltra', 'attended']],
    ['"nobody"', 'nobody attended the talks', ['attended', 'the', 'talks']],
    ['"none of" covers a list', 'none of veltra, korrin or dalmex took part', ['veltra', 'korrin', 'or', 'dalmex', 'took', 'part']],
    ['"failed to"', 'veltra failed to attend', ['attend']],
    ['"no longer"', 'veltra no longer builds rifles', ['builds', 'rifles']],
    ['"without"', 'veltra signed without korrin', ['korrin']],
    ['"yet to"', 'veltra is yet to reply', ['reply']],
    ['nothing before the cue', 'the veltra chief did not go', ['go']],
  ])('%s', (_name, sentence, negated) => {
    const r = read(sentence);
    expect(r.negated).toEqual(negated);
    expect(r.hedged).toEqual([]);
  });

  it.each([
    ['"did not" is one cue', 'veltra did not attend', 'did not', 1, 2],
    ['"none of" is one cue', 'none of them went', 'none of', 0, 1],
    ['"no one" is one cue', 'no one went', 'no one', 0, 1],
  ])('%s', (_name, sentence, phrase, first, last) => {
    expect(read(sentence).flags.cues).toEqual([{ category: 'negation', phrase, first, last }]);
  });

  it('reaches ten words past the cue, and no further', () => {
    // attend(1) the(2) summit(3) in(4) orsk(5) the(6) capital(7) of(8) the(9) small(10) | northern
    const r = read('veltra and korrin did not attend the summit in orsk, the capital of the small northern province, last year.');
    expect(r.negated).toEqual(['attend', 'the', 'summit', 'in', 'orsk', 'the', 'capital', 'of', 'the', 'small']);
    expect(r.negated).not.toContain('northern');
  });

  it('does not count punctuation against the window', () => {
    const r = read('veltra did not, as far as - we - know, send a single officer.');
    expect(r.negated).toContain('officer');
  });

  it('negates punctuation inside its scope too', () => {
    const r = read('veltra did not attend, it seems');
    const comma = r.tokens.findIndex((t) => t.text === ',');
    expect(r.flags.negated[comma]).toBe(true);
  });

  it('leaves the cue words themselves unmarked', () => {
    const r = read('veltra did not attend');
    expect(r.flags.negated).toEqual([false, false, false, true]);
  });
});

describe('readCues: pseudo-negations negate nothing', () => {
  it.each([
    ['"not only"', 'veltra not only attended the talks'],
    ['"not just"', 'veltra sent not just engineers'],
    ['"no fewer than"', 'no fewer than six veltra executives attended'],
    ['"no less than"', 'no less than a third of the firms attended'],
    ['"no doubt"', 'veltra will no doubt attend the talks'],
    ['"not surprisingly"', 'not surprisingly, veltra attended the talks'],
  ])('%s', (_name, sentence) => {
    const r = read(sentence);
    expect(r.negated).toEqual([]);
    expect(r.hedged).toEqual([]);
    expect(r.flags.cues.map((c) => c.category)).toEqual(['pseudo']);
  });

  it('takes the longer pseudo row over the "no" or "not" inside it', () => {
    expect(read('no fewer than six attended').flags.cues).toEqual([{ category: 'pseudo', phrase: 'no fewer than', first: 0, last: 2 }]);
  });

  it('still reads a real negation later in the sentence', () => {
    expect(read('not only that, veltra did not attend').negated).toEqual(['attend']);
  });
});

describe('readCues: denial', () => {
  it('covers the whole reported clause after "denied that"', () => {
    const r = read('veltra denied that its chief had attended the summit in orsk last month.');
    expect(r.negated).toEqual(['that', 'its', 'chief', 'had', 'attended', 'the', 'summit', 'in', 'orsk', 'last', 'month']);
    expect(r.flags.cues).toEqual([{ category: 'denial', phrase: 'denied', first: 1, last: 1 }]);
  });

  it.each([
    ['"denies"', 'veltra denies sending engineers', ['sending', 'engineers']],
    ['"rejected"', 'korrin rejected the report outright', ['the', 'report', 'outright']],
    ['"dismissed"', 'dalmex dismissed claims of a deal', ['claims', 'of', 'a', 'deal']],
    ['"rubbished"', 'dalmex rubbished the story', ['the', 'story']],
  ])('%s', (_name, sentence, negated) => {
    expect(read(sentence).negated).toEqual(negated);
  });

  it('reaches further than a negation: 25 words', () => {
    const filler = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty';
    const r = read(`veltra denied a b c d e ${filler} beyond`);
    expect(r.negated).toHaveLength(25);
    expect(r.negated).not.toContain('beyond');
  });

  it('bears on nothing when it is itself negated ("did not deny" is a hedge)', () => {
    const r = read('veltra did not deny attending the summit');
    expect(r.negated).toEqual([]);
    expect(r.hedged).toEqual(['attending', 'the', 'summit']);
    expect(categories('veltra did not deny attending the summit')).toEqual(['hedge']);
  });

  // Concord: the second word of one denial is not denied by the first (it would read "not baseless").
  it('does not negate a denial or falsity word inside another denial\'s scope', () => {
    const r = read('korrin rejected the report as baseless and false');
    expect(r.negated).toEqual(['korrin', 'the', 'report', 'as', 'and']);
    expect(r.flags.cues.map((c) => c.phrase)).toEqual(['rejected', 'baseless', 'false']);
  });

  // A negation ends at the denial it negates: "never denied that X attended" does not deny X.
  it('does not read the clause after "never denied that" as negated', () => {
    const r = read('veltra never denied that its chief attended');
    expect(r.negated).not.toContain('attended');
  });
});

describe('readCues: falsity', () => {
  it('reaches backward over what the sentence reports ("reports that ... are false")', () => {
    const r = read('reports that veltra executives attended the summit are false.');
    expect(r.negated).toEqual(['reports', 'that', 'veltra', 'executives', 'attended', 'the', 'summit', 'are']);
    expect(r.flags.negated[r.tokens.findIndex((t) => t.text === 'false')]).toBe(false);
  });

  it('reaches forward too ("it is untrue that ...")', () => {
    expect(read('it is untrue that korrin attended').negated).toEqual(['it', 'is', 'that', 'korrin', 'attended']);
  });

  it.each([
    ['"baseless"', 'claims of a veltra deal are baseless', ['claims', 'of', 'a', 'veltra', 'deal', 'are']],
    ['"not true" as one falsity cue', 'the veltra story is not true', ['the', 'veltra', 'story', 'is']],
  ])('%s', (_name, sentence, negated) => {
    expect(read(sentence).negated).toEqual(negated);
  });

  it('reads "not true" as falsity, not as a negation of "true"', () => {
    expect(categories('the veltra story is not true')).toEqual(['falsity']);
  });

  it('bears on nothing when negated ("not false"): only the negation remains', () => {
    const r = read('the reports are not false.');
    expect(r.negated).toEqual(['false']);
  });

  // Two negations: "not" ends at the falsity it negates.
  it('does not negate the clause after "not false that"', () => {
    const r = read('it is not false that veltra attended');
    expect(r.negated).not.toContain('attended');
  });
});

describe('readCues: hedges', () => {
  it.each([
    ['"may have" as one cue', 'veltra executives may have attended the summit', ['attended', 'the', 'summit']],
    ['"might"', 'korrin might send engineers', ['send', 'engineers']],
    ['"allegedly"', 'veltra allegedly sent engineers', ['sent', 'engineers']],
    ['"reportedly" is no hedge', 'veltra reportedly sent engineers', []],
    ['"unconfirmed"', 'unconfirmed reports say korrin went', ['reports', 'say', 'korrin', 'went']],
    ['"declined to confirm"', 'veltra declined to confirm the visit', ['the', 'visit']],
    ['"did not confirm"', 'veltra did not confirm the visit', ['the', 'visit']],
    ['"without confirming" is no negation', 'korrin spoke, without confirming that veltra attended', ['that', 'veltra', 'attended']],
    ['"without confirming or denying"', 'korrin spoke without confirming or denying the visit', ['the', 'visit']],
    [
      '"could not be independently verified" (both ways)',
      'it could not be independently verified whether veltra attended',
      ['it', 'whether', 'veltra', 'attended'],
    ],
    ['"remains to be seen" (backward)', 'how many veltra sent remains to be seen', ['how', 'many', 'veltra', 'sent']],
    ['"is unclear" (backward)', 'the veltra link is unclear', ['the', 'veltra', 'link']],
  ])('%s', (_name, sentence, hedged) => {
    const r = read(sentence);
    expect(r.hedged).toEqual(hedged);
    expect(r.negated).toEqual([]);
  });

  it('reads "could not be independently verified" as one hedge, not a negation', () => {
    expect(read('it could not be independently verified').flags.cues).toEqual([
      { category: 'hedge', phrase: 'could not be independently verified', first: 1, last: 5 },
    ]);
  });

  it('reaches twelve words forward', () => {
    const r = read('veltra may a b c d e f g h i j k l m');
    expect(r.hedged).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']);
  });

  // "is unclear" bears both ways: on "whether veltra attended" after it.
  it('hedges what follows "it is unclear whether"', () => {
    expect(read('it is unclear whether veltra attended').hedged).toEqual(expect.arrayContaining(['veltra', 'attended']));
  });

  // The passive "could not be verified" bears on the claim before it too.
  it('hedges the claim before a passive "could not be verified"', () => {
    expect(read('claims that veltra attended could not be verified').hedged).toEqual(expect.arrayContaining(['veltra', 'attended']));
  });

  it('reads the month "may" as a hedge unless skipped', () => {
    const sentence = 'in may veltra attended the talks';
    expect(read(sentence).hedged).toEqual(['veltra', 'attended', 'the', 'talks']);
    const skip = figureTokens(readFigures(tokenize(sentence, english), english));
    expect(skip.has(1)).toBe(true);
    const r = read(sentence, skip);
    expect(r.hedged).toEqual([]);
    expect(r.flags.cues).toEqual([]);
  });
});

describe('readCues: "because" opens a clause, "because of" does not', () => {
  const clauseOf = (sentence: string, word: string) => {
    const { tokens, flags } = read(sentence);
    return flags.clause[tokens.findIndex((t) => t.text === word)];
  };

  it('reads the reason after "because" as a clause of its own', () => {
    expect(clauseOf('they spoke anonymously because the talks were private', 'talks')).toBe(1);
  });

  it('keeps the cause after "because of" in its clause', () => {
    expect(clauseOf('firms stay wary because of the risk of sanctions', 'sanctions')).toBe(0);
  });
});
