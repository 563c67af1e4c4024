// Every UI language is complete: each public/_locales/<lang>/messages.json has exactly the messages
// of the English file, plural messages with every form its language's plural rules need, the same
// placeholders, nothing empty and nothing left in English. Adding a message to English alone fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeProblems, pluralBases, requiredForms, type LocaleFile } from './locale-consistency';

const LOCALES_DIR = resolve(import.meta.dirname, '../../public/_locales');
/** The interface's languages (README, "Languages of the interface"). */
const UI_LANGUAGES = ['en', 'fr', 'hi', 'ru'];
/** Messages that are the same in every language: the product's name. */
const SAME_IN_EVERY_LANGUAGE = new Set(['appName', 'cardTitle']);

const read = (lang: string): LocaleFile => JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as LocaleFile;
const english = read('en');
const folders = readdirSync(LOCALES_DIR).sort();

describe('public/_locales', () => {
  it('holds the four interface languages, and every folder is one of them', () => {
    expect(folders).toEqual(UI_LANGUAGES);
  });

  it.each(folders)('%s: the same messages as English, every plural form, the same placeholders, none empty', (lang) => {
    expect(localeProblems(english, read(lang), lang)).toEqual([]);
  });

  it.each(folders)('%s: names its own language in uiLanguage (the pages\' lang attribute)', (lang) => {
    expect(read(lang).uiLanguage?.message).toBe(lang.replace(/_/g, '-'));
  });

  it.each(folders.filter((lang) => lang !== 'en'))('%s: every message is translated (none is left as the English text)', (lang) => {
    const file = read(lang);
    const untranslated = Object.keys(file).filter((key) => !SAME_IN_EVERY_LANGUAGE.has(key) && key !== 'uiLanguage' && file[key]!.message === english[key]?.message);
    expect(untranslated).toEqual([]);
  });

  it('has plural messages, and Russian needs four forms of each', () => {
    expect([...pluralBases(english)]).toEqual(expect.arrayContaining(['headerClaimsFound', 'statusShowing', 'badgeTitle', 'compareTimelineClaims']));
    expect(requiredForms('ru')).toEqual(['few', 'many', 'one', 'other']);
    const russian = read('ru');
    for (const base of pluralBases(english)) for (const form of ['one', 'few', 'many', 'other']) expect(russian).toHaveProperty(`${base}_${form}`);
  });
});

describe('localeProblems catches each kind of mistake', () => {
  const russian = read('ru');
  const broken = (change: (file: LocaleFile) => void): string[] => {
    const copy = structuredClone(russian);
    change(copy);
    return localeProblems(english, copy, 'ru');
  };

  it.each<[string, (file: LocaleFile) => void, RegExp]>([
    ['a missing message', (f) => delete f.rowJump, /^rowJump: missing$/],
    ['a message English lacks', (f) => (f.rowJumpTwice = { message: 'Дважды' }), /^rowJumpTwice: not in English$/],
    ['a missing plural form', (f) => delete f.headerClaimsFound_few, /^headerClaimsFound_few: missing$/],
    ['a plural form the language does not have', (f) => (f.badgeTitle_two = { message: '$COUNT$', placeholders: f.badgeTitle_one!.placeholders }), /badgeTitle_two: "ru" has no plural form "two"/],
    ['an empty message', (f) => (f.filterAll = { message: '  ' }), /^filterAll: empty message$/],
    ['a placeholder renamed', (f) => (f.quoteOpen = { message: 'Читать: $SOURCE$', placeholders: { source: { content: '$1' } } }), /^quoteOpen: placeholders source=\$1, English has outlet=\$1$/],
    ['a placeholder declared and not used', (f) => (f.quoteOpen = { ...f.quoteOpen!, message: 'Читать в источнике' }), /^quoteOpen: the message uses no placeholder, it declares outlet$/],
    ['a typo in a placeholder', (f) => (f.quoteOpen = { ...f.quoteOpen!, message: 'Читать: $OUTLET$ ($OUTLET)' }), /^quoteOpen: a stray "\$"/],
    ['two keys that differ only by case', (f) => (f.RowJump = { message: 'Показать' }), /RowJump: the browser reads keys case-insensitively/],
  ])('%s', (_name, change, problem) => {
    const problems = broken(change);
    expect(problems.some((p) => problem.test(p)), problems.join('\n')).toBe(true);
  });

  it('finds nothing wrong in an untouched copy', () => {
    expect(broken(() => undefined)).toEqual([]);
  });
});
