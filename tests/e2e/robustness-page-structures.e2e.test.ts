// Article text the page's own structures hold, in Chromium with the built extension (see
// tests/fixtures/hostile/README.md): editors, form fields, shadow DOM and frames in the article,
// and sentences split across inline elements. Editors are never highlighted or changed, the
// story's sentences are, and no request leaves the machine.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RESCAN_DEBOUNCE_MS, RESCAN_MIN_INTERVAL_MS } from '../../components/page/page-session';
import { tabReport, waitFor, type ReportedPage } from './harness';
import { expectStoryHighlights, highlighted, S } from './hostile-story';
import { allHighlighted, highlightsOf, highlightsTouchingEditors, rawHighlightTexts, untilHighlighted } from './page-probes';
import { ext, open, useSuite } from './suite-hooks';

useSuite();

describe('editors, form fields, shadow DOM and frames in the article', () => {
  interface Initial {
    notes: string;
    field: string;
    editor: string;
    plainEditor: string;
    editorIsland: string;
  }
  const fields = (page: Page) =>
    page.evaluate(
      (): Initial => ({
        notes: (document.getElementById('notes') as HTMLTextAreaElement).value,
        field: (document.getElementById('field') as HTMLInputElement).value,
        editor: document.getElementById('editor')!.innerHTML,
        plainEditor: document.getElementById('plain-editor')!.innerHTML,
        editorIsland: document.getElementById('editor-island')!.innerHTML,
      }),
    );

  it('never highlights in or changes editors and fields; typing still works; frames and shadow roots cause no error', async () => {
    const { page, errors } = await open('/hostile/editors.html');
    await untilHighlighted(page);
    const initial = await page.evaluate(() => (window as unknown as { __initial: Initial }).__initial);
    // The open shadow root's sentence (S.sidm) is read and highlighted with the article around it.
    expectStoryHighlights(await untilHighlighted(page, S.sidm), [S.executives, S.dates, S.bharatForge, S.denied, S.kumar, S.officials, S.noComment, S.sidm]);
    expect(await highlightsTouchingEditors(page)).toEqual([]);
    const texts = await highlighted(page);
    // In fields, editors and the closed shadow root (the page's private DOM: S.rajvanshi): never.
    for (const inField of [S.rajvanshi, S.kalyani, S.sidmRepresentative, S.keen, S.sixManagers, S.arunSahni]) expect(texts).not.toContain(inField);
    expect(await fields(page)).toEqual({ notes: initial.notes, field: initial.field, editor: initial.editor, plainEditor: initial.plainEditor, editorIsland: initial.editorIsland });

    // The reader types into the editor, a claim sentence among it: the text is theirs, untouched and unmarked.
    const typed = ` ${S.rajvanshi}`;
    await page.click('#editor p:last-child');
    await page.keyboard.press('End');
    await page.keyboard.type(typed, { delay: 5 });
    const expectedEditorText = await page.evaluate(() => document.getElementById('editor')!.textContent);
    expect(expectedEditorText).toBe(`${S.sidmRepresentative}${S.keen}${typed}`);
    await page.click('#notes');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' And a note of my own.');
    // Typing is a page mutation: let the rescans it causes run, then look again.
    await page.waitForTimeout(RESCAN_DEBOUNCE_MS + RESCAN_MIN_INTERVAL_MS + 800);
    expect(await page.evaluate(() => document.getElementById('editor')!.textContent)).toBe(expectedEditorText);
    expect(await page.evaluate(() => (document.getElementById('notes') as HTMLTextAreaElement).value)).toBe(`${initial.notes} And a note of my own.`);
    expect(await highlightsTouchingEditors(page)).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('notes');

    // Same-origin frames are read from the page, each judged on its own: the served frame tells
    // the story (highlighted in its own registry); the srcdoc frame's two sentences are too little.
    const frames: Record<string, string[]> = {};
    for (const frame of page.frames()) if (frame !== page.mainFrame()) frames[frame.url()] = allHighlighted(await highlightsOf(frame));
    console.log(`editors page: highlighted per frame: ${JSON.stringify(frames)}`);
    expect(Object.keys(frames)).toHaveLength(2);
    expect(frames['about:srcdoc']).toEqual([]);
    const served = Object.entries(frames).find(([url]) => url.endsWith('/hostile/iframe-story.html'))![1];
    expect(served).toEqual(expect.arrayContaining([S.executives, S.dates, S.rajvanshi]));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('sentences split across elements', () => {
  it('finds a sentence split across <a>, <em>, nested inline elements, a word split by a <span>, and a <br>', async () => {
    const { page, tabId, errors } = await open('/hostile/split.html');
    await untilHighlighted(page);
    const raw = await rawHighlightTexts(page);
    const folded = raw.map((t) => t.replace(/\s+/g, ' ').trim());
    for (const sentence of [S.kumar, S.rajvanshi, S.bharatForge, S.sidm, S.kalyani]) {
      expect(folded.some((t) => t.includes(sentence)), sentence).toBe(true);
    }
    // A <br> with no whitespace around it in the source: Range.toString() has no character for the
    // break, so compare without whitespace; the page text we read (the report) has the space.
    const squash = (t: string) => t.replace(/\s+/g, '');
    expect(raw.some((t) => squash(t).includes(squash(S.sidmRepresentative))), S.sidmRepresentative).toBe(true);
    const r = await waitFor(async () => {
      const found = (await tabReport(ext, tabId)) as ReportedPage | null;
      return found?.matches.some((m) => m.text === S.sidmRepresentative) ? found : null;
    }, 'the report');
    expect(r.matches.map((m) => m.text)).toEqual(expect.arrayContaining([S.kumar, S.rajvanshi, S.bharatForge, S.sidm, S.kalyani, S.sidmRepresentative]));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('privacy', () => {
  it('no request left the machine', () => {
    expect(ext.externalRequests()).toEqual([]);
  });
});
