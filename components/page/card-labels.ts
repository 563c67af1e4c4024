// The hover card's strings, from the extension's locale files (_locales/*/messages.json).
import type { CardLabels } from './claim-card';

const ENGLISH: CardLabels = {
  title: 'Claim Cross-Check',
  confirmedBy: 'Confirmed by',
  disputedBy: 'Disputed by',
  qualifiedBy: 'Reported differently by',
  silent: 'Silent:',
  none: 'none',
  pageSays: 'This page',
  disputed: 'Disputed',
  confirmed: 'Confirmed',
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
  openDetails: 'cardOpenDetails',
  close: 'cardClose',
} as const satisfies Record<keyof CardLabels, string>;

/** Looks a message up in the locale files; '' when missing. */
type GetMessage = (key: (typeof KEYS)[keyof CardLabels]) => string;

export function cardLabels(getMessage: GetMessage): CardLabels {
  const labels = { ...ENGLISH };
  for (const key of Object.keys(KEYS) as Array<keyof CardLabels>) {
    labels[key] = getMessage(KEYS[key]) || ENGLISH[key];
  }
  return labels;
}
