// What the comparison page shows, computed from the claim set and the page's report: one row per
// claim (every outlet's position, what happened since, what this page says), the sort, filters
// and topic groups, and the timeline. Pure: no DOM, no browser API.
import { TOPICS, type Claim, type ClaimSet, type Development, type Outlet, type Topic } from '../../../data/schema';
import { outletAtUrl } from '../../../data';
import { claimStanding, developmentsOf, type Standing } from '../../claim-status';
import { claimTextFor, outletLanguage, type TextInLanguage } from '../../claim-text';
import type { PageMatch, PageReport } from '../../messaging';
import { coverageOf, type Coverage, type Position } from '../claim-view-model';

/** One outlet's cell: its position, its words and the note on what differs. */
export interface OutletCell {
  outlet: Outlet;
  position: Position;
  quote?: string;
  /** The language of the outlet's words (its own, not the reader's). */
  quoteLang: string;
  note?: string;
  /** The outlet's article is the page the comparison was opened from. */
  isThisPage: boolean;
}

/** What the page's sentences do with a claim, strongest first (see `pageStatus`). */
export type PageStatus = 'denies' | 'differs' | 'confirms' | 'open' | 'absent';

export interface PageCell {
  status: PageStatus;
  /** The page's sentences that make the claim, in the report's order. */
  matches: PageMatch[];
}

export type ClaimDevelopment = Development & { bears: 'confirms' | 'disputes' };

export interface CompareRow {
  claim: Claim;
  /** The claim's text as the reader sees it: translated when the data has their language (see claim-text.ts). */
  text: TextInLanguage;
  /** The language of the story's own words (notes on what differs, development summaries) and of the page's matched sentences. */
  storyLang: string;
  /** One per outlet, in the claim set's outlet order. */
  cells: OutletCell[];
  /** What happened after publication (the first report itself is the publication: left out). */
  since: ClaimDevelopment[];
  standing: Standing;
  /** See `contestedScore`. */
  contested: number;
  /** Present when the page answered. */
  page?: PageCell;
}

export interface CompareModel {
  rows: CompareRow[];
  /** The page answered: the "This page" column and filter exist. */
  hasPage: boolean;
  /** The outlet whose article the page is, if any. */
  pageOutlet?: Outlet;
  /** Distinct claims the page makes. */
  foundCount: number;
  /** What the page holds of the story ('not-checked' when it did not answer). */
  coverage: Coverage;
  /** The page's language, when it said (for 'other-language'). */
  pageLanguage?: string;
  /** The topics the claims have, in the schema's order. */
  topics: Topic[];
  /** Every development, the first report included, in date order. */
  timeline: Development[];
  /** The language of the story's title, summary and development summaries. */
  storyLang: string;
}

export const COMPARE_SORTS = ['topic', 'contested'] as const;
export type CompareSort = (typeof COMPARE_SORTS)[number];
export const COMPARE_FILTERS = ['all', 'disputed', 'on-page'] as const;
export type CompareFilter = (typeof COMPARE_FILTERS)[number];

export interface CompareView {
  sort: CompareSort;
  filter: CompareFilter;
  /** One topic, or every topic. */
  topic: Topic | 'all';
}

export const DEFAULT_VIEW: CompareView = { sort: 'topic', filter: 'all', topic: 'all' };

/** A run of rows under one topic header; `topic` is null when sorted by how contested (one run, no header). */
export interface CompareGroup {
  topic: Topic | null;
  rows: CompareRow[];
}

/**
 * What the page does with a claim, over all its sentences that make it. Saying it is not so is
 * shown first (a page reporting a denial is the news), then another figure, then affirming; a
 * claim the page only asks about or hedges is "open".
 */
export function pageStatus(matches: readonly PageMatch[]): PageStatus {
  if (matches.length === 0) return 'absent';
  if (matches.some((m) => m.polarity === 'denies')) return 'denies';
  if (matches.some((m) => m.differences.length > 0)) return 'differs';
  if (matches.some((m) => m.polarity === 'affirms')) return 'confirms';
  return 'open';
}

/** How contested a claim is: outlets disputing it, outlets reporting it differently, and denials since. */
export function contestedScore(claim: Claim, claimSet: Pick<ClaimSet, 'developments'>): number {
  const against = claim.stances.filter((s) => s.stance !== 'confirms').length;
  return against + developmentsOf(claim.id, claimSet).filter((d) => d.bears === 'disputes').length;
}

function rowOf(claim: Claim, claimSet: ClaimSet, matches: PageMatch[] | undefined, pageOutlet: Outlet | undefined, readerLocale: string): CompareRow {
  const language = claimSet.story.language;
  const cells = claimSet.outlets.map((outlet): OutletCell => {
    const stance = claim.stances.find((s) => s.outlet === outlet.id);
    const quoteLang = outletLanguage(outlet, language);
    return { outlet, position: stance?.stance ?? 'silent', quote: stance?.quote, quoteLang, note: stance?.note, isThisPage: outlet.id === pageOutlet?.id };
  });
  const pageDiffers = (matches ?? []).some((m) => m.differs);
  return {
    claim,
    text: claimTextFor(claim, readerLocale, language),
    storyLang: language,
    cells,
    since: developmentsOf(claim.id, claimSet).filter((d) => d.kind !== 'report'),
    standing: claimStanding(claim, claimSet, pageDiffers),
    contested: contestedScore(claim, claimSet),
    page: matches && { status: pageStatus(matches), matches },
  };
}

/** Developments by date; the data keeps them in date order, and a stable sort keeps same-day ones as written. */
export function timelineOf(claimSet: Pick<ClaimSet, 'developments'>): Development[] {
  return [...(claimSet.developments ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The model for a claim set and, when the page answered, its report (matches of unknown claims
 * ignored); claim texts in `readerLocale` where the data has it.
 */
export function buildCompareModel(claimSet: ClaimSet, report: PageReport | null, readerLocale = 'en'): CompareModel {
  const byClaim = new Map<string, PageMatch[]>();
  const known = new Set(claimSet.claims.map((c) => c.id));
  for (const match of report?.matches ?? []) {
    if (known.has(match.claimId)) byClaim.set(match.claimId, [...(byClaim.get(match.claimId) ?? []), match]);
  }
  const pageOutlet = report ? outletAtUrl(claimSet.outlets, report.url) : undefined;
  const rows = claimSet.claims.map((claim) => rowOf(claim, claimSet, report ? (byClaim.get(claim.id) ?? []) : undefined, pageOutlet, readerLocale));
  const present = new Set(claimSet.claims.map((c) => c.topic));
  return {
    rows,
    hasPage: report !== null,
    pageOutlet,
    foundCount: byClaim.size,
    coverage: coverageOf(report, byClaim.size, claimSet.story.id),
    ...(report?.language ? { pageLanguage: report.language } : {}),
    topics: TOPICS.filter((topic) => present.has(topic)),
    timeline: timelineOf(claimSet),
    storyLang: claimSet.story.language,
  };
}

/** "Disputed or contested": an outlet disputes it, the page states it otherwise, or it was denied since. */
export function passesFilter(row: CompareRow, filter: CompareFilter): boolean {
  if (filter === 'disputed') return row.standing !== 'confirmed';
  if (filter === 'on-page') return (row.page?.matches.length ?? 0) > 0;
  return true;
}

const inTopic = (row: CompareRow, topic: CompareView['topic']) => topic === 'all' || row.claim.topic === topic;

/** How many rows each filter would show under the chosen topic. */
export function filterCounts(rows: readonly CompareRow[], topic: CompareView['topic']): Record<CompareFilter, number> {
  const shown = rows.filter((r) => inTopic(r, topic));
  return {
    all: shown.length,
    disputed: shown.filter((r) => passesFilter(r, 'disputed')).length,
    'on-page': shown.filter((r) => passesFilter(r, 'on-page')).length,
  };
}

/**
 * The rows to show, in order. By topic: one group per topic in the schema's order, claims in the
 * claim set's order within it. By how contested: one group, most contested first (ties keep the
 * claim set's order: the sort is stable).
 */
export function compareGroups(rows: readonly CompareRow[], view: CompareView): CompareGroup[] {
  const shown = rows.filter((r) => inTopic(r, view.topic) && passesFilter(r, view.filter));
  if (view.sort === 'contested') {
    return shown.length ? [{ topic: null, rows: [...shown].sort((a, b) => b.contested - a.contested) }] : [];
  }
  return TOPICS.map((topic) => ({ topic, rows: shown.filter((r) => r.claim.topic === topic) })).filter((g) => g.rows.length > 0);
}

/** Rows shown by `compareGroups`, counted. */
export const shownCount = (groups: readonly CompareGroup[]) => groups.reduce((n, g) => n + g.rows.length, 0);
