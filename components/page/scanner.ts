// Scanning: reads every article root of the page and its same-origin frames in short slices,
// judges each root by every story's gate, and matches each story's claims in the passages that
// cover that story. A root whose text is what it was last time keeps its matches: only what
// changed is matched again.
import type { SentenceMemory } from '../matching/analyse-text';
import type { ClaimMatch } from '../matching/match-text';
import type { StoryVerdict } from '../matching/story-gate';
import type { StoryTools } from '../story-tools';
import { compareReadingOrder, findArticleRoots } from './article-roots';
import { composedParent } from './dom-walk';
import { extractPageTextSliced, type SliceOptions } from './extract-text';
import { judgeRoots, type RootStory } from './judge-roots';
import { pageDocumentsSliced, type PageDocument } from './page-documents';
import type { PageGate } from './page-gate';
import { readPageYear } from './page-date';
import type { PageText } from './page-text';

/**
 * Ancestors looked through for the container that groups roots (the feed of a live blog's posts):
 * posts sit a few wrappers below their feed; past this, two roots share only the page itself.
 */
export const GROUP_DEPTH = 8;
/**
 * Least text (characters) in an element the reader found styled away (`display: none`) for it to
 * be watched for being shown: a "read more" section or a truncated story, not an icon or a menu.
 */
export const HIDDEN_BLOCK_MIN_CHARS = 200;
/** Hidden blocks remembered per scan at most: the largest few are the ones worth watching. */
export const MAX_HIDDEN_BLOCKS = 32;

export interface RootScan {
  root: Element;
  doc: Document;
  pageText: PageText;
  verdict: StoryVerdict;
  /** The stories whose gates accepted the root. */
  stories: string[];
  /** Matches in the root's text (its own offsets), of every story it covers, in text order; empty when it covers none. */
  matches: ClaimMatch[];
}

export interface ScanResult {
  roots: RootScan[];
  documents: PageDocument[];
  /** Elements holding text the reader skipped because the page's style hides them. */
  hiddenBlocks: Element[];
}

export interface Scanner {
  /** One scan of the page; throws `SupersededScan` when `control` says the scan is no longer wanted. */
  scan(control: SliceOptions & { superseded(): boolean }): Promise<ScanResult>;
  /** The story tools, once a root covering the story has had them loaded. */
  tools(): StoryTools | undefined;
}

export class SupersededScan extends Error {}

export interface ScannerOptions {
  doc: Document;
  gate: PageGate;
  loadStoryTools(): Promise<StoryTools | undefined>;
  /** Our own UI, never read. */
  isOurs(el: Element): boolean;
}

interface Remembered {
  text: string;
  ranges: string;
  matches: ClaimMatch[];
  /** The sentences of `text` as read, so a change reads only new ones (holds this text's alone). */
  sentences: SentenceMemory;
}

export function createScanner({ doc, gate, loadStoryTools, isOurs }: ScannerOptions): Scanner {
  let tools: StoryTools | undefined;
  let gatePrepared = false;
  // Per root and story: what it said and what it matched; a WeakMap, so roots the page dropped go
  // with it, and a root no longer on a story (a single-page app's view showing another page) forgets it.
  let remembered = new WeakMap<Element, Map<string, Remembered>>();
  let rememberedFor: StoryTools | undefined;

  async function scan(control: SliceOptions & { superseded(): boolean }): Promise<ScanResult> {
    const pause = async () => {
      if (control.shouldYield()) await control.yieldToPage();
      if (control.superseded()) throw new SupersededScan();
    };
    const documents = await pageDocumentsSliced(doc, pause);
    const roots = documents.flatMap((d) => findArticleRoots(d.doc, d.shadows)).sort(compareReadingOrder);
    const rootSet = new Set(roots);
    const hidden: Array<{ el: Element; chars: number }> = [];
    const ignore = (el: Element) => rootSet.has(el) || isOurs(el);
    const texts: PageText[] = [];
    for (const root of roots) {
      texts.push(
        await extractPageTextSliced(root, {
          ...control,
          // Nested roots are read on their own; the root itself is not in its own walk.
          ignore,
          onNotRendered: (el) => {
            const chars = el.textContent?.length ?? 0;
            if (chars >= HIDDEN_BLOCK_MIN_CHARS) hidden.push({ el, chars });
          },
        }),
      );
      if (control.superseded()) throw new SupersededScan();
    }
    // The gates' patterns are compiled on the first judgement, in a slice of their own.
    if (!gatePrepared) {
      await pause();
      gate.prepare();
      gatePrepared = true;
    }
    await pause();
    const groups = groupsOf(roots);
    const verdicts = judgeRoots(texts.map((t, i) => ({ text: t.text, group: groups[i] })), gate);
    const results: RootScan[] = [];
    for (const [i, root] of roots.entries()) {
      const pageText = texts[i]!;
      const { verdict, stories } = verdicts[i]!;
      let matches: ClaimMatch[] = [];
      const covered = stories.filter((s) => s.ranges.length > 0);
      if (covered.length > 0) {
        // Kept while the page stays in their language (the tools are per language).
        if (tools?.language !== gate.language().code) tools = await loadStoryTools();
        if (control.superseded()) throw new SupersededScan();
        for (const story of tools ? covered : []) matches.push(...(await matchRoot(tools!, root, pageText.text, story, control)));
        // Each story's matches are in text order; several stories' are merged (a stable sort).
        if (covered.length > 1) matches = matches.sort((a, b) => a.start - b.start);
      }
      forgetOthers(root, covered);
      results.push({ root, doc: root.ownerDocument, pageText, verdict, stories: stories.map((s) => s.story), matches });
    }
    hidden.sort((a, b) => b.chars - a.chars);
    return { roots: results, documents, hiddenBlocks: hidden.slice(0, MAX_HIDDEN_BLOCKS).map((h) => h.el) };
  }

  function forgetOthers(root: Element, covered: readonly RootStory[]): void {
    const stories = remembered.get(root);
    if (!stories) return;
    for (const story of stories.keys()) if (!covered.some((c) => c.story === story)) stories.delete(story);
    if (stories.size === 0) remembered.delete(root);
  }

  async function matchRoot(t: StoryTools, root: Element, text: string, { story, ranges }: RootStory, control: SliceOptions) {
    if (rememberedFor !== t) {
      remembered = new WeakMap();
      rememberedFor = t;
    }
    const key = JSON.stringify(ranges);
    let stories = remembered.get(root);
    if (!stories) remembered.set(root, (stories = new Map()));
    const before = stories.get(story);
    if (before && before.text === text && before.ranges === key) return before.matches;
    const pageYear = readPageYear(root.ownerDocument);
    const sentences = before?.sentences ?? new Map();
    const matches = await t.matchSliced(story, text, control, { ranges, memory: sentences, ...(pageYear ? { pageYear } : {}) });
    stories.set(story, { text, ranges: key, matches, sentences });
    return matches;
  }

  return { scan, tools: () => tools };
}

/**
 * The group of each root: the nearest container of it that holds another root too (the feed of a
 * live blog's posts); the root itself when no container within GROUP_DEPTH does.
 */
function groupsOf(roots: readonly Element[]): unknown[] {
  const counts = new Map<Node, number>();
  const chains = roots.map((root) => {
    const chain: Node[] = [];
    for (let at = composedParent(root); at && chain.length < GROUP_DEPTH; at = composedParent(at)) chain.push(at);
    return chain;
  });
  for (const chain of chains) for (const node of chain) counts.set(node, (counts.get(node) ?? 0) + 1);
  return chains.map((chain, i) => chain.find((node) => (counts.get(node) ?? 0) >= 2) ?? roots[i]);
}
