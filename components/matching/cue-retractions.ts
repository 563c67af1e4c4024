// "Officials were reportedly present, though this could not be confirmed": a hedge that withholds
// confirmation, or says estimates differ (a cue row's `reachesBack`), in a short clause of its own
// after a boundary, leaves the clause before it open too. Read by readCues once the clauses are
// numbered.
import type { CueRow, Language } from './languages/types';
import { writtenCapitalised, type Token } from './words';

/** Most words before such a hedge in its own clause ("although the exact dates could not be …"). */
export const RETRACTING_CLAUSE_WORDS = 4;
/** The pronoun that can be a placeholder ("it is unclear"), where the language sets none. */
export const EXPLETIVE_PRONOUNS: ReadonlySet<string> = new Set(['it']);

/** Can the word be a placeholder pronoun ("it is unclear") in the language? */
export const isPlaceholderPronoun = (word: string, language: Language) => (language.expletivePronouns ?? EXPLETIVE_PRONOUNS).has(word);

export interface Retraction {
  /** The hedge's first and last tokens. */
  first: number;
  last: number;
  /** The last token of the boundary that opens its clause (the boundary's first, when one word). */
  opensAfter: number;
  kind: NonNullable<CueRow['reachesBack']>;
}

/**
 * Marks `hedged` over the clause before each retraction whose clause is about it: at most
 * RETRACTING_CLAUSE_WORDS words before the hedge there and no cue starting among them (`cueStarts`,
 * even one that only opens a sentence: "but whether … could not be confirmed"); said of what was
 * confirmed (`subject`), those words a pronoun or a definite noun phrase (its first word a definite
 * one, no name written capitalised: "though Korrin's order is unconfirmed" is about the order);
 * said by someone (`object`), one of its objects right after it, ending the clause ("has not
 * confirmed it."); naming what it doubts itself (`own`), only stopwords before it and no topic
 * word after it ("…, though estimates vary").
 */
export function reachBack(tokens: Token[], language: Language, clause: number[], hedged: boolean[], retractions: Retraction[], cueStarts: (k: number) => boolean, text?: string): void {
  const definite = (t: Token) => language.definiteWords?.has(t.text) ?? false;
  // (Without the sentence as written, every word might be a name.)
  const capitalised = (t: Token) => text === undefined || writtenCapitalised(text, t);
  for (const { first, last, opensAfter, kind } of retractions) {
    const own = clause[first]!;
    if (own === 0) continue;
    const words = tokens.slice(opensAfter + 1, first).filter((t) => t.kind !== 'punct');
    if (words.length > RETRACTING_CLAUSE_WORDS) continue;
    if (kind.kind === 'object') {
      // (The pronoun ends the clause: not "has not confirmed it will invest", "… that a contract was signed".)
      const next = tokens[last + 2];
      if (!kind.objects.includes(tokens[last + 1]?.text ?? '') || (next !== undefined && next.kind !== 'punct')) continue;
    } else if (kind.kind === 'own') {
      // (Not estimates of something named after: "…, though accounts differ on who led it".)
      if (!words.every((t) => language.stopwords.has(t.text)) || language.topicWords.has(tokens[last + 1]?.text ?? '')) continue;
    } else {
      const pronoun = words.length === 1 && (isPlaceholderPronoun(words[0]!.text, language) || definite(words[0]!));
      const phrase = words.length > 0 && definite(words[0]!) && words.slice(1).every((t) => !capitalised(t));
      if (!pronoun && !phrase) continue;
    }
    let cue = false;
    for (let k = opensAfter + 1; k < first && !cue; k++) cue = cueStarts(k);
    if (cue) continue;
    clause.forEach((c, i) => {
      if (c === own - 1) hedged[i] = true;
    });
  }
}
