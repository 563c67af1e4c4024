// The popup's strings: `t(key, substitutions)` asks the browser (public/_locales/<lang>/messages.json)
// and falls back to the English file where the browser cannot answer (unit tests, a missing key).
import { browser } from 'wxt/browser';
import english from '../../public/_locales/en/messages.json';

interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}

export type MessageKey = keyof typeof english;

const fallback: Record<string, LocaleMessage | undefined> = english;

/** Substitutions are passed as strings, as `getMessage` wants; numbers are formatted plainly. */
export type Substitutions = string | number | ReadonlyArray<string | number>;

/** `browser.i18n.getMessage` typed loosely: WXT types it from the manifest's default locale only. */
type GetMessage = (name: string, substitutions?: string[]) => string;

export function t(key: MessageKey, substitutions?: Substitutions): string {
  const subs = substitutions === undefined ? [] : [substitutions].flat().map(String);
  let translated = '';
  try {
    const i18n = browser.i18n as unknown as { getMessage?: GetMessage } | undefined;
    translated = i18n?.getMessage?.(key, subs) ?? '';
  } catch {
    // The fake browser in tests throws "not implemented"; the English file answers instead.
  }
  return translated || formatMessage(fallback[key], subs) || key;
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
