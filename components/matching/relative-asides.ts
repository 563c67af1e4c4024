// Asides set off by commas: relative clauses (", which had not been reported,") and, closed by a
// comma, a participle's (", held on 29 October and not reported,"). Found once a sentence, for the
// cues (an island no cue inside leaves; none outside enters a relative clause, and only one bearing
// back from after it enters a participle's: "The dates, given as …, could not be confirmed") and,
// relative clauses only, for subjects (a name inside one is no subject of a predicate outside it).
import type { Language } from './languages/types';
import type { Token } from './words';

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
