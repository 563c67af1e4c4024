// The hover card's strings, from the extension's locale files (_locales/*/messages.json).
import type { DifferenceLabels } from '../difference-text';
import { resolveUiLocale } from '../ui-language';
import type { CardLabels } from './claim-card';

const ENGLISH: Omit<CardLabels, 'differences' | 'locale'> = {
  title: 'Claim Cross-Check',
  confirmedBy: 'Confirmed by',
  disputedBy: 'Disputed by',
  qualifiedBy: 'Reported differently by',
  silent: 'Silent:',
  none: 'none',
  pageSays: 'This page',
  disputed: 'Disputed',
  confirmed: 'Confirmed',
  open: 'Left open',
  contested: 'Contested since',
  since: 'Since publication',
  openDetails: 'Compare all sources',
  close: 'Close',
};

const KEYS = {
  title: 'cardTitle',
  confirmedBy: 'cardConfirmedBy',
  disputedBy: 'cardDisputedBy',
  qualifiedBy: 'cardQualifiedBy',
  silent: 'cardSilent',
  none: 'cardNone',
  pageSays: 'cardPageDiffers',
  disputed: 'cardDisputed',
  confirmed: 'cardConfirmed',
  open: 'cardOpen',
  contested: 'cardContested',
  since: 'cardSince',
  openDetails: 'cardOpenDetails',
  close: 'cardClose',
} as const satisfies Record<keyof typeof ENGLISH, string>;

/** The templates for how a page states a claim otherwise, shared with the popup. */
export const DIFFERENCE_KEYS = {
  denies: 'pageDenies',
  uncertain: 'pageLeavesOpen',
  percent: 'pageGivesPercent',
  count: 'pageGivesCount',
  date: 'pageGivesDate',
  measure: 'pageGivesMeasure',
} as const satisfies Record<keyof DifferenceLabels, string>;

const ENGLISH_DIFFERENCES: DifferenceLabels = {
  denies: 'says it is not so',
  uncertain: 'leaves it open (a question or a hedge)',
  percent: 'gives $1% where the outlets give $2%',
  count: 'gives $1 where the outlets give $2',
  date: 'gives $1 where the outlets give $2',
  measure: 'gives it as a share of $1, another measure',
};

/** Looks a message up in the locale files, with substitutions; '' when missing. */
type GetMessage = (key: string, substitutions?: string[]) => string;

/** The templates, their `$1` and `$2` kept for describeDifference to fill. */
export function differenceLabels(getMessage: GetMessage): DifferenceLabels {
  const labels = { ...ENGLISH_DIFFERENCES };
  for (const key of Object.keys(DIFFERENCE_KEYS) as Array<keyof DifferenceLabels>) {
    labels[key] = getMessage(DIFFERENCE_KEYS[key], ['$1', '$2']) || ENGLISH_DIFFERENCES[key];
  }
  return labels;
}

/** The card's words; `browserLanguage` is the browser's UI language (the card speaks the messages' language). */
export function cardLabels(getMessage: GetMessage, browserLanguage: string): CardLabels {
  const labels = { ...ENGLISH };
  for (const key of Object.keys(KEYS) as Array<keyof typeof ENGLISH>) {
    labels[key] = getMessage(KEYS[key]) || ENGLISH[key];
  }
  return { ...labels, differences: differenceLabels(getMessage), locale: resolveUiLocale(getMessage('uiLanguage'), browserLanguage) };
}
