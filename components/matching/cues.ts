// Negation, denial, falsity and hedging with scope, in the manner of NegEx/pyConTextNLP: the
// language's cue table is matched on the sentence's words as written (lower case; the table
// lists each form, so "possibly" hedges and "possible" does not; a word ending in "*" stands for
// any ending, "ложн*" for every form of "false" in a language that inflects) (longest cue first, pseudo-negations
// before negations), then each cue bears on the words in its direction up to its window, a
// terminator ("but", "which", ";") or the sentence's end. A question bears on the whole sentence
// but its asides set off by commas (unless it opens with a copula).
import type { CueCategory, CueRow, Language } from './languages/types';
import { reachBack } from './cue-retractions';
import { asideAt, bareRelativeEnd, isContrastAside, joinsClause, relativeAsides, type Aside } from './relative-asides';
import { ASIDE_WORDS, attributionStart, closingWord, contraryToFact, doubtsAccount, interjectionEnd, quotationEnd, scopeEnd, speechEnd, subordinateEnd } from './cue-ends';
import { cueAt, cueTable } from './cue-table';
import { hedgeQuestion } from './question-scope';
import { writtenCapitalised, type Token } from './words';

export interface CueFlags {
  /** Under a negation, a denial or a falsity: said not to be so. */
  negated: boolean[];
  /** Under a hedge, or in a question: left open. */
  hedged: boolean[];
  /** Under a hedge that is no mere possibility or condition (see CueRow.possibility), or in a question. */
  doubted: boolean[];
  /** Clause number of each token: a boundary cue ("but", "however", ";") starts the next. */
  clause: number[];
  /** The cues found, for explaining a verdict ("denied", "not"). */
  cues: Array<{ category: CueCategory; phrase: string; first: number; last: number; possibility?: true }>;
  /** The asides set off by commas (relativeAsides): read once here, for the checks that ask which aside a word stands in. */
  asides: ReadonlyArray<Aside>;
  /** Where an attribution closing the sentence begins (", one participant said"; see attributionStart), if one does. */
  attribution?: number;
}

/** Words after a negation that may stand before the verb of knowing it negates ("no one had ever heard of"). */
const FACTIVE_REACH = 3;

/** Tokens after a verb of knowing within which what it knows opens with "that" ("knew back then that"). */
const KNOWN_THAT_REACH = 6;

/** Does what a verb of knowing knows follow, named as known ("heard of the meetings", "knew, at the time, that …")? */
const knownAfter = (tokens: Token[], k: number, language: Language): boolean => {
  let at = k + 1;
  while (at < tokens.length && at <= k + 2 && (language.topicWords.has(tokens[at]!.text) || language.aboutWords?.has(tokens[at]!.text) === true)) at++;
  if (language.definiteWords?.has(tokens[at]?.text ?? '') === true) return true;
  return tokens.slice(k + 1, k + 1 + KNOWN_THAT_REACH).some((t) => language.contentMarkers?.has(t.text) === true);
};

/** A cue found in a sentence. */
type FoundCue = CueFlags['cues'][number];

/** Words of a name after a correlative's "but" that may own what follows ("but Reuters' claim"). */
const OWNER_WORDS = 4;

/** A function word of a verb: a stopword that joins no clause and stands for no one ("could", "be", "since"). */
const isVerbWord = (word: string, language: Language) =>
  language.stopwords.has(word) && language.clauseJoiners?.has(word) !== true && language.relativeWords?.has(word) !== true &&
  !language.anaphors.some((a) => a.phrase === word);

/**
 * Flags every token of the sentence. `skip` holds token indices that are never cues (a date's
 * month "May", for instance). A denial or falsity cue that is itself negated ("did not deny" is a
 * hedge row; "not false") bears on nothing.
 */
export function readCues(tokens: Token[], language: Language, skip: ReadonlySet<number> = new Set(), text?: string): CueFlags {
  const table = cueTable(language);
  const found: CueFlags['cues'] = [];
  /** The row each cue found comes from. */
  const rowOf = new Map<FoundCue, CueRow>();
  // Only punctuation (an opening quote or bracket) before it: the word that opens the sentence.
  const firstWord = tokens.findIndex((t) => t.kind !== 'punct');
  for (let i = 0; i < tokens.length; i++) {
    if (skip.size > 0 && skip.has(i)) continue;
    const cue = cueAt(tokens, i, table, i === firstWord);
    if (!cue) continue;
    const at = { category: cue.row.category, phrase: cue.row.phrase, first: i, last: i + cue.stems.length - 1, ...(cue.row.possibility ? { possibility: true as const } : {}) };
    found.push(at);
    rowOf.set(at, cue.row);
    i += cue.stems.length - 1;
  }
  const negated = tokens.map(() => false);
  // Hedged by doubt (and, below, by questions and retractions); `possible` by possibility alone.
  const hedged = tokens.map(() => false);
  const possible = tokens.map(() => false);
  // Where terminators and boundaries stand, asked at every word a scope reaches.
  const terminators = new Set<number>();
  const boundaries = new Set<number>();
  /** Terminators that end some categories of cue only, by where they stand. */
  const partial = new Map<number, ReadonlyArray<CueCategory>>();
  const terminatorLast = new Map<number, number>();
  let pairing: { words: ReadonlyArray<string> } | undefined;
  const capitalisedAt = (k: number) => text !== undefined && tokens[k] !== undefined && writtenCapitalised(text, tokens[k]);
  for (const c of found) {
    // (Only after the verb it belongs to, "rejected not just X but Y"; not "Not only did A …, but B …".)
    if (rowOf.get(c)!.pairs && tokens[c.first - 1]?.kind === 'word') pairing = { words: rowOf.get(c)!.pairs! };
    if (c.category !== 'terminator' && c.category !== 'boundary') continue;
    // Nor past a terminator, nor before a name opening a clause of its own ("but Bharat Forge
    // confirmed …"; not "but Reuters' claim that …", a name that owns what follows).
    const ownsNext = tokens.slice(c.last + 1, c.last + 1 + OWNER_WORDS).some((t) => t.possessive === true);
    const paired = c.category === 'boundary' && pairing !== undefined && pairing.words.includes(c.phrase) && (!capitalisedAt(c.last + 1) || ownsNext);
    pairing = undefined;
    if (paired) continue;
    terminatorLast.set(c.first, c.last);
    const ends = rowOf.get(c)!.ends;
    if (ends) partial.set(c.first, ends);
    else terminators.add(c.first);
    // ", but on a private visit, and did not attend …": a contrast set off by commas, before a verb
    // phrase that goes on with the same subject, ends the cues before it but opens no clause.
    if (c.category === 'boundary' && !isContrastAside(tokens, c.first, language)) boundaries.add(c.first);
  }
  const isTerminator = (i: number) => terminators.has(i);
  // "Bharat Forge sent nobody, and Adani Defence sent its chief": a clause joined after a comma
  // that opens with a name written capitalised is one no cue before it reaches (not the last item
  // of a list, whose earlier items a comma sets off: "no one from Tata, L&T, and BEL"; nor an
  // aside closed by a comma of its own within a few words: "that its executives, or Kalyani Group
  // officials, attended"; a clause's own comma further on, ", the sources said", is no such close).
  const joinsNamedClause = (cue: FoundCue, k: number) =>
    text !== undefined && joinsClause(tokens, k, language) && capitalisedAt(k + 2) && !tokens.slice(cue.last + 1, k).some((t) => t.text === ',') && !tokens.slice(k + 2, k + 2 + ASIDE_WORDS).some((t) => t.text === ',');
  const endsCue = (cue: FoundCue, i: number) => terminators.has(i) || (partial.get(i)?.includes(cue.category) ?? false);
  // Asides set off by commas (", which have not been reported,"): islands no cue leaves from inside
  // nor enters from outside, but a cue bearing back into a participle's aside from after it (and
  // one right after an aside, bearing back past it).
  const asides = relativeAsides(tokens, language);
  // "Despite the denials, Reuters said …": a subordinate clause opening the sentence ends where the
  // sentence's own clause begins (see subordinateEnd).
  const opener = found.find((c) => c.category === 'boundary' && c.first === firstWord);
  const openerEnd = opener ? subordinateEnd(tokens, opener, found, asides, language, text) : -1;
  if (openerEnd > 0) {
    terminators.add(openerEnd);
    boundaries.add(openerEnd);
  }
  const attribution = attributionStart(tokens, found, asides, language);
  if (attribution > 0) terminators.add(attribution);
  /** Does token `k`, in aside `to`, stand across an aside's edge from a cue standing in `from`? */
  const crosses = (from: Aside | undefined, to: Aside | undefined, cue: FoundCue) =>
    to !== from && !(from === undefined && to?.participle === true && cue.first > to.close);
  // A cue closed by a later word ("कोई … नहीं", "aucun … ne") reaches that word, or a few words past
  // it; where the word is required and none follows, the cue is none.
  const ends = new Map<FoundCue, number>();
  for (const c of found) {
    const row = rowOf.get(c)!;
    const at = row.closedBy ? closingWord(tokens, c, row, isTerminator) : -1;
    if (at >= 0) ends.set(c, scopeEnd(tokens, at, row.closedBy!.wordsAfter));
  }
  const isCue = (c: FoundCue) => ends.has(c) || !rowOf.get(c)!.closedBy?.required;
  const bearing = found.filter((c) => c.category !== 'terminator' && c.category !== 'boundary' && c.category !== 'pseudo' && isCue(c));
  // Negations first, so a denial or falsity under a negation can be told apart.
  const order: CueCategory[] = ['negation', 'hedge', 'denial', 'falsity'];
  bearing.sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
  // A negation ends at a denial or falsity it reaches: "not false that X", "never denied that X"
  // negate the cue, not X (the denial, negated, bears on nothing; "did not deny" is a hedge row).
  const denialsAt = new Set(bearing.filter((c) => c.category === 'denial' || c.category === 'falsity').map((c) => c.first));
  const stopsNegation = (k: number) => denialsAt.has(k);
  // "rejected the report as baseless": one denial said twice; the second word is not denied by the first.
  const concord = (cue: FoundCue, k: number) => (cue.category === 'denial' || cue.category === 'falsity') && stopsNegation(k);
  for (const cue of bearing) {
    if ((cue.category === 'denial' || cue.category === 'falsity') && negated[cue.first]) continue;
    const row = rowOf.get(cue)!;
    const from = asideAt(asides, cue.first);
    const contrary = cue.category === 'hedge' ? contraryToFact(tokens, cue, row, found, asides) : -1;
    const mark = cue.category === 'hedge' && contrary < 0 ? (row.possibility && !doubtsAccount(tokens, cue, language) ? possible : hedged) : negated;
    // "There may have been talk of …": a hedge on a sentence's existential opening bears on its
    // clause up to the first comma ("There may be a price to pay, analysts said, since …" stops there).
    const existential = cue.category === 'hedge' && cue.first === 1 && (language.existentialSubjects?.has(tokens[0]!.text) ?? false);
    const window = row.opening || existential ? tokens.length : (row.window ?? 0);
    // "Adani Defence, probably the largest firm in the room, attended": a hedge opening a noun phrase
    // set off by commas doubts that phrase only.
    const appositive = cue.category === 'hedge' && tokens[cue.first - 1]?.text === ',' && (language.definiteWords?.has(tokens[cue.last + 1]?.text ?? '') ?? false);
    const comma = existential || appositive ? tokens.findIndex((t, k) => k > cue.last && t.text === ',') : -1;
    if (row.object && tokens[cue.first - 1]?.kind === 'word') mark[cue.first - 1] = true;
    if (row.lastWordToo) mark[cue.last] = true;
    const bare = cue.category === 'negation' ? bareRelativeEnd(tokens, cue.first, cue.last, language) : -1;
    const interjected = row.opening ? -1 : interjectionEnd(tokens, cue, language);
    // A negation inside the direct speech a sentence opens with bears on nothing past its close
    // ('"Nobody was going to announce this," one person said, explaining why the trip was kept quiet').
    const quoted = text && cue.category === 'negation' ? speechEnd(tokens, cue.first, text) : tokens.length;
    const end = Math.min(quoted, comma >= 0 ? comma : tokens.length, contrary >= 0 ? contrary : (ends.get(cue) ?? (row.opening ? (text ? quotationEnd(tokens, cue.first, text) : tokens.length) : bare >= 0 ? bare : interjected >= 0 ? interjected : tokens.length)));
    if (row.direction === 'forward' || row.direction === 'both') {
      let words = 0;
      let pastComma = false;
      // "did not, however, reach": a terminator set off by commas right after the cue is an aside.
      const aside = tokens[cue.last + 1]?.text === ',' ? terminatorLast.get(cue.last + 2) : undefined;
      const resume = aside !== undefined && tokens[aside + 1]?.text === ',' ? aside + 2 : -1;
      if (resume >= 0) boundaries.delete(cue.last + 2);
      // "could not establish which start-ups took part": a relative word right after a hedge asks what it leaves open.
      const asks = (k: number) => cue.category === 'hedge' && k === cue.last + 1 && (language.relativeWords?.has(tokens[k]!.text) ?? false);
      for (let k = resume >= 0 ? resume : cue.last + 1; k < end && words < window && (!endsCue(cue, k) || asks(k)) && !(row.opening !== true && joinsNamedClause(cue, k)); k++) {
        const to = asideAt(asides, k);
        if (crosses(from, to, cue)) {
          // "Whether Rajvanshi, who heads Adani Defence, was in Moscow …": an opening cue bears past
          // an aside, not into it; so does any cue past a participle's ("denied that its executives,
          // identified by sources, attended"). Others stop at it, and every cue at its own's end.
          if (to === undefined || (row.opening !== true && !(from === undefined && to.participle))) break;
          k = to.close;
          continue;
        }
        // (Not one past a comma: "says none of its staff went, calls reports false" denies twice,
        // "did not send anyone, the sources said, and Adani denied attending" denies twice too.)
        if (cue.category === 'negation' && stopsNegation(k)) {
          if (!pastComma) mark[k] = true;
          break;
        }
        if (tokens[k]!.text === ',') pastComma = true;
        if (row.until?.includes(tokens[k]!.text)) break;
        // "Nobody had heard of the meetings": what one does not know of still stands (the knowing
        // negated, right after the cue, of something named as known; not "was not aware of any
        // employee travelling", nor "did not, we know, send").
        if (cue.category === 'negation' && words <= FACTIVE_REACH && language.factives?.has(tokens[k]!.text) === true && knownAfter(tokens, k, language)) {
          mark[k] = true;
          break;
        }
        if (!concord(cue, k)) mark[k] = true;
        if (tokens[k]!.kind !== 'punct') words++;
      }
    }
    if (row.direction === 'backward' || row.direction === 'both') {
      const backward = row.backwardWindow ?? window;
      let words = 0;
      for (let k = cue.first - 1; k >= 0 && words < backward && !endsCue(cue, k); k--) {
        const to = asideAt(asides, k);
        if (crosses(from, to, cue)) {
          // "Adani's presence, which the group denies, could not be verified": a cue right after
          // an aside, or after its verb's function words ("…, could be wrong", "…, has since been
          // denied"), bears back past it to what it is set off from, not into it; not past a
          // clause of its own ("…, and it is unclear").
          if (from !== undefined || to === undefined || !tokens.slice(to.close + 1, cue.first).every((t) => isVerbWord(t.text, language))) break;
          k = to.open;
          continue;
        }
        // "categorically denied the false reports": the adverb of a denial said twice is no more denied than the denial.
        if (!concord(cue, k) && !(concord(cue, k + 1) && (language.adverb?.test(tokens[k]!.text) ?? false))) mark[k] = true;
        if (tokens[k]!.kind !== 'punct') words++;
      }
    }
  }
  // A question leaves open what it asks (question-scope.ts).
  hedgeQuestion(tokens, language, text, asides, firstWord, found.some((c) => c.category === 'hedge' && isCue(c)), hedged);
  // Clauses: a boundary starts a new one.
  const clause: number[] = [];
  let current = 0;
  tokens.forEach((_, i) => {
    if (boundaries.has(i)) current++;
    clause.push(current);
  });
  // "…, though this could not be confirmed": the clause before is left open too (cue-retractions.ts).
  const retractions = found.filter((c) => rowOf.get(c)!.reachesBack && isCue(c)).map((c) => {
    const opens = clause.indexOf(clause[c.first]!);
    return { first: c.first, last: c.last, opensAfter: terminatorLast.get(opens) ?? opens, kind: rowOf.get(c)!.reachesBack! };
  });
  if (retractions.length > 0) reachBack(tokens, language, clause, hedged, retractions, (k) => cueAt(tokens, k, table, true) !== undefined, text);
  return { negated, hedged: hedged.map((h, k) => h || possible[k]!), doubted: hedged, clause, cues: found.filter(isCue), asides, ...(attribution > 0 ? { attribution } : {}) };
}
