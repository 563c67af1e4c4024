// Figures a sentence states, read from its tokens: shares ("36%", "thirty-six per cent", "over a
// third"), counts ("at least six executives", "half a dozen", "500-plus companies"), dates
// ("October 29-30", "29th and 30th of October", "late October 2025") and years ("in 2019",
// "since 2022"), each with its bound (exact, about, at least, at most) and where it stands.
import type { Language } from './languages/types';
import type { Token } from './words';
import { boundAfter, firstAt, listWords, NO_WORDS, phraseAt, phraseBefore, wordsAt, wordsOf } from './figure-phrases';
import { ratioAt, readNumber } from './figure-numbers';
import { numericDateAt, untilBefore } from './figure-dates';

export type Bound = 'exact' | 'about' | 'atLeast' | 'atMost';

export type Figure =
  | { kind: 'percent'; value: number; bound: Bound; at: number }
  /**
   * `nouns`: stems of the words after the count, where the counted noun is; `back`: nothing follows
   * to count ("…, at least six of them"; "six or more."), so it counts a noun before it.
   */
  | { kind: 'count'; value: number; bound: Bound; nouns: string[]; at: number; back?: true }
  /** `since`: a bound of a time, its start ("since February 2022") or end ("until December"), not when the sentence is set. */
  | { kind: 'date'; month: number; days: number[]; part?: 'early' | 'mid' | 'late'; year?: number; at: number; since?: true }
  | { kind: 'year'; year: number; since: boolean; at: number };

/** Words read after a count to find what it counts ("six senior Indian executives"). */
const COUNTED_NOUN_REACH = 3;

/** Words a figure can start with other than numbers: month names and the first words of phrases ("half a dozen", "a third"), per language. */
const starters = new WeakMap<Language, Set<string>>();
function figureStarters(language: Language): Set<string> {
  let set = starters.get(language);
  if (!set) {
    set = new Set([...[...language.numbers.phrases, ...language.numbers.fractions].map(([phrase]) => wordsOf(phrase)[0]!), ...language.dates.months.keys()]);
    starters.set(language, set);
  }
  return set;
}

/** The bound written before a figure; the longest phrase wins ("не более" is at most, though "более" is at least). */
function boundBefore(tokens: Token[], i: number, language: Language): Bound {
  const { approximately, atLeast, atMost } = language.numbers;
  let bound: Bound = 'exact';
  let from = i;
  for (const [phrases, b] of [[atLeast, 'atLeast'], [atMost, 'atMost'], [approximately, 'about']] as const) {
    const start = phraseBefore(tokens, i, phrases);
    if (start >= 0 && start < from) [bound, from] = [b, start];
  }
  return bound;
}

function monthAt(tokens: Token[], i: number, language: Language): number | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  const month = language.dates.months.get(t.text);
  if (month === undefined) return undefined;
  // "may" and "march" are also verbs: months only beside a number or after "in", "late", "of"…
  if (t.text === 'may' || t.text === 'march') {
    const next = tokens[i + 1];
    const prev = tokens[i - 1]?.text ?? '';
    if (next?.kind !== 'number' && !['in', 'of', 'early', 'late', 'mid', 'since', 'until', 'last', 'next', 'this'].includes(prev)) return undefined;
  }
  return month;
}

/** Words joining the days of one date, and between days and month, where the language sets none. */
export const DAY_JOINERS = ['-', 'and', 'to', '&', 'through'];
const DAY_MONTH_LINKS = ['of'];

/** Day numbers joined by "-", "and", "to", "&": "29-30", "29 and 30", "29th and 30th". */
function readDays(tokens: Token[], i: number, joiners: ReadonlyArray<string>): { days: number[]; next: number } | null {
  const isDay = (t: Token | undefined) => t?.kind === 'number' && t.digits && t.value! >= 1 && t.value! <= 31 && Number.isInteger(t.value);
  if (!isDay(tokens[i])) return null;
  const days = [tokens[i]!.value!];
  let next = i + 1;
  while (joiners.includes(tokens[next]?.text ?? '') && isDay(tokens[next + 1])) {
    days.push(tokens[next + 1]!.value!);
    next += 2;
  }
  return { days, next };
}

function yearAt(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  return t?.kind === 'number' && t.digits && t.value! >= 1900 && t.value! <= 2100 && Number.isInteger(t.value) ? t.value : undefined;
}

/** Every figure of the sentence, in order. */
export function readFigures(tokens: Token[], language: Language): Figure[] {
  const figures: Figure[] = [];
  /** Tokens read as part of a figure already. */
  const used: boolean[] = new Array<boolean>(tokens.length).fill(false);
  const start = figureStarters(language);
  const joiners = language.dates.dayJoiners ?? DAY_JOINERS;
  const links = language.dates.dayMonthLinks ?? DAY_MONTH_LINKS;
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    // Most words start no figure: only numbers, month names and the first words of phrases can.
    const t = tokens[i]!;
    if (t.kind === 'punct' || (t.kind === 'word' && !start.has(t.text))) continue;
    // Dates: "October 29-30", "Oct. 29 and 30, 2025", "late October", "October 2025".
    const month = monthAt(tokens, i, language);
    if (month !== undefined) {
      let next = i + 1;
      if (tokens[next]?.text === '.') next++;
      const days = readDays(tokens, next, joiners);
      if (days) next = days.next;
      if (tokens[next]?.text === ',') next++;
      const year = yearAt(tokens, next);
      figures.push(dateAt(tokens, i, month, days?.days ?? [], year, partBefore(tokens, i, language), language));
      for (let k = i; k < (year ? next + 1 : next); k++) used[k] = true;
      continue;
    }
    // "29-30.10.2025", "on 29/10"
    const numeric = numericDateAt(tokens, i, language, joiners);
    if (numeric) {
      figures.push(dateAt(tokens, i, numeric.month, numeric.days, numeric.year, undefined, language));
      for (let k = i; k < numeric.next; k++) used[k] = true;
      continue;
    }
    // "29-30 October", "29th and 30th of October"
    const days = readDays(tokens, i, joiners);
    if (days) {
      let next = days.next;
      if (links.includes(tokens[next]?.text ?? '')) next++;
      const dayMonth = monthAt(tokens, next, language);
      if (dayMonth !== undefined) {
        const year = yearAt(tokens, next + 1);
        figures.push(dateAt(tokens, i, dayMonth, days.days, year, undefined, language));
        for (let k = i; k <= next + (year ? 1 : 0); k++) used[k] = true;
        continue;
      }
    }
    const year = yearAt(tokens, i);
    if (year !== undefined) {
      figures.push({ kind: 'year', year, since: isSince(tokens, i, language), at: i });
      continue;
    }
    // "half a dozen" is six, before "half" is read as a share.
    const fractionAt = firstAt(tokens, i, language.numbers.phrases) >= 0 ? -1 : firstAt(tokens, i, language.numbers.fractions);
    const fraction = fractionAt >= 0 ? language.numbers.fractions[fractionAt] : undefined;
    if (fraction) {
      const next = phraseAt(tokens, i, fraction[0]);
      figures.push({ kind: 'percent', value: fraction[1], bound: shareBound(tokens, i, next, language), at: i });
      for (let k = i; k < next; k++) used[k] = true;
      continue;
    }
    const number = readNumber(tokens, i, language);
    if (!number) continue;
    for (let k = i; k < number.next; k++) used[k] = true;
    // A clock time ("14:05", "6 pm", "6 p.m.", not "36 p.c.") is no figure.
    if (isClock(tokens, i) || (clockUnitAt(tokens, number.next, language) && percentMarkerEnd(tokens, number.next, language) === undefined)) continue;
    const ratio = ratioAt(tokens, number, language);
    if (ratio) {
      figures.push({ kind: 'percent', value: ratio.value, bound: shareBound(tokens, i, ratio.next, language), at: i });
      for (let k = number.next; k < ratio.next; k++) used[k] = true;
      continue;
    }
    let bound = boundBefore(tokens, i, language);
    let next = number.next;
    // "six-plus", "six or so": the bound after the number (one said before it stands), and the
    // counted noun after the words that say so.
    const after = boundAfter(tokens, next, language);
    if (after) {
      if (after.bound === 'atLeast' || bound === 'exact') bound = after.bound;
      next = after.next;
    }
    const markerEnd = percentMarkerEnd(tokens, next, language);
    if (markerEnd !== undefined) {
      // "40 प्रतिशत से अधिक", "36% or more": the lower bound may follow the percent sign too.
      if (!after && boundAfter(tokens, markerEnd, language)?.bound === 'atLeast') bound = 'atLeast';
      figures.push({ kind: 'percent', value: number.value, bound, at: i });
      // The marker is no number of its own ("36 pour cent": "cent" is also a hundred).
      for (let k = next; k < markerEnd; k++) used[k] = true;
      continue;
    }
    const nouns = tokens.slice(next, next + COUNTED_NOUN_REACH + 1).filter((t) => t.kind === 'word').map((t) => t.stem);
    const back = next >= tokens.length || tokens[next]!.kind === 'punct' || firstAt(tokens, next, language.numbers.countsBack ?? NO_WORDS) >= 0;
    figures.push({ kind: 'count', value: number.value, bound, nouns, at: i, ...(back ? { back: true as const } : {}) });
  }
  return figures;
}

/**
 * The bound of a share written as a fraction or a ratio ("a third", "four in ten"), from `i` to
 * `next`: at least where the words after say so ("a third or more"), else the bound before it,
 * and never exact.
 */
function shareBound(tokens: Token[], i: number, next: number, language: Language): Bound {
  if (boundAfter(tokens, next, language)?.bound === 'atLeast') return 'atLeast';
  const bound = boundBefore(tokens, i, language);
  return bound === 'exact' ? 'about' : bound;
}

/**
 * A date figure at `i`; `since` (a bound, not a point) where a year is given and a start word
 * stands before it, or an end word stands before the date (see untilBefore).
 */
function dateAt(tokens: Token[], i: number, month: number, days: number[], year: number | undefined, part: 'early' | 'mid' | 'late' | undefined, language: Language): Figure {
  const since = (year !== undefined && isSince(tokens, i, language)) || untilBefore(tokens, i, language);
  return { kind: 'date', month, days, ...(part ? { part } : {}), ...(year ? { year } : {}), at: i, ...(since ? { since } : {}) };
}

function partBefore(tokens: Token[], i: number, language: Language): 'early' | 'mid' | 'late' | undefined {
  // "mid-October": the hyphen stands between the part and the month.
  const at = tokens[i - 1]?.text === '-' ? i - 1 : i;
  const { monthParts } = language.dates;
  const part = listWords(monthParts).findIndex((words) => at - words.length >= 0 && wordsAt(tokens, at - words.length, words) === at);
  return part >= 0 ? monthParts[part]![1] : undefined;
}

/**
 * "since 2022", "since the 2022 invasion", "after Russia's 2022 invasion": a start, not a point.
 * Only a determiner or a possessive name may stand between the word and the year.
 */
function isSince(tokens: Token[], i: number, language: Language): boolean {
  // "2022 से", "2022 के बाद से": a postposition after the year (optionally after a range's end, "2019-23 से").
  const after = tokens[i + 1]?.text === '-' && tokens[i + 2]?.kind === 'number' ? i + 3 : i + 1;
  if (language.dates.sinceAfter && firstAt(tokens, after, language.dates.sinceAfter) >= 0) return true;
  // "since Russia's full-scale invasion of Ukraine in 2022": the start's event, then its year.
  const event = language.dates.sinceEvent;
  if (event && tokens[i - 1]?.text === event.yearIn) {
    for (let k = i - 2; k >= Math.max(0, i - 1 - event.reach); k--) {
      const t = tokens[k]!;
      if ((t.kind === 'punct' && t.text !== '-') || event.verbs.includes(t.text)) break;
      // (Not a sentence's opening "Since …, …": that one gives a reason.)
      if (firstAt(tokens, k, event.since) >= 0) return k > 0;
    }
  }
  let at = i;
  for (let skipped = 0; skipped <= 2; skipped++) {
    if (phraseBefore(tokens, at, language.dates.since) >= 0) return true;
    const before = tokens[at - 1];
    if (!before || !(before.text === 'the' || before.possessive)) return false;
    at--;
  }
  return false;
}

/** The index after a percent marker standing at `k` ("%", "per cent", "p.c."), if one does. */
const percentMarkerEnd = (tokens: Token[], k: number, language: Language): number | undefined =>
  listWords(language.numbers.percentMarkers).map((m) => wordsAt(tokens, k, m)).find((end) => end >= 0);

/** A unit of the time of day at `k` ("pm"; a one-letter one before its point: "p.m."). */
const clockUnitAt = (tokens: Token[], k: number, language: Language) => {
  const unit = tokens[k]?.text ?? '';
  return language.numbers.clockAfter?.includes(unit) === true && (unit.length > 1 || tokens[k + 1]?.text === '.');
};

/** Is the number at `i` an hour or its minutes ("14:05")? */
const isClock = (tokens: Token[], i: number) =>
  (tokens[i + 1]?.text === ':' && tokens[i + 2]?.kind === 'number') || (tokens[i - 1]?.text === ':' && tokens[i - 2]?.kind === 'number');

/** Token indices that belong to a date or year, so a cue never reads the month "May" as a hedge. */
export function figureTokens(figures: Figure[]): Set<number> {
  return new Set(figures.filter((f) => f.kind === 'date' || f.kind === 'year').map((f) => f.at));
}
