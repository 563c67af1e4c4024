// The cue table read on questions, terminators and clause boundaries (split from cues.test.ts).
import { describe, expect, it } from 'vitest';
import { readCues } from './cues';
import { categories, read } from './fixtures/read-cues';
import { english } from './languages/en';
import { tokenize } from './words';

describe('readCues: questions', () => {
  it('hedges every token of a sentence ending with "?"', () => {
    const r = read('did veltra attend the summit?');
    expect(r.flags.hedged.every(Boolean)).toBe(true);
    expect(r.negated).toEqual([]);
  });

  it('but not an aside set off by commas, which it takes as given', () => {
    const { hedged } = read('did veltra, which makes valves, send anyone to orsk?');
    expect(hedged).toEqual(expect.arrayContaining(['did', 'veltra', 'send', 'anyone', 'orsk']));
    expect(hedged).not.toContain('makes');
    expect(hedged).not.toContain('valves');
    // A question opening with a copula may ask of the aside.
    expect(read('is veltra, which makes valves, really that big?').hedged).toContain('makes');
  });

  it('a question word takes what it names as given, but for the answers it lists and a yes/no question joined on', () => {
    expect(read('which valve makers were in the room?').hedged).toEqual([]);
    expect(read('how did the orsk trip stay quiet for weeks?').hedged).toEqual([]);
    expect(read('what was on the table: valves, pumps?').hedged).toEqual(['valves', 'pumps']);
    expect(read('who led the team, and was it really korrin?').hedged).toEqual(['and', 'was', 'it', 'really', 'korrin']);
    // A degree asked stays open; a hyphen inside a word lists nothing.
    expect(read('how many engineers went to orsk?').hedged).toEqual(['how', 'many', 'engineers', 'went', 'to', 'orsk']);
    expect(read('which state-run firms went to orsk?').hedged).toEqual([]);
  });

  // (Names are told by their capitals as written: the words are read lower-cased, the text as it is.)
  const asWritten = (sentence: string) => {
    const tokens = tokenize(sentence.toLowerCase(), english);
    const { hedged } = readCues(tokens, english, undefined, sentence);
    return tokens.filter((t, i) => hedged[i] && t.kind !== 'punct').map((t) => t.text);
  };

  it('nor an appositive after a name, whatever the question opens with', () => {
    const hedged = asWritten('Was Veltra, the lobby for 500-odd valve makers, represented in Orsk?');
    expect(hedged).toEqual(expect.arrayContaining(['was', 'veltra', 'represented', 'orsk']));
    expect(hedged).not.toContain('lobby');
    expect(hedged).not.toContain('makers');
    expect(asWritten('Does Veltra, with its 500-plus members, speak for the trade?')).not.toContain('members');
  });

  it('but asks of a span after a name that holds a clause of its own, or after no name', () => {
    // ("as reported" opens a clause; "or Korrin" joins another choice; "the chief" is no name.)
    expect(asWritten('Did Veltra, as reported, send anyone to Orsk?')).toContain('reported');
    expect(asWritten('Was it Veltra, or Korrin, that sent the most?')).toContain('korrin');
    expect(asWritten('Did the chief, a valve maker, go to Orsk?')).toContain('maker');
    // (Without the sentence as written, no name is told.)
    expect(read('was veltra, the lobby for valve makers, represented?').hedged).toContain('lobby');
  });

  it('hedges a question that also has a negation, and keeps the negation', () => {
    const r = read('did veltra not attend?');
    expect(r.flags.hedged.every(Boolean)).toBe(true);
    expect(r.negated).toEqual(['attend']);
  });

  it('does not hedge a sentence with a question mark inside it', () => {
    expect(read('"why?" asked the veltra chief.').hedged).toEqual([]);
  });
});

describe('readCues: terminators and boundaries', () => {
  it.each([
    ['"but" ends a negation', 'veltra did not attend, but korrin sent six executives', ['attend']],
    ['"however" ends a negation', 'veltra did not attend the summit, however korrin did', ['attend', 'the', 'summit']],
    ['";" ends a negation', 'veltra did not attend; korrin did', ['attend']],
    ['"although" ends a denial', 'veltra rejected the report, although korrin confirmed it', ['the', 'report']],
    ['"which" ends a negation', 'veltra did not sign the deal, which korrin signed', ['sign', 'the', 'deal']],
    ['"who" ends a negation', 'veltra did not invite anyone who attended', ['invite', 'anyone']],
    ['"except" ends a negation', 'veltra did not attend except korrin', ['attend']],
    ['"adding" ends a negation', 'veltra did not attend, adding that korrin went', ['attend']],
    ['"and said" ends a negation', 'veltra did not attend and said korrin went', ['attend']],
    ['":" ends a negation', 'veltra did not attend: korrin went', ['attend']],
    ['"notwithstanding" ends a denial', 'veltra denied the report, notwithstanding what korrin said', ['the', 'report']],
  ])('%s', (_name, sentence, negated) => {
    expect(read(sentence).negated).toEqual(negated);
  });

  it('ends a backward falsity at a terminator before it', () => {
    expect(read('veltra attended the talks, which is false').negated).toEqual(['is']);
  });

  it('ends a backward hedge at a boundary before it', () => {
    expect(read('veltra attended but the korrin link is unclear').hedged).toEqual(['the', 'korrin', 'link']);
  });

  it('numbers clauses: a boundary starts the next one, a terminator does not', () => {
    const r = read('veltra did not attend, but korrin went; dalmex stayed, which was odd');
    const clauseOf = (word: string) => r.flags.clause[r.tokens.findIndex((t) => t.text === word)];
    expect(r.flags.clause).toHaveLength(r.tokens.length);
    expect(clauseOf('veltra')).toBe(0);
    expect(clauseOf('attend')).toBe(0);
    expect(clauseOf('but')).toBe(1);
    expect(clauseOf('korrin')).toBe(1);
    expect(clauseOf(';')).toBe(2);
    expect(clauseOf('dalmex')).toBe(2);
    expect(clauseOf('odd')).toBe(2);
  });

  it('keeps a sentence without boundaries in clause 0', () => {
    const r = read('veltra sent six executives to orsk, which surprised korrin');
    expect(r.flags.clause.every((c) => c === 0)).toBe(true);
  });

  it('lists boundaries and terminators among the cues found', () => {
    expect(categories('veltra did not attend, but korrin went, adding nothing')).toEqual(['negation', 'boundary', 'terminator', 'negation']);
  });
});

describe('readCues: no cues', () => {
  it('marks nothing in a plain statement', () => {
    const r = read('veltra sent six executives to the orsk summit.');
    expect(r.flags.negated.some(Boolean)).toBe(false);
    expect(r.flags.hedged.some(Boolean)).toBe(false);
    expect(r.flags.cues).toEqual([]);
  });

  it('returns empty flags for no tokens', () => {
    expect(readCues([], english)).toEqual({ negated: [], hedged: [], doubted: [], clause: [], cues: [], asides: [] });
  });
});

describe('readCues: a conditional or open clause in front', () => {
  it('leaves the whole sentence open when "If" opens it, however long', () => {
    const r = read('if the newspaper got it right, the veltra chief executive personally spoke for the firm at the two-day summit.');
    expect(r.hedged).toContain('summit');
  });

  it.each([
    ['"Should" in front', 'should the summit turn out to have been a rehearsal, korrin would be the first to benefit from it later that year.'],
    ['"Had" in front (a condition still open: no "would have" after it)', 'had veltra sent its chief to the summit, korrin would be with them for the whole week of talks.'],
    ['"Whether" in front', 'whether veltra really sent three people to the long planning summit that autumn is hard to say.'],
    ['after an opening quote, to its close', '"if the accounts hold up, veltra and korrin met the buyers twice in one long week of talks."'],
  ])('%s', (_name, sentence) => {
    // Every word after the opening one.
    const r = read(sentence);
    expect(r.hedged.length).toBe(r.tokens.filter((t) => t.kind !== 'punct').length - 1);
  });

  it('keeps "if" and "should" inside a sentence to their usual reach', () => {
    expect(read('veltra said it attended and would say so again if asked by the regulators in the coming weeks or months after that').hedged).not.toContain('attended');
    expect(read('korrin should never have joined the summit').hedged).toEqual([]);
  });

  it('stops at a boundary: "but" starts a clause the conditional does not reach', () => {
    const r = read('if the report is right, veltra attended, but korrin stayed home.');
    expect(r.hedged).toContain('attended');
    expect(r.hedged).not.toContain('korrin');
  });

  it('reads "If anything", "Whether by … or …" and a participle "Assuming" as no conditional', () => {
    expect(read('if anything, the summit showed that veltra attended in force.').hedged).toEqual([]);
    expect(read('whether by accident or design, the summit was kept secret.').hedged).toEqual([]);
    expect(read('assuming charge in october, veltra led the delegation.').hedged).toEqual([]);
  });

  it('hedges "Were" and "Unless" in front, and "If confirmed," as a bare "If"', () => {
    expect(read('were veltra to attend, korrin would follow it to the summit in the end.').hedged).toContain('summit');
    expect(read('unless the report is wrong, veltra attended the long summit with six people.').hedged).toContain('attended');
    expect(read('if confirmed, the report would show that veltra attended the summit with a large team of six.').hedged).toContain('six');
  });

  it('ends a conditional that opens a quotation where the quotation closes', () => {
    const r = read('"if korrin asks, we will listen," a veltra executive said, confirming it attended the summit.');
    expect(r.hedged).toContain('listen');
    expect(r.hedged).not.toContain('attended');
  });

  it('hedges "appears to" and "it is possible" forward, as "could not be established" both ways', () => {
    expect(read('the delegation appears to have been led by the veltra chairman').hedged).toContain('led');
    expect(read('it is possible the summit was timed for the state visit').hedged).toContain('timed');
    expect(read('whether korrin attended could not be independently established').hedged).toContain('attended');
    expect(read('it is not known whether korrin attended').hedged).toContain('attended');
    expect(read('there is no independent confirmation that korrin attended').hedged).toContain('attended');
    expect(read('whether korrin attended remains uncertain').hedged).toContain('attended');
  });
});
