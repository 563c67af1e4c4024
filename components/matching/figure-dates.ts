// Dates written in numbers, day first as in India and Europe: "29.10.2025", "29-30.10.2025",
// "on 29/10", "29/10 and 30/10", "30/10/2025". A day-dot-month reads as a decimal ("30.10") to the
// tokenizer, so it is a date only with its year after it or a first day joined before it; a
// day/month only with its year, or after one of the language's `numericDateOpeners` ("on",
// "dated"; not "24/7 operations", "3/4 of them"). Its days are joined by the language's `dayJoiners`.
// Also where a date is an end, not a point: after one of the language's `until` words.
import { listWords, NO_WORDS, phraseBefore } from './figure-phrases';
import type { Language } from './languages/types';
import type { Token } from './words';

export interface NumericDate {
  days: number[];
  month: number;
  year?: number;
  /** The token after the date. */
  next: number;
}

/** Dashes joining a range of days; these are punctuation, no language's words. */
const RANGE_JOINERS = ['-', '–', '—'];

const integer = (t: Token | undefined, max: number) => t?.kind === 'number' && t.digits === true && Number.isInteger(t.value) && t.value! >= 1 && t.value! <= max;
const yearOf = (t: Token | undefined) => (t?.kind === 'number' && t.digits === true && Number.isInteger(t.value) && t.value! >= 1900 && t.value! <= 2100 ? t.value : undefined);

/** "30.10" as a day and a month, or null. */
function dayDotMonth(t: Token | undefined): { day: number; month: number } | null {
  const m = t?.kind === 'number' ? /^(\d{1,2})\.(\d{1,2})$/.exec(t.text) : null;
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? { day, month } : null;
}

/** A year after a date's "." or "/" at `k`, and the token after it. */
function yearAfter(tokens: Token[], k: number, mark: string): { year?: number; next: number } {
  const year = tokens[k]?.text === mark ? yearOf(tokens[k + 1]) : undefined;
  return year === undefined ? { next: k } : { year, next: k + 2 };
}

/** A date written in numbers starting at `i`, or null. */
export function numericDateAt(tokens: Token[], i: number, language: Language, joiners: ReadonlyArray<string>): NumericDate | null {
  // "29-30.10.2025", "29.10.2025"
  const ranged = integer(tokens[i], 31) && RANGE_JOINERS.includes(tokens[i + 1]?.text ?? '') ? dayDotMonth(tokens[i + 2]) : null;
  if (ranged && ranged.day > tokens[i]!.value!) {
    const { year, next } = yearAfter(tokens, i + 3, '.');
    return { days: [tokens[i]!.value!, ranged.day], month: ranged.month, ...(year ? { year } : {}), next };
  }
  const dotted = dayDotMonth(tokens[i]);
  if (dotted) {
    const { year, next } = yearAfter(tokens, i + 1, '.');
    return year ? { days: [dotted.day], month: dotted.month, year, next } : null;
  }
  // "on 29/10", "30/10/2025", "29/10 and 30/10"
  const slashed = (k: number) => (integer(tokens[k], 31) && tokens[k + 1]?.text === '/' && integer(tokens[k + 2], 12) ? { day: tokens[k]!.value!, month: tokens[k + 2]!.value! } : null);
  const first = slashed(i);
  if (!first) return null;
  let { year, next } = yearAfter(tokens, i + 3, '/');
  if (year === undefined && !(language.dates.numericDateOpeners ?? NO_WORDS).includes(tokens[i - 1]?.text ?? '')) return null;
  const days = [first.day];
  const more = year === undefined && joiners.includes(tokens[next]?.text ?? '') ? slashed(next + 1) : null;
  if (more && more.month === first.month && more.day > first.day) {
    days.push(more.day);
    ({ year, next } = yearAfter(tokens, next + 4, '/'));
  }
  return { days, month: first.month, ...(year ? { year } : {}), next };
}

/** Words an end word may stand before a date's first word ("until late December", "till 9 December"). */
const UNTIL_REACH = 5;

/** Does one of the language's `until` words stand before `i`, only a day or the words of a month part between? */
export function untilBefore(tokens: Token[], i: number, language: Language): boolean {
  const until = language.dates.until;
  if (!until) return false;
  const parts = listWords(language.dates.monthParts);
  const inDate = (t: Token) => t.kind === 'number' || t.text === '-' || parts.some((words) => words.includes(t.text));
  for (let k = i; k >= Math.max(0, i - UNTIL_REACH); k--) {
    if (k < i && !inDate(tokens[k]!)) return false;
    if (phraseBefore(tokens, k, until) >= 0) return true;
  }
  return false;
}

/**
 * "the October talks", "its late-October trip": a month between a determiner (the language's
 * `definiteWords`, a month part between them) and the noun it modifies names which event is meant
 * and states no date of it; "talks held in October", "last October" state one.
 */
export function namesWhich(tokens: ReadonlyArray<Token>, at: number, language: Language): boolean {
  const next = tokens[at + 1];
  if (!next || next.kind !== 'word' || language.stopwords.has(next.text)) return false;
  let k = at - 1;
  while (k >= 0 && (tokens[k]!.text === '-' || language.dates.monthParts.some(([words]) => words === tokens[k]!.text))) k--;
  return k >= 0 && language.definiteWords?.has(tokens[k]!.text) === true;
}
