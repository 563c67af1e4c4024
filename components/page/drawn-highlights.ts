// The highlights a page session has drawn (page-session.ts): each sentence's highlight with the
// matches its card shows, and the highlights in reading order for keyboard stepping, jumps and
// annotations. Redraws root by root through the highlighter, which keeps unchanged highlights.
import { isDisputedOnPage } from '../claim-status';
import type { ClaimMatch } from '../matching/match-text';
import { pageDiffers } from '../messaging';
import type { StoryTools } from '../story-tools';
import type { DrawnHighlight, Highlighter } from './highlighter';
import type { RootScan } from './scanner';
import { rangeFromOffsets } from './text-range';

export interface DrawnHighlights {
  /** The matches a highlight stands for (its card's claims). */
  matchesOf(h: DrawnHighlight): ClaimMatch[] | undefined;
  /** Every highlight in reading order: root by root, then by place in the root's text. */
  ordered(): DrawnHighlight[];
  /** A highlight's place in reading order: [root index, offset in the root's text]. */
  placeOf(h: DrawnHighlight): [number, number] | undefined;
  /** Redraws what changed, root by root; returns the documents that now hold highlights. */
  draw(roots: RootScan[], tools: StoryTools | undefined): Document[];
  /** Nothing is drawn any more (highlighting switched off): no order to step through. */
  forgetOrder(): void;
}

export function createDrawnHighlights(highlighter: Highlighter): DrawnHighlights {
  // What each drawn highlight stands for, and where it is in reading order.
  let matchesOf = new WeakMap<DrawnHighlight, ClaimMatch[]>();
  let ordered: DrawnHighlight[] = [];
  let placeOf = new Map<DrawnHighlight, [number, number]>();

  /** Highlights that stay the same are left as they are. */
  function draw(roots: RootScan[], tools: StoryTools | undefined): Document[] {
    const nextMatches = new WeakMap<DrawnHighlight, ClaimMatch[]>();
    const nextOrdered: DrawnHighlight[] = [];
    const nextPlaces = new Map<DrawnHighlight, [number, number]>();
    const docs = new Set<Document>();
    roots.forEach((scan, index) => {
      const wanted = tools ? highlightsFor(scan, tools) : [];
      const drawn = highlighter.setRoot(scan.root, wanted.map((w) => w.h));
      drawn.forEach((h, i) => {
        nextMatches.set(h, wanted[i]!.matches);
        nextPlaces.set(h, [index, h.start]);
        nextOrdered.push(h);
      });
      if (drawn.length > 0) docs.add(scan.doc);
    });
    highlighter.keepRoots(new Set(roots.map((r) => r.root)));
    matchesOf = nextMatches;
    ordered = nextOrdered;
    placeOf = nextPlaces;
    return [...docs];
  }

  return {
    matchesOf: (h) => matchesOf.get(h),
    ordered: () => ordered,
    placeOf: (h) => placeOf.get(h),
    draw,
    forgetOrder: () => void (ordered = []),
  };
}

/** One highlight per sentence, with the sentence's matches for its card; in text order. */
function highlightsFor({ matches, pageText, doc: rootDoc }: RootScan, tools: StoryTools) {
  const bySentence = new Map<number, ClaimMatch[]>();
  for (const m of matches) bySentence.set(m.start, [...(bySentence.get(m.start) ?? []), m]);
  const out: Array<{ h: DrawnHighlight; matches: ClaimMatch[] }> = [];
  for (const [start, group] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    const range = rangeFromOffsets(pageText, start, group[0]!.end, rootDoc);
    if (!range) continue;
    const disputed = group.some((m) => {
      const story = tools.storyOf(m.claimId);
      const claim = story?.claims.find((c) => c.id === m.claimId);
      return !!claim && isDisputedOnPage(claim, pageDiffers(m), story);
    });
    out.push({ h: { range, claimIds: group.map((m) => m.claimId), disputed, start }, matches: group });
  }
  return out;
}
