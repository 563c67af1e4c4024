// Where a cue's scope ends (the story-free words of the cue tests): relative clauses set off by
// commas are islands (a negation inside one ends at its closing comma, a cue outside does not reach
// into it); an added verb phrase ("and was") ends a negation; a hedge said with "immediately".
import { describe, expect, it } from 'vitest';
import { read } from './fixtures/read-cues';

describe('readCues: relative asides', () => {
  it.each([
    ['a negation inside ends at the closing comma', 'the talks, which had not been announced, took place in orsk', ['been', 'announced']],
    ['"declined to" inside an aside', 'a trader, who declined to be named, said veltra sent one person', ['be', 'named']],
    ['a falsity after does not reach back into it', 'veltra, which makes valves, said the report was wrong', ['the', 'report', 'was', 'said']],
    // Right after the aside, it bears back past it to what the aside is set off from.
    ['a falsity right after bears back past it', 'the report, which orsk published, was wrong', ['the', 'report', 'was']],
    ['an unclosed aside runs to the end', 'it met korrin, which did not sign anything', ['sign', 'anything']],
  ])('%s', (_name, sentence, negated) => {
    expect(read(sentence).negated.sort()).toEqual([...negated].sort());
  });

  it('a cue that opens the sentence bears past an aside, not into it', () => {
    const { hedged } = read('if veltra, which makes valves, sent anyone to orsk, korrin would know');
    expect(hedged).toEqual(expect.arrayContaining(['veltra', 'sent', 'anyone']));
    expect(hedged).not.toContain('makes');
  });

  it('a participle aside is an island a negation does not leave; a cue bears into it from after it, and past it from before', () => {
    expect(read('the talks, held in orsk and not announced, took place on a barge').negated).toEqual(['announced']);
    expect(read('the dates, given as 2 and 3 may, could not be confirmed').hedged).toEqual(expect.arrayContaining(['dates', 'given', '2', '3']));
    const { negated } = read('veltra denied that its engineers, identified by korrin, attended');
    expect(negated).toContain('attended');
    expect(negated).not.toContain('identified');
  });

  it('a cue between commas, the second before "that", does not reach what the verb before them reports', () => {
    expect(read('two traders told korrin, on condition they not be named, that veltra sent engineers').negated).toEqual(['be', 'named']);
    expect(read('korrin said, not for the first time, that orsk hosted the talks').negated).toEqual(['for', 'the', 'first', 'time']);
    // (A cue before the span still bears past it; a span closed before anything else is no such span.)
    expect(read('veltra denied, in a filing, that its engineers attended').negated).toEqual(expect.arrayContaining(['engineers', 'attended']));
    expect(read('veltra, a valve maker, did not send anyone, korrin said').negated).toEqual(expect.arrayContaining(['send', 'anyone']));
  });

  it('a participle aside may open with its negation', () => {
    expect(read('veltra, not named in earlier reports, sent two engineers to orsk').negated).toEqual(['named', 'in', 'earlier', 'reports']);
  });

  it('a verb after an aside of its own is no participle aside, nor one left unclosed', () => {
    expect(read('a source, speaking separately, told reporters that nobody went, officials said').negated).toContain('went');
    // (Nor does the negation reach it: an attribution closing the sentence is out of every cue's reach.)
    expect(read('no firm sent anyone, reported korrin').negated).toEqual(['firm', 'sent', 'anyone']);
  });

  it('a restrictive relative clause (no comma) is no island: the negation before it reaches on', () => {
    expect(read('no firm that makes valves attended').negated).toEqual(['firm', 'that', 'makes', 'valves', 'attended']);
  });

  it('a negation in a relative clause without commas ends where the sentence\'s own report verb stands', () => {
    expect(read('a trader who was not in orsk said veltra sent two engineers').negated).toEqual(['in', 'orsk']);
    expect(read('engineers whose names were never published told korrin they went to orsk').negated).toEqual(['published']);
    // Right after the cue, the report verb is the clause's own; and with no relative word, no clause ends.
    expect(read('a trader who did not say veltra sent engineers').negated).toEqual(['say', 'veltra', 'sent', 'engineers']);
    expect(read('the trader was not in orsk, korrin said, and veltra sent no one').negated).toEqual(expect.arrayContaining(['orsk', 'said']));
    // Not the clause's own report verb past an adverb, nor a main clause's negation after the clause.
    expect(read('a trader who has not publicly said veltra sent engineers').negated).toEqual(expect.arrayContaining(['said', 'sent']));
    expect(read('traders who travelled did not tell korrin that veltra sent engineers').negated).toEqual(expect.arrayContaining(['tell', 'sent']));
  });
});

describe('readCues: more scope', () => {
  it('a negation before a verb of knowing bears on the knowing, not on what is known', () => {
    expect(read('nobody had heard of the talks in orsk until may').negated).toEqual(['had', 'heard']);
    expect(read('few traders knew that veltra sent engineers').negated).toEqual([]);
    expect(read('no trader said that veltra sent engineers').negated).toEqual(['trader', 'said', 'that', 'veltra', 'sent', 'engineers']);
    // (Not of something not named as known, nor past an aside.)
    expect(read('korrin was not aware of any engineer going to orsk').negated).toContain('going');
    expect(read('veltra did not, we know, send engineers').negated).toContain('send');
    // (But "that" a few words on: "nobody knew back then that …".)
    expect(read('nobody knew back then that veltra sent engineers').negated).not.toContain('sent');
  });

  it('a negation negates a falsity it reaches in its own clause, not one past a comma', () => {
    expect(read('korrin said it was not false that veltra went').negated).toEqual(['false']);
    const twice = read('veltra says none of its engineers went to orsk, calls reports false');
    expect(twice.flags.negated[twice.tokens.findIndex((t) => t.text === 'false')]).toBe(false);
    expect(twice.negated).toContain('went');
    // (Nor one past an attribution set off by commas: a denial of its own follows.)
    const after = read('korrin sent nobody, the traders said, and veltra denied sending engineers');
    expect(after.flags.negated[after.tokens.findIndex((t) => t.text === 'denied')]).toBe(false);
  });

  it('a subordinate clause opening the sentence ends at its first comma', () => {
    expect(read('despite the denial, korrin said veltra sent two engineers').negated).toEqual([]);
    expect(read('although veltra did not comment, korrin said it sent two engineers').negated).toEqual(['comment']);
    // (Past an aside inside it.)
    expect(read('despite a denial from veltra, which makes valves, korrin said it sent engineers').negated).toEqual(['from', 'veltra']);
  });

  it('not at a list\'s comma, a phrase set off after a denial verb, nor for a word that opens the sentence\'s own clause', () => {
    expect(read('While denying that Veltra, Korrin or Orsk sent engineers, Tata said nothing').negated).toContain('sent');
    expect(read('although veltra denied, in a filing to the exchange, that it sent engineers, korrin was silent').negated).toContain('sent');
    expect(read('but veltra denied, in a short statement, that it sent engineers').negated).toContain('sent');
    // A phrase set off by its first word ("including", an article), and a clause that is only a cue.
    expect(read('although veltra denied that its engineers, including the head of its valve unit, went to orsk, korrin said so').negated).toContain('went');
    expect(read('although unconfirmed, reports say veltra sent engineers to orsk').hedged).toContain('sent');
  });

  it('"and was" starts a verb phrase the negation before it does not reach', () => {
    expect(read('the trip had not been announced and was the first of its kind').negated).toEqual(['been', 'announced']);
  });

  it('a terminator set off by commas right after a negation is an aside inside what it negates', () => {
    expect(read('they did not, however, sign anything').negated).toEqual(['sign', 'anything']);
    // Not set off, or not right after the cue: it ends the negation as before.
    expect(read('they did not sign anything, however, veltra did').negated).toEqual(['sign', 'anything']);
    expect(read('they did not, however veltra did').negated).toEqual([]);
  });

  it('"not immediately clear" is a hedge, not a negation', () => {
    const { negated, hedged } = read('it was not immediately clear whether veltra sent anyone');
    expect(negated).toEqual([]);
    expect(hedged).toEqual(expect.arrayContaining(['veltra', 'sent', 'anyone']));
  });
});

describe('readCues: a short clause that withholds confirmation reaches back', () => {
  const hedgedIn = (sentence: string) => read(sentence).hedged;

  it('leaves the clause before it open, from a pronoun or a definite noun phrase', () => {
    expect(hedgedIn('veltra sent two engineers to orsk, though this could not be confirmed')).toEqual(expect.arrayContaining(['veltra', 'sent', 'engineers', 'orsk']));
    expect(hedgedIn('veltra sent two engineers, although the exact figures could not be verified')).toEqual(expect.arrayContaining(['veltra', 'sent']));
  });

  it('not from a clause with a name or a cue of its own, or a long one', () => {
    expect(hedgedIn('veltra sent two engineers, though Korrin attendance is unconfirmed')).not.toContain('sent');
    expect(hedgedIn('veltra sent two engineers, but whether korrin did could not be confirmed')).not.toContain('sent');
    expect(hedgedIn('veltra sent two engineers, but the prices the traders in orsk quoted could not be verified')).not.toContain('sent');
  });

  it('said by someone, of a pronoun after it', () => {
    expect(hedgedIn('veltra sent two engineers, though the ministry has not confirmed it')).toContain('sent');
    expect(hedgedIn('veltra sent two engineers, although Korrin did not confirm this')).toContain('sent');
  });

  it('not a hedge said by someone of nothing or of something else, nor one said of its own subject', () => {
    expect(hedgedIn('veltra sent two engineers, but Korrin did not confirm')).not.toContain('sent');
    expect(hedgedIn('veltra sent two engineers, but korrin has not confirmed a deal')).not.toContain('sent');
    expect(hedgedIn('veltra sent two engineers, but the ministry did not confirm that a contract was signed')).not.toContain('sent');
    expect(hedgedIn('veltra sent two engineers, though it is unclear what they offered')).not.toContain('sent');
    expect(hedgedIn('veltra sent two engineers, though more may follow')).not.toContain('sent');
  });

  it('"not only … but" and "not just … but": the "but" goes on with the clause of the verb before', () => {
    expect(read('veltra rejected not just the fee but any suggestion that korrin sent anyone').negated).toEqual(
      expect.arrayContaining(['korrin', 'sent', 'anyone']));
    expect(read('veltra rejected not only the fee but also the report').flags.clause.every((c) => c === 0)).toBe(true);
    // A plain "but", or a second one, is a boundary as before.
    expect(read('veltra rejected the fee but korrin sent someone').negated).not.toContain('korrin');
    expect(read('veltra rejected not just the fee but the report, but korrin sent someone').negated).not.toContain('korrin');
  });

  it('"Had X …, … would have": a condition contrary to fact negates what it opens; without the "would have" it leaves it open', () => {
    const contrary = read('had veltra attended, the talks would have gone further');
    expect(contrary.negated).toEqual(expect.arrayContaining(['veltra', 'attended']));
    expect(contrary.hedged).toEqual([]);
    const open = read('had veltra attended, it would mark a shift');
    expect(open.hedged).toEqual(expect.arrayContaining(['veltra', 'attended']));
    expect(open.negated).toEqual([]);
  });

  it('a relative word right after a hedge is the question it leaves open, not a clause it stops at', () => {
    expect(read('the agency could not establish which firms attended').hedged).toEqual(expect.arrayContaining(['firms', 'attended']));
    // After a plain negation it still ends the cue; after a comma it is an aside as before.
    expect(read('veltra did not send the official who attended').negated).toEqual(['send', 'the', 'official']);
    expect(read('it has not been established that korrin attended').hedged).toEqual(expect.arrayContaining(['korrin', 'attended']));
  });
});

describe('readCues: a contrast set off by commas', () => {
  it('ends the cue before it but opens no clause', () => {
    const { flags, negated, tokens } = read('veltra did not go, but on other business, and stayed with korrin');
    expect(negated).toEqual(['go']);
    const at = (w: string) => tokens.findIndex((t) => t.text === w);
    expect(flags.clause[at('stayed')]).toBe(flags.clause[at('veltra')]);
  });

  it('a "but" that opens a clause of its own still does', () => {
    const at = (r: ReturnType<typeof read>, w: string) => r.tokens.findIndex((t) => t.text === w);
    for (const sentence of ['veltra did not go, but on balance korrin met them', 'veltra did not go, but in the end, korrin did', 'veltra did not go, but on other business, and met korrin']) {
      const r = read(sentence);
      expect(r.flags.clause[at(r, 'korrin')]).not.toBe(r.flags.clause[at(r, 'veltra')]);
    }
  });
});

describe('readCues: a mere condition, and a doubt', () => {
  it('a condition opening the sentence leaves it open, but doubts nothing', () => {
    const { hedged, doubted } = read('if veltra goes ahead, its engineers risk korrin penalties');
    expect(hedged).toEqual(expect.arrayContaining(['engineers', 'risk', 'penalties']));
    expect(doubted).toEqual([]);
    expect(read('should the orsk plan proceed, veltra would build pumps').doubted).toEqual([]);
  });

  it('a condition on the account, or a hypothetical "were", doubts what it opens', () => {
    expect(read('if the sources are right, veltra sent two engineers').doubted).toEqual(expect.arrayContaining(['veltra', 'sent', 'engineers']));
    expect(read('if veltra were to build pumps in orsk, korrin would object').doubted).toEqual(expect.arrayContaining(['build', 'pumps']));
  });

  it('other hedges doubt, and "assuming" opens a doubt', () => {
    expect(read('veltra may have sent two engineers').doubted).toEqual(expect.arrayContaining(['sent', 'engineers']));
    expect(read('assuming the talks happened, veltra signed nothing').doubted).toEqual(expect.arrayContaining(['veltra', 'signed', 'nothing']));
  });
});
