// What the header says about the page and the story ("4 claims found on this page", ...);
// also announced to screen readers once the page has answered.
import type { Coverage } from './claim-view-model';
import { plural, t } from './i18n';

export function coverageMessage(coverage: Coverage, foundCount: number): string {
  switch (coverage) {
    case 'found':
      return plural('headerClaimsFound', foundCount);
    case 'no-claims':
      return t('headerNoClaims');
    case 'not-covered':
      return t('headerNotCovered');
    case 'not-checked':
      return t('headerNotChecked');
  }
}
