// Pages in the languages the story is read in, in Chromium with the built extension: the content
// script tells the page's language from its words, its gate for that language accepts the page,
// the background injects that language's story tools, and the story's claims are highlighted and
// reported. A page in a language no story is read in (Spanish) is not judged, and the popup names
// its language. The pages are the tuning half's (tests/eval/lang/<code>/tune/), never the test half.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_TOOLS_FILES } from '../../components/story-tools';
import { closeSuite, ROOT, screenshot, startSuite, tabReport, type Suite } from './harness';
import { allHighlighted, highlightsOf, untilHighlighted } from './page-probes';

interface LabelledPage {
  id: string;
  file: string;
  story: boolean;
  claims: Array<{ claim: string }>;
}

const OTHER_LANGUAGES = Object.keys(STORY_TOOLS_FILES).filter((code) => code !== 'en');

/** The tuning half's story page with the most labelled claims (ties: the first by id). */
function pageFor(code: string): LabelledPage & { body: string } {
  const dir = join(ROOT, 'tests/eval/lang', code, 'tune');
  const pages = (JSON.parse(readFileSync(join(dir, 'pages.json'), 'utf8')) as LabelledPage[])
    .filter((p) => p.story)
    .sort((a, b) => b.claims.length - a.claims.length || a.id.localeCompare(b.id));
  const page = pages[0]!;
  return { ...page, body: readFileSync(join(dir, page.file), 'utf8') };
}

let suite: Suite;
const pages = new Map(OTHER_LANGUAGES.map((code) => [code, pageFor(code)]));

beforeAll(async () => {
  suite = await startSuite((server) => {
    for (const [code, page] of pages) server.add(`/lang/${code}.html`, { body: page.body });
  });
});
afterAll(() => closeSuite(suite));

describe('pages in the languages the story is read in', () => {
  it('ships story tools for at least French besides English', () => {
    expect(OTHER_LANGUAGES).toContain('fr');
  });

  it.each(OTHER_LANGUAGES)('%s: the page is the story, its claims are highlighted, none it does not make', async (code) => {
    const labelled = pages.get(code)!;
    const { page, tabId, errors } = await suite.open(`/lang/${code}.html`);
    const report = (await suite.report(tabId)) as Awaited<ReturnType<Suite['report']>> & { language?: string; languageSupported?: boolean };
    expect(report).toMatchObject({ storyDetected: true, language: code, languageSupported: true });
    const expected = new Set(labelled.claims.map((c) => c.claim));
    const found = new Set(report.matches.map((m) => m.claimId));
    expect([...found].filter((id) => !expected.has(id)), `${labelled.id}: claims the page does not make`).toEqual([]);
    expect(found.size, `${labelled.id}: ${found.size} of ${expected.size} labelled claims`).toBeGreaterThanOrEqual(Math.ceil(expected.size / 2));
    await untilHighlighted(page);
    expect(allHighlighted(await highlightsOf(page)).length).toBeGreaterThan(0);
    expect(await suite.badge(tabId)).toBe(String(found.size));
    await screenshot(page, `page-language-${code}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a Spanish page about the story: not judged, no highlight, the popup names its language', async () => {
    const { page, tabId, errors } = await suite.open('/pages/other-language-es.html');
    const report = (await suite.report(tabId)) as Awaited<ReturnType<Suite['report']>> & { language?: string; languageSupported?: boolean };
    expect(report).toMatchObject({ storyDetected: false, matches: [], language: 'es', languageSupported: false });
    expect(allHighlighted(await highlightsOf(page))).toEqual([]);
    const popup = await suite.ext.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${suite.ext.extensionId}/popup.html?tab=${tabId}`);
    const coverage = popup.locator('[data-coverage="other-language"]');
    await coverage.waitFor();
    const said = (await coverage.textContent()) ?? '';
    expect(said).toContain('Spanish');
    expect(said).toContain('French');
    await screenshot(popup, 'page-language-es-popup');
    expect(errors).toEqual([]);
    expect((await tabReport(suite.ext, tabId)) as object).toMatchObject({ language: 'es' });
    await popup.close();
    await page.close();
  });
});
