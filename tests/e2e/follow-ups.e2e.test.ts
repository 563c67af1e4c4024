// The claim's standing after publication, in Chromium with the built extension: short follow-up
// pages that report a denial or a re-confirmation are recognised as the story, the denial is
// highlighted as disputing the claim it denies, and the card lists what happened since.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSuite, screenshot, startSuite, waitFor, type ExtensionBrowser, type FixtureServer, type Suite } from './harness';
import { cardText, highlightsOf, pointOnHighlight, untilHighlighted } from './page-probes';

let server: FixtureServer;
let ext: ExtensionBrowser;
let open: Suite['open'];
let report: Suite['report'];
let badge: Suite['badge'];

beforeAll(async () => {
  ({ server, ext, open, report, badge } = await startSuite());
});
afterAll(() => closeSuite({ server, ext }));

describe('follow-up reports', () => {
  it("Bharat Forge's denial: the page is the story, the denial disputes the claim, the card says what happened since", async () => {
    const { page, tabId, errors } = await open('/pages/followup-bharat-forge-denial.html');
    const r = await report(tabId);
    expect(r.storyDetected).toBe(true);
    const denial = r.matches.find((m) => m.text.startsWith('Bharat Forge has told the stock exchanges'));
    expect(denial).toMatchObject({ claimId: 'bharat-forge-attended', polarity: 'denies', differs: true });
    const travelled = r.matches.find((m) => m.text.includes('had travelled to Russia since 2021'));
    expect(travelled).toMatchObject({ claimId: 'bharat-forge-attended', polarity: 'denies' });
    // The badge is red: a claim on the page is disputed.
    expect(await badge(tabId)).toBe(String(new Set(r.matches.map((m) => m.claimId)).size));

    await untilHighlighted(page);
    const { disputed } = await highlightsOf(page);
    expect(disputed.some((t) => t.startsWith('Bharat Forge has told the stock exchanges'))).toBe(true);
    const point = await pointOnHighlight(page, 'Bharat Forge has told the stock exchanges');
    await page.mouse.move(point!.x, point!.y);
    const text = await waitFor(() => cardText(page), 'the hover card');
    expect(text).toContain('Bharat Forge was represented at the Moscow meetings.');
    expect(text).toContain('This page says it is not so');
    expect(text).toContain('Since publication');
    // The date in the browser's locale: "10 Dec 2025" or "Dec 10, 2025".
    expect(text).toMatch(/(10 Dec|Dec 10),? 2025 · Bharat Forge: In a statement to the stock exchanges/);
    expect(text).toMatch(/Reuters' sources: After the denials/);
    await screenshot(page, 'follow-up-denial-card');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the re-confirmation: the sources affirm attendance, the repeated denial disputes it', async () => {
    const { page, tabId, errors } = await open('/pages/followup-reuters-stands-by.html');
    const r = await report(tabId);
    expect(r.storyDetected).toBe(true);
    const reconfirmed = r.matches.filter((m) => m.text.startsWith('The people who first described the meetings'));
    // ("… said again that the talks in Moscow had taken place": the meetings themselves, restated.)
    expect(reconfirmed.map((m) => [m.claimId, m.polarity]).sort()).toEqual([
      ['adani-defence-attended', 'affirms'],
      ['bharat-forge-attended', 'affirms'],
      ['executives-met-russian-officials-in-moscow', 'affirms'],
    ]);
    const repeated = r.matches.filter((m) => m.text.startsWith('An Adani Group spokesperson'));
    expect(repeated.map((m) => [m.claimId, m.polarity]).sort()).toEqual([
      ['adani-defence-attended', 'denies'],
      ['adani-group-denied-involvement', 'affirms'],
    ]);
    await untilHighlighted(page);
    // A claim all outlets but one confirm, denied since by the company: the card calls it contested.
    const point = await pointOnHighlight(page, 'The people who first described the meetings');
    await page.mouse.move(point!.x, point!.y);
    const text = await waitFor(() => cardText(page), 'the hover card');
    expect(text).toMatch(/Contested since/);
    await screenshot(page, 'follow-up-reconfirmation-card');
    expect(errors).toEqual([]);
    await page.close();
  });
});
