import { describe, expect, it } from 'vitest';
import { claimSet } from '../../../data';
import type { PageMatch } from '../../messaging';
import {
  buildCompareModel,
  compareGroups,
  contestedScore,
  DEFAULT_VIEW,
  filterCounts,
  pageStatus,
  passesFilter,
  shownCount,
  timelineOf,
} from './compare-model';
import { mockCompareSet, mockReport, unrelatedReport } from './fixtures/mock-compare';

const ids = (groups: ReturnType<typeof compareGroups>) => groups.flatMap((g) => g.rows.map((r) => r.claim.id));
const match = (over: Partial<PageMatch>): PageMatch => ({ claimId: 'x', text: 't', polarity: 'affirms', differences: [], differs: false, ...over });

describe('buildCompareModel', () => {
  it('gives every claim one cell per outlet, in the outlets’ order, silent ones included', () => {
    const model = buildCompareModel(mockCompareSet, null);
    expect(model.rows.map((r) => r.claim.id)).toEqual(mockCompareSet.claims.map((c) => c.id));
    const repair = model.rows.find((r) => r.claim.id === 'repair-cost-4m')!;
    expect(repair.cells.map((c) => [c.outlet.id, c.position])).toEqual([
      ['daily-ledger', 'confirms'],
      ['river-times', 'qualifies'],
      ['civic-wire', 'silent'],
    ]);
    expect(repair.cells[1]).toMatchObject({ quote: 'the council puts the bill at €4.5 million', note: 'Gives €4.5 million, not €4 million.' });
    expect(repair.cells[2]!.quote).toBeUndefined();
  });

  it('has no "This page" cells, filter or coverage without a report', () => {
    const model = buildCompareModel(mockCompareSet, null);
    expect(model.hasPage).toBe(false);
    expect(model.coverage).toBe('not-checked');
    expect(model.rows.every((r) => r.page === undefined)).toBe(true);
  });

  it('says what the page does with each claim, ignoring claims the set does not know', () => {
    const model = buildCompareModel(mockCompareSet, mockReport);
    expect(model.hasPage).toBe(true);
    expect(model.foundCount).toBe(3);
    expect(model.coverage).toBe('found');
    const status = Object.fromEntries(model.rows.map((r) => [r.claim.id, r.page!.status]));
    expect(status).toEqual({
      'bridge-closed-monday': 'confirms',
      'repair-cost-4m': 'differs',
      'mayor-ordered-closure': 'absent',
      'reopen-in-spring': 'absent',
      'cracks-found-in-june': 'confirms',
    });
    expect(model.rows[0]!.page!.matches).toHaveLength(2);
  });

  it('says when the page is off the story', () => {
    expect(buildCompareModel(mockCompareSet, unrelatedReport).coverage).toBe('not-covered');
    expect(buildCompareModel(mockCompareSet, { ...unrelatedReport, storyDetected: true }).coverage).toBe('no-claims');
  });

  it('lists developments since publication per claim, leaving out the first report', () => {
    const model = buildCompareModel(mockCompareSet, null);
    const since = Object.fromEntries(model.rows.map((r) => [r.claim.id, r.since.map((d) => `${d.id}:${d.bears}`)]));
    expect(since).toEqual({
      'bridge-closed-monday': [],
      'repair-cost-4m': [],
      'mayor-ordered-closure': ['mayor-denial:disputes'],
      'reopen-in-spring': ['mayor-denial:disputes'],
      'cracks-found-in-june': ['engineers-reconfirm:confirms'],
    });
  });

  it('stands a claim disputed (an outlet, or the page), contested (denied since) or confirmed', () => {
    const standing = (report: typeof mockReport | null) =>
      Object.fromEntries(buildCompareModel(mockCompareSet, report).rows.map((r) => [r.claim.id, r.standing]));
    expect(standing(null)).toEqual({
      'bridge-closed-monday': 'confirmed',
      'repair-cost-4m': 'confirmed',
      'mayor-ordered-closure': 'disputed',
      'reopen-in-spring': 'contested',
      'cracks-found-in-june': 'confirmed',
    });
    // The page gives another figure for the cost.
    expect(standing(mockReport)['repair-cost-4m']).toBe('disputed');
  });

  it('names the outlet whose article the page is', () => {
    const onRiverTimes = { ...mockReport, url: 'https://rivertimes.example/2025/bridge' };
    const model = buildCompareModel(mockCompareSet, onRiverTimes);
    expect(model.pageOutlet?.id).toBe('river-times');
    expect(model.rows[0]!.cells.filter((c) => c.isThisPage).map((c) => c.outlet.id)).toEqual(['river-times']);
  });

  it('lists the topics in the schema’s order, and the timeline by date, the first report included', () => {
    const model = buildCompareModel(mockCompareSet, null);
    expect(model.topics).toEqual(['when-and-where', 'who-led', 'what-was-proposed', 'context']);
    expect(model.timeline.map((d) => d.id)).toEqual(['ledger-first-report', 'engineers-reconfirm', 'mayor-denial']);
  });
});

describe('pageStatus', () => {
  it.each([
    [[], 'absent'],
    [[match({})], 'confirms'],
    [[match({ polarity: 'uncertain' })], 'open'],
    [[match({ polarity: 'uncertain' }), match({})], 'confirms'],
    [[match({ differences: [{ kind: 'percent', page: 76, claim: 36 }], differs: true }), match({})], 'differs'],
    [[match({}), match({ polarity: 'denies', differs: true }), match({ differences: [{ kind: 'count', page: 5, claim: 6 }], differs: true })], 'denies'],
  ] as Array<[PageMatch[], string]>)('%j -> %s', (matches, status) => {
    expect(pageStatus(matches)).toBe(status);
  });
});

describe('contestedScore', () => {
  it('counts disputes, qualifications and disputing developments', () => {
    const score = (id: string) => contestedScore(mockCompareSet.claims.find((c) => c.id === id)!, mockCompareSet);
    expect(score('bridge-closed-monday')).toBe(0);
    expect(score('repair-cost-4m')).toBe(1);
    expect(score('mayor-ordered-closure')).toBe(2);
    expect(score('reopen-in-spring')).toBe(1);
  });

  it('on the bundled story, ranks the claim three outlets report differently first, then those at two', () => {
    const rows = buildCompareModel(claimSet, null).rows;
    const [first] = compareGroups(rows, { ...DEFAULT_VIEW, sort: 'contested' });
    expect(first!.rows[0]!.claim.id).toBe('meetings-prepared-putin-visit');
    // One outlet disputes it and Adani denied it since: two.
    expect(first!.rows.slice(1, 7).map((r) => r.claim.id)).toContain('adani-ceo-rajvanshi-represented-adani');
    const scores = first!.rows.map((r) => r.contested);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('compareGroups', () => {
  const rows = buildCompareModel(mockCompareSet, mockReport).rows;

  it('groups by topic by default, in the schema’s order, claims in the set’s order within', () => {
    const groups = compareGroups(rows, DEFAULT_VIEW);
    expect(groups.map((g) => g.topic)).toEqual(['when-and-where', 'who-led', 'what-was-proposed', 'context']);
    expect(ids(groups)).toEqual(['bridge-closed-monday', 'mayor-ordered-closure', 'repair-cost-4m', 'reopen-in-spring', 'cracks-found-in-june']);
  });

  it('sorts most contested first in one group without a header, ties in the set’s order', () => {
    const groups = compareGroups(rows, { ...DEFAULT_VIEW, sort: 'contested' });
    expect(groups.map((g) => g.topic)).toEqual([null]);
    expect(ids(groups)).toEqual(['mayor-ordered-closure', 'repair-cost-4m', 'reopen-in-spring', 'bridge-closed-monday', 'cracks-found-in-june']);
  });

  it('filters to the disputed or contested, to those on the page, and to a topic', () => {
    expect(ids(compareGroups(rows, { ...DEFAULT_VIEW, filter: 'disputed' }))).toEqual(['mayor-ordered-closure', 'repair-cost-4m', 'reopen-in-spring']);
    expect(ids(compareGroups(rows, { ...DEFAULT_VIEW, filter: 'on-page' }))).toEqual(['bridge-closed-monday', 'repair-cost-4m', 'cracks-found-in-june']);
    expect(ids(compareGroups(rows, { ...DEFAULT_VIEW, topic: 'what-was-proposed' }))).toEqual(['repair-cost-4m', 'reopen-in-spring']);
    expect(ids(compareGroups(rows, { sort: 'contested', filter: 'on-page', topic: 'what-was-proposed' }))).toEqual(['repair-cost-4m']);
    expect(compareGroups(rows, { ...DEFAULT_VIEW, filter: 'on-page', topic: 'who-led' })).toEqual([]);
  });

  it('counts what each filter would show under a topic', () => {
    expect(filterCounts(rows, 'all')).toEqual({ all: 5, disputed: 3, 'on-page': 3 });
    expect(filterCounts(rows, 'what-was-proposed')).toEqual({ all: 2, disputed: 2, 'on-page': 1 });
    expect(shownCount(compareGroups(rows, DEFAULT_VIEW))).toBe(5);
  });

  it('finds nothing on the page without a report', () => {
    const [row] = buildCompareModel(mockCompareSet, null).rows;
    expect(passesFilter(row!, 'on-page')).toBe(false);
  });
});

describe('timelineOf', () => {
  it('keeps same-day developments in the order written', () => {
    const sameDay = timelineOf(claimSet).filter((d) => d.date === '2025-12-10').map((d) => d.id);
    expect(sameDay).toEqual(claimSet.developments!.filter((d) => d.date === '2025-12-10').map((d) => d.id));
    expect(timelineOf(claimSet)[0]).toMatchObject({ id: 'reuters-first-report', kind: 'report', date: '2025-12-09' });
    expect(timelineOf({})).toEqual([]);
  });
});
