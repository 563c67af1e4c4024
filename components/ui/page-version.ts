// How the page states a claim otherwise, in the popup's words (components/difference-text.ts).
import { describePageVersion } from '../difference-text';
import type { PageMatch } from '../messaging';
import { differenceLabels } from '../page/card-labels';
import { t, uiLocale, type MessageKey } from './i18n';

/** "says it is not so", "gives 76% where the outlets give 36%"; undefined when it says what the outlets say. */
export function pageVersionText(match: Pick<PageMatch, 'polarity' | 'differences'>): string | undefined {
  const labels = differenceLabels((key, subs) => t(key as MessageKey, subs));
  return describePageVersion(match, labels, uiLocale());
}
