// Relative clauses set off by commas (", which had not been reported,"): found once a sentence,
// for the cues (an island no cue enters or leaves) and for subjects (a name inside one is no
// subject of a predicate outside it).
import type { Language } from './languages/types';
import type { Token } from './words';

/**
 * [the comma before, the closing comma] (to the sentence's end when unclosed), and whether a cue
 * outside may bear into it: a participle's aside, which describes what it follows ("The dates,
 * given as 29 and 30 October, could not be confirmed").
 */
export type Aside = readonly [number, number, boolean?];

const found = new WeakMap<ReadonlyArray<Token>, ReadonlyArray<Aside>>();

/**
 * A participle after a comma, then a preposition: a passive aside ("The talks, held in October,
 * …"); not a verb after an aside of its own ("A source, speaking separately, told Reuters …").
 */
function opensParticipleAside(tokens: ReadonlyArray<Token>, i: number, language: Language): boolean {
  const aside = language.participleAsides;
  return aside !== undefined && aside.participle.test(tokens[i]!.text) && aside.then.has(tokens[i + 1]?.text ?? '');
}

/** The sentence's relative asides, in order; none in a language without `relativeWords`. */
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
    // ("The meetings, held on 29 October and not reported, took place …": a participle's aside counts closed only.)
    if (participle && end >= tokens.length) continue;
    list.push(participle ? [i - 1, end, true] : [i - 1, end]);
    i = end;
  }
  found.set(tokens, (spans = list));
  return spans;
}

/** The aside token `k` stands in (its commas included), if any. */
export const asideAt = (asides: ReadonlyArray<Aside>, k: number): Aside | undefined => asides.find(([start, end]) => k >= start && k <= end);
