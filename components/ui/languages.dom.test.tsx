// The popup and the comparison page rendered in every UI language: every string comes from that
// language's file (a missing one throws, see tests/setup/strict-messages.ts), no placeholder or key
// is left showing, no English slips through, and data text keeps its own language in `lang`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../data/schema';
import { ComparePage } from './compare/ComparePage';
import { mockCompareSet } from './compare/fixtures/mock-compare';
import { all, click, mount, one, text } from './fixtures/dom';
import { mockReport, pageUrl } from './fixtures/mock-story';
import { leftoverStrings, type LocaleFile } from '../../tests/unit/locale-consistency';
import { plural, useLocaleMessages, type LocaleMessages } from './i18n';
import { PopupView, type PopupViewProps } from './PopupView';

const LOCALES_DIR = resolve(import.meta.dirname, '../../public/_locales');
const languages = readdirSync(LOCALES_DIR).sort();
const read = (lang: string) => JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as LocaleFile;
const english = read('en');

beforeAll(() => {
  Element.prototype.scrollIntoView = vi.fn(); // jsdom lays nothing out.
});
afterEach(() => useLocaleMessages(null));

const popupProps = (over: Partial<PopupViewProps> = {}): PopupViewProps => ({
  stories: [mockCompareSet],
  report: mockReport,
  pageUrl,
  site: 'news.example',
  siteEnabled: true,
  hostAccess: 'withheld',
  highlightingEnabled: true,
  onToggleHighlighting: vi.fn(),
  onJump: vi.fn(),
  onToggleSite: vi.fn(),
  onGrantAccess: vi.fn(),
  onOpenCompare: vi.fn(),
  ...over,
});

/** Every piece of text a reader (or a screen reader) gets: text nodes, labels, placeholders. */
function shownStrings(root: HTMLElement): string[] {
  const strings: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent?.trim()) strings.push(node.textContent.trim());
  for (const el of all(root, '[aria-label], [placeholder], [title]')) {
    for (const name of ['aria-label', 'placeholder', 'title']) if (el.getAttribute(name)) strings.push(el.getAttribute(name)!);
  }
  return strings;
}

/** What must never show (tests/unit/locale-consistency.ts): `$COUNT$`, a key, English slipping through. */
const leftovers = (strings: string[], lang: string) => leftoverStrings(strings, english, read(lang), lang);

describe.each(languages)('the interface in %s', (lang) => {
  const messages = () => read(lang) as LocaleMessages;

  it('popup: header in the language with the right plural form, every row expanded, nothing left over', () => {
    useLocaleMessages(messages(), lang);
    const root = mount(<PopupView {...popupProps()} />);
    expect(text(one(root, '[data-coverage]'))).toBe(plural('headerClaimsFound', 3));
    expect(text(one(root, '.story-header__app'))).toBe(read(lang).appName!.message);
    expect(one(root, '.filter-bar__legend').textContent).toBe(read(lang).filterLegend!.message);
    for (const toggle of all(root, '[data-claim-toggle]')) click(toggle);
    click(one(root, 'input[value=disputed]'));
    click(one(root, 'input[value=all]'));
    expect(all(root, '.quote').length).toBeGreaterThan(0);
    expect(leftovers(shownStrings(root), lang)).toEqual([]);
  });

  it('popup: loading, not checked, and a page off the story', () => {
    useLocaleMessages(messages(), lang);
    for (const over of [{ loading: true }, { report: null }, { report: { ...mockReport, matches: [], storyDetected: false } }, { site: null }]) {
      const root = mount(<PopupView {...popupProps(over)} />);
      expect(leftovers(shownStrings(root), lang)).toEqual([]);
    }
  });

  it('popup: a page in a language no story is read in names it and the languages that are read, in the UI language', () => {
    useLocaleMessages(messages(), lang);
    const root = mount(<PopupView {...popupProps({ report: { ...mockReport, matches: [], storyDetected: false, language: 'es', languageSupported: false } })} />);
    const said = text(one(root, '[data-coverage]'));
    expect(one(root, '[data-coverage]').getAttribute('data-coverage')).toBe('other-language');
    expect(said).toContain(new Intl.DisplayNames([lang], { type: 'language' }).of('es'));
    for (const code of ['en', 'fr']) expect(said).toContain(new Intl.DisplayNames([lang], { type: 'language' }).of(code));
    expect(leftovers(shownStrings(root), lang)).toEqual([]);
  });

  it("popup: claims, quotes, notes and the page's sentences say the story's language in lang", () => {
    useLocaleMessages(messages(), lang);
    const root = mount(<PopupView {...popupProps()} />);
    for (const toggle of all(root, '[data-claim-toggle]')) click(toggle);
    for (const selector of ['.story-header__title', '.claim-row__text', 'blockquote', '.quote__note [lang]', '.page-says__text']) {
      expect(all(root, selector).length, selector).toBeGreaterThan(0);
      expect(new Set(all(root, selector).map((el) => el.getAttribute('lang'))), selector).toEqual(new Set(['en']));
    }
  });

  it('comparison page: every cell, the timeline and the exports, nothing left over', () => {
    useLocaleMessages(messages(), lang);
    const root = mount(
      <ComparePage claimSet={mockCompareSet} report={mockReport} tabRequested onDownloadClaims={() => ({ kind: 'empty' })} onDownloadAnnotations={async () => ({ kind: 'failed' })} />,
    );
    expect(one(root, '.matrix__caption').firstChild?.textContent).toBe(read(lang).compareCaption!.message);
    for (const button of all(root, '.cell__button')) click(button);
    expect(leftovers(shownStrings(root), lang)).toEqual([]);
    expect(new Set(all(root, '.matrix__claim-text, .cell__quote, .timeline__summary').map((el) => el.getAttribute('lang')))).toEqual(new Set(['en']));
  });
});

describe("claim texts in the reader's language (components/claim-text.ts)", () => {
  const withRussian = (c: Claim) => (c.id === 'mayor-ordered-closure' ? { ...c, texts: { ru: 'Закрыть мост распорядился мэр.' } } : c);
  const claimSet = { ...mockCompareSet, claims: mockCompareSet.claims.map(withRussian) };

  it('shows the translation with its lang where the data has one, the story text elsewhere', () => {
    useLocaleMessages(read('ru') as LocaleMessages, 'ru-RU');
    const root = mount(<PopupView {...popupProps({ stories: [claimSet] })} />);
    const translated = one(root, '[data-claim-id="mayor-ordered-closure"] .claim-row__text');
    expect([text(translated), translated.getAttribute('lang')]).toEqual(['Закрыть мост распорядился мэр.', 'ru']);
    const other = one(root, '[data-claim-id="reopen-in-spring"] .claim-row__text');
    expect([text(other), other.getAttribute('lang')]).toEqual(['The bridge will reopen in the spring.', 'en']);
    click(one(root, '[data-claim-id="mayor-ordered-closure"] [data-claim-toggle]'));
    expect(all(root, '[data-claim-id="mayor-ordered-closure"] blockquote').map((q) => q.getAttribute('lang'))).toEqual(['en', 'en']);
  });

  it('in the comparison page too, and not for a reader of another language', () => {
    useLocaleMessages(read('ru') as LocaleMessages, 'ru');
    const ru = mount(<ComparePage claimSet={claimSet} report={null} tabRequested={false} onDownloadClaims={() => ({ kind: 'empty' })} />);
    expect(text(one(ru, 'tr[data-claim-id="mayor-ordered-closure"] .matrix__claim-text'))).toBe('Закрыть мост распорядился мэр.');
    useLocaleMessages(read('fr') as LocaleMessages, 'fr');
    const fr = mount(<ComparePage claimSet={claimSet} report={null} tabRequested={false} onDownloadClaims={() => ({ kind: 'empty' })} />);
    expect(text(one(fr, 'tr[data-claim-id="mayor-ordered-closure"] .matrix__claim-text'))).toBe('The mayor ordered the closure.');
  });
});
