// 200 single-page navigations in one tab, through a cycle of story and other views, each showing
// sentences never shown before (as a news app shows a new story each time; views that repeated
// word for word hid memories that grew with every new page): what the extension holds after the
// first and after the last (the same view): our highlights, our MutationObservers and Highlight
// objects, our listeners on the window and document, objects in the content scripts' world, and
// the tab's JS heap after a full garbage collection, with the part of it that is compiled code
// (bytecode, machine code and feedback: V8 compiles our functions anew as they grow hot, which is
// the engine's, not something we keep), beside the same navigations in a browser without the
// extension (the page's own heap).
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM, type FixtureServer, type Suite } from '../../../tests/e2e/harness';
import { OURS } from '../../../tests/e2e/page-probes';
import { allHighlightsInPage } from '../../../tests/e2e/structures';

export const NAVIGATIONS = 200;

export interface Snapshot {
  highlights: number;
  observers: number;
  highlightObjects: number;
  listeners: number;
  worldObjects: number;
  heapKB: number;
  /** Of heapKB: compiled code (heap snapshot nodes of type "code"). */
  codeKB: number;
}

export interface NavigationGrowth {
  first: Snapshot;
  last: Snapshot;
  /** The page alone (no extension): heap after the first and the last navigation, and its compiled code. */
  pageHeapKB: { first: number; last: number; firstCodeKB: number; lastCodeKB: number };
}

/**
 * Story and other views, by path; the last has the first's text under another address. Each time
 * a view is shown, every paragraph ends with a sentence of its own ("Desk note 17-3.") that no
 * earlier view had and that makes no claim.
 */
export function addSpa(server: FixtureServer, story: readonly string[], others: readonly string[]): string[] {
  const views: Record<string, readonly string[]> = {
    '/spa200/story-a': story.slice(0, 8),
    '/spa200/other-b': others.slice(0, 6),
    '/spa200/story-c': story.slice(8),
    '/spa200/story-a-again': story.slice(0, 8),
  };
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A single-page news app</title>
<meta property="article:published_time" content="2025-12-10T09:40:00+05:30"></head>
<body><nav><a href="/spa200/story-a">Story</a> <a href="/spa200/other-b">Sport</a></nav><main><article id="view"></article></main>
<script src="/spa200/app.js"></script></body></html>`;
  const script = `const views = ${JSON.stringify({ ...views, '/spa200/start': others.slice(0, 3) })};
let shown = 0;
function render() {
  const view = document.getElementById('view');
  shown++;
  view.replaceChildren(...(views[location.pathname] || []).map((t, j) => Object.assign(document.createElement('p'), { textContent: t + ' Desk note ' + shown + '-' + j + '.' })));
}
window.go = (path) => { history.pushState({}, '', path); render(); };
window.addEventListener('popstate', render);
render();`;
  for (const path of [...Object.keys(views), '/spa200/start']) server.add(path, { body: page });
  server.add('/spa200/app.js', { body: script, headers: { 'content-type': 'text/javascript' } });
  return Object.keys(views);
}

/** The content scripts' world in the page: the isolated context named after the extension. */
const worldOf = (contexts: Array<{ id: number; name: string; auxData?: { type?: string } }>, extensionName: string) =>
  contexts.filter((c) => c.auxData?.type === 'isolated' && c.name === extensionName).at(-1)?.id;

/**
 * Every remote object a reading asks for is in this group, released when the reading ends: an
 * object handed to the protocol stays alive until released, and the first reading's list of every
 * object in the content scripts' world would otherwise keep them all alive up to the last reading
 * (the first version of this measure did that, and counted the first page's objects as growth).
 */
const GROUP = 'navigation-growth';

async function countInWorld(cdp: CDPSession, contextId: number, prototype: string): Promise<number> {
  const proto = (await cdp.send('Runtime.evaluate', { expression: prototype, contextId, objectGroup: GROUP })) as { result: { objectId?: string } };
  if (!proto.result.objectId) return -1;
  const { objects } = (await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId, objectGroup: GROUP })) as { objects: { objectId: string } };
  const { result } = (await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true })) as { result: { value: number } };
  return result.value;
}

async function heapKB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return Math.round(usedSize / 1024);
}

/**
 * Our listeners on the window and the document: the protocol lists the listeners of the world the
 * object was taken from, so they are listed from the content scripts' world. (The first version of
 * this measure took them from the page's world and found none, before and after, whatever we did;
 * it also kept the debugger on, and with it V8 keeps every script compiled in the tab, each of the
 * driver's evaluations among them, which grew the heap it measured.)
 */
async function ourListeners(cdp: CDPSession, world: number): Promise<number> {
  let listeners = 0;
  for (const target of ['window', 'document']) {
    const { result } = (await cdp.send('Runtime.evaluate', { expression: target, contextId: world, objectGroup: GROUP })) as { result: { objectId: string } };
    const { listeners: all } = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })) as { listeners: unknown[] };
    listeners += all.length;
  }
  return listeners;
}

/** Compiled code in the tab's heap: the nodes of type "code" of a heap snapshot (after a full GC). */
async function codeKB(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => void chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.send('HeapProfiler.disable');
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot, nodes } = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const fields = snapshot.meta.node_fields;
  const type = fields.indexOf('type');
  const size = fields.indexOf('self_size');
  const code = snapshot.meta.node_types[0].indexOf('code');
  let bytes = 0;
  for (let i = 0; i < nodes.length; i += fields.length) if (nodes[i + type] === code) bytes += nodes[i + size]!;
  return Math.round(bytes / 1024);
}

async function snapshot(page: Page, cdp: CDPSession, world: number): Promise<Snapshot> {
  const heap = await heapKB(cdp);
  const code = await codeKB(cdp);
  const taken: Snapshot = {
    highlights: await page.evaluate(allHighlightsInPage, OURS),
    observers: await countInWorld(cdp, world, 'MutationObserver.prototype'),
    highlightObjects: await countInWorld(cdp, world, 'Highlight.prototype'),
    listeners: await ourListeners(cdp, world),
    worldObjects: await countInWorld(cdp, world, 'Object.prototype'),
    heapKB: heap,
    codeKB: code,
  };
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: GROUP });
  return taken;
}

/** Navigates `page` through the views `NAVIGATIONS` times; `after(i)` once each navigation is done. */
async function navigate(page: Page, paths: readonly string[], after: (i: number) => Promise<void>): Promise<void> {
  for (let i = 1; i <= NAVIGATIONS; i++) {
    await page.evaluate((path) => (window as unknown as { go(p: string): void }).go(path), paths[(i - 1) % paths.length]!);
    await after(i);
  }
}

/** `args`: the browser's extra switches, given to the browser without the extension too. */
export async function measureNavigationGrowth(suite: Suite, paths: readonly string[], prepare: Parameters<Suite['open']>[1], args: readonly string[] = []): Promise<NavigationGrowth> {
  const { page, tabId } = await suite.open('/spa200/start', prepare);
  await suite.report(tabId);
  const cdp = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; name: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const extensionName = (await suite.ext.worker.evaluate(() => chrome.runtime.getManifest().name)) as string;
  const world = worldOf(contexts, extensionName);
  if (world === undefined) throw new Error('The content scripts’ world was not found');
  // Each navigation is done when the report for its address has reached the background.
  const reported = (path: string) =>
    suite.ext.worker.evaluate(async ([id, p]) => {
      for (let i = 0; i < 200; i++) {
        const key = `tab-report-${id}`;
        const r = (await chrome.storage.session.get(key))[key] as { url?: string } | undefined;
        if (r?.url?.endsWith(p)) return true;
        await new Promise((ok) => setTimeout(ok, 50));
      }
      return false;
    }, [tabId, path] as const);
  let first: Snapshot | undefined;
  let last: Snapshot | undefined;
  await navigate(page, paths, async (i) => {
    await reported(paths[(i - 1) % paths.length]!);
    if (i === 1) first = await snapshot(page, cdp, world);
    if (i === NAVIGATIONS) last = await snapshot(page, cdp, world);
  });
  await page.close();
  return { first: first!, last: last!, pageHeapKB: await pageAlone(suite.server, paths, args) };
}

/** The same navigations in a browser without the extension: the page's own heap. */
async function pageAlone(server: FixtureServer, paths: readonly string[], args: readonly string[]): Promise<NavigationGrowth['pageHeapKB']> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', ...args] });
  try {
    const page = await browser.newPage();
    await page.goto(server.url('/spa200/start'));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Runtime.enable');
    const out = { first: 0, last: 0, firstCodeKB: 0, lastCodeKB: 0 };
    await navigate(page, paths, async (i) => {
      if (i === 1) [out.first, out.firstCodeKB] = [await heapKB(cdp), await codeKB(cdp)];
      if (i === NAVIGATIONS) [out.last, out.lastCodeKB] = [await heapKB(cdp), await codeKB(cdp)];
    });
    return out;
  } finally {
    await browser.close();
  }
}
