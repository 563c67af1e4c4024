// Huge pages that try to break us, in Chromium with the built extension (see
// tests/fixtures/hostile/README.md): a 100,000-word story page and pages 5,000 elements deep.
// The story's sentences are highlighted and nothing else, and the page logs no error. The long
// tasks of ours after switching the site on are printed; `npm run measure:pages` judges them.
import { describe, expect, it } from 'vitest';
import { addHugePages, DEEP_KINDS, deepPath, LONG, LONG_PATH, switchOnAndMeasure, untilDeep } from './huge-pages';
import { expectStoryHighlights, highlighted, MUST } from './hostile-story';
import { open, report, setSiteDisabled, useSuite } from './suite-hooks';

/** How many times the long page makes each sentence that must be highlighted. */
const LONG_OCCURRENCES = new Map(MUST.map((s) => [s, LONG.storyParagraphs.filter((text) => text.includes(s)).length]));

useSuite(addHugePages);

const switchOn = (path: string, ready?: Parameters<typeof switchOnAndMeasure>[2]) => switchOnAndMeasure({ open, report, setSiteDisabled }, path, ready);

describe('huge pages', () => {
  it('a 100,000-word story page switched on after load: every story sentence highlighted', async () => {
    const { page, errors, toFirstHighlight, ourLongTasks } = await switchOn(LONG_PATH);
    const texts = await highlighted(page);
    console.log(
      `100,000 words (${LONG.html.length.toLocaleString('en')} bytes): highlighted ${toFirstHighlight} ms after switching on, ` +
        `${texts.length} ranges; long tasks from us: ${JSON.stringify(ourLongTasks)}`,
    );
    expectStoryHighlights(texts, MUST);
    // Every occurrence, to the end of the page, not only the first screens.
    for (const [sentence, times] of LONG_OCCURRENCES) expect(texts.filter((t) => t === sentence).length, sentence).toBe(times);
    expect(errors).toEqual([]);
    await page.close();
  });

  // Wrappers without boxes: see DEEP_KINDS.
  it.each(DEEP_KINDS)('a page 5,000 elements deep (%s) with the story at the bottom: highlighted', async (kind, tag) => {
    const { page, errors, toFirstHighlight, ourLongTasks } = await switchOn(deepPath(tag), untilDeep);
    const depth = Number(await page.evaluate(() => document.body.dataset.depth));
    const texts = await highlighted(page);
    console.log(`5,000 deep, ${kind} (story at depth ${depth}): highlighted ${toFirstHighlight} ms after switching on; long tasks from us: ${JSON.stringify(ourLongTasks)}`);
    expect(depth).toBeGreaterThanOrEqual(5000);
    expectStoryHighlights(texts, MUST);
    expect(errors).toEqual([]);
    await page.close();
  });
});
