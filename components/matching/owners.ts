// A subject written as the owner of the predicate, a possessive name right before it ("Sanjeev
// Kumar's delegation", "the defence production secretary's official visit"): the subject of a claim
// frame's `ownerBefore` restatement.
import type { Mention } from './lexicon';
import type { SentenceView } from './sentence-view';
import type { CompiledClaim, MatchIndex } from './story-index';
import { isForeign } from './subject-clues';

/**
 * The owner right before the predicate, when it is one of the claim's subjects, named: never a
 * word standing for one ("his delegation" may be anyone's the page named last), nor another
 * country's ("the Pakistani defence production secretary's").
 */
export function ownerBefore(view: SentenceView, predicate: Mention, claim: CompiledClaim, index: MatchIndex): { id: string; fromContext: false } | undefined {
  const owner = view.mentions.find((m) => m.last + 1 === predicate.first && view.tokens[m.last]!.possessive === true && claim.subject.some((a) => a.id === m.id));
  return owner && !isForeign(view, owner, index) ? { id: owner.id, fromContext: false } : undefined;
}
