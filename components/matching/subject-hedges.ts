// Hedges on a clause's verb that leave a predicate open though they stand apart from it: between
// the predicate and its subject after it, after a predicate noun that opens its clause, or after a
// subject noun whose phrase holds the predicate.
import type { Language } from './languages/types';
import { DEFAULT_PLACE_PREPOSITIONS, type Mention } from './lexicon';
import type { SentenceView } from './sentence-view';
import type { Token } from './words';

/**
 * "The participants may have included startups …": a hedge between a predicate and the subject
 * after it stands on the verb that links them, and leaves the claim open though the predicate
 * stands before it (in the same clause, the subject under the hedge).
 */
export function hedgedBetween(view: SentenceView, predicate: Mention, subjectId: string): boolean {
  const { cues, hedged, clause } = view.cues;
  // (Nothing set off between: "included, according to people who may not be named, startups …".)
  const setOff = (s: Mention) => view.tokens.slice(predicate.last + 1, s.first).some((t) => t.kind === 'punct');
  return (view.byId.get(subjectId) ?? []).some((s) => s.first > predicate.last && hedged[s.first] === true && clause[s.first] === clause[predicate.last] && !setOff(s) &&
    cues.some((c) => c.category === 'hedge' && c.first > predicate.last && c.last < s.first));
}

/** Words (not stopwords) between a predicate noun that opens its clause and the hedge on its verb. */
export const HEDGED_NOUN_REACH = 6;

/**
 * "The meetings may have been held …", "Spare parts for the MiG-29 fleet may well have been on the
 * agenda": a predicate that opens its clause (nothing but stopwords before it there, no pronoun)
 * is the clause's subject, and a hedge on the verb after it, a few words on, leaves the claim open.
 */
export function hedgedAfterNoun(view: SentenceView, predicate: Mention, language: Language): boolean {
  const { cues, clause } = view.cues;
  const own = clause[predicate.first];
  const isWord = (t: Token) => t.kind !== 'punct' && !language.stopwords.has(t.text);
  // (Not after a pronoun, which makes it a verb: "They risk sanctions if …".)
  const isPronoun = (t: Token) => !language.possessivePronouns?.has(t.text) && language.anaphors.some((a) => a.phrase === t.text);
  // (The longest mention it stands in: "parts" and "spare" of "spare parts".)
  const spans = view.mentions.filter((m) => m.id === predicate.id && m.first <= predicate.first && m.last >= predicate.last);
  const first = Math.min(...spans.map((m) => m.first), predicate.first);
  const last = Math.max(...spans.map((m) => m.last), predicate.last);
  for (let k = first - 1; k >= 0 && clause[k] === own; k--) if (isWord(view.tokens[k]!) || isPronoun(view.tokens[k]!)) return false;
  const hedge = cues.find((c) => c.first > last && clause[c.first] === own && c.category !== 'pseudo');
  if (!hedge || hedge.category !== 'hedge') return false;
  // (Not past a verb of its own: "… was raised in Moscow, something that may worry Washington".
  // The hedge's own, right before it, is none, nor a relative clause's that is itself a
  // possibility: "Factories that would export to Russia were possibly among the ideas"; one that
  // states something is: "Spare parts that were discussed may be made …".)
  const between = view.tokens.slice(last + 1, hedge.first);
  const relative = between.findIndex((t) => language.relativeWords?.has(t.text) === true || language.contentMarkers?.has(t.text) === true);
  const ownVerb = (i: number) => i === between.length - 1 || (relative >= 0 && i > relative && language.possibleWords?.has(between[i]!.text) === true);
  if (between.some((t, i) => language.ellipsis?.auxiliaries.has(t.text) === true && !ownVerb(i))) return false;
  return between.filter(isWord).length <= HEDGED_NOUN_REACH;
}

/**
 * The subject's noun opens its clause, holds the predicate in its phrase, and the clause's hedge
 * stands after both: "Factories in India that would export to Russia may have been among the
 * ideas", "Production in India for later export to Russia was apparently discussed".
 */
export function subjectHedged(view: SentenceView, subjectId: string, predicate: Mention, language: Language): boolean {
  const { clause, cues } = view.cues;
  // (Its nearest name before the predicate.)
  const said = view.byId.get(subjectId)?.filter((m) => m.last < predicate.first).pop();
  if (!said || clause[said.first] !== clause[predicate.first] || view.tokens[view.tokens.length - 1]?.text === '?') return false;
  // (The predicate in the noun's phrase, joined to it by a preposition or a relative clause: no
  // verb of the clause's own between them but in that relative clause. Not "Adani Defence
  // attended the talks, and more visits may follow": the predicate is the clause's own verb.)
  const prepositions = language.placePrepositions ?? DEFAULT_PLACE_PREPOSITIONS;
  let relative = false;
  let joined = false;
  for (let k = said.last + 1; k < predicate.first; k++) {
    const word = view.tokens[k]!.text;
    relative ||= language.relativeWords?.has(word) === true || language.contentMarkers?.has(word) === true;
    joined ||= relative || prepositions.has(word);
    if (!relative && language.ellipsis?.auxiliaries.has(word) === true) return false;
  }
  // (Or the predicate is the noun the subject owns, a hedge set off by commas right after it:
  // "Adani's presence, if it is ever confirmed, …"; not "Adani's chief attended the talks, and
  // more may follow".)
  if (view.tokens[said.last]?.possessive === true && predicate.first === said.last + 1) {
    // (Its own short phrase may stand before the comma: "Adani's presence in Moscow, if …".)
    const comma = view.tokens.findIndex((t, k) => k > predicate.last && k <= predicate.last + 3 && t.text === ',');
    joined ||= comma > 0 && cues.some((c) => c.category === 'hedge' && c.first === comma + 1);
  }
  return joined && !cues.some((c) => c.first > said.last && c.first <= predicate.last) && hedgedAfterNoun(view, said, language);
}

/** Words after a given saying within which the words asking whether it is true stand ("the Adani denial, if accurate"). */
export const SAYING_TRUTH_REACH = 4;

/**
 * "If the Adani denial holds up", "The Adani Group's denial, if accurate, …": a saying noun (the
 * language's `givenSayings`) owned by a name or pronoun, or after a definite word (and a name), is
 * given where the words after it ask only whether it is true (`givenSayings.truth`): the hedge or
 * question on its clause doubts what was said, not that it was said. Not "a denial", nor "if the
 * denial is genuine", "was the denial ever issued", "the group's reported denial": nothing there
 * takes the saying as made.
 */
export function givenSaying(view: SentenceView, predicate: Mention, language: Language): boolean {
  const sayings = language.givenSayings;
  const { tokens } = view;
  if (!sayings || predicate.first !== predicate.last || !sayings.nouns.has(tokens[predicate.first]!.stem)) return false;
  const before = tokens[predicate.first - 1];
  if (before === undefined || before.kind !== 'word') return false;
  const owned = before.possessive === true || language.possessivePronouns?.has(before.text) === true;
  // ("the Adani denial": a definite word, then a name.)
  const name = view.mentions.find((m) => m.kind === 'entity' && m.last === predicate.first - 1);
  const definite = language.definiteWords?.has(tokens[name ? name.first - 1 : predicate.first - 1]?.text ?? '') === true;
  if (!owned && !definite) return false;
  for (let k = predicate.last + 1; k <= predicate.last + SAYING_TRUTH_REACH && k < tokens.length; k++) {
    if (sayings.truth.has(tokens[k]!.stem)) return true;
  }
  return false;
}
