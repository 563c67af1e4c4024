// The interface's words: `t(key)` and `plural(key, count)` ask the browser for the message in its UI
// language (public/_locales/<lang>/messages.json), with numbers written the way that language does.
import { browser } from 'wxt/browser';
import english from '../../public/_locales/en/messages.json';
import { pluralMessageNames, resolveUiLocale } from '../ui-language';

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type LocaleMessages = Readonly<Record<string, LocaleMessage | undefined>>;

type EnglishKey = keyof typeof english;
/** Messages with plural forms, by the name without the form: `headerClaimsFound` for `headerClaimsFound_one`…. */
export type PluralKey = { [K in EnglishKey]: K extends `${infer Base}_other` ? Base : never }[EnglishKey];
/** Plain messages (a plural form is asked for through `plural`). */
export type MessageKey = Exclude<EnglishKey, `${PluralKey}_${string}`>;

/** Substitutions are strings or numbers; numbers are written in the UI language (1 234,5 in Russian). */
export type Substitutions = string | number | ReadonlyArray<string | number>;

/** `browser.i18n.getMessage` typed loosely: WXT types it from the manifest's default locale only. */
type GetMessage = (name: string, substitutions?: string[]) => string;

/** A locale file used instead of the browser: tests and Node scripts that render in one language. */
let catalogue: { messages: LocaleMessages; locale: string } | null = null;
let cachedLocale: string | undefined;

/**
 * What happens when no locale file has a message: by default a console error (the end-to-end tests
 * fail on any) and the key shown; the unit and DOM tests make it throw (tests/setup/strict-messages.ts).
 */
export type MissingMessageHandler = (name: string) => void;
const reportMissing: MissingMessageHandler = (name) => console.error(`Claim Cross-Check: no message "${name}" in the locale files`);
let onMissing: MissingMessageHandler = reportMissing;

export function setMissingMessageHandler(handler: MissingMessageHandler | null): void {
  onMissing = handler ?? reportMissing;
}

/** Renders in the language of `messages` (a parsed messages.json) instead of the browser's; null: the browser again. */
export function useLocaleMessages(messages: LocaleMessages | null, locale = 'en'): void {
  catalogue = messages ? { messages, locale } : null;
  cachedLocale = undefined;
}

function lookup(name: string, substitutions: string[]): string {
  if (catalogue) return formatMessage(catalogue.messages[name], substitutions);
  try {
    const i18n = browser.i18n as unknown as { getMessage?: GetMessage } | undefined;
    const answer = i18n?.getMessage?.(name, substitutions);
    if (answer) return answer;
  } catch {
    // The fake browser in tests throws "not implemented"; the English file answers instead.
  }
  return formatMessage((english as LocaleMessages)[name], substitutions);
}

/**
 * The locale the interface speaks (`ru`, `en-GB`): for `lang` attributes and Intl formats. The
 * language of the messages the browser chose (each file names its own in `uiLanguage`), refined
 * by the browser's UI language when they agree.
 */
export function uiLocale(): string {
  if (cachedLocale) return cachedLocale;
  let browserLanguage = '';
  if (catalogue) browserLanguage = catalogue.locale;
  else {
    try {
      browserLanguage = browser.i18n.getUILanguage();
    } catch {
      // The fake browser in tests has no i18n: English.
    }
  }
  cachedLocale = resolveUiLocale(lookup('uiLanguage', []), browserLanguage);
  return cachedLocale;
}

function substitutionsOf(substitutions: Substitutions | undefined): string[] {
  if (substitutions === undefined) return [];
  const numbers = new Intl.NumberFormat(uiLocale());
  return [substitutions].flat().map((s) => (typeof s === 'number' ? numbers.format(s) : s));
}

export function t(key: MessageKey, substitutions?: Substitutions): string {
  const text = lookup(key, substitutionsOf(substitutions));
  if (text) return text;
  onMissing(key);
  return key;
}

/**
 * The form of a plural message that fits `count` in the UI language (Russian: one, few, many,
 * other), filled with `substitutions` (by default the count alone, as `$1`).
 */
export function plural(key: PluralKey, count: number, substitutions: Substitutions = count): string {
  const subs = substitutionsOf(substitutions);
  for (const name of pluralMessageNames(key, count, uiLocale())) {
    const text = lookup(name, subs);
    if (text) return text;
  }
  onMissing(`${key}_other`);
  return key;
}

/** "10 Dec 2025" in the UI language; the data's dates are calendar days, so UTC. */
export function formatDay(iso: string, locale = uiLocale()): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/**
 * The same substitution the browser does: `$NAME$` becomes the placeholder's content, in which
 * `$1`..`$9` are the substitutions; `$$` is a literal dollar sign.
 */
export function formatMessage(entry: LocaleMessage | undefined, substitutions: readonly string[]): string {
  if (!entry) return '';
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (whole, name?: string, index?: string) => {
    if (whole === '$$') return '$';
    if (index !== undefined) return substitutions[Number(index) - 1] ?? '';
    const content = name === undefined ? undefined : placeholders.get(name.toLowerCase());
    return content === undefined ? whole : fill(content);
  });
}
