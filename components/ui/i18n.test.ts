import { describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import { formatMessage, t, type MessageKey } from './i18n';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
const entries = Object.entries(english as Record<string, Entry>);

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
  });

  it('fills placeholders from substitutions, numbers included', () => {
    expect(t('headerClaimsFound', 4)).toBe('4 claims found on this page');
    expect(t('statusShowing', [2, 30])).toBe('Showing 2 of 30 claims');
  });

  it('returns the key for a key the file lacks', () => {
    expect(t('noSuchKey' as MessageKey)).toBe('noSuchKey');
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
