// Where a predicate's words stop being what the sentence says, asked by judgeClaim: whether the
// predicate ends what is said of its subject (a bare frame's), whether it is only the time the
// sentence is set in ("after the denials"), and whether a correction takes it back ("an earlier
// version of this story said …").
import { firstAt, listWords } from './figure-phrases';
import type { Mention } from './lexicon';
import type { SentenceView } from './sentence-view';
import { isReportWord } from './subject-clues';
import { PRONOUN_PREFIX, type MatchIndex } from './story-index';

/**
 * The predicate ends what is said of its subject: the sentence ends after it, or punctuation or a
 * word that opens another clause follows ("the meetings took place, and that …"), not a slot of
 * its own ("took place on 29-30 October"). Never in a verb-final language, whose slots come first.
 */
export function isBare(view: SentenceView, predicate: Mention, language: MatchIndex['language']): boolean {
  // Where the verb comes last, what is said of it stands before it: not told apart here, so never.
  if (language.verbFinal) return false;
  const ends = (k: number) => {
    const next = view.tokens[k];
    return next === undefined || next.kind === 'punct' || (language.clauseOpeners?.has(next.text) ?? false);
  };
  // ("were not part of it", "did not send anyone": a pronoun after it stands for what was spoken
  // of, an empty object says nothing; neither adds anything of its own.)
  const pronoun = view.anaphors.find((a) => a.first === predicate.last + 1 && a.last === a.first && a.ids.every((id) => id.startsWith(PRONOUN_PREFIX)));
  const empty = language.emptyObjects?.has(view.tokens[predicate.last + 1]?.text ?? '') ?? false;
  // ("had not been there in any capacity": a phrase that only stresses it adds nothing either.)
  const stressed = (k: number) => {
    const at = language.emptyAdjuncts ? firstAt(view.tokens, k, language.emptyAdjuncts) : -1;
    return at >= 0 && ends(k + listWords(language.emptyAdjuncts!)[at]!.length);
  };
  const next = predicate.last + 1 + (pronoun !== undefined || empty ? 1 : 0);
  return ends(predicate.last + 1) || ((pronoun !== undefined || empty) && ends(next)) || stressed(next);
}

/**
 * "one of the sources told Reuters after the denials": a predicate noun after one of the language's
 * `backgroundPrepositions` and a definite word, with no owner before it and nothing of its own after
 * it (punctuation, a "that" or the end follows: not "the denial by Bharat Forge", "the meetings on
 * October 29-30"), is when the sentence happens, not what it says.
 */
export function isBackground(view: SentenceView, predicate: Mention, language: MatchIndex['language']): boolean {
  const { tokens } = view;
  const article = tokens[predicate.first - 1];
  if (!language.backgroundPrepositions?.has(tokens[predicate.first - 2]?.text ?? '') || !article || !(language.definiteWords?.has(article.text) ?? false) || article.possessive) return false;
  const next = tokens[predicate.last + 1];
  return !next || next.kind === 'punct' || (language.contentMarkers?.has(next.text) ?? false);
}

/**
 * "Clarification: an earlier version of this story said the group had declined to comment": what
 * a correction says an earlier version said is taken back, not said. A predicate after a report
 * verb that follows one of the language's `retractedOpeners` within RETRACTED_REACH words, in its
 * clause (not "an earlier version misstated the dates of the meetings", whose meetings stand).
 */
export function isRetracted(view: SentenceView, predicate: Mention, language: MatchIndex['language']): boolean {
  let verb = retractingVerbs.get(view);
  if (verb === undefined) retractingVerbs.set(view, (verb = retractingVerb(view, language)));
  return verb >= 0 && verb < predicate.first && view.cues.clause[verb] === view.cues.clause[predicate.first];
}

/** Per sentence, the report verb of its first retracted account (-1: none), found once. */
const retractingVerbs = new WeakMap<SentenceView, number>();
function retractingVerb(view: SentenceView, language: MatchIndex['language']): number {
  const openers = language.retractedOpeners;
  if (!openers) return -1;
  for (let k = 0; k < view.tokens.length; k++) {
    const at = firstAt(view.tokens, k, openers);
    if (at < 0) continue;
    const after = k + listWords(openers)[at]!.length;
    // (After the piece's own noun, which may be "report": "an earlier version of this report misspelled …".)
    for (let r = after + 1; r <= after + RETRACTED_REACH; r++) if (isReportWord(view.tokens, r, language)) return r;
  }
  return -1;
}

/** Words from a correction's opening to its report verb, the piece's noun first ("… of this story incorrectly said"). */
export const RETRACTED_REACH = 2;
