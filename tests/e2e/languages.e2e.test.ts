// The interface in each of its languages, in real Chromium started in that language (LANGUAGE=…;
// Debian's chromium needs chromium-l10n for it): the popup, the comparison page, the in-page card
// and the badge's title speak it, every string from its locale file (any missing one is a console
// error, any English, key or `$PLACEHOLDER$` left over fails), `lang` is set, axe-core finds nothing.
// Screenshots: test-results/screenshots/language-<code>-*.png. Without Devanagari or Cyrillic fonts
// the screenshots show boxes, but every assertion here is on text and attributes, not on pixels.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright-core';
import { claimSet } from '../../data';
import { isDisputedOnPage } from '../../components/claim-status';
import type { PageReport } from '../../components/messaging';
import { leftoverStrings, type LocaleFile } from '../unit/locale-consistency';
import { closeSuite, ROOT, screenshot, startSuite, waitFor, type Suite } from './harness';
import { cardText } from './page-probes';
import { addTestPages } from './test-pages';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const LANGUAGES = ['en', 'hi', 'ru', 'fr'] as const;
const STORY = '/seeds/central-post.html';

const read = (lang: string) => JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as LocaleFile;
const english = read('en');

/** A message filled the way the browser fills it, from named values (`{ COUNT: '3' }`). */
function fill(file: LocaleFile, key: string, values: Record<string, string> = {}): string {
  const entry = file[key];
  if (!entry) throw new Error(`No ${key} in the locale file`);
  return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => values[name.toUpperCase()] ?? `$${name}$`);
}
const pluralKey = (base: string, count: number, lang: string) => `${base}_${new Intl.PluralRules(lang).select(count)}`;

/** Every string a reader or a screen reader gets in the document: text nodes, labels, placeholders, titles. */
const shownStrings = (p: Page) =>
  p.evaluate(() => {
    const strings: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent?.trim()) strings.push(node.textContent.trim());
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      for (const name of ['aria-label', 'placeholder', 'title']) if (el.getAttribute(name)) strings.push(el.getAttribute(name)!);
    }
    return strings;
  });

async function axeViolations(p: Page, label: string): Promise<string[]> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(AXE_SOURCE);
  const result = (await p.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<unknown> } }).axe.run(document, { resultTypes: ['violations'] }),
  )) as { violations: Array<{ id: string; help: string; nodes: Array<{ html: string }> }> };
  return result.violations.map((v) => `[${label}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.html}`).join('\n')}`);
}

describe.each(LANGUAGES)('the interface in %s (Chromium started with LANGUAGE=%s)', (lang) => {
  const messages = read(lang);
  let suite: Suite;
  let story: { page: Page; tabId: number; report: PageReport };

  beforeAll(async () => {
    suite = await startSuite(addTestPages, { language: lang });
    const opened = await suite.open(STORY);
    story = { page: opened.page, tabId: opened.tabId, report: (await suite.report(opened.tabId)) as PageReport };
  });
  afterAll(() => closeSuite(suite));

  /** Opens an extension page about the story's tab, collecting console errors (a missing message is one). */
  async function openExtensionPage(path: string, size = { width: 400, height: 600 }) {
    const page = await suite.ext.newPage();
    const errors: string[] = [];
    page.on('console', (m: ConsoleMessage) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize(size);
    await page.goto(`chrome-extension://${suite.ext.extensionId}/${path}${path.includes('?') ? '&' : '?'}tab=${story.tabId}`);
    return { page, errors };
  }

  it("Chromium's UI language is the one asked for", async () => {
    const ui = await suite.ext.worker.evaluate(() => chrome.i18n.getUILanguage());
    expect(ui.split('-')[0], `Chromium runs in "${ui}": on Debian, LANGUAGE=${lang} needs the chromium-l10n package`).toBe(lang);
  });

  it('popup: header, labels and filters in the language, nothing left over, lang set, no axe violation', async () => {
    const { page: p, errors } = await openExtensionPage('popup.html');
    await p.waitForSelector('[data-coverage]:not([data-coverage="loading"])');
    const uiLocale = await p.evaluate(() => chrome.i18n.getUILanguage());
    expect(await p.evaluate(() => document.documentElement.lang)).toBe(uiLocale);
    expect(await p.title()).toBe(fill(messages, 'appName'));

    const found = new Set(story.report.matches.map((m) => m.claimId).filter((id) => claimSet.claims.some((c) => c.id === id))).size;
    expect(found).toBeGreaterThan(1);
    const count = new Intl.NumberFormat(lang).format(found);
    expect((await p.locator('[data-coverage]').textContent())?.trim()).toBe(fill(messages, pluralKey('headerClaimsFound', found, lang), { COUNT: count }));
    expect((await p.locator('.filter-bar__legend').textContent())?.trim()).toBe(fill(messages, 'filterLegend'));
    expect(await p.locator('.filter-bar__label').allTextContents()).toEqual(['filterAll', 'filterOnPage', 'filterDisputed'].map((k) => fill(messages, k)));
    expect(await p.locator('.claim-search__input').getAttribute('placeholder')).toBe(fill(messages, 'searchPlaceholder'));
    expect((await p.locator('[data-open-compare]').textContent())?.trim()).toBe(fill(messages, 'popupCompare'));
    if (lang !== 'en') expect((await p.locator('[data-coverage]').textContent())?.trim()).not.toBe(`${found} claims found on this page`);

    const violations = await axeViolations(p, `${lang}, collapsed`);
    await screenshot(p, `language-${lang}-popup`);
    // Every row open: stance words (agreeing with the number of outlets), quotes, notes, developments.
    for (const toggle of await p.locator('[data-claim-toggle]').all()) await toggle.click();
    await p.locator('input[name="claim-filter"][value="disputed"]').check();
    expect((await p.locator('.filter-bar__hint').textContent())?.trim()).toBe(fill(messages, 'filterDisputedHint'));
    await p.locator('input[name="claim-filter"][value="all"]').check();
    expect(await p.locator('blockquote.quote__text').count()).toBeGreaterThan(0);
    // Quotes stay in the outlets' language; a claim is in the reader's language where the story has
    // its text in it (claim.texts), else in the story's.
    expect(new Set(await p.locator('blockquote.quote__text').evaluateAll((els) => els.map((e) => e.getAttribute('lang'))))).toEqual(new Set(['en']));
    const claimLang = claimSet.claims.every((c) => c.texts?.[lang]) ? lang : 'en';
    expect(new Set(await p.locator('.claim-row__text').evaluateAll((els) => els.map((e) => e.getAttribute('lang'))))).toEqual(new Set([claimLang]));
    expect(leftoverStrings(await shownStrings(p), english, messages, lang)).toEqual([]);
    violations.push(...(await axeViolations(p, `${lang}, expanded`)));
    // The first row's quotes in view: stance words, a quote in the story's language, a note.
    await p.locator('.claim-row__subheading').first().evaluate((h) => {
      h.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -16);
    });
    await screenshot(p, `language-${lang}-popup-expanded`);
    if (violations.length) console.log(`axe-core violations in the ${lang} popup:\n${violations.join('\n')}`);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await p.close();
  });

  it('comparison page: title, caption and cells in the language, lang set, nothing left over, no axe violation', async () => {
    const { page: p, errors } = await openExtensionPage('compare.html', { width: 1280, height: 900 });
    await p.waitForSelector('.compare-header__page[data-page="answered"]');
    expect(await p.evaluate(() => document.documentElement.lang)).toBe(await p.evaluate(() => chrome.i18n.getUILanguage()));
    expect(await p.title()).toBe(fill(messages, 'compareDocumentTitle'));
    expect((await p.locator('.matrix__caption').evaluate((c) => c.firstChild?.textContent))?.trim()).toBe(fill(messages, 'compareCaption'));
    await p.locator('.cell__button').first().focus();
    expect(leftoverStrings(await shownStrings(p), english, messages, lang)).toEqual([]);
    const violations = await axeViolations(p, `${lang}, comparison`);
    await screenshot(p, `language-${lang}-compare`);
    if (violations.length) console.log(`axe-core violations in the ${lang} comparison page:\n${violations.join('\n')}`);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await p.close();
  });

  it("the card on the page and the badge's title speak it too", async () => {
    const stepped = await suite.ext.worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'stepHighlight', data: 1, id: 1, timestamp: Date.now() }),
      story.tabId,
    );
    expect(stepped).toMatchObject({ res: true });
    const card = await waitFor(() => cardText(story.page), 'the card after a keyboard step');
    expect(card).toContain(fill(messages, 'cardOpenDetails'));
    await story.page.bringToFront();
    await screenshot(story.page, `language-${lang}-card`);
    await story.page.keyboard.press('Escape');

    const known = claimSet.claims.filter((c) => story.report.matches.some((m) => m.claimId === c.id));
    const disputed = known.filter((c) => isDisputedOnPage(c, story.report.matches.some((m) => m.claimId === c.id && m.differs), claimSet)).length;
    const number = new Intl.NumberFormat(lang);
    const claims = fill(messages, pluralKey('badgeTitle', known.length, lang), { COUNT: number.format(known.length) });
    const expected = disputed ? fill(messages, pluralKey('badgeTitleDisputed', disputed, lang), { CLAIMS: claims, COUNT: number.format(disputed) }) : claims;
    await expect.poll(() => suite.ext.worker.evaluate((tabId) => chrome.action.getTitle({ tabId }), story.tabId)).toBe(expected);
  });
});
