// Languages named in the reader's UI language ("espagnol", "Hindi"), by the platform's Intl.
import { uiLocale } from './i18n';

export function languageName(code: string, uiLanguage = uiLocale()): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "English, French, Hindi and Russian" in the UI language. */
export function languageList(codes: readonly string[], uiLanguage = uiLocale()): string {
  const names = codes.map((c) => languageName(c, uiLanguage));
  try {
    return new Intl.ListFormat(uiLanguage, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}
