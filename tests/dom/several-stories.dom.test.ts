// The content script's session with the bundled story and an imported one (the Tham Luang pack of
// tests/stories) installed: each page gets the claims of the stories it covers and no other's, a
// page about both gets both, the report names the stories, and a page no gate accepts never
// loads the story tools.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storyGates, type StoryGate } from '../../data/gates';
import { storyPack } from '../../data/packs';
import { english } from '../../components/matching/languages/en';
import type { PageReport } from '../../components/messaging';
import { cardLabels } from '../../components/page/card-labels';
import { createPageGate } from '../../components/page/page-gate';
import { startPageSession } from '../../components/page/page-session';
import { createStoryTools } from '../../components/story-tools-build';
import { importablePack, storyPageHtml, storyPages, THAM_LUANG } from '../stories/packs';
import { defenceParagraphs, twoStoriesPage } from '../stories/two-stories-page';

const cave = importablePack();
const DEFENCE = storyPack.story.id;
const gates = [...storyGates, { story: THAM_LUANG, language: 'en', signals: cave.signals }];
const caveClaims = new Set(cave.claims.map((c) => c.id));
const defenceClaims = new Set(storyPack.claims.map((c) => c.id));
const expectedCave = storyPages().find((p) => p.file === 'story-tham-luang.html')!.claims;
const defencePage = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/pages.json'), 'utf8')).find((p: { file: string }) => p.file === 'pages/story-paraphrase-wire.html') as { claims: string[] };

let controller: AbortController;
let toolLoads: number;

beforeEach(() => {
  controller = new AbortController();
  toolLoads = 0;
});
afterEach(() => {
  controller.abort();
  document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));
});

/** Loads `html` into the test's document and runs one scan, as the content script does. */
async function scan(html: string, installed: readonly StoryGate[] = gates): Promise<PageReport> {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.replaceChildren(document.adoptNode(parsed.head), document.adoptNode(parsed.body));
  const tools = createStoryTools([storyPack], english, async () => [cave]);
  const reports: PageReport[] = [];
  const session = startPageSession({
    doc: document,
    win: window,
    gate: createPageGate(installed, () => 'en'),
    loadStoryTools: async () => {
      toolLoads++;
      return tools;
    },
    styleHighlights: () => undefined,
    labels: () => cardLabels(() => '', 'en'),
    signal: controller.signal,
    isEnabled: async () => true,
    onReport: (r) => reports.push(r),
    onOpenDetails: () => undefined,
  });
  await session.scan();
  return reports.at(-1)!;
}

const found = (report: PageReport) => [...new Set(report.matches.map((m) => m.claimId))];

describe('a session with two stories installed', () => {
  it('the Tham Luang page: its claims, none of the defence story’s', async () => {
    const report = await scan(storyPageHtml('story-tham-luang.html'));
    expect(report.stories).toEqual([THAM_LUANG]);
    expect(found(report).sort()).toEqual([...expectedCave].sort());
  });

  it('a defence story page: its claims, none of Tham Luang’s', async () => {
    const report = await scan(readFileSync(join(import.meta.dirname, '../fixtures/pages/story-paraphrase-wire.html'), 'utf8'));
    expect(report.stories).toEqual([DEFENCE]);
    expect(found(report).length).toBeGreaterThan(5);
    expect(found(report).every((id) => defenceClaims.has(id))).toBe(true);
  });

  it.each(['one-article', 'two-articles'] as const)('a page about both (%s): each story’s claims, from its own paragraphs', async (layout) => {
    const report = await scan(twoStoriesPage(layout));
    // In the order the page first covers them (two roots); in one root, in the gates' order.
    expect(report.stories).toEqual(layout === 'two-articles' ? [THAM_LUANG, DEFENCE] : [DEFENCE, THAM_LUANG]);
    const ids = found(report);
    expect(ids.filter((id) => caveClaims.has(id)).sort()).toEqual([...expectedCave].sort());
    const defence = ids.filter((id) => defenceClaims.has(id));
    expect(defence.length).toBeGreaterThan(5);
    expect(defence.filter((id) => !defencePage.claims.includes(id))).toEqual([]);
    // Every sentence matched for a story is one of that story's paragraphs.
    const defenceText = defenceParagraphs().join(' ');
    for (const m of report.matches) if (defenceClaims.has(m.claimId)) expect(defenceText).toContain(m.text.slice(0, 40));
  });

  it('without the imported gate, the page about both is the defence story alone', async () => {
    const report = await scan(twoStoriesPage(), storyGates);
    expect(report.stories).toEqual([DEFENCE]);
    expect(found(report).every((id) => defenceClaims.has(id))).toBe(true);
  });

  it.each(storyPages().filter((p) => !p.story).map((p) => p.file))('%s (a near miss): no story, and the story tools never loaded', async (file) => {
    const report = await scan(storyPageHtml(file));
    expect(report).toMatchObject({ storyDetected: false, stories: [], matches: [] });
    expect(toolLoads).toBe(0);
  });
});
