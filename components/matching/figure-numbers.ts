// Numbers as the figures reader (figures.ts) reads them at a token: written in words or digits
// ("thirty-six", "five hundred", "1,200"), and two joined into a share ("four in ten").
import { firstAt, listWords, NO_WORDS, wordsAt } from './figure-phrases';
import type { Language } from './languages/types';
import type { Token } from './words';

export /** A number written in words or digits from `i`: "thirty-six", "five hundred", "1,200". */
function readNumber(tokens: Token[], i: number, language: Language): { value: number; next: number } | null {
  const { phrases } = language.numbers;
  const phrase = firstAt(tokens, i, phrases);
  if (phrase >= 0) return { value: phrases[phrase]![1], next: wordsAt(tokens, i, listWords(phrases)[phrase]!) };
  const t = tokens[i];
  if (t?.kind !== 'number') return null;
  let value = t.value!;
  let next = i + 1;
  // "thirty-six", "thirty six"
  if (!t.digits && value >= 20 && value % 10 === 0) {
    const skip = tokens[next]?.text === '-' ? next + 1 : next;
    const unit = tokens[skip];
    if (unit?.kind === 'number' && !unit.digits && unit.value! < 10) {
      value += unit.value!;
      next = skip + 1;
    }
  }
  const multiplier = tokens[next];
  if (multiplier?.kind === 'number' && !multiplier.digits && language.numbers.multipliers.has(multiplier.text)) {
    value *= multiplier.value!;
    next++;
  }
  return { value, next };
}

/** Largest whole a ratio is read against ("nine in one hundred"); a larger one is a year or a count ("six in 2025"). */
export const RATIO_WHOLE_MAX = 100;

/** "four in ten", "one out of three": a share of a small whole, as a percentage (not "6 in 10 minutes"). */
export function ratioAt(tokens: Token[], part: { value: number; next: number }, language: Language): { value: number; next: number } | null {
  const { ratios = NO_WORDS, notRatioWholes = NO_WORDS } = language.numbers;
  // (The joiner the whole's number follows: "in every three" past "in".)
  const joiner = listWords(ratios).map((words) => wordsAt(tokens, part.next, words)).find((end) => end >= 0 && tokens[end]?.kind === 'number');
  if (joiner === undefined) return null;
  const whole = readNumber(tokens, joiner, language);
  if (!whole || whole.value > RATIO_WHOLE_MAX || whole.value <= part.value || part.value <= 0) return null;
  if (notRatioWholes.includes(tokens[whole.next]?.text ?? '')) return null;
  return { value: (100 * part.value) / whole.value, next: whole.next };
}
