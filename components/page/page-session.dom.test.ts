import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storyGates } from '../../data/gates';
import { storyPack } from '../../data/packs';
import { english } from '../matching/languages/en';
import { isPageMatch, pageDiffers, type PageReport } from '../messaging';
import type { StoryTools } from '../story-tools';
import { createStoryTools } from '../story-tools-build';
import { cardLabels } from './card-labels';
import { CARD_HOST_TAG } from './claim-card';
import { createPageGate } from './page-gate';
import { RESCAN_DEBOUNCE_MS, RESCAN_MAX_WAIT_MS, startPageSession, type PageSession } from './page-session';

// Paragraphs of one outlet's article (seeds/004_…): the second one holds the
// sanjeev-kumar-led-delegation sentence, the fourth the "36 percent" one, the eighth the SIDM one.
const SEED = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds/004_6b1c8801edfe917e.txt'),
  'utf8',
)
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);
const SANJEEV_SENTENCE =
  'The meetings occurred alongside a visit by an Indian industrial delegation led by Defence Production Secretary Sanjeev Kumar.';
const sentenceOf = (paragraph: string, words: string) => paragraph.split(/(?<=\.)\s+/).find((s) => s.includes(words))!;
const ADDED_PARAGRAPH = SEED.find((p) => p.includes('Society of Indian Defence Manufacturers'))!;
const ADDED_SENTENCE = sentenceOf(ADDED_PARAGRAPH, 'Society of Indian Defence Manufacturers');
const PERCENT_PARAGRAPH = SEED.find((p) => p.includes('36 percent'))!;
const PERCENT_SENTENCE = sentenceOf(PERCENT_PARAGRAPH, '36 percent');
const FIRST_PARAGRAPHS = SEED.slice(0, 3);

function buildPage(paragraphs: string[]): HTMLElement {
  const article = document.createElement('article');
  const h1 = document.createElement('h1');
  h1.textContent = 'Indian defence firms explore Russian partnerships';
  article.append(h1);
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    article.append(p);
  }
  const nav = document.createElement('nav');
  nav.textContent = 'Home · World · Business';
  document.body.replaceChildren(nav, article);
  return article;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The story tools as entrypoints/story-tools.ts makes them (no imported packs). */
const storyTools = (): StoryTools => createStoryTools([storyPack], english);

let controller: AbortController;
let enabled: boolean;
let reports: PageReport[];
/** Scans started (each asks whether highlighting is on): reports alone hide a rescan that found the same. */
let scansStarted: number;
/** What loadStoryTools hands over (undefined: the background could not inject them). */
let tools: StoryTools | undefined;
let toolLoads: number;
let session: PageSession;

function start(): PageSession {
  session = startPageSession({
    doc: document,
    win: window,
    gate: createPageGate(storyGates, () => document.documentElement.lang),
    loadStoryTools: () => {
      toolLoads++;
      return Promise.resolve(tools);
    },
    styleHighlights: () => undefined,
    labels: () => cardLabels(() => '', 'en'),
    signal: controller.signal,
    isEnabled: () => {
      scansStarted++;
      return Promise.resolve(enabled);
    },
    onReport: (report) => reports.push(report),
    onOpenDetails: () => undefined,
  });
  return session;
}

beforeEach(() => {
  controller = new AbortController();
  enabled = true;
  reports = [];
  scansStarted = 0;
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

  it('rescans after the debounce when the page gains a story sentence', async () => {
    const article = buildPage(FIRST_PARAGRAPHS);
    start();
    await session.scan();
    expect(reports[0]!.matches.some((m) => m.text === ADDED_SENTENCE)).toBe(false);

    const p = document.createElement('p');
    p.textContent = ADDED_PARAGRAPH;
    article.append(p);
    // Debounced: nothing at once.
    await sleep(RESCAN_DEBOUNCE_MS / 2);
    expect(reports).toHaveLength(1);
    await vi.waitFor(() => expect(reports).toHaveLength(2), { timeout: RESCAN_MAX_WAIT_MS + 1000, interval: 20 });
    const texts = reports[1]!.matches.map((m) => m.text);
    expect(texts).toContain(ADDED_SENTENCE);
    expect(texts).toContain(SANJEEV_SENTENCE);
    expect(reports[1]!.matches.filter((m) => m.text === ADDED_SENTENCE).map((m) => m.claimId)).toContain('sidm-representative-attended');
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

  it('our card put on and taken off the page leads to no rescan', async () => {
    buildPage(FIRST_PARAGRAPHS);
    start();
    await session.scan();
    const host = document.createElement(CARD_HOST_TAG);
    document.body.append(host);
    await sleep(RESCAN_DEBOUNCE_MS + 100);
    host.remove();
    await sleep(RESCAN_MAX_WAIT_MS + RESCAN_DEBOUNCE_MS + 100);
    expect(scansStarted).toBe(1);
  });

  it('after abort(), a page change leads to no report', async () => {
    const article = buildPage(FIRST_PARAGRAPHS);
    start();
    await session.scan();
    expect(reports).toHaveLength(1);
    controller.abort();
    const p = document.createElement('p');
    p.textContent = ADDED_PARAGRAPH;
    article.append(p);
    await sleep(RESCAN_MAX_WAIT_MS + RESCAN_DEBOUNCE_MS + 100);
    expect(reports).toHaveLength(1);
  });

  it('single-page navigations through new stories: the sentences kept for the view are its own, never the pages before', async () => {
    // The memory each match is given, as the story tools see it.
    const memories: Array<Map<string, unknown>> = [];
    const real = tools!.matchSliced;
    tools!.matchSliced = (story, text, control, options) => {
      memories.push(options.memory as Map<string, unknown>);
      return real(story, text, control, options);
    };
    const view = buildPage(FIRST_PARAGRAPHS);
    start();
    await session.scan();
    const story = (n: number) => FIRST_PARAGRAPHS.map((p) => p.replace(/\.(\s)/g, ` (dispatch ${n}).$1`));
    const show = (paragraphs: string[]) =>
      view.replaceChildren(...paragraphs.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
    const NAVIGATIONS = 24;
    for (let n = 1; n <= NAVIGATIONS; n++) {
      history.pushState(null, '', `/story-${n}`);
      // Every fourth view is another subject: the view's memory is dropped, and made anew after.
      show(n % 4 === 0 ? ['The committee met for six hours on Thursday and agreed a plan to repair the bridge. '.repeat(5)] : story(n));
      await session.scan();
      const memory = memories.at(-1)!;
      if (n % 4 === 0) continue;
      const text = view.textContent ?? '';
      expect(memory.size).toBeGreaterThan(0);
      for (const sentence of memory.keys()) expect(text).toContain(sentence);
    }
    expect(reports.filter((r) => r.storyDetected)).toHaveLength(1 + NAVIGATIONS - NAVIGATIONS / 4);
    // One memory for the view while it shows stories, a new one after each other subject (the
    // last view is one): never one a page.
    expect(new Set(memories).size).toBe(NAVIGATIONS / 4);
  });

  it('addressMayHaveChanged() does nothing while the address is unchanged, and rescans when it changed', async () => {
    buildPage(FIRST_PARAGRAPHS);
    start();
    await session.scan();
    session.addressMayHaveChanged();
    await sleep(RESCAN_DEBOUNCE_MS + 200);
    expect(reports).toHaveLength(1);

    history.pushState(null, '', '/another-story');
    session.addressMayHaveChanged();
    await vi.waitFor(() => expect(reports).toHaveLength(2), { timeout: RESCAN_MAX_WAIT_MS + 1000, interval: 20 });
    expect(reports[1]!.url).toBe(document.location.href);
    expect(reports[1]!.url).toMatch(/\/another-story$/);
  });
});
