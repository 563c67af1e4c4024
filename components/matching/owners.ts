// A subject written as the owner of the predicate, a possessive right before it ("Sanjeev Kumar's
// delegation", "the secretary's official visit", "the company's denial"): the subject of a claim
// frame's `ownerBefore` restatement.
import { antecedent } from './antecedents';
import type { SentenceContext } from './find-subject';
import type { Mention } from './lexicon';
import type { SentenceView } from './sentence-view';
import type { CompiledClaim, MatchIndex } from './story-index';
import { isForeign } from './subject-clues';

/**
 * The owner right before the predicate, when it is one of the claim's subjects: a name written
 * possessive (never another country's: "the Pakistani defence production secretary's"), or a
 * word standing for one named before ("the company's denial", "its denial").
 */
export function ownerBefore(view: SentenceView, predicate: Mention, claim: CompiledClaim, context: SentenceContext, index: MatchIndex): { id: string; fromContext: boolean } | undefined {
  const ids = claim.subject;
  const owner = view.mentions.find((m) => m.last + 1 === predicate.first && view.tokens[m.last]!.possessive === true && ids.some((a) => a.id === m.id));
  if (owner) return isForeign(view, owner, index) ? undefined : { id: owner.id, fromContext: false };
  const word = view.anaphors.find((a) => a.last + 1 === predicate.first);
  const last = word && view.tokens[word.last]!;
  if (!word || !last || !(last.possessive === true || (index.language.possessivePronouns?.has(last.text) ?? false))) return undefined;
  const id = antecedent(word, view, context, index, claim);
  return id !== undefined && ids.some((a) => a.id === id) ? { id, fromContext: true } : undefined;
}
