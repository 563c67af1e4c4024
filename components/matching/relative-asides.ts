// Relative clauses set off by commas (", which had not been reported,"): found once a sentence,
// for the cues (an island no cue enters or leaves) and for subjects (a name inside one is no
// subject of a predicate outside it).
import type { Language } from './languages/types';
import type { Token } from './words';

/** [the comma before, the closing comma] (to the sentence's end when unclosed). */
export type Aside = readonly [number, number];

const found = new WeakMap<ReadonlyArray<Token>, ReadonlyArray<Aside>>();

/** The sentence's relative asides, in order; none in a language without `relativeWords`. */
export function relativeAsides(tokens: ReadonlyArray<Token>, language: Language): ReadonlyArray<Aside> {
  const relatives = language.relativeWords;
  if (!relatives) return [];
  let spans = found.get(tokens);
  if (spans) return spans;
  const list: Aside[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1]!.text !== ',' || !relatives.has(tokens[i]!.text)) continue;
    let end = i + 1;
    while (end < tokens.length && tokens[end]!.text !== ',') end++;
    list.push([i - 1, end]);
    i = end;
  }
  found.set(tokens, (spans = list));
  return spans;
}

/** The aside token `k` stands in (its commas included), if any. */
export const asideAt = (asides: ReadonlyArray<Aside>, k: number): Aside | undefined => asides.find(([start, end]) => k >= start && k <= end);
