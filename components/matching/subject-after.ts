// Where a subject after its predicate is counted from, past more than the predicate's own words:
// a share's "of" ("make up about 36% of India's inventory"), ", as did …" (the same said of a
// subject of its own) and the copula after a predicate that opens the sentence ("Absent from the
// talks were …").
import type { FigureSpec } from '../../data/schema';
import { compatible } from './compare-figures';
import type { Language } from './languages/types';
import type { Mention } from './lexicon';
import type { SentenceView } from './sentence-view';
import { isReportWord } from './subject-clues';

/** Words a share's "of" may stand after its figure ("36 per cent of"). */
const SHARE_OF_REACH = 3;

/**
 * "Russian-made arms make up about 36% of India's inventory": a share, then "of" as the last "of"
 * before the subject, names the whole the share is of, and the subject's reach counts from it
 * (-1: none; not after a second "of", "36% of the arms India imported, not of its inventory"). Of a
 * claim with a share of its own, the sentence's only share or one that could be the claim's: not
 * "60% of India's inventory, though only 36% of its imports", where the claim's share is another whole's.
 */
export function shareOf(view: SentenceView, from: number, m: Mention, language: Language, figure: FigureSpec | undefined): number {
  const shares = view.figures.filter((f) => f.kind === 'percent');
  for (let k = m.first - 1; k > from; k--) {
    if (!language.ofWords?.has(view.tokens[k]!.text)) continue;
    const share = shares.find((f) => f.at < k && k - f.at <= SHARE_OF_REACH);
    const claims = figure?.kind !== 'percent' || shares.length === 1 || (share !== undefined && compatible(share.value, share.bound, figure.value, figure.bound));
    return share && claims ? k : -1;
  }
  return -1;
}

/**
 * "…joined the delegation, as did an official from the SIDM": where the language's `ellipsis.alike`
 * stands after a comma between the predicate and `m`, its auxiliary (the subject after it is the
 * predicate's too, counted from there); -1 otherwise. Not a passive or a report ("…, as was
 * reported by"): a participle or report word right after.
 */
export function saysAlike(view: SentenceView, predicate: Mention, m: Mention, language: Language): number {
  const alike = language.ellipsis?.alike;
  if (!alike) return -1;
  for (let k = predicate.last + 1; k < m.first - 1; k++) {
    if (view.tokens[k]!.text !== ',' || !alike.words.has(view.tokens[k + 1]!.text) || !alike.auxiliaries.has(view.tokens[k + 2]?.text ?? '')) continue;
    const next = view.tokens[k + 3];
    const opensSubject = next?.kind === 'word' && (!language.stopwords.has(next.text) || alike.determiners.has(next.text));
    if (!opensSubject || language.participleAsides?.participle.test(next.text) || isReportWord(view.tokens, k + 3, language)) return -1;
    return k + 2;
  }
  return -1;
}

/** Tokens from a fronted predicate to its copula ("Present at the talks in Moscow, according to the sources, were …"). */
export const FRONTED_REACH = 12;

/**
 * "Absent from the gathering were Tata Sons and …": a predicate that opens the sentence (only
 * function words before it), then a copula (the language's `questionCopulas`) before `m`: the
 * copula, from which the subject after it is counted; -1 otherwise. Not a gerund that is the
 * subject ("Meeting Russian officials was a gamble for …"), nor a passive ("… was ruled out by …").
 */
export function frontedCopula(view: SentenceView, predicate: Mention, m: Mention, language: Language): number {
  const copulas = language.questionCopulas;
  if (!copulas || !view.tokens.slice(0, predicate.first).every((t) => t.kind === 'punct' || language.stopwords.has(t.text))) return -1;
  // (A gerund with its object; not one before a preposition, "Missing from the talks were …".)
  const preposition = language.participleAsides?.then.has(view.tokens[predicate.first + 1]?.text ?? '') === true;
  if (language.gerund?.test(view.tokens[predicate.first]!.text) && !preposition) return -1;
  for (let k = predicate.last + 1; k < m.first && k - predicate.last <= FRONTED_REACH; k++) {
    if (!copulas.has(view.tokens[k]!.text)) continue;
    return language.participleAsides?.participle.test(view.tokens[k + 1]?.text ?? '') ? -1 : k;
  }
  return -1;
}
