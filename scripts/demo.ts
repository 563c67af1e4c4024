// `npm run demo`: see it work. Builds the extension, serves the five seed articles laid out as
// news pages and one unrelated page on 127.0.0.1, opens Chromium with the extension loaded
// (headless when there is no display), prints what it found on each page and saves screenshots
// of a highlighted page, a hover card and the popup in screenshots/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimSet } from '../data';
import type { PageReport } from '../components/messaging';
import { launchWithExtension, ROOT, startFixtureServer, tabIdOf, tabReport, waitFor } from '../tests/e2e/harness';
import { cardText, pointOnHighlight } from '../tests/e2e/page-probes';
import { allSeedNewsPages } from './demo/news-pages';

const SHOTS = join(ROOT, 'screenshots');

async function main(): Promise<void> {
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('The build failed; see above.');

  const server = await startFixtureServer();
  const seedPages = allSeedNewsPages();
  const pages = seedPages.map((p) => ({ path: p.path, label: p.title }));
  for (const p of seedPages) server.add(p.path, { body: p.html });
  server.add('/unrelated.html', { body: readFileSync(join(ROOT, 'tests/fixtures/pages/unrelated.html'), 'utf8') });
  pages.push({ path: '/unrelated.html', label: 'An unrelated page (monsoon news)' });

  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const ext = await launchWithExtension(undefined, { headless });
  mkdirSync(SHOTS, { recursive: true });
  console.log(`\nChromium ${headless ? '(headless) ' : ''}with Claim Cross-Check loaded; pages served at ${server.origin}\n`);

  for (const { path, label } of pages) {
    const page = await ext.newPage();
    await page.goto(server.url(path));
    const tabId = await tabIdOf(ext, page);
    const report = (await waitFor(() => tabReport(ext, tabId), `the scan of ${path}`)) as PageReport;
    const claims = [...new Set(report.matches.map((m) => m.claimId))];
    console.log(`${label}\n  ${server.url(path)}`);
    console.log(`  story: ${report.storyDetected ? 'covered' : 'not covered'} (score ${report.storyScore.toFixed(2)}), ${claims.length} known claims`);
    for (const id of claims) {
      const differs = report.matches.some((m) => m.claimId === id && m.differs);
      console.log(`    - ${id}${differs ? ' (the page differs from the outlets)' : ''}: ${claimSet.claims.find((c) => c.id === id)?.text ?? ''}`);
    }
    if (path === '/seeds/central-post.html') {
      await page.screenshot({ path: join(SHOTS, 'highlighted-page.png') });
      const point = await pointOnHighlight(page, 'denied that Ashish Rajvanshi');
      if (point) {
        await page.mouse.move(point.x, point.y);
        await waitFor(() => cardText(page), 'the hover card');
        await page.screenshot({ path: join(SHOTS, 'hover-card.png') });
      }
      const popup = await ext.newPage();
      await popup.setViewportSize({ width: 420, height: 640 });
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForTimeout(600);
      await popup.screenshot({ path: join(SHOTS, 'popup.png') });
      await popup.close();
    }
    if (headless) await page.close();
    console.log('');
  }
  console.log(`Screenshots: ${join(SHOTS, 'highlighted-page.png')}, hover-card.png, popup.png`);
  if (headless) {
    await ext.close();
    await server.close();
    return;
  }
  console.log('The browser stays open to explore the pages; press Ctrl+C to quit.');
  process.on('SIGINT', () => void ext.close().then(() => server.close()).then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
