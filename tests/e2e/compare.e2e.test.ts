// The comparison page, in Chromium with the built extension: `compare.html?tab=<id>` about a story
// page open in another tab. Checked against the claim set and the page's report: every claim and
// outlet in the matrix, a cell's quote on focus and hover, the "This page" column, sorting and
// filters, the `?claim=` row, both downloads (validated). The openers (popup, hover card):
// compare-openers.e2e.test.ts; axe-core, 320 px and screenshots: compare-look.e2e.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimSet } from '../../data';
import { jsonLdProblems, webAnnotationProblems } from '../../components/exports/fixtures/export-validators';
import { screenshot } from './harness';
import { cellButton, expectedIds, foundIds, inViewport, openCompare, openStory, rowIds } from './compare-page';
import { untilHighlighted } from './page-probes';
import { server, useSuite } from './suite-hooks';
import { addTestPages } from './test-pages';

useSuite(addTestPages);

describe('comparison page about a story page', () => {
  it('shows every claim against every outlet, and what this page says of each', async () => {
    const story = await openStory();
    const { page: p, errors } = await openCompare(`?tab=${story.tabId}`);
    expect(await p.locator('[data-coverage]').textContent()).toBe(`${foundIds(story.report).length} claims found on this page`);
    expect(await p.$$eval('thead th[data-outlet]', (ths) => ths.map((th) => (th as HTMLElement).dataset.outlet))).toEqual(claimSet.outlets.map((o) => o.id));
    expect(new Set(await rowIds(p))).toEqual(new Set(claimSet.claims.map((c) => c.id)));
    expect(await p.locator('tr[data-claim-id]').count()).toBe(claimSet.claims.length);
    // Every cell holds the outlet's position from the claim set.
    const shown = await p.$$eval('tr[data-claim-id] td[data-outlet]', (tds) =>
      tds.map((td) => `${(td.closest('tr') as HTMLElement).dataset.claimId}|${(td as HTMLElement).dataset.outlet}|${(td as HTMLElement).dataset.position}`),
    );
    const expected = claimSet.claims.flatMap((c) => claimSet.outlets.map((o) => `${c.id}|${o.id}|${c.stances.find((s) => s.outlet === o.id)?.stance ?? 'silent'}`));
    expect(new Set(shown)).toEqual(new Set(expected));
    // "This page": the claims the page makes are marked, the others are not on it.
    const found = new Set(foundIds(story.report));
    const statuses = await p.$$eval('tr[data-claim-id]', (rows) =>
      rows.map((r) => [(r as HTMLElement).dataset.claimId!, (r.querySelector('[data-page-status]') as HTMLElement).dataset.pageStatus!]),
    );
    for (const [id, status] of statuses) expect(status === 'absent', id).toBe(!found.has(id!));
    // The Central Post disputes the Adani CEO claim; the page (the Central Post's article) says it is not so.
    expect(found.has('adani-ceo-rajvanshi-represented-adani')).toBe(true);
    expect(await p.locator('tr[data-claim-id="adani-ceo-rajvanshi-represented-adani"] [data-page-status]').getAttribute('data-page-status')).toBe('denies');
    // The timeline: every development in date order, the first report first, each with its source.
    expect(await p.$$eval('.timeline__item', (items) => items.map((i) => (i as HTMLElement).dataset.development))).toEqual(
      [...claimSet.developments!].sort((a, b) => a.date.localeCompare(b.date)).map((d) => d.id),
    );
    expect(await p.locator('.timeline__item a[href^="https://"]').count()).toBe(claimSet.developments!.length);
    expect(errors).toEqual([]);
    await p.close();
    await story.page.close();
  });

  it('shows a cell’s quote, note and link on keyboard focus and on hover', async () => {
    const story = await openStory();
    const { page: p } = await openCompare(`?tab=${story.tabId}`);
    const claim = claimSet.claims.find((c) => c.id === 'at-least-six-executives-state-and-private')!;
    // The last outlet that reports it differently: one with a cell before it.
    const stance = claim.stances.findLast((s) => s.stance === 'qualifies')!;
    const button = cellButton(p, claim.id, stance.outlet);
    const panel = p.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
    expect(await panel.isHidden()).toBe(true);
    // Reach it by Tab from the cell before it.
    const before = claimSet.outlets[claimSet.outlets.findIndex((o) => o.id === stance.outlet) - 1]!;
    await cellButton(p, claim.id, before.id).focus();
    await p.keyboard.press('Escape');
    await p.keyboard.press('Tab');
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
    expect(await panel.isVisible()).toBe(true);
    expect((await panel.locator('blockquote').textContent())?.trim()).toBe(stance.quote);
    expect(await panel.locator('.cell__note').textContent()).toContain(stance.note!);
    const link = panel.locator('a');
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${claimSet.outlets.find((o) => o.id === stance.outlet)!.url.replace(/[.?]/g, '\\$&')}#:~:text=`));
    // The screen reader hears the quote as the button's description.
    const description = await button.evaluate((b) =>
      b.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
    );
    expect(description).toContain(stance.quote);
    // Tab goes into the panel's link, which keeps it open; the panel is inside the window.
    await p.keyboard.press('Tab');
    expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await inViewport(p, `[id="${await button.getAttribute('aria-controls')}"]`)).toBe(true);
    await p.keyboard.press('Escape');
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
    // Hover another cell: its words show; leaving hides them.
    const other = cellButton(p, 'adani-ceo-rajvanshi-represented-adani', 'central-post');
    await other.hover();
    await expect.poll(() => other.getAttribute('aria-expanded')).toBe('true');
    await screenshot(p, 'compare-cell-open');
    await p.mouse.move(5, 5);
    await expect.poll(() => other.getAttribute('aria-expanded')).toBe('false');
    await p.close();
    await story.page.close();
  });

  it('sorts by how contested, and filters to the disputed, to the page’s claims and to a topic', async () => {
    const story = await openStory();
    const { page: p } = await openCompare(`?tab=${story.tabId}`);
    expect(await rowIds(p)).toEqual(expectedIds(story.report, {}));
    await p.getByLabel('Most contested first').check();
    const contested = await rowIds(p);
    expect(contested).toEqual(expectedIds(story.report, { sort: 'contested' }));
    expect(contested[0]).toBe('meetings-prepared-putin-visit');
    expect(await p.locator('th[scope="rowgroup"]').count()).toBe(0);
    await p.getByLabel(/^Disputed or contested/).check();
    const disputed = await rowIds(p);
    expect(disputed).toEqual(expect.arrayContaining(['adani-ceo-rajvanshi-represented-adani', 'adani-defence-attended', 'bharat-forge-attended']));
    expect(disputed).toEqual(expectedIds(story.report, { sort: 'contested', filter: 'disputed' }));
    await p.getByLabel(/^On this page/).check();
    expect(new Set(await rowIds(p))).toEqual(new Set(foundIds(story.report)));
    await p.getByLabel('All', { exact: false }).first().check();
    await p.getByLabel('Topic', { exact: true }).selectOption('who-led');
    expect(await rowIds(p)).toEqual(claimSet.claims.filter((c) => c.topic === 'who-led').map((c) => c.id));
    await expect.poll(() => p.locator('[role="status"][aria-atomic]').textContent()).toMatch(/^Showing \d+ of 30 claims$/);
    await p.close();
    await story.page.close();
  });

  it('downloads the claims as schema.org JSON-LD and the page’s highlights as Web Annotations, both valid', async () => {
    const story = await openStory();
    await untilHighlighted(story.page);
    const { page: p } = await openCompare(`?tab=${story.tabId}`);
    const save = async (selector: string) => {
      const [download] = await Promise.all([p.waitForEvent('download'), p.locator(selector).click()]);
      return { name: download.suggestedFilename(), body: JSON.parse(readFileSync((await download.path())!, 'utf8')) as unknown };
    };

    const claims = await save('[data-export="claims"]');
    expect(claims.name).toBe(`${claimSet.story.id}-claims.jsonld`);
    expect(jsonLdProblems(claims.body)).toEqual([]);
    const graph = (claims.body as { '@graph': Array<Record<string, unknown>> })['@graph'];
    expect(graph.filter((n) => n['@type'] === 'Claim')).toHaveLength(claimSet.claims.length);
    await expect.poll(() => p.locator('.exports__status').textContent()).toBe(`Saved ${claims.name}`);

    const highlights = await save('[data-export="annotations"]');
    expect(highlights.name).toBe('127-0-0-1-' + new URL(server.origin).port + '-highlights.jsonld');
    expect(webAnnotationProblems(highlights.body)).toEqual([]);
    const collection = highlights.body as { total: number; first: { items: Array<{ target: { source: string; selector: Array<Record<string, unknown>> } }> } };
    expect(collection.total).toBeGreaterThan(0);
    // Each annotation anchors: its source is the page, and its offsets hold its exact words in the page's text.
    const bodyText = await story.page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) text += (n as Text).data;
      return text;
    });
    for (const item of collection.first.items) {
      expect(item.target.source).toBe(story.page.url());
      const [quote, position] = item.target.selector;
      expect(bodyText.slice(position!.start as number, position!.end as number)).toBe(quote!.exact);
    }
    await p.close();
    await story.page.close();
  });

  it('brings the claim asked for (?claim=) into view, marked and focused', async () => {
    const story = await openStory();
    const { page: p } = await openCompare(`?tab=${story.tabId}&claim=bharat-forge-attended`);
    const row = p.locator('tr[aria-current="true"]');
    expect(await row.getAttribute('data-claim-id')).toBe('bharat-forge-attended');
    await expect.poll(() => inViewport(p, 'tr[aria-current="true"] th')).toBe(true);
    expect(await p.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-claim-id'))).toBe('bharat-forge-attended');
    await screenshot(p, 'compare-asked-claim');
    await p.close();
    await story.page.close();
  });

  it('ignores a malformed tab or claim, and renders without "This page" when the tab does not answer', async () => {
    const bad = await openCompare('?tab=1e3&claim=%3Cb%3Ex%3C%2Fb%3E');
    expect(await bad.page.locator('[data-page]').getAttribute('data-page')).toBe('no-tab');
    expect(await bad.page.locator('tr[aria-current]').count()).toBe(0);
    expect(await bad.page.locator('tr[data-claim-id]').count()).toBe(claimSet.claims.length);
    expect(await bad.page.locator('[data-page-status]').count()).toBe(0);
    expect(bad.errors).toEqual([]);
    await bad.page.close();
    const gone = await openCompare('?tab=987654&claim=bharat-forge-attended');
    expect(await gone.page.locator('[data-page]').getAttribute('data-page')).toBe('no-answer');
    expect(await gone.page.locator('[data-export="annotations"]').count()).toBe(0);
    expect(await gone.page.locator('tr[aria-current]').getAttribute('data-claim-id')).toBe('bharat-forge-attended');
    await gone.page.close();
  });
});
