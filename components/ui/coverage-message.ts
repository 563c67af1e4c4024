// What the header says about the page and the story ("4 claims found on this page", ...);
// also announced to screen readers once the page has answered.
import type { Coverage } from './claim-view-model';
import { STORY_TOOLS_FILES } from '../story-tools';
import { plural, t } from './i18n';
import { languageList, languageName } from './language-names';

/** `pageLanguage`: the page's language code, for 'other-language' (a language the matcher does not read). */
export function coverageMessage(coverage: Coverage, foundCount: number, pageLanguage?: string): string {
  switch (coverage) {
    case 'found':
      return plural('headerClaimsFound', foundCount);
    case 'no-claims':
      return t('headerNoClaims');
    case 'not-covered':
      return t('headerNotCovered');
    case 'other-language':
      return t('popupLanguageUnsupported', [languageName(pageLanguage ?? 'und'), languageList(Object.keys(STORY_TOOLS_FILES))]);
    case 'not-checked':
      return t('headerNotChecked');
  }
}
