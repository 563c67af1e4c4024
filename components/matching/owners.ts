// A subject written as the owner of the predicate, a possessive name right before it ("Sanjeev
// Kumar's delegation", "the defence production secretary's official visit"): the subject of a claim
// frame's `ownerBefore` restatement.
import type { Mention } from './lexicon';
import type { SentenceView } from './sentence-view';
import type { CompiledClaim, MatchIndex } from './story-index';
import { isForeign } from './subject-clues';
import { isAbout } from './topic-checks';

/**
 * The owner right before the predicate, when it is one of the claim's subjects, named: never a
 * word standing for one ("his delegation" may be anyone's the page named last), nor another
 * country's ("the Pakistani defence production secretary's").
 */
export function ownerBefore(view: SentenceView, predicate: Mention, claim: CompiledClaim, index: MatchIndex): { id: string; fromContext: false } | undefined {
  const owner = view.mentions.find((m) => m.last + 1 === predicate.first && view.tokens[m.last]!.possessive === true && claim.subject.some((a) => a.id === m.id));
  return owner && !isForeign(view, owner, index) ? { id: owner.id, fromContext: false } : undefined;
}

/**
 * An owner is taken as given where what it owns is asked or left open ("Did Kumar's delegation
 * agree anything?"), not where another word of its clause says no ("Kumar's delegation never went
 * to Moscow"), nor where what it owns is said to be about something else.
 */
export function ownerTakenAsGiven(view: SentenceView, predicate: Mention, claim: CompiledClaim, index: MatchIndex): boolean {
  const says = (c: { category: string; first: number; last: number }) => c.category !== 'hedge' && c.category !== 'terminator' && c.category !== 'boundary' &&
    c.category !== 'pseudo' && view.cues.clause[c.first] === view.cues.clause[predicate.first] && !(c.first >= predicate.first && c.last <= predicate.last);
  return !view.cues.cues.some(says) && isAbout(view, predicate.last, (id) => claim.context.some((g) => g.includes(id)), (w) => index.language.topicWords.has(w));
}
