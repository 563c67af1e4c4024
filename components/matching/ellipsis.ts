// "Bharat Forge did not reply to emails. Neither did the defence ministry.": a sentence that opens
// with the language's ellipsis words ("neither did", "nor has") says of its own subject
// what the sentence before said. It makes the claims the sentence before made, for a subject of
// that claim it names itself.
import type { SentenceContext } from './find-subject';
import type { Language } from './languages/types';
import type { SentenceView } from './sentence-view';
import type { MatchIndex } from './story-index';
import { isForeign } from './subject-clues';

export interface EllipsisMatch {
  claimId: string;
  subject: string;
}

/** Does the sentence open with an ellipsis ("Neither did …", "Nor has …"), not asking one ("Neither did Bharat Forge?")? */
export function opensEllipsis(view: SentenceView, language: Language): boolean {
  const words = language.ellipsis;
  if (!words || language.questionMarks.includes(view.tokens.at(-1)?.text ?? '')) return false;
  // (Asked of most sentences judged: the first two words found without copying the tokens.)
  let first = 0;
  while (first < view.tokens.length && view.tokens[first]!.kind === 'punct') first++;
  if (!words.openers.has(view.tokens[first]?.text ?? '')) return false;
  let second = first + 1;
  while (second < view.tokens.length && view.tokens[second]!.kind === 'punct') second++;
  return words.auxiliaries.has(view.tokens[second]?.text ?? '');
}

/**
 * The claims (of those the sentence before made, `before`) this sentence says of a subject of its
 * own: the first name or word it has of that claim's subject.
 */
export function carriedClaims(view: SentenceView, before: ReadonlyArray<string>, index: MatchIndex): EllipsisMatch[] {
  const out: EllipsisMatch[] = [];
  for (const claimId of before) {
    const claim = index.claims.find((c) => c.claim.id === claimId);
    const subject = claim && view.mentions.find((m) => claim.subject.some((a) => a.id === m.id) && !isForeign(view, m, index));
    if (subject) out.push({ claimId, subject: subject.id });
  }
  return out;
}

/** The context the sentence before was judged in: its own paragraph before it. */
export const contextOfPrevious = (context: SentenceContext): SentenceContext => ({ ...context, before: context.before.slice(0, -1) });
