// What the popup shows for each claim, computed once from the claim set and the page's report:
// the order (claims found on the page first), every outlet's position grouped by stance (silent
// outlets included), the "disputed" test and the filters. Pure: no DOM, no browser API.
import type { Claim, ClaimSet, Development, Outlet, Stance } from '../../data/schema';
import type { PageMatch, PageReport } from '../messaging';
import { outletAtUrl } from '../../data';
import { developmentsOf, isContested } from '../claim-status';
import { claimTextFor, outletLanguage, type TextInLanguage } from '../claim-text';

/** An outlet's position on a claim: one of the three stances, or no mention at all. */
export type Position = Stance | 'silent';

/** The order stance groups are shown in. */
export const POSITIONS: readonly Position[] = ['confirms', 'disputes', 'qualifies', 'silent'];

export interface OutletPosition {
  outlet: Outlet;
  position: Position;
  /** The outlet's verbatim words; absent when it is silent. */
  quote?: string;
  /** The language of the outlet's words (its own, not the reader's). */
  quoteLang: string;
  /** What differs from the claim. */
  note?: string;
  /** The outlet's article is the page the reader is on. */
  isThisPage: boolean;
}

export interface ClaimView {
  claim: Claim;
  /** The claim's text as the reader sees it: translated when the data has their language (see claim-text.ts). */
  text: TextInLanguage;
  /** The language of the story's own words (notes on what differs, development summaries) and of the page's matched sentences. */
  storyLang: string;
  /** The page's sentences that make the claim, in the order the report lists them. */
  pageMatches: PageMatch[];
  onPage: boolean;
  /** The page's sentences that state the claim with another figure, date or polarity. */
  differing: PageMatch[];
  /** The current page's own position, when the page is one of the outlets' articles. */
  thisPage?: OutletPosition;
  /** Every other outlet (all of them when the page is not an outlet), grouped by position. */
  others: Record<Position, OutletPosition[]>;
  /** See `isDisputed`. */
  disputed: boolean;
  /** Denied since publication by someone it is about (see components/claim-status.ts). */
  contested: boolean;
  /** What happened to it after publication, in date order. */
  developments: Array<Development & { bears: 'confirms' | 'disputes' }>;
}

/** How the page relates to the story, for the header. */
export type Coverage = 'found' | 'no-claims' | 'not-covered' | 'other-language' | 'not-checked';

/**
 * What the page is to the story `storyId`: not answered yet, the story with claims found or none,
 * a page in a language no story is read in (when the page said which), or not the story. A report
 * that names no stories (an older one) covers the story when it detected one.
 */
export function coverageOf(report: PageReport | null, foundCount: number, storyId?: string): Coverage {
  if (report === null) return 'not-checked';
  if (foundCount > 0) return 'found';
  if (report.stories && storyId !== undefined ? report.stories.includes(storyId) : report.storyDetected) return 'no-claims';
  return report.languageSupported === false && report.language ? 'other-language' : 'not-covered';
}

export interface PopupModel {
  claims: ClaimView[];
  coverage: Coverage;
  /** The page's language, when it said (for 'other-language'). */
  pageLanguage?: string;
  /** Distinct known claims the page makes. */
  foundCount: number;
  disputedCount: number;
  /** The outlet whose article the page is, if any. */
  pageOutlet?: Outlet;
}

export const CLAIM_FILTERS = ['all', 'on-page', 'disputed'] as const;
export type ClaimFilter = (typeof CLAIM_FILTERS)[number];

/**
 * The "Disputed" filter: a claim the coverage does not agree on. Some outlet (the page's own
 * outlet included) disputes it or qualifies it (reports another number, a vaguer or narrower
 * version), or a sentence on this page states it differently, or someone it is about has denied it
 * since. Qualifying counts because it is where the five accounts diverge and a reader most needs to
 * compare them; with "disputes" alone the filter would hold a single claim. (The toolbar badge's
 * colour is stricter: disputes and denials only.)
 */
export function isDisputed(claim: Claim, pageMatches: readonly PageMatch[], claimSet: Pick<ClaimSet, 'developments'> = {}): boolean {
  return claim.stances.some((s) => s.stance !== 'confirms') || pageMatches.some((m) => m.differs) || isContested(claim.id, claimSet);
}

function emptyGroups(): Record<Position, OutletPosition[]> {
  return { confirms: [], disputes: [], qualifies: [], silent: [] };
}

function viewOfClaim(claim: Claim, claimSet: ClaimSet, pageMatches: PageMatch[], readerLocale: string, pageOutlet?: Outlet): ClaimView {
  const { outlets } = claimSet;
  const others = emptyGroups();
  let thisPage: OutletPosition | undefined;
  for (const outlet of outlets) {
    const stance = claim.stances.find((s) => s.outlet === outlet.id);
    const entry: OutletPosition = {
      outlet,
      position: stance?.stance ?? 'silent',
      quote: stance?.quote,
      quoteLang: outletLanguage(outlet, claimSet.story.language),
      note: stance?.note,
      isThisPage: outlet.id === pageOutlet?.id,
    };
    if (entry.isThisPage) thisPage = entry;
    else others[entry.position].push(entry);
  }
  return {
    claim,
    text: claimTextFor(claim, readerLocale, claimSet.story.language),
    storyLang: claimSet.story.language,
    pageMatches,
    onPage: pageMatches.length > 0,
    differing: pageMatches.filter((m) => m.differs),
    thisPage,
    others,
    disputed: isDisputed(claim, pageMatches, claimSet),
    contested: isContested(claim.id, claimSet),
    developments: developmentsOf(claim.id, claimSet).filter((d) => d.kind !== 'report'),
  };
}

/**
 * Every claim of the set, those the page makes first (in the order the page makes them, i.e. the
 * order of `report.matches`), then the rest in the claim set's order. Matches naming a claim the
 * set does not hold are ignored. Claim texts are in `readerLocale` where the data has it.
 */
export function buildPopupModel(claimSet: ClaimSet, report: PageReport | null, pageUrl: string, readerLocale = 'en'): PopupModel {
  const matchesByClaim = new Map<string, PageMatch[]>();
  const known = new Set(claimSet.claims.map((c) => c.id));
  for (const match of report?.matches ?? []) {
    if (!known.has(match.claimId)) continue;
    const list = matchesByClaim.get(match.claimId);
    if (list) list.push(match);
    else matchesByClaim.set(match.claimId, [match]);
  }
  const pageOutlet = outletAtUrl(claimSet.outlets, pageUrl || report?.url || '');
  const views = claimSet.claims.map((claim) =>
    viewOfClaim(claim, claimSet, matchesByClaim.get(claim.id) ?? [], readerLocale, pageOutlet),
  );
  // A Map keeps insertion order: the order in which the page first makes each claim.
  const firstSeen = new Map([...matchesByClaim.keys()].map((id, at) => [id, at]));
  const rank = (view: ClaimView) => firstSeen.get(view.claim.id) ?? firstSeen.size;
  // Array.prototype.sort is stable: unfound claims keep the claim set's order.
  const claims = views.sort((a, b) => rank(a) - rank(b));
  const foundCount = matchesByClaim.size;
  return {
    claims,
    coverage: coverageOf(report, foundCount, claimSet.story.id),
    ...(report?.language ? { pageLanguage: report.language } : {}),
    foundCount,
    disputedCount: claims.filter((c) => c.disputed).length,
    pageOutlet,
  };
}

function matchesFilter(view: ClaimView, filter: ClaimFilter): boolean {
  if (filter === 'on-page') return view.onPage;
  if (filter === 'disputed') return view.disputed;
  return true;
}

/**
 * The claims to list: those passing the filter and, when a search is active (`found` not null),
 * found by it. The model's order is kept, so claims on the page stay first while searching.
 */
export function visibleClaims(
  claims: readonly ClaimView[],
  filter: ClaimFilter,
  found: ReadonlySet<string> | null,
): ClaimView[] {
  return claims.filter((c) => matchesFilter(c, filter) && (found === null || found.has(c.claim.id)));
}
