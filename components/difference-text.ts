// How a page's sentence states a claim otherwise, in the reader's words: the opposite, left open,
// another figure, date or measure. The matcher returns these structured; the words are the
// locale files' (templates with $1/$2), and dates are written by Intl in the reader's locale.
import type { Difference, Polarity } from './messaging';

/** Templates from the locale files; `$1` is the page's figure, `$2` the outlets'. */
export interface DifferenceLabels {
  denies: string;
  uncertain: string;
  percent: string;
  count: string;
  date: string;
  measure: string;
}

/** "29–30 Oct" in the reader's locale. */
export function formatDay(day: { month: number; days: number[] }, locale: string): string {
  const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2025, day.month - 1, 1));
  if (day.days.length === 0) return month;
  const days = day.days.length > 1 ? `${day.days[0]}–${day.days[day.days.length - 1]}` : String(day.days[0]);
  return locale.startsWith('en-US') ? `${month} ${days}` : `${days} ${month}`;
}

const fill = (template: string, ...values: string[]) => values.reduce((t, v, i) => t.replaceAll(`$${i + 1}`, v), template);

export function describeDifference(d: Difference, labels: DifferenceLabels, locale: string): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  switch (d.kind) {
    case 'percent':
      return fill(labels.percent, number.format(d.page), number.format(d.claim));
    case 'count':
      return fill(labels.count, number.format(d.page), number.format(d.claim));
    case 'date':
      return fill(labels.date, formatDay(d.page, locale), formatDay(d.claim, locale));
    case 'measure':
      return fill(labels.measure, d.page);
  }
}

/** What "This page …" says of a match, or undefined when it states the claim as the outlets do. */
export function describePageVersion(
  m: { polarity: Polarity; differences: readonly Difference[] },
  labels: DifferenceLabels,
  locale: string,
): string | undefined {
  const parts = [
    ...(m.polarity === 'denies' ? [labels.denies] : m.polarity === 'uncertain' ? [labels.uncertain] : []),
    ...m.differences.map((d) => describeDifference(d, labels, locale)),
  ];
  return parts.length ? parts.join('; ') : undefined;
}
