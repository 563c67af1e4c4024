// Which language the interface speaks and how counts pick their words: shared by the popup and
// comparison page (ui/i18n.ts), the badge and the in-page card. Pure: no browser API.

/**
 * The locale to format numbers and dates in and to put in `lang` attributes: the browser's own
 * tag when the extension has messages in its language (`en-GB` keeps British dates), else the
 * language of the messages the browser fell back to (a German browser reads English messages,
 * so its dates are English too, not German words inside English sentences).
 */
export function resolveUiLocale(messagesLanguage: string, browserLanguage: string): string {
  const messages = messagesLanguage.trim() || 'en';
  const browser = browserLanguage.trim().replace(/_/g, '-');
  if (browser && primaryLanguage(browser) === primaryLanguage(messages) && isValidLocale(browser)) return browser;
  return messages;
}

/** "pt-BR" -> "pt". */
export const primaryLanguage = (tag: string) => tag.split(/[-_]/)[0]!.toLowerCase();

function isValidLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** The suffix that marks one plural form of a message: `headerClaimsFound_few`. */
export const PLURAL_SEPARATOR = '_';
/** Every plural category CLDR knows; a language uses some of them (English: one, other). */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/**
 * The names to try for `count` of a plural message, best first: the form Intl.PluralRules picks
 * for the locale (Russian 2 -> `_few`, 5 -> `_many`), then `_other`, the form every language has.
 */
export function pluralMessageNames(base: string, count: number, locale: string): string[] {
  const category = new Intl.PluralRules(locale).select(count);
  const names = [`${base}${PLURAL_SEPARATOR}${category}`, `${base}${PLURAL_SEPARATOR}other`];
  return [...new Set(names)];
}

/** The base and category of a plural form's name, or undefined for a plain message. */
export function splitPluralName(name: string): { base: string; category: PluralCategory } | undefined {
  const at = name.lastIndexOf(PLURAL_SEPARATOR);
  if (at <= 0) return undefined;
  const category = name.slice(at + 1);
  return (PLURAL_CATEGORIES as readonly string[]).includes(category) ? { base: name.slice(0, at), category: category as PluralCategory } : undefined;
}
