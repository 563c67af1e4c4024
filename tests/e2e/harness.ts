// End-to-end harness: serves fixture pages on 127.0.0.1 and drives Debian Chromium with the
// built extension (.output/chrome-mv3) loaded, through playwright-core. Every e2e test file
// starts here. Screenshots go to test-results/screenshots (git-ignored).
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { siteBucketItem } from '../../components/site-bucket';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const SCREENSHOT_DIR = join(ROOT, 'test-results/screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

/** A page served from memory instead of a file (generated pages, per-test headers). */
export interface ServedPage {
  body: string;
  headers?: Record<string, string>;
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Serve `body` at `path` for the rest of the run. */
  add(path: string, page: ServedPage): void;
  close(): Promise<void>;
}

/** Serves `dir` (default: tests/fixtures) and any pages added in memory, on 127.0.0.1 only. */
export async function startFixtureServer(dir = join(ROOT, 'tests/fixtures')): Promise<FixtureServer> {
  const pages = new Map<string, ServedPage>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const added = pages.get(path);
    if (added) {
      res.writeHead(200, { 'content-type': CONTENT_TYPES['.html']!, ...added.headers });
      res.end(added.body);
      return;
    }
    if (path === '/favicon.ico') {
      // Browsers ask every origin for one; an empty answer keeps page consoles free of 404s.
      res.writeHead(204);
      res.end();
      return;
    }
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    add: (path, page) => void pages.set(path, page),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request any page or the extension made, for the "no network" assertions. */
  requests: Request[];
  newPage(): Promise<Page>;
  /** Requests that left the machine's loopback fixture server or the extension itself. */
  externalRequests(): string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /**
   * The browser's UI language (what `chrome.i18n.getUILanguage()` says), e.g. "ru". On Linux,
   * Chromium ignores `--lang` and reads the LANGUAGE environment variable, and only for languages
   * whose locale pack is installed (Debian: the chromium-l10n package).
   */
  language?: string;
  /** More command-line switches for Chromium (e.g. `--js-flags=…` for a measurement). */
  args?: readonly string[];
}

export async function launchWithExtension(extensionDir = EXTENSION_DIR, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium).`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'claim-crosscheck-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    ...(options.language ? { env: { ...process.env, LANGUAGE: options.language } } : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    requests,
    newPage: () => context.newPage(),
    externalRequests: () =>
      requests
        .map((r) => r.url())
        .filter((u) => !/^(http:\/\/127\.0\.0\.1:\d+\/|chrome-extension:\/\/|data:|blob:|about:)/.test(u)),
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Id of the tab showing `page`, as the extension's APIs know it. */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  const id = await ext.worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === target)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`No tab found for ${url}`);
  return id;
}

/** The report the content script sent for a tab, read from the background's session storage. */
export async function tabReport(ext: ExtensionBrowser, tabId: number): Promise<unknown> {
  return ext.worker.evaluate(async (id) => {
    const key = `tab-report-${id}`;
    return (await chrome.storage.session.get(key))[key] ?? null;
  }, tabId);
}

/** Polls `probe` until it returns a value other than null/undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => Promise<T | null | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > end) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

export interface OpenedPage {
  page: Page;
  tabId: number;
  /** Console errors and uncaught exceptions of the page and its frames. */
  errors: string[];
}

/** Opens `path` of the fixture server in a new tab, after `before` (init scripts, listeners). */
async function openPage(
  ext: ExtensionBrowser,
  server: FixtureServer,
  path: string,
  ...before: Array<(page: Page) => Promise<void>>
): Promise<OpenedPage> {
  const page = await ext.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} (${m.location().url})`));
  page.on('pageerror', (e) => errors.push(e.message));
  for (const b of before) await b(page);
  await page.goto(server.url(path));
  return { page, tabId: await tabIdOf(ext, page), errors };
}

export interface ReportedPage {
  url: string;
  storyDetected: boolean;
  storyScore: number;
  matches: Array<{ claimId: string; text: string; polarity: string; differences: unknown[]; differs: boolean }>;
}

export interface Suite {
  server: FixtureServer;
  ext: ExtensionBrowser;
  /** Opens `path` of the fixture server in a new tab, after `before` (init scripts, listeners). */
  open(path: string, ...before: Array<(page: Page) => Promise<void>>): Promise<OpenedPage>;
  /** Waits for the tab's report to reach the background. */
  report(tabId: number): Promise<ReportedPage>;
  badge(tabId: number): Promise<string>;
  /** Turns highlighting off or on for the fixture server's site, as the popup's switch does. */
  setSiteDisabled(disabled: boolean): Promise<void>;
}

/** What every e2e file starts with: the fixture server (plus its own pages) and the browser. */
export async function startSuite(addPages?: (server: FixtureServer) => void | Promise<void>, options: LaunchOptions = {}): Promise<Suite> {
  const server = await startFixtureServer();
  await addPages?.(server);
  const ext = await launchWithExtension(EXTENSION_DIR, options);
  return {
    server,
    ext,
    open: (path, ...before) => openPage(ext, server, path, ...before),
    report: (tabId) => waitFor(() => tabReport(ext, tabId) as Promise<ReportedPage | null>, 'the page report'),
    badge: (tabId) => ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    // The fixture server's site, in its bucket of the per-site switch (components/settings.ts).
    setSiteDisabled: (disabled) =>
      ext.worker.evaluate(async ([item, sites]) => chrome.storage.sync.set({ [item]: sites }), [siteBucketItem('127.0.0.1'), disabled ? ['127.0.0.1'] : []] as const),
  };
}

export async function closeSuite(suite: Partial<Suite>): Promise<void> {
  await suite.ext?.close();
  await suite.server?.close();
}
