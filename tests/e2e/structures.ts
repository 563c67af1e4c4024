// The page structures of tests/fixtures/structures/ (one folder a case: source.html, its scripts,
// expected.json), and the probes that measure them from the page's own side: how many of our
// highlights fall in the story's elements and in the other story's, across shadow roots and
// same-origin frames, and the same story text laid out as a plain page for comparison. Shared by
// structures.e2e.test.ts (Chromium), firefox.e2e.test.ts (the key cases) and scripts/bench/page-structures.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml } from '../../scripts/demo/news-pages';
import { ROOT } from './harness';
import { OURS, type Ours } from './page-probes';

export const STRUCTURES_DIR = join(ROOT, 'tests/fixtures/structures');

/** What the reader does on the page before it is measured. */
export type Step = { click: string } | { scroll: 'bottom' } | { waitFor: string };

export interface Expected {
  /** What the page is modelled on. */
  structure: string;
  /** Before the steps: how many highlights (0: the story is not readable yet, or not there). */
  before?: { highlights: number; note?: string };
  steps?: Step[];
  /** Selector chains (` >>> ` enters an element's shadow root or a frame's document) of the story's elements. */
  story: string[];
  /** The same, for a different story beside it: must get no highlight. */
  other: string[];
  /** A page that is not the story and never stops changing (measured for cost, not highlights). */
  busy?: boolean;
  /** Highlights must each lie within one paragraph of this element (paragraphs made by <br><br>). */
  paragraphsOf?: string;
}

export interface StructureCase {
  name: string;
  /** Path of the page on the fixture server. */
  path: string;
  expected: Expected;
}

export function structureCases(): StructureCase[] {
  return readdirSync(STRUCTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({
      name: d.name,
      path: `/structures/${d.name}/source.html`,
      expected: JSON.parse(readFileSync(join(STRUCTURES_DIR, d.name, 'expected.json'), 'utf8')) as Expected,
    }));
}

/** What the in-page probe found for a list of selector chains. */
export interface Found {
  /** Our highlighted ranges inside the elements (confirmed and disputed; not the flash). */
  highlights: number;
  /** Their texts, whitespace folded. */
  texts: string[];
  /** The elements' paragraphs as the reader sees them (innerText lines of 40 characters or more). */
  paragraphs: string[];
  /** Chains that matched no element (a broken fixture). */
  missing: string[];
}

/**
 * In-page: resolves each chain (an element's shadow root or a frame's document is entered at each
 * ` >>> `) and counts our highlights in that element's document registry. Uses nothing outside.
 */
export const findInPage = ({ ours, chains }: { ours: Ours; chains: string[] }): Found => {
  const pattern = new RegExp(ours.pattern);
  const out: Found = { highlights: 0, texts: [], paragraphs: [], missing: [] };
  for (const chain of chains) {
    let scope: Document | ShadowRoot = document;
    let el: Element | null = null;
    for (const [i, part] of chain.split(' >>> ').entries()) {
      el = scope.querySelector(part);
      if (!el) break;
      if (i < chain.split(' >>> ').length - 1) {
        const next: Document | ShadowRoot | null | undefined = el.shadowRoot ?? (el as HTMLIFrameElement).contentDocument;
        if (!next) {
          el = null;
          break;
        }
        scope = next;
      }
    }
    if (!el) {
      out.missing.push(chain);
      continue;
    }
    const win = el.ownerDocument.defaultView as (Window & { CSS?: { highlights?: Map<string, Set<Range> & { priority: number }> } }) | null;
    for (const [name, highlight] of win?.CSS?.highlights ?? []) {
      if (!pattern.test(name) || highlight.priority === ours.flash) continue;
      for (const range of highlight) {
        if (!el.contains(range.startContainer)) continue;
        out.highlights++;
        out.texts.push(range.toString().replace(/\s+/g, ' ').trim());
      }
    }
    const text = (el as HTMLElement).innerText ?? el.textContent ?? '';
    out.paragraphs.push(...text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line.length >= 40));
  }
  return out;
};

/** Anything a driver's page or frame can evaluate in (Playwright's Page or Frame, Puppeteer's Page). */
interface Evaluator {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
}

export function find(page: Evaluator, chains: string[]): Promise<Found> {
  return page.evaluate(findInPage, { ours: OURS, chains });
}

/** Our highlights anywhere in the page (its own registry and its same-origin frames'). */
export function allHighlightsInPage(ours: Ours): number {
  const pattern = new RegExp(ours.pattern);
  const count = (win: Window | null): number => {
    const registry = (win as { CSS?: { highlights?: Map<string, Set<Range> & { priority: number }> } } | null)?.CSS?.highlights;
    let n = 0;
    for (const [name, h] of registry ?? []) if (pattern.test(name) && h.priority !== ours.flash) n += h.size;
    for (const frame of win?.document.querySelectorAll('iframe') ?? []) {
      try {
        if (frame.contentDocument) n += count(frame.contentWindow);
      } catch {
        // A cross-origin frame: none of ours.
      }
    }
    return n;
  };
  return count(window);
}

/** The story's paragraphs as a plain news page: one <article>, one <p> each, the same date line. */
export function plainPage(paragraphs: readonly string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The same story on a plain page</title>
<meta property="article:published_time" content="2025-12-10T09:40:00+05:30"></head>
<body><main><article>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article></main></body></html>`;
}

/** The part of a driver's page the steps need (Playwright and Puppeteer both have it). */
interface Driven extends Evaluator {
  click(selector: string): Promise<unknown>;
  waitForSelector(selector: string, options?: { timeout?: number }): Promise<unknown>;
}

/** Does what the reader does: clicks, scrolls to the end, waits for the page's own change. */
export async function runSteps(page: Driven, steps: readonly Step[] = []): Promise<void> {
  for (const step of steps) {
    if ('click' in step) await page.click(step.click);
    else if ('scroll' in step) await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight), undefined);
    else await page.waitForSelector(step.waitFor, { timeout: 10_000 });
  }
}

/**
 * Waits until our highlights in the page (frames included) have stopped changing for `stillMs`,
 * and returns their number; gives up after `timeoutMs` with the last count. A wait for the page to
 * settle, not a measure of time.
 */
export async function settledHighlights(page: Evaluator, { stillMs = 1500, timeoutMs = 20_000, atLeast = 0 } = {}): Promise<number> {
  const end = Date.now() + timeoutMs;
  let last = -1;
  let since = Date.now();
  for (;;) {
    const now = await page.evaluate(allHighlightsInPage, OURS);
    if (now !== last) {
      last = now;
      since = Date.now();
    }
    if ((Date.now() - since >= stillMs && now >= atLeast) || Date.now() > end) return now;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
