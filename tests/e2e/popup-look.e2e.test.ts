// The popup's accessibility (axe-core, collapsed and expanded, light and dark) and its
// screenshots, in Chromium with the built extension; and that no request left the machine.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './harness';
import { openPopup, openStory, row, STORY } from './popup-page';
import { ext, useSuite } from './suite-hooks';
import { addTestPages } from './test-pages';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

useSuite(addTestPages);

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; help: string; helpUrl: string; nodes: Array<{ target: unknown[]; html: string; failureSummary?: string }> }>;
}

/** Runs axe-core in the popup page (injected by evaluate: the extension's CSP refuses script tags). */
async function axeViolations(popup: Page, label: string): Promise<string[]> {
  if (!(await popup.evaluate(() => 'axe' in window))) await popup.evaluate(AXE_SOURCE);
  const result = (await popup.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<unknown> } }).axe.run(document, { resultTypes: ['violations'] }),
  )) as AxeResult;
  return result.violations.map(
    (v) =>
      `[${label}] ${v.id} (${v.impact}): ${v.help} ${v.helpUrl}\n` +
      v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.html}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`).join('\n'),
  );
}

describe('popup accessibility and look', () => {
  it('axe-core finds no violation, collapsed and expanded, in light and dark', async () => {
    const story = await openStory(STORY);
    const popup = await openPopup(story.tabId);
    const p = popup.page;
    const toggles = p.locator('.claim-row [data-claim-toggle]');
    const setAll = async (expanded: boolean) => {
      // One evaluate rather than 30 Playwright clicks, each of which waits for actionability: ~7 s saved.
      await toggles.evaluateAll((els, open) => els.forEach((el) => el.getAttribute('aria-expanded') !== String(open) && (el as HTMLElement).click()), expanded);
      await expect.poll(() => p.locator(`.claim-row [data-claim-toggle][aria-expanded="${!expanded}"]`).count()).toBe(0);
    };
    const violations: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await p.emulateMedia({ colorScheme: scheme });
      expect(await p.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      violations.push(...(await axeViolations(p, `${scheme}, collapsed`)));
      // Every row expanded: every quote, note, link and stance colour of the claim set is checked.
      await setAll(true);
      violations.push(...(await axeViolations(p, `${scheme}, expanded`)));
      await setAll(false);
    }
    if (violations.length) console.log(`axe-core violations in the popup:\n${violations.join('\n')}`);
    expect(violations).toEqual([]);
    await p.close();
    await story.page.close();
  });

  it('screenshots: light and dark, collapsed and with a row expanded', async () => {
    const story = await openStory(STORY);
    const popup = await openPopup(story.tabId);
    const p = popup.page;
    // The row the page states differently and an outlet disputes: every stance colour and the "≠" note.
    const expandedRow = row(p, 'adani-ceo-rajvanshi-represented-adani');
    const toggle = expandedRow.locator('[data-claim-toggle]');
    for (const scheme of ['light', 'dark'] as const) {
      await p.emulateMedia({ colorScheme: scheme });
      // The body's overflow propagates to the viewport: the window is what scrolls.
      await p.evaluate(() => window.scrollTo(0, 0));
      await screenshot(p, `popup-${scheme}`);
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
      await expandedRow.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(p, `popup-expanded-${scheme}`);
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    }
    expect(popup.errors).toEqual([]);
    await p.close();
    await story.page.close();
  });
});

describe('privacy', () => {
  it('no request left the machine', () => {
    expect(ext.externalRequests()).toEqual([]);
  });
});
