// A page session's rescans in jsdom (page-session.ts): after the page gains a story sentence or its
// address changes, never for our own card, never after abort, and the sentences kept across
// single-page navigations. What one scan reports is in page-session.dom.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReport } from '../messaging';
import type { StoryTools } from '../story-tools';
import { CARD_HOST_TAG } from './claim-card';
import { ADDED_PARAGRAPH, ADDED_SENTENCE, buildPage, FIRST_PARAGRAPHS, fixedSessionOptions, SANJEEV_SENTENCE, sleep, storyTools } from './fixtures/session-page';
import { RESCAN_DEBOUNCE_MS, RESCAN_MAX_WAIT_MS, startPageSession, type PageSession } from './page-session';

let controller: AbortController;
let enabled: boolean;
let reports: PageReport[];
/** Scans started (each asks whether highlighting is on): reports alone hide a rescan that found the same. */
let scansStarted: number;
/** What loadStoryTools hands over (undefined: the background could not inject them). */
let tools: StoryTools | undefined;
let session: PageSession;

function start(): PageSession {
  session = startPageSession({
    ...fixedSessionOptions(),
    loadStoryTools: () => Promise.resolve(tools),
    signal: controller.signal,
    isEnabled: () => {
      scansStarted++;
      return Promise.resolve(enabled);
    },
    onReport: (report) => reports.push(report),
  });
  return session;
}

beforeEach(() => {
  controller = new AbortController();
  enabled = true;
  reports = [];
  scansStarted = 0;
  tools = storyTools();
});

afterEach(() => {
  controller.abort();
  document.body.replaceChildren();
  history.replaceState(null, '', '/');
});

describe('startPageSession in jsdom (no highlight API)', () => {
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
