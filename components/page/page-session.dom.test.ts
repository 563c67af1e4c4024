// A page session's scans in jsdom (page-session.ts): what a scan reports, with highlighting on and
// off, on a page that covers the story and one that does not, and when the story tools load.
// Rescans after changes are in page-session-rescans.dom.test.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storyPack } from '../../data/packs';
import { isPageMatch, pageDiffers, type PageReport } from '../messaging';
import type { StoryTools } from '../story-tools';
import {
  ADDED_PARAGRAPH,
  ADDED_SENTENCE,
  buildPage,
  FIRST_PARAGRAPHS,
  fixedSessionOptions,
  PERCENT_PARAGRAPH,
  PERCENT_SENTENCE,
  SANJEEV_SENTENCE,
  SEED,
  storyTools,
} from './fixtures/session-page';
import { startPageSession, type PageSession } from './page-session';

let controller: AbortController;
let enabled: boolean;
let reports: PageReport[];
/** What loadStoryTools hands over (undefined: the background could not inject them). */
let tools: StoryTools | undefined;
let toolLoads: number;
let session: PageSession;

function start(): PageSession {
  session = startPageSession({
    ...fixedSessionOptions(),
    loadStoryTools: () => {
      toolLoads++;
      return Promise.resolve(tools);
    },
    signal: controller.signal,
    isEnabled: () => Promise.resolve(enabled),
    onReport: (report) => reports.push(report),
  });
  return session;
}

beforeEach(() => {
  controller = new AbortController();
  enabled = true;
  reports = [];
  tools = storyTools();
  toolLoads = 0;
});

afterEach(() => {
  controller.abort();
  document.body.replaceChildren();
  history.replaceState(null, '', '/');
});

describe('startPageSession in jsdom (no highlight API)', () => {
  it('checks the fixture: the seed holds the sentences the tests rely on', () => {
    expect(SEED.join(' ')).toContain(SANJEEV_SENTENCE);
    expect(ADDED_SENTENCE).toMatch(/^The meetings included participation from the Society of Indian Defence Manufacturers/);
    expect(PERCENT_SENTENCE).toMatch(/36 percent/);
    expect(FIRST_PARAGRAPHS.join(' ')).not.toContain('Society of Indian Defence Manufacturers');
    expect(FIRST_PARAGRAPHS.join(' ')).not.toContain('36 percent');
  });

  it('scan() reports the story and the matched sentences', async () => {
    buildPage(FIRST_PARAGRAPHS);
    start();
    await session.scan();
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report!.url).toBe(document.location.href);
    expect(report!.storyDetected).toBe(true);
    expect(report!.stories).toEqual([storyPack.story.id]);
    expect(report!.storyScore).toBeGreaterThan(0);
    expect(report!.matches).toContainEqual({
      claimId: 'sanjeev-kumar-led-delegation',
      text: SANJEEV_SENTENCE,
      polarity: 'affirms',
      differences: [],
      differs: false,
    });
    const known = new Set(storyPack.claims.map((c) => c.id));
    for (const m of report!.matches) {
      expect(known.has(m.claimId)).toBe(true);
      expect(FIRST_PARAGRAPHS.join('\n')).toContain(m.text);
      // What the background accepts: the message checks' own shape, differs derived from the rest.
      expect(isPageMatch(m)).toBe(true);
      expect(m.differs).toBe(pageDiffers(m));
    }
    // The navigation is not part of the article.
    expect(report!.matches.some((m) => m.text.includes('Home'))).toBe(false);
  });

  it('lastReport() is null before the first scan and the report after it', async () => {
    buildPage(FIRST_PARAGRAPHS);
    start();
    expect(session.lastReport()).toBeNull();
    await session.scan();
    expect(session.lastReport()).toBe(reports[0]);
    expect(session.lastReport()?.matches.length).toBeGreaterThan(0);
  });

  it('reports an empty page when highlighting is off, and matches again once it is on', async () => {
    buildPage(FIRST_PARAGRAPHS);
    enabled = false;
    start();
    await session.scan();
    expect(reports).toEqual([{ url: document.location.href, storyDetected: false, storyScore: 0, stories: [], matches: [] }]);
    expect(session.lastReport()).toEqual(reports[0]);

    enabled = true;
    await session.scan();
    expect(reports).toHaveLength(2);
    expect(reports[1]!.storyDetected).toBe(true);
    expect(reports[1]!.matches.map((m) => m.claimId)).toContain('sanjeev-kumar-led-delegation');
  });

  it('reports nothing on a page that does not cover the story, and loads no story tools', async () => {
    const p = document.createElement('article');
    p.textContent = 'The committee met for six hours on Thursday and agreed a plan to repair the bridge. '.repeat(5);
    document.body.replaceChildren(p);
    start();
    await session.scan();
    expect(reports).toHaveLength(1);
    expect(reports[0]!.storyDetected).toBe(false);
    expect(reports[0]!.matches).toEqual([]);
    expect(toolLoads).toBe(0);
  });

  it('loads the story tools once, on the first scan the gate accepts', async () => {
    const article = buildPage(FIRST_PARAGRAPHS);
    start();
    await session.scan();
    await session.scan();
    const p = document.createElement('p');
    p.textContent = ADDED_PARAGRAPH;
    article.append(p);
    await session.scan();
    expect(reports).toHaveLength(2);
    expect(toolLoads).toBe(1);
  });

  it('reports the story without matches when the story tools cannot be loaded', async () => {
    tools = undefined;
    buildPage(FIRST_PARAGRAPHS);
    start();
    await session.scan();
    expect(toolLoads).toBe(1);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.storyDetected).toBe(true);
    expect(reports[0]!.matches).toEqual([]);
  });

  // Business Emerge's own quote confirming russian-origin-36-percent-of-inventory ("originating
  // from Russian manufacturers" is among the concept's phrases).
  it('matches the "36 percent" sentence to the claim its outlet quotes it for', async () => {
    buildPage([...FIRST_PARAGRAPHS, PERCENT_PARAGRAPH]);
    start();
    await session.scan();
    expect(reports[0]!.matches.filter((m) => m.text === PERCENT_SENTENCE).map((m) => m.claimId)).toContain(
      'russian-origin-36-percent-of-inventory',
    );
  });

  it('a rescan that finds what the last one found sends no second report; a change is sent', async () => {
    const article = buildPage(FIRST_PARAGRAPHS);
    start();
    await session.scan();
    await session.scan();
    expect(reports).toHaveLength(1);
    const p = document.createElement('p');
    p.textContent = ADDED_PARAGRAPH;
    article.append(p);
    await session.scan();
    expect(reports).toHaveLength(2);
    expect(session.lastReport()).toEqual(reports[1]);
  });
});
