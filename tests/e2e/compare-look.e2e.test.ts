// The comparison page's accessibility (axe-core in light and dark, with a cell open), its layout at
// 320 px (no sideways scrolling of the page) and its screenshots, in Chromium with the built
// extension; and that it made no request beyond the fixture server.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './harness';
import { cellButton, inViewport, openCompare, openStory } from './compare-page';
import { ext, useSuite } from './suite-hooks';
import { addTestPages } from './test-pages';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

useSuite(addTestPages);

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; html: string; failureSummary?: string }> }>;
}

/** Runs axe-core in the page (injected by evaluate: the extension's CSP refuses script tags). */
async function axeViolations(p: Page, label: string): Promise<string[]> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(AXE_SOURCE);
  const result = (await p.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<unknown> } }).axe.run(document, { resultTypes: ['violations'] }),
  )) as AxeResult;
  return result.violations.map(
    (v) => `[${label}] ${v.id} (${v.impact}): ${v.help}\n` + v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.html}\n      ${n.failureSummary ?? ''}`).join('\n'),
  );
}

describe('comparison page accessibility and look', () => {
  it('axe-core finds no violation in light and dark, with a cell open', async () => {
    const story = await openStory();
    const { page: p } = await openCompare(`?tab=${story.tabId}`);
    const violations: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await p.emulateMedia({ colorScheme: scheme });
      expect(await p.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      violations.push(...(await axeViolations(p, scheme)));
      await cellButton(p, 'adani-ceo-rajvanshi-represented-adani', 'central-post').focus();
      violations.push(...(await axeViolations(p, `${scheme}, cell open`)));
      await p.keyboard.press('Escape');
    }
    if (violations.length) console.log(`axe-core violations in the comparison page:\n${violations.join('\n')}`);
    expect(violations).toEqual([]);
    await p.close();
    await story.page.close();
  });

  it('at 320 px wide, the page never scrolls sideways: the matrix scrolls inside its region', async () => {
    const story = await openStory();
    const { page: p } = await openCompare(`?tab=${story.tabId}`, { width: 320, height: 720 });
    const widths = await p.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      view: document.documentElement.clientWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    expect(widths.body).toBeLessThanOrEqual(widths.view);
    const region = await p.$eval('.matrix', (el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(region.scroll).toBeGreaterThan(region.client);
    // The claim column stays in view as the matrix scrolls sideways.
    await p.$eval('.matrix', (el) => el.scrollBy(400, 0));
    const claimLeft = await p.$eval('tr[data-claim-id] th', (th) => th.getBoundingClientRect().left - th.closest('.matrix')!.getBoundingClientRect().left);
    expect(Math.abs(claimLeft)).toBeLessThanOrEqual(2);
    await p.$eval('.matrix', (el) => el.scrollTo(0, 0));
    await screenshot(p, 'compare-320');
    await p.locator('.matrix').scrollIntoViewIfNeeded();
    await cellButton(p, 'meetings-held-october-29-30', 'central-post').focus();
    expect(await inViewport(p, '.cell__panel:not([hidden])')).toBe(true);
    await screenshot(p, 'compare-320-cell-open');
    await p.close();
    await story.page.close();
  });

  it('screenshots: wide in light and dark', async () => {
    const story = await openStory();
    const { page: p } = await openCompare(`?tab=${story.tabId}`);
    await screenshot(p, 'compare-wide');
    await p.locator('.matrix').scrollIntoViewIfNeeded();
    await screenshot(p, 'compare-wide-matrix');
    await p.emulateMedia({ colorScheme: 'dark' });
    await p.evaluate(() => window.scrollTo(0, 0));
    await screenshot(p, 'compare-dark');
    await p.locator('.matrix').scrollIntoViewIfNeeded();
    await cellButton(p, 'adani-ceo-rajvanshi-represented-adani', 'central-post').hover();
    await screenshot(p, 'compare-dark-matrix');
    await p.close();
    await story.page.close();
  });

  it('made no request beyond the fixture server', () => {
    expect(ext.externalRequests()).toEqual([]);
  });
});
