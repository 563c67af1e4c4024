// Huge pages that try to break us, in Chromium with the built extension (see
// tests/fixtures/hostile/README.md): a 100,000-word story page and pages 5,000 elements deep.
// The story's sentences are highlighted and nothing else, with no long task of ours, and the page
// logs no error.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitFor } from './harness';
import { expectStoryHighlights, highlighted, MUST, pageNow, STORY_PARAGRAPHS } from './hostile-story';
import { pagePerformance, recordPagePerformance, untilHighlighted } from './page-probes';
import { open, report, setSiteDisabled, useSuite } from './suite-hooks';
import { storyPage } from './test-pages';

/** Prose on other subjects, padding the long page between story paragraphs. */
const FILLER = [
  'The monsoon arrived early on the southern coast, and the weather office expects a normal season across most of the country.',
  'Cotton growers in the west said they would wait for steady rain before sowing, after two dry spells ruined last year’s crop.',
  'In the final over the visiting side needed nine runs, and their tail-enders scrambled them with a ball to spare.',
  'Consumer shares rose after the central bank left its policy rate unchanged and hinted at a long pause.',
  'The city’s new tram line will open in stages, the transport department said, starting with eight stops in the old quarter.',
];

const LONG = storyPage(100_000, STORY_PARAGRAPHS, FILLER, { title: 'A very long read on the Moscow talks', heading: 'A very long read' });
/** How many times the long page makes each sentence that must be highlighted. */
const LONG_OCCURRENCES = new Map(MUST.map((s) => [s, LONG.storyParagraphs.filter((text) => text.includes(s)).length]));

useSuite((s) => {
  s.add('/hostile/long-100000', { body: LONG.html });
});

/**
 * Loads `path` with highlighting off for the site, lets the browser finish parsing and layout,
 * then switches it on: every long task after that is the content script's.
 */
async function switchOnAndMeasure(path: string, ready?: (page: Page) => Promise<unknown>) {
  await setSiteDisabled(true);
  try {
    const opened = await open(path, recordPagePerformance);
    const { page, tabId } = opened;
    await page.waitForLoadState('load');
    await ready?.(page);
    await report(tabId); // the content script has started and found the site switched off
    await page.waitForTimeout(800);
    const switchedOn = await pageNow(page);
    await setSiteDisabled(false);
    await untilHighlighted(page, undefined, 30_000);
    await page.waitForTimeout(1000);
    const perf = await pagePerformance(page);
    return { ...opened, toFirstHighlight: Math.round(perf.firstHighlight! - switchedOn), ourLongTasks: perf.longTasks.filter((t) => t.start >= switchedOn) };
  } finally {
    await setSiteDisabled(false);
  }
}

describe('huge pages', () => {
  it('a 100,000-word story page: no long task from us, every story sentence highlighted', async () => {
    const { page, errors, toFirstHighlight, ourLongTasks } = await switchOnAndMeasure('/hostile/long-100000');
    const texts = await highlighted(page);
    console.log(
      `100,000 words (${LONG.html.length.toLocaleString('en')} bytes): highlighted ${toFirstHighlight} ms after switching on, ` +
        `${texts.length} ranges; long tasks from us: ${JSON.stringify(ourLongTasks)}`,
    );
    expect(ourLongTasks).toEqual([]);
    expectStoryHighlights(texts, MUST);
    // Every occurrence, to the end of the page, not only the first screens.
    for (const [sentence, times] of LONG_OCCURRENCES) expect(texts.filter((t) => t === sentence).length, sentence).toBe(times);
    expect(errors).toEqual([]);
    await page.close();
  });

  // Wrappers without boxes (display: contents, which also sends every element down the computed-style
  // path) or inline spans: 5,000 nested block boxes crash Chromium's renderer with or without us.
  it.each([
    ['display: contents divs', 'div'],
    ['spans', 'span'],
  ])('a page 5,000 elements deep (%s) with the story at the bottom: no long task from us, highlighted', async (kind, tag) => {
    const { page, errors, toFirstHighlight, ourLongTasks } = await switchOnAndMeasure(`/hostile/deep.html?depth=5000&tag=${tag}`, (p) =>
      waitFor(() => p.evaluate(() => document.body.dataset.depth || null), 'the deep nesting'),
    );
    const depth = Number(await page.evaluate(() => document.body.dataset.depth));
    const texts = await highlighted(page);
    console.log(`5,000 deep, ${kind} (story at depth ${depth}): highlighted ${toFirstHighlight} ms after switching on; long tasks from us: ${JSON.stringify(ourLongTasks)}`);
    expect(depth).toBeGreaterThanOrEqual(5000);
    expect(ourLongTasks).toEqual([]);
    expectStoryHighlights(texts, MUST);
    expect(errors).toEqual([]);
    await page.close();
  });
});
