// Firefox end to end: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the
// Firefox build installed as a temporary add-on. The add-on is the e2e build
// (`WXT_DETAILS_IN_TAB=true wxt build -b firefox --mode e2e`), whose card button opens the
// comparison in a tab: Firefox refuses to let a test driver navigate to moz-extension:// pages.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv3-e2e');
export const hasFirefox = existsSync(FIREFOX);
const VIEWPORT = { width: 1280, height: 900 };

export interface FirefoxWithExtension {
  browser: Browser;
  /** Every URL any page asked for, for the "no network" assertion. */
  requests: string[];
  newPage(): Promise<Page>;
  externalRequests(): string[];
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox e2e build in ${FIREFOX_EXTENSION_DIR}: run \`WXT_DETAILS_IN_TAB=true npx wxt build -b firefox --mode e2e\`.`);
  }
  // The window is the page's size too, for Firefox versions whose WebDriver BiDi has no emulation
  // module (ESR 140: setViewport's screen-orientation command is unknown there).
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, args: [`--window-size=${VIEWPORT.width},${VIEWPORT.height}`] });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const requests: string[] = [];
  const track = (page: Page) => page.on('request', (r) => void requests.push(r.url()));
  browser.on('targetcreated', async (target) => {
    const page = await target.page();
    if (page) track(page);
  });
  return {
    browser,
    requests,
    async newPage() {
      const page = await browser.newPage();
      try {
        await page.setViewport(VIEWPORT);
      } catch (error) {
        // (Only an unknown command: the window size given at launch stands instead.)
        if (!/unknown command/i.test(String(error))) throw error;
      }
      return page;
    },
    externalRequests: () => requests.filter((u) => !/^(http:\/\/127\.0\.0\.1:\d+\/|moz-extension:\/\/|data:|blob:|about:)/.test(u)),
    close: () => browser.close(),
  };
}

/**
 * Waits for `selector` by asking for it every 100 ms. Puppeteer's waitForFunction and
 * waitForSelector poll with a function they build in the page, which an extension page's CSP
 * refuses in some Firefox versions (ESR 140: "call to Function() blocked by CSP").
 */
export async function waitForSelectorIn(page: Page, selector: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  // (A page still loading may drop the document asked about: asked again.)
  const found = () => page.evaluate((s) => document.querySelector(s) !== null, selector).catch(() => false);
  while (!(await found())) {
    if (Date.now() > end) throw new Error(`no ${selector} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
