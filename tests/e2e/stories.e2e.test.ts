// Several stories, in Chromium with the built extension: the Tham Luang pack of tests/stories is
// imported through the real options page, then each story's page gets its own highlights only, a
// page about both gets both (badge and popup too), a file that is not a pack or is hostile is
// refused or shown as inert text without losing what was stored, and removing the pack stops its
// highlights. Screenshots: the options page, the popup with two stories.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { claimSet } from '../../data';
import type { StoryPack } from '../../data/schema';
import { importablePack, storyPageHtml, storyPages, THAM_LUANG } from '../stories/packs';
import { twoStoriesPage } from '../stories/two-stories-page';
import { closeSuite, screenshot, startSuite, waitFor, type Suite } from './harness';
import { allHighlighted, highlightsOf, untilHighlighted } from './page-probes';
import { addTestPages } from './test-pages';

const cave = importablePack();
const caveClaims = new Set(cave.claims.map((c) => c.id));
const defenceClaims = new Set(claimSet.claims.map((c) => c.id));
const expectedCave = storyPages().find((p) => p.file === 'story-tham-luang.html')!.claims;
const DEFENCE_PAGE = '/seeds/central-post.html';
const CAVE_PAGE = '/stories/tham-luang/story.html';
const BOTH_PAGE = '/digest/two-stories.html';

/** Markup where a pack holds text: it must stay text wherever the extension shows it. */
const MARKUP = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 1">';
/** The cave pack under other ids, with markup in its texts and a gate no page passes. */
const hostilePack = (): StoryPack => ({
  ...cave,
  story: { ...cave.story, id: 'hostile-markup-story', title: `Markup ${MARKUP}`, summary: `<b>${MARKUP}</b>` },
  claims: cave.claims.map((c) => ({ ...c, id: `hm-${c.id}`, text: `${c.text} ${MARKUP}` })),
  signals: [
    { id: 'never', weight: 2, anchor: true, terms: ['zqxw hostile anchor'] },
    { id: 'nowhere', weight: 1, terms: ['qzxv hostile place'] },
    { id: 'nobody', weight: 1, terms: ['xvqz hostile person'] },
  ],
});

let suite: Suite;
let optionsPage: Page;

beforeAll(async () => {
  suite = await startSuite(async (server) => {
    await addTestPages(server);
    server.add(CAVE_PAGE, { body: storyPageHtml('story-tham-luang.html') });
    for (const page of storyPages().filter((p) => !p.story)) server.add(`/stories/tham-luang/${page.file}`, { body: storyPageHtml(page.file) });
    server.add(BOTH_PAGE, { body: twoStoriesPage('two-articles') });
  });
  optionsPage = await suite.ext.newPage();
  await optionsPage.goto(`chrome-extension://${suite.ext.extensionId}/options.html`);
});
afterAll(() => closeSuite(suite));

/** Picks `contents` as the file of the options page's import, and waits for what came of it. */
async function importFile(name: string, contents: string): Promise<{ added: boolean; text: string }> {
  await optionsPage.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
  const outcome = optionsPage.locator('.import__added, .import__refused');
  await outcome.first().waitFor();
  return { added: (await optionsPage.locator('.import__added').count()) > 0, text: (await outcome.first().textContent()) ?? '' };
}

const storedStories = () =>
  suite.ext.worker.evaluate(async () => {
    const stored = (await chrome.storage.local.get(['imported-story-packs', 'imported-story-gates'])) as {
      'imported-story-packs'?: Array<{ pack: { story: { id: string } } }>;
      'imported-story-gates'?: Array<{ story: string }>;
    };
    return { packs: (stored['imported-story-packs'] ?? []).map((p) => p.pack.story.id), gates: (stored['imported-story-gates'] ?? []).map((g) => g.story) };
  });

const claimsOf = (r: { matches: Array<{ claimId: string }> }) => [...new Set(r.matches.map((m) => m.claimId))];

describe('a story pack imported on the options page', () => {
  it('is checked, stored with its gate, and listed', async () => {
    const { added, text } = await importFile('tham-luang.json', JSON.stringify(cave));
    expect([added, text]).toEqual([true, expect.stringContaining(cave.story.title)]);
    expect(await storedStories()).toEqual({ packs: [THAM_LUANG], gates: [THAM_LUANG] });
    await expect.poll(() => optionsPage.locator('.packs__title').allTextContents()).toEqual([claimSet.story.title, cave.story.title]);
    await screenshot(optionsPage, 'options-imported-story');
  });

  it('a Tham Luang page: its claims highlighted, none of the defence story’s', async () => {
    const { page, tabId, errors } = await suite.open(CAVE_PAGE);
    const r = await suite.report(tabId);
    expect((r as { stories?: string[] }).stories).toEqual([THAM_LUANG]);
    expect(claimsOf(r).sort()).toEqual([...expectedCave].sort());
    const highlighted = await untilHighlighted(page);
    expect(new Set(highlighted)).toEqual(new Set(r.matches.map((m) => m.text.replace(/\s+/g, ' ').trim())));
    expect(await suite.badge(tabId)).toBe(String(expectedCave.length));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a defence story page: its claims highlighted, none of Tham Luang’s', async () => {
    const { page, tabId, errors } = await suite.open(DEFENCE_PAGE);
    const r = await suite.report(tabId);
    expect((r as { stories?: string[] }).stories).toEqual([claimSet.story.id]);
    expect(claimsOf(r).length).toBeGreaterThan(5);
    expect(claimsOf(r).filter((id) => !defenceClaims.has(id))).toEqual([]);
    expect((await untilHighlighted(page)).length).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the near misses of the cave story: no story, no highlights', async () => {
    for (const file of storyPages().filter((p) => !p.story).map((p) => p.file)) {
      const { page, tabId } = await suite.open(`/stories/tham-luang/${file}`);
      const r = await suite.report(tabId);
      expect([file, (r as { stories?: string[] }).stories, r.matches]).toEqual([file, [], []]);
      expect(allHighlighted(await highlightsOf(page))).toEqual([]);
      await page.close();
    }
  });

  it('a page about both: both stories’ claims, the badge counts both, the popup shows both', async () => {
    const { page, tabId, errors } = await suite.open(BOTH_PAGE);
    const r = await suite.report(tabId);
    expect((r as { stories?: string[] }).stories).toEqual([THAM_LUANG, claimSet.story.id]);
    const ids = claimsOf(r);
    expect(ids.filter((id) => caveClaims.has(id)).sort()).toEqual([...expectedCave].sort());
    expect(ids.filter((id) => defenceClaims.has(id)).length).toBeGreaterThan(5);
    expect(ids.filter((id) => !caveClaims.has(id) && !defenceClaims.has(id))).toEqual([]);
    await untilHighlighted(page);
    expect(await suite.badge(tabId)).toBe(String(ids.length));

    const popup = await suite.ext.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${suite.ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('section.story-section [data-coverage]:not([data-coverage="loading"])');
    expect(await popup.locator('h1').textContent()).toBe('This page covers 2 stories');
    expect(await popup.locator('section.story-section').evaluateAll((s) => s.map((e) => (e as HTMLElement).dataset.story))).toEqual([THAM_LUANG, claimSet.story.id]);
    expect(await popup.locator('section.story-section h2').allTextContents()).toEqual([cave.story.title, claimSet.story.title]);
    const rows = (story: string) => popup.locator(`section[data-story="${story}"] .claim-row`).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.claimId!));
    expect((await rows(THAM_LUANG)).every((id) => caveClaims.has(id))).toBe(true);
    expect((await rows(claimSet.story.id)).every((id) => defenceClaims.has(id))).toBe(true);
    expect(await popup.locator(`section[data-story="${THAM_LUANG}"] .claim-row--on-page`).count()).toBe(expectedCave.length);
    await screenshot(popup, 'popup-two-stories');
    await popup.evaluate((id) => document.querySelector(`section[data-story="${id}"]`)?.scrollIntoView({ block: 'start' }), claimSet.story.id);
    await screenshot(popup, 'popup-two-stories-second-section');
    // Each story's comparison, from its section.
    const [compare] = await Promise.all([suite.ext.context.waitForEvent('page'), popup.locator(`section[data-story="${THAM_LUANG}"] [data-open-compare]`).click()]);
    await compare.waitForSelector('.compare-header__title');
    expect(new URL(compare.url()).searchParams.get('story')).toBe(THAM_LUANG);
    expect(await compare.locator('h1').textContent()).toBe(cave.story.title);
    expect(await compare.locator('.other-stories li').allTextContents()).toEqual([`${claimSet.story.title} · on this page`]);
    await compare.locator('.other-stories a').click();
    await expect.poll(() => compare.locator('h1').textContent()).toBe(claimSet.story.title);
    expect(errors).toEqual([]);
    for (const p of [compare, popup, page]) await p.close();
  });

  it('a file that is not a pack is refused with the validator’s words; nothing stored is lost', async () => {
    const broken = { ...cave, story: { ...cave.story, id: 'Not A Slug' }, claims: [{ ...cave.claims[0], topic: 'gossip' }] };
    const refused = await importFile('broken.json', JSON.stringify(broken));
    expect(refused.added).toBe(false);
    expect(refused.text).toMatch(/story\.id: must be a slug/);
    expect(refused.text).toMatch(/topic: must be one of/);
    await screenshot(optionsPage, 'options-refused-file');
    const clash = await importFile('copy.json', JSON.stringify({ ...cave, story: { ...cave.story, id: 'a-copy-of-the-cave' } }));
    expect(clash.text).toMatch(/already used by an installed story.*"boys-and-coach-entered-cave-june-23" \(in "The rescue of the Wild Boars team/);
    const huge = await importFile('huge.json', JSON.stringify({ ...hostilePack(), claims: hostilePack().claims.map((c, i) => (i ? c : { ...c, text: 'x'.repeat(50_000) })) }));
    expect(huge.text).toMatch(/longer than 20,000 characters/);
    expect((await importFile('nothing.json', 'PK\u0003\u0004')).text).toMatch(/not JSON|not text/);
    expect(await storedStories()).toEqual({ packs: [THAM_LUANG], gates: [THAM_LUANG] });
  });

  it('a pack with markup in its texts is stored and shown as inert text', async () => {
    expect((await importFile('markup.json', JSON.stringify(hostilePack()))).added).toBe(true);
    await expect.poll(() => optionsPage.locator('.packs__title').allTextContents()).toEqual([claimSet.story.title, cave.story.title, `Markup ${MARKUP}`]);
    expect(await optionsPage.locator('main script, main img').count()).toBe(0);
    expect(await optionsPage.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    // The popup of a page about no story offers it by its title, as text.
    const { page, tabId } = await suite.open('/pages/unrelated.html');
    await suite.report(tabId);
    const popup = await suite.ext.newPage();
    await popup.goto(`chrome-extension://${suite.ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.story-picker select');
    await popup.locator('.story-picker select').selectOption('hostile-markup-story');
    await expect.poll(() => popup.locator('h1').textContent()).toBe(`Markup ${MARKUP}`);
    expect(await popup.locator('main script, main img').count()).toBe(0);
    expect(await popup.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await screenshot(popup, 'popup-imported-markup-as-text');
    await popup.close();
    await page.close();
    await optionsPage.getByRole('button', { name: `Remove the story “Markup ${MARKUP}”` }).click();
    await expect.poll(storedStories).toEqual({ packs: [THAM_LUANG], gates: [THAM_LUANG] });
  });

  it('removed on the options page: its highlights go from the open page, and are not drawn on reload', async () => {
    const { page, tabId } = await suite.open(CAVE_PAGE);
    await untilHighlighted(page);
    await screenshot(optionsPage, 'options-before-removal');
    await optionsPage.locator('.packs__item', { hasText: cave.story.title }).locator('.packs__remove').click();
    await expect.poll(storedStories).toEqual({ packs: [], gates: [] });
    await waitFor(async () => (allHighlighted(await highlightsOf(page)).length === 0 ? true : null), 'the open page’s highlights to go');
    // The report of the reload, not the one the open page sent when the pack went.
    await suite.ext.worker.evaluate((id) => chrome.storage.session.remove(`tab-report-${id}`), tabId);
    await page.reload();
    const r = (await suite.report(tabId)) as { stories?: string[]; matches: unknown[] };
    expect([r.stories, r.matches]).toEqual([[], []]);
    await page.waitForTimeout(500);
    expect(allHighlighted(await highlightsOf(page))).toEqual([]);
    expect(await suite.badge(tabId)).toBe('');
    await page.close();
  });
});
