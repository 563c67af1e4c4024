// What makes a locale file complete next to English: the same messages (a plural message with
// exactly the forms its language's plural rules need), the same placeholders, nothing empty.
// Pure, so the test can show it catches each kind of mistake on a broken copy.
import { splitPluralName } from '../../components/ui-language';

export interface LocaleEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type LocaleFile = Record<string, LocaleEntry>;

/** Base names of the plural messages (those with an `_other` form) in the reference file. */
export function pluralBases(reference: LocaleFile): Set<string> {
  return new Set(
    Object.keys(reference)
      .map(splitPluralName)
      .filter((p) => p?.category === 'other')
      .map((p) => p!.base),
  );
}

/** The forms a language needs: `Intl.PluralRules(locale).resolvedOptions().pluralCategories`. */
export const requiredForms = (locale: string) => [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();

const placeholdersUsed = (message: string) => [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();
const placeholdersDeclared = (entry: LocaleEntry) =>
  Object.entries(entry.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${p.content}`)
    .sort();

/** Every problem of `file` (for `locale`) against `reference` (English), one line each; [] when complete. */
export function localeProblems(reference: LocaleFile, file: LocaleFile, locale: string): string[] {
  const problems: string[] = [];
  const bases = pluralBases(reference);
  const forms = requiredForms(locale);
  const expected = new Map<string, LocaleEntry>();
  for (const [key, entry] of Object.entries(reference)) {
    const plural = splitPluralName(key);
    if (plural && bases.has(plural.base)) {
      const other = reference[`${plural.base}_other`]!;
      for (const form of forms) expected.set(`${plural.base}_${form}`, other);
    } else expected.set(key, entry);
  }
  for (const key of expected.keys()) if (!(key in file)) problems.push(`${key}: missing`);
  for (const key of Object.keys(file)) {
    if (expected.has(key)) continue;
    const plural = splitPluralName(key);
    problems.push(
      plural && bases.has(plural.base) ? `${key}: "${locale}" has no plural form "${plural.category}" (it needs ${forms.join(', ')})` : `${key}: not in English`,
    );
  }
  const lowerCase = new Map<string, string>();
  for (const key of Object.keys(file)) {
    const twin = lowerCase.get(key.toLowerCase());
    if (twin) problems.push(`${key}: the browser reads keys case-insensitively and "${twin}" is the same key`);
    lowerCase.set(key.toLowerCase(), key);
  }
  for (const [key, entry] of Object.entries(file)) {
    const english = expected.get(key);
    if (typeof entry?.message !== 'string' || entry.message.trim() === '') {
      problems.push(`${key}: empty message`);
      continue;
    }
    if (!english) continue;
    const declared = placeholdersDeclared(entry);
    if (declared.join() !== placeholdersDeclared(english).join()) {
      problems.push(`${key}: placeholders ${declared.join(', ') || 'none'}, English has ${placeholdersDeclared(english).join(', ') || 'none'}`);
    }
    const used = placeholdersUsed(entry.message);
    const names = declared.map((d) => d.split('=')[0]!);
    if (used.join() !== names.join()) problems.push(`${key}: the message uses ${used.join(', ') || 'no placeholder'}, it declares ${names.join(', ') || 'none'}`);
    // What is left once `$NAME$` and `$$` (a dollar) are taken out must hold no "$": "$COUNT" is a typo.
    const rest = entry.message.replace(/\$\$|\$[A-Za-z0-9_@]+\$/g, '');
    if (rest.includes('$') || rest.includes('__MSG_')) problems.push(`${key}: a stray "$" or "__MSG_" in "${entry.message}"`);
  }
  return problems;
}

/**
 * Strings a rendered page must never show in `lang`: a placeholder (`$COUNT$`), `__MSG_…__`, a
 * message's key, or (in another language than English) an English message the language words
 * otherwise, i.e. English slipping through. Messages with placeholders are left to other checks.
 */
export function leftoverStrings(strings: readonly string[], english: LocaleFile, messages: LocaleFile, lang: string): string[] {
  const englishOnly = new Set(
    Object.entries(english)
      .filter(([key, entry]) => !entry.message.includes('$') && messages[key]?.message !== entry.message)
      .map(([, entry]) => entry.message),
  );
  const keys = new Set(Object.keys(english));
  return strings.filter((s) => /\$[A-Za-z_]+\$|__MSG_/.test(s) || keys.has(s) || (!lang.startsWith('en') && englishOnly.has(s)));
}
