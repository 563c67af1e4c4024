// The subject a sentence gives a claim's predicate: a name or word of the claim's subject in the
// predicate's clause (before it, or after it as its agent or list), else an anaphor standing for
// one named before ("the company", "it"), else, where a language leaves it unsaid, the subject of
// the clause before.
import type { Language } from './languages/types';
import { DEFAULT_PLACE_PREPOSITIONS, type Mention } from './lexicon';
import type { SentenceView } from './sentence-view';
import { antecedent, type Anaphor } from './antecedents';
import { namesPost, postHolder } from './posts';
import { PRONOUN_PREFIX, type CompiledClaim, type MatchIndex } from './story-index';
import { conjoined, inOtherAside, isBySubject, isForeign, isReportWord, joinedClauseBetween, ofWhom, opensAside, quotationAt, quotedBefore } from './subject-clues';
import { frontedCopula, saysAlike, shareOf } from './subject-after';
import { joinsClause } from './relative-asides';

/** A sentence's context: the sentences before it in its paragraph (nearest last), what the page named before, the page's year. */
export interface SentenceContext {
  before: SentenceView[];
  /** Ids of the entities and concepts named earlier on the page (in the passages matched). */
  named: ReadonlySet<string>;
  /** The year of the page's date line, when it has one. */
  pageYear?: number;
  /**
   * The last sentence of the paragraph before. Wire copy gives most sentences a paragraph of their
   * own, and "Among them were …" then opens the next one: read only for a list carried on, and
   * only by a paragraph's first sentence. What "it" stands for is not looked for there (the
   * paragraph before is often on someone else: tried, it put highlights on the wrong sentences).
   */
  previous?: SentenceView;
}

/** Words after a predicate where its agent or list may still stand ("led by Defence Production Secretary Sanjeev Kumar"). */
export const POST_SUBJECT_REACH = 6;

/**
 * Can the sentence give the claim a subject at all? Not with neither a name of the subject nor an
 * anaphor: none of the ways of findSubject can find one then (a clause whose subject goes unsaid
 * takes it from a name or a pronoun in the clause before), wherever the predicate stands.
 */
export function maySubject(view: SentenceView, claim: CompiledClaim): boolean {
  return claim.subject.length === 0 || view.anaphors.length > 0 || claim.subject.some((a) => view.byId.has(a.id));
}

/** The claim's subject as the sentence gives it to the predicate (no `id` for a claim without one), or null. */
export function findSubject(view: SentenceView, claim: CompiledClaim, predicate: Mention, context: SentenceContext, index: MatchIndex, listReach?: number): { id?: string; fromContext: boolean } | null {
  if (claim.subject.length === 0) return { fromContext: false };
  if (!maySubject(view, claim)) return null;
  // "the presence of Indian government officials", "the absence of Tata": a noun's "of" names whose.
  // (Or one coordinated with it: "representatives of both Adani and Bharat Forge".)
  const whose = ofWhom(view, predicate, index);
  const owner = whose && [whose, ...conjoined(view, whose, index.language)].find((m) => claim.subject.some((a) => a.id === m.id));
  if (whose) return owner && !isForeign(view, owner, index) ? { id: owner.id, fromContext: false } : null;
  const sameClause = (first: number) => view.cues.clause[first] === view.cues.clause[predicate.first];
  const own = namedSubject(view, claim, predicate, index, listReach);
  if (own) return { id: own.id, fromContext: false };
  for (const anaphor of view.anaphors) {
    // (Not a word of the predicate's own phrase: the group of "were part of the group".)
    if (anaphor.first >= predicate.first && anaphor.last <= predicate.last) continue;
    const stands = antecedent(anaphor, view, context, index, claim);
    // "its chief executive": whoever holds that post in what "its" stands for.
    const id = stands && (postHolder(view, anaphor.last, stands, index.posts, index.language) ?? stands);
    if (id && claim.subject.some((a) => a.id === id) && sameClause(anaphor.first) && !reported(view, anaphor, claim, predicate, index)) return { id, fromContext: true };
  }
  if (!index.language.elidedSubjects || !mayOpenWithVerb(view, predicate, index.language)) return null;
  const clause = view.cues.clause[predicate.first];
  return clause !== undefined ? elidedSubject(view, claim, predicate, clause, context, index) : null;
}

/**
 * The name of the claim's subject that is the predicate's subject, of those in its clause: the
 * first that passes every test, the claim's own measure before another one ("inventory" before
 * "arms imports"). Tests in order, the cheapest first; the clause last, as it reads the sentence's
 * cues, which most sentences judged never need (their candidates fail the other tests).
 */
function namedSubject(view: SentenceView, claim: CompiledClaim, predicate: Mention, index: MatchIndex, listReach: number | undefined): Mention | undefined {
  let first: Mention | undefined;
  for (const m of view.mentions) {
    if (
      !claim.subject.some((a) => a.id === m.id) || !placed(view, m, predicate, index, listReach, claim) || !isBySubject(view, m, predicate, index.language) ||
      reported(view, m, claim, predicate, index) || isForeign(view, m, index) || partOfAlso(view, m, claim) ||
      inOtherAside(view, m, predicate, index) || (view.cues.clause[m.first] !== view.cues.clause[predicate.first] && !correctedAgent(view, m, predicate, index.language)) ||
      deniesOfItsOwn(view, m, predicate) || (m.first === predicate.first && foreignDoer(view, m, index))
    ) continue;
    if (!claim.otherMeasures.has(m.id)) return m;
    first ??= m;
  }
  return first;
}

/**
 * "led not by a minister but by Sanjeev Kumar": a name right after the correction's "but by", in
 * the clause after the predicate's, where that clause has the correction's "not by".
 */
function correctedAgent(view: SentenceView, m: Mention, predicate: Mention, language: Language): boolean {
  const correction = language.correction;
  if (!correction || m.first <= predicate.last) return false;
  const at = (k: number, words: readonly string[]) => words.every((w, i) => view.tokens[k + i]?.text === w);
  const then = m.first - correction.then.length;
  if (!at(then, correction.then) || view.cues.clause[m.first] !== view.cues.clause[predicate.first]! + 1) return false;
  for (let k = predicate.last + 1; k < then; k++) if (at(k, correction.negated) && view.cues.clause[k] === view.cues.clause[predicate.first]) return true;
  return false;
}

/** "Egyptian executives met …": a predicate that is its own subject's word is not the story's when foreign people, not in a relative clause, stand right before it. */
const foreignDoer = (view: SentenceView, m: Mention, index: MatchIndex) => view.mentions.some((o) => o.last === m.first - 1 && isForeign(view, o, index) &&
  !view.tokens.some((t, k) => k < o.first && view.cues.clause[k] === view.cues.clause[o.first] && index.language.relativeWords?.has(t.text) === true));

/** "… reçus à Moscou, Adani conteste": a name after the predicate with a denial of its own after it is that one's subject. */
function deniesOfItsOwn(view: SentenceView, m: Mention, predicate: Mention): boolean {
  return m.first > predicate.last && view.cues.cues.some((c) => (c.category === 'denial' || c.category === 'falsity') && c.first === m.last + 1);
}

/**
 * "The sources told the agency that Adani personnel attended": the sources are not who attended.
 * ("Bharat Forge says no staff went to Russia": the reported clause names no one of its own;
 * "Встречи, как пишет «Рейтер», предшествовали…": an aside, which reports on no one.)
 */
function reported(view: SentenceView, m: { last: number }, claim: CompiledClaim, predicate: Mention, index: MatchIndex): boolean {
  if (claim.speaks || m.last >= predicate.first) return false;
  // The first report verb between the name and the predicate (read between them only).
  let verb = -1;
  for (let k = m.last + 1; k < predicate.first && verb < 0; k++) if (isReportWord(view.tokens, k, index.language) && !opensAside(view.tokens, k, index.language)) verb = k;
  // (A denial reports too: "Adani denied that its defence chief had represented the company".)
  if (verb < 0) verb = view.cues.cues.find((c) => c.category === 'denial' && c.first > m.last && c.last < predicate.first)?.first ?? -1;
  // (A place set after its preposition is where it was said: "told reporters in New Delhi he had
  // nothing to add"; not "said Russia was represented …".)
  const prepositions = index.language.placePrepositions ?? DEFAULT_PLACE_PREPOSITIONS;
  const whereSaid = (o: Mention) =>
    index.entities.get(o.id)?.kind === 'place' && view.mentions.some((w) => w.id === o.id && w.first <= o.first && w.last >= o.last && prepositions.has(view.tokens[w.first - 1]?.text ?? ''));
  // (Or a post someone holds: "Adani Defence said its chief executive had not represented the
  // company" is said of him.)
  return verb >= 0 && (view.mentions.some((o) => o.kind === 'entity' && !whereSaid(o) && o.first > verb && o.last < predicate.first) ||
    view.anaphors.some((a) => a.first > verb && a.last < predicate.first && namesPost(view, a.last, index.posts, index.language)));
}

/** The "visit" in "Putin's visit" is the claim's other party (an `also` group), not its subject. */
function partOfAlso(view: SentenceView, m: Mention, claim: CompiledClaim): boolean {
  return claim.also.some((group) => group.some((id) => id !== m.id && (view.byId.get(id) ?? []).some((o) => o.first <= m.first && o.last >= m.last && o.last - o.first > m.last - m.first)));
}

/**
 * A subject after its predicate is its agent or its list ("led by Sanjeev Kumar", "including
 * Bharat Forge"), close by; further on, it belongs to another clause ("denials … Reuters said
 * its sources had reconfirmed that Adani attended").
 */
function placed(view: SentenceView, m: Mention, predicate: Mention, index: MatchIndex, listReach: number | undefined, claim: CompiledClaim): boolean {
  if (m.first < predicate.first) return placedBefore(view, m, predicate, index);
  const reportAt = (k: number) => isReportWord(view.tokens, k, index.language);
  // "represented in Moscow by its chief executive, Ashish Rajvanshi": reach counts from the agent's "by".
  let from = predicate.last;
  const reach = listReach ?? index.language.postSubjectReach ?? POST_SUBJECT_REACH;
  // (Not the agent of another predicate between them: "the talks marked the first visit by Indian
  // executives" is a visit by them; a place or a time between is no such predicate.)
  for (let k = predicate.last + 1; k < m.first && k <= predicate.last + reach; k++) if (index.language.agentMarkers.has(view.tokens[k]!.text) && !predicateNounBetween(view, predicate, k, index)) from = k;
  // "…, as did an official from the SIDM": the same said of a subject of its own; "Absent from
  // the talks were …": a fronted predicate's subject, after its copula.
  from = Math.max(from, saysAlike(view, predicate, m, index.language), frontedCopula(view, predicate, m, index.language));
  // Counted in words: "fear of triggering U.S. secondary sanctions" (an abbreviation's stops are no distance).
  const wordsFrom = (start: number) => {
    let words = 0;
    for (let k = start + 1; k < m.first && words < reach; k++) if (view.tokens[k]!.kind !== 'punct') words++;
    return words;
  };
  if (wordsFrom(from) >= reach) {
    const of = shareOf(view, from, m, index.language, claim.figure);
    if (of < 0 || wordsFrom(of) >= reach) return false;
  }
  // "… went to Moscow, an SIDM member said": the speaker; "denials, sources told Reuters that Adani …": another clause.
  // (An attribution set off by commas between them is an aside: "Among them, according to the
  // report, were Ashish Rajvanshi …"; not after a quotation, whose words are the speaker's.)
  const quoted = quotationAt(view, predicate.first) !== undefined;
  const commas = quoted ? [] : view.tokens.map((t, k) => (t.text === ',' && k > predicate.last && k < m.first ? k : -1)).filter((k) => k >= 0);
  const inAside = (k: number) => commas.some((open) => open < k && commas.some((close) => close > k));
  for (let k = predicate.last + 1; k < m.first; k++) if (reportAt(k) && !inAside(k)) return false;
  // "… were not part of the talks, and industry executives speak of …": a clause of its own (a
  // list goes on past ", and").
  if (listReach === undefined) for (let k = predicate.last + 1; k < m.first; k++) if (joinsClause(view.tokens, k, index.language)) return false;
  // (Not "…на этих встречах, уточняет агентство": the aside's speaker follows it; but a quotation
  // that opens with the predicate names no one else: '"No comment," a ministry official said.')
  const quote = quoted ? quotationAt(view, predicate.first) : undefined;
  if (quote && view.tokens[m.first]!.start > quote.close && !view.tokens.some((t, k) => k < predicate.first && t.kind !== 'punct' && t.start > quote.open)) return true;
  for (let k = m.last + 1; k <= m.last + 2; k++) if (reportAt(k) && !opensAside(view.tokens, k, index.language)) return false;
  return true;
}

/**
 * A name before the predicate is its subject unless the predicate names its members after it
 * ("Adani … including the presence of …"), the name stands inside a quotation closed before the
 * predicate, or a nearer word of the same predicate has an "of" naming someone else ("did not
 * address the presence of Indian officials at the talks": "at the talks" is the officials').
 */
function placedBefore(view: SentenceView, m: Mention, predicate: Mention, index: MatchIndex): boolean {
  if (index.language.membersFollow?.has(view.tokens[predicate.first]!.text)) return false;
  if (joinedClauseBetween(view, m, predicate, index)) return false;
  if (quotedBefore(view, m, predicate)) return false;
  return !view.byId.get(predicate.id)!.some((o) => o.first > m.last && o.last < predicate.first && ofWhom(view, o, index) !== undefined);
}

/** A predicate noun (a concept some claim states) between the predicate and `k`: "by" at `k` is that noun's. */
function predicateNounBetween(view: SentenceView, predicate: Mention, k: number, index: MatchIndex): boolean {
  return view.mentions.some((o) => o.first > predicate.last && o.last < k && o.kind === 'concept' && index.byPredicate.has(o.id));
}

/** Cheap test before the sentence's cues are read: an opener stands somewhere before the predicate (or the language needs none). */
function mayOpenWithVerb(view: SentenceView, predicate: Mention, language: Language): boolean {
  const openers = language.elidedSubjectOpeners;
  if (!openers) return true;
  for (let k = 1; k < predicate.first; k++) if (openers.has(view.tokens[k]!.text)) return true;
  return false;
}

/**
 * Where a language says which words open a clause without a subject of its own (English: "but did
 * not", "and stayed away"), the clause must go on with one of them after its boundary, or after a
 * joining word within it, before the predicate: "but no such deal was announced" has a subject.
 */
function opensWithVerb(view: SentenceView, clause: number, predicate: Mention, language: Language): boolean {
  const openers = language.elidedSubjectOpeners;
  if (!openers) return true;
  for (let k = predicate.first - 1; k >= 1 && view.cues.clause[k] === clause; k--) {
    const before = view.tokens[k - 1]!;
    const opens = view.cues.clause[k - 1] !== clause || language.clauseJoiners?.has(before.text) || view.cues.cues.some((c) => c.category === 'boundary' && c.last === k - 1);
    if (opens && openers.has(view.tokens[k]!.text)) return true;
  }
  return false;
}

/**
 * "Сахни был в Москве, однако в официальных встречах не участвовал", "He was in Moscow, but on a
 * personal trip, and did not join the meetings": in a language that leaves a coordinated clause's
 * subject unsaid, a clause naming no one (a place is no one; a pronoun is someone) before its
 * predicate continues the subject of the clause before it: the first name there (or the claim's
 * subject word), or the first pronoun there, read as that pronoun would be.
 */
function elidedSubject(view: SentenceView, claim: CompiledClaim, predicate: Mention, clause: number, context: SentenceContext, index: MatchIndex): { id: string; fromContext: boolean } | null {
  const inClause = (first: number, c: number) => view.cues.clause[first] === c;
  const isSubject = (m: Mention) => claim.subject.some((a) => a.id === m.id);
  const namesSomeone = (m: Mention) => m.kind === 'entity' && index.entities.get(m.id)?.kind !== 'place';
  if (clause === 0) return null;
  if (!opensWithVerb(view, clause, predicate, index.language)) return null;
  if (view.mentions.some((m) => namesSomeone(m) && inClause(m.first, clause) && m.first < predicate.first)) return null;
  const isPronoun = (a: Anaphor) => a.ids.some((id) => id.startsWith(PRONOUN_PREFIX));
  if (view.anaphors.some((a) => isPronoun(a) && inClause(a.first, clause) && a.first < predicate.first)) return null;
  // (Where the language marks such clauses by their openers, the clause before must begin with its
  // subject: "Russian officials hosted Bharat Forge executives …, but did not attend" is the
  // officials', not the firm's.)
  const strict = index.language.elidedSubjectOpeners !== undefined;
  const first = view.mentions.find((m) => inClause(m.first, clause - 1) && (strict || namesSomeone(m) || isSubject(m)));
  const pronoun = view.anaphors.find((a) => isPronoun(a) && inClause(a.first, clause - 1));
  if (pronoun && (!first || pronoun.first < first.first)) {
    const id = antecedent(pronoun, view, context, index, claim);
    return id && isSubject({ id } as Mention) ? { id, fromContext: true } : null;
  }
  return first && isSubject(first) && isBySubject(view, first, predicate, index.language) ? { id: first.id, fromContext: false } : null;
}
