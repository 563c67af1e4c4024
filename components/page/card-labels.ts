// The hover card's strings, from the extension's locale files (_locales/*/messages.json).
import type { CardLabels } from './claim-card';

type GetMessage = (key: string) => string;

const ENGLISH: CardLabels = {
  title: 'Claim Cross-Check',
  confirmedBy: 'Confirmed by',
  disputedBy: 'Disputed by',
  qualifiedBy: 'Reported differently by',
  silent: 'Silent:',
  none: 'none',
  pageSays: 'This page differs from the outlets:',
  disputed: 'Disputed',
  confirmed: 'Confirmed',
  openDetails: 'Compare all sources',
  close: 'Close',
};

const KEYS: Record<keyof CardLabels, string> = {
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
};

export function cardLabels(getMessage: GetMessage): CardLabels {
  const labels = { ...ENGLISH };
  for (const key of Object.keys(KEYS) as Array<keyof CardLabels>) {
    labels[key] = getMessage(KEYS[key]) || ENGLISH[key];
  }
  return labels;
}
