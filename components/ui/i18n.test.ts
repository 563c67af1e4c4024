import { afterEach, describe, expect, it, vi } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import french from '../../public/_locales/fr/messages.json';
import hindi from '../../public/_locales/hi/messages.json';
import russian from '../../public/_locales/ru/messages.json';
import { throwOnMissingMessage } from '../../tests/setup/strict-messages';
import { formatDay, formatMessage, plural, setMissingMessageHandler, t, uiLocale, useLocaleMessages, type MessageKey, type PluralKey } from './i18n';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
const entries = Object.entries(english as Record<string, Entry>);

afterEach(() => useLocaleMessages(null));

describe('public/_locales/en/messages.json', () => {
  it.each(entries)('%s has a message and a description', (_key, entry) => {
    expect(entry.message.trim()).not.toBe('');
    expect(entry.description?.trim()).toBeTruthy();
  });

  it.each(entries)('%s: a valid key, and placeholders that match its message', (key, entry) => {
    expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
    const declared = Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase()).sort();
    expect(used).toEqual(declared);
    for (const placeholder of Object.values(entry.placeholders ?? {})) expect(placeholder.content).toMatch(/^\$[1-9]$/);
  });
});

describe('t', () => {
  it('falls back to the English file when the browser cannot answer (the fake browser throws)', () => {
    expect(t('appName')).toBe('Claim Cross-Check');
    expect(uiLocale()).toBe('en');
  });

  it('fills placeholders from substitutions, numbers written in the UI language', () => {
    expect(t('compareDownloadDone', 'claims.jsonld')).toBe('Saved claims.jsonld');
    expect(t('pageGivesCount', [1234, 5])).toBe('gives 1,234 where the outlets give 5');
    useLocaleMessages(russian, 'ru');
    expect(t('pageGivesCount', [1234, 5])).toBe('приводит число 1\u00a0234, а издания — 5');
  });

  it('throws in tests for a key no file has (tests/setup/strict-messages.ts)', () => {
    expect(() => t('noSuchKey' as MessageKey)).toThrow(/No message "noSuchKey"/);
  });

  it('outside tests, reports a missing key on the console and shows the key', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    setMissingMessageHandler(null);
    try {
      expect(t('noSuchKey' as MessageKey)).toBe('noSuchKey');
      expect(error).toHaveBeenCalledWith(expect.stringContaining('"noSuchKey"'));
    } finally {
      setMissingMessageHandler(throwOnMissingMessage);
      error.mockRestore();
    }
  });
});

describe('plural', () => {
  it('English: one and other', () => {
    expect(plural('headerClaimsFound', 1)).toBe('1 claim found on this page');
    expect(plural('headerClaimsFound', 4)).toBe('4 claims found on this page');
    expect(plural('statusShowing', 30, [30, 2])).toBe('Showing 2 of 30 claims');
  });

  it.each([
    [1, 'На этой странице найдено 1 утверждение'],
    [3, 'На этой странице найдено 3 утверждения'],
    [5, 'На этой странице найдено 5 утверждений'],
    [11, 'На этой странице найдено 11 утверждений'],
    [21, 'На этой странице найдено 21 утверждение'],
    [24, 'На этой странице найдено 24 утверждения'],
    [1000, 'На этой странице найдено 1\u00a0000 утверждений'],
  ])('Russian picks one, few or many by Intl.PluralRules: %i', (count, expected) => {
    useLocaleMessages(russian, 'ru');
    expect(plural('headerClaimsFound', count)).toBe(expected);
  });

  it('Hindi counts 0 and 1 as one; French counts 0 and 1 as one and a million as many', () => {
    useLocaleMessages(hindi, 'hi');
    expect(plural('headerClaimsFound', 1)).toBe('इस पेज पर 1 दावा मिला');
    expect(plural('headerClaimsFound', 2)).toBe('इस पेज पर 2 दावे मिले');
    useLocaleMessages(french, 'fr');
    expect(plural('compareTimelineClaims', 0)).toBe('Concerne 0 affirmation');
    expect(plural('compareTimelineClaims', 2)).toBe('Concerne 2 affirmations');
    expect(plural('compareTimelineClaims', 1_000_000)).toBe('Concerne 1\u202f000\u202f000 affirmations');
  });

  it('falls back to the other form when a language lacks the one its rules pick', () => {
    const onlyOther = { uiLanguage: { message: 'ru' }, headerClaimsFound_other: { message: '$1 всего' } };
    useLocaleMessages(onlyOther, 'ru');
    expect(plural('headerClaimsFound', 2)).toBe('2 всего');
  });

  it('throws in tests when not even the other form exists', () => {
    useLocaleMessages({ uiLanguage: { message: 'ru' } }, 'ru');
    expect(() => plural('headerClaimsFound' as PluralKey, 2)).toThrow(/headerClaimsFound_other/);
  });
});

describe('uiLocale and dates', () => {
  it("is the messages' language, refined by the browser's when they agree", () => {
    useLocaleMessages(english, 'en-GB');
    expect(uiLocale()).toBe('en-GB');
    expect(formatDay('2025-12-10')).toBe('10 Dec 2025');
    useLocaleMessages(english, 'de-DE');
    expect(uiLocale()).toBe('en');
    useLocaleMessages(russian, 'ru');
    expect(formatDay('2025-12-10')).toBe('10 дек. 2025 г.');
  });
});

describe('formatMessage', () => {
  it('substitutes named placeholders case-insensitively, $1 directly, and $$ as a dollar', () => {
    const entry = {
      message: '$Who$ paid $$$AMOUNT$ ($1)',
      placeholders: { who: { content: '$2' }, amount: { content: '$1' } },
    };
    expect(formatMessage(entry, ['5', 'Ana'])).toBe('Ana paid $5 (5)');
  });

  it('leaves text that looks like markup alone', () => {
    expect(formatMessage({ message: '<b>$X$</b>', placeholders: { x: { content: '$1' } } }, ['<i>'])).toBe('<b><i></b>');
  });
});
