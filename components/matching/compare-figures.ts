// Compares the figures a sentence states with the figure a claim's frame names: the same (within
// the bounds both give), another value (the sentence differs), or none of that kind stated.
import type { FigureSpec } from '../../data/schema';
import type { Bound, Figure } from './figures';
import type { Language } from './languages/types';
import type { Mention } from './lexicon';
import type { SentenceView } from './sentence-view';
import { isReportWord } from './subject-clues';

/** What differs, structured; the words a reader sees come from the locale files. */
export type Difference =
  | { kind: 'percent'; page: number; claim: number }
  | { kind: 'count'; page: number; claim: number }
  | { kind: 'date'; page: { month: number; days: number[] }; claim: { month: number; days: number[] } }
  /** The sentence states it of another measure (the concept id it names instead). */
  | { kind: 'measure'; page: string };

/**
 * How far an "about" figure may be from the claim's and still be the same: 10% of the value, so
 * "about 40%" is not "36%" but "roughly a third" is. Chosen on the tuning half's shares.
 */
export const ABOUT_TOLERANCE = 0.1;
/**
 * Tokens after a count's first word where the counted noun may start ("six senior Indian
 * executives", "half a dozen senior Indian executives": the count's own words take their share).
 * Raised from 4 to 6 on the tuning half: no new false match.
 */
export const COUNTED_NOUN_REACH = 6;

/** Tokens before a count with nothing of its own to count where the noun it counts may end ("the executives – at least six, …"). */
export const COUNTED_NOUN_BEFORE = 6;

/**
 * Does count `f` count a mention of `id`: one a few words after it ("six senior executives"), not
 * past a report verb, a negation or a comma ("the four people said executives … attended", "six
 * officials and no executives", "two sources, were executives"), nor one that speaks ("two
 * executives said six firms …"); or, with nothing of its own to count, one just before it.
 */
export function countsNounOf(view: SentenceView, f: Figure, id: string, language: Language): boolean {
  if (f.kind !== 'count') return false;
  const stops = (k: number) => view.tokens[k]!.text === ',' || isReportWord(view.tokens, k, language) || view.cues.cues.some((c) => c.first === k && c.category === 'negation');
  const speaks = (m: Mention) => isReportWord(view.tokens, m.last + 1, language);
  const after = (m: Mention) => m.first > f.at && m.first <= f.at + COUNTED_NOUN_REACH &&
    !view.tokens.some((_, k) => k > f.at && k < m.first && stops(k)) && !speaks(m);
  const before = (m: Mention) => f.back === true && m.last < f.at && f.at - m.last <= COUNTED_NOUN_BEFORE;
  return (view.byId.get(id) ?? []).some((m) => after(m) || before(m));
}

/** A figure above an "at least" target is still the same figure up to this factor ("seven" for "at least six"; not 16). */
export const AT_LEAST_SPAN = 1.5;
/** Two exact figures are the same when they differ by rounding only. */
export const EXACT_TOLERANCE = 0.5;

/** Can a figure `value` with `bound` be the claim's `target` with `targetBound`? */
export function compatible(value: number, bound: Bound, target: number, targetBound: Bound = 'exact'): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(1, b * ABOUT_TOLERANCE);
  const aboveAtLeast = (v: number) => targetBound === 'atLeast' && v >= target && v <= target * AT_LEAST_SPAN;
  switch (bound) {
    case 'exact':
      if (targetBound === 'atLeast') return aboveAtLeast(value);
      if (targetBound === 'atMost') return value <= target;
      return targetBound === 'about' ? near(value, target) : Math.abs(value - target) <= EXACT_TOLERANCE;
    case 'about':
      return near(value, target) || aboveAtLeast(value);
    // "over a third" (33.3) is 36%; "more than five" is six; "over 50%" is not 36%, nor "more than six" "more than 500".
    case 'atLeast':
      return target >= value - 1 && target <= value * 1.25 + 1;
    case 'atMost':
      return target <= value + 1 && (targetBound === 'atMost' || target >= value * 0.75 - 1);
  }
}

export interface FigureVerdict {
  /** The sentence states a figure of the claim's kind. */
  stated: boolean;
  difference?: Difference;
}

/**
 * `belongs(figure)`: is this count or date the claim's (does the count count what the claim
 * counts, does the date date its event? see judge-claim.ts).
 */
export function compareFigure(view: SentenceView, spec: FigureSpec, belongs: (f: Figure) => boolean): FigureVerdict {
  if (spec.kind === 'percent') {
    const shares = view.figures.filter((f): f is Extract<Figure, { kind: 'percent' }> => f.kind === 'percent');
    if (shares.length === 0) return { stated: false };
    if (shares.some((f) => compatible(f.value, f.bound, spec.value, spec.bound ?? 'exact'))) return { stated: true };
    return { stated: true, difference: { kind: 'percent', page: Math.round(shares[0]!.value), claim: spec.value } };
  }
  if (spec.kind === 'count') {
    const counts = view.figures.filter((f): f is Extract<Figure, { kind: 'count' }> => f.kind === 'count' && belongs(f));
    if (counts.length === 0) return { stated: false };
    if (counts.some((f) => compatible(f.value, f.bound, spec.value, spec.bound ?? 'exact'))) return { stated: true };
    return { stated: true, difference: { kind: 'count', page: counts[0]!.value, claim: spec.value } };
  }
  // (Not a start: "since February 2022" dates no event of the claim's.)
  const dates = view.figures.filter((f): f is Extract<Figure, { kind: 'date' }> => f.kind === 'date' && f.since !== true && belongs(f));
  if (dates.length === 0) return { stated: false };
  const same = (f: Extract<Figure, { kind: 'date' }>) =>
    f.month === spec.month &&
    (f.year === undefined || spec.year === undefined || f.year === spec.year) &&
    (f.days.length === 0 || spec.days.length === 0 || f.days.some((d) => spec.days.includes(d)));
  if (dates.some(same)) return { stated: true };
  const first = dates[0]!;
  return { stated: true, difference: { kind: 'date', page: { month: first.month, days: first.days }, claim: { month: spec.month, days: spec.days } } };
}
