// Asides set off by commas: relative clauses (", which had not been reported,") and, closed by a
// comma, a participle's (", held on 29 October and not reported,"). Found once a sentence, for the
// cues (an island no cue inside leaves; none outside enters a relative clause, and only one bearing
// back from after it enters a participle's: "The dates, given as …, could not be confirmed") and,
// relative clauses only, for subjects (a name inside one is no subject of a predicate outside it).
// Also the contrast a boundary word opens between commas (", but on a private visit,"), which
// opens no clause of its own.
import type { Language } from './languages/types';
import { writtenCapitalised, type Token } from './words';

/** The comma before and the closing comma (to the sentence's end when unclosed). */
export interface Aside {
  readonly open: number;
  readonly close: number;
  /** A participle's aside, which describes what it follows ("The talks, held in October, …"). */
  readonly participle: boolean;
}

const found = new WeakMap<ReadonlyArray<Token>, ReadonlyArray<Aside>>();

/**
 * A participle after a comma (after a negation of it, "not named in earlier reports"), then a
 * preposition: a passive aside ("The talks, held in October, …"); not a verb after an aside of its
 * own ("A source, speaking separately, told Reuters …"), nor a verb with its object.
 */
function opensParticipleAside(tokens: ReadonlyArray<Token>, i: number, language: Language): boolean {
  const aside = language.participleAsides;
  if (!aside) return false;
  const at = aside.negations.has(tokens[i]!.text) ? i + 1 : i;
  return aside.participle.test(tokens[at]?.text ?? '') && aside.then.has(tokens[at + 1]?.text ?? '');
}

/** The sentence's asides, in order; none in a language without `relativeWords`. */
export function relativeAsides(tokens: ReadonlyArray<Token>, language: Language): ReadonlyArray<Aside> {
  const relatives = language.relativeWords;
  if (!relatives) return [];
  let spans = found.get(tokens);
  if (spans) return spans;
  const list: Aside[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1]!.text !== ',') continue;
    const participle = !relatives.has(tokens[i]!.text) && opensParticipleAside(tokens, i, language);
    if (!participle && !relatives.has(tokens[i]!.text)) continue;
    let end = i + 1;
    while (end < tokens.length && tokens[end]!.text !== ',') end++;
    // (A participle's aside counts closed only: ", reported Reuters." is a clause's end, not an aside.)
    if (participle && end >= tokens.length) continue;
    list.push({ open: i - 1, close: end, participle });
    i = end;
  }
  found.set(tokens, (spans = list));
  return spans;
}

/** The aside token `k` stands in (its commas included), if any. */
export const asideAt = (asides: ReadonlyArray<Aside>, k: number): Aside | undefined => asides.find((a) => k >= a.open && k <= a.close);

/** Words a contrast aside may hold after its preposition: ", but in a personal capacity,". */
const CONTRAST_ASIDE_WORDS = 4;

/** A comma at `k` with one of the language's `clauseJoiners` after it ("…, and Adani Defence sent …"). */
export function joinsClause(tokens: ReadonlyArray<Token>, k: number, language: Language): boolean {
  return tokens[k]?.text === ',' && language.clauseJoiners?.has(tokens[k + 1]?.text ?? '') === true;
}

/**
 * ", but on a private visit, and did not attend …": a contrast word (the language's
 * `contrastAsideWords`) at `at`, after a comma, opens a preposition and a few words closed by a
 * comma, and what follows carries on the same subject (a joining word, then a word that opens a
 * verb phrase without one: "and stayed away"); it ends the cues before it but opens no clause.
 * Not ", but in the end, Bharat Forge did".
 */
export function isContrastAside(tokens: ReadonlyArray<Token>, at: number, language: Language): boolean {
  if (language.contrastAsideWords?.has(tokens[at]?.text ?? '') !== true) return false;
  if (tokens[at - 1]?.text !== ',' || language.participleAsides?.then.has(tokens[at + 1]?.text ?? '') !== true) return false;
  let close = at + 2;
  while (close < tokens.length && tokens[close]!.text !== ',' && close - (at + 1) <= CONTRAST_ASIDE_WORDS) close++;
  return joinsClause(tokens, close, language) && language.elidedSubjectOpeners?.has(tokens[close + 2]?.text ?? '') === true;
}

/** Words a relative word may stand before a word of the clause it opens ("who was not", "whose firms will"). */
export const RELATIVE_REACH = 3;

/**
 * A negation in a relative clause set off by no comma, the clause's verb before it ("An executive
 * who was not on the trip said firms fear …", "engineers whose names were never published told
 * …"): where the clause gives way to the sentence's own verb, a report verb after a word of the
 * clause's own that is no function word nor adverb (-1: none, or no such clause). The negation does
 * not reach what that verb reports. Not the clause's own report verb ("who has not publicly said
 * that …"), nor a main clause's negation after the clause ("Executives who travelled did not tell …").
 */
export function bareRelativeEnd(tokens: ReadonlyArray<Token>, first: number, last: number, language: Language): number {
  const relatives = language.relativeWords;
  if (!relatives) return -1;
  let k = first - 1;
  while (k >= 0 && first - k <= RELATIVE_REACH && tokens[k]!.kind === 'word' && !relatives.has(tokens[k]!.text)) k--;
  if (k < 1 || !relatives.has(tokens[k]!.text) || tokens[k - 1]!.kind !== 'word') return -1;
  // Only the clause's function words between ("who was not"), and a possessed noun after a possessive one ("whose names were").
  const owns = language.possessiveRelatives?.has(tokens[k]!.text) === true ? 1 : 0;
  if (!tokens.slice(k + 1 + owns, first).every((t) => language.stopwords.has(t.text))) return -1;
  const ownWord = (t: Token) => t.kind === 'word' && !language.stopwords.has(t.text) && language.adverb?.test(t.text) !== true;
  for (let j = last + 2; j < tokens.length; j++) {
    if (language.reportWords.has(tokens[j]!.stem)) return tokens.slice(last + 1, j).some(ownWord) ? j : -1;
  }
  return -1;
}

/** Words an appositive may run to between its commas. */
const APPOSITIVE_WORDS = 10;

/**
 * The closing comma of an appositive opened by the comma at `open` ("SIDM, the lobby for more than
 * 500 firms, …"), or -1: at most APPOSITIVE_WORDS words, with no clause of its own in them (a joiner,
 * an opener, a report word, an agent's marker: "Did Adani, as reported, …", "…, or Bharat Forge, …",
 * ", represented by its chief …,"). A hyphen or an apostrophe inside a word ends nothing ("500-plus").
 */
export function appositiveClose(tokens: ReadonlyArray<Token>, open: number, language: Language): number {
  if (tokens[open]?.text !== ',') return -1;
  const inWord = (t: Token) => t.kind !== 'punct' || t.text === '-' || t.text === "'";
  let close = open + 1;
  while (close < tokens.length && inWord(tokens[close]!) && close - open <= APPOSITIVE_WORDS) close++;
  const joins = (t: Token) => language.clauseJoiners?.has(t.text) === true || language.clauseOpeners?.has(t.text) === true || language.agentMarkers.has(t.text) || language.reportWords.has(t.stem);
  return tokens[close]?.text === ',' && close > open + 1 && !tokens.slice(open + 1, close).some(joins) ? close : -1;
}

/**
 * Appositives right after a name, as spans of their commas. A question asks nothing of one ("Was
 * SIDM, the lobby for more than 500 firms, represented?" takes the membership as given). A name is
 * told by its capital as written, so a language without capitals has none.
 */
export function appositivesAfterNames(tokens: ReadonlyArray<Token>, language: Language, text: string | undefined): Array<{ open: number; close: number }> {
  if (text === undefined) return [];
  const spans: Array<{ open: number; close: number }> = [];
  for (let open = 1; open < tokens.length; open++) {
    if (tokens[open]!.text !== ',' || !writtenCapitalised(text, tokens[open - 1]!)) continue;
    const close = appositiveClose(tokens, open, language);
    if (close > 0) spans.push({ open, close });
  }
  return spans;
}
