import { describe, expect, it } from 'vitest';
import { claimSet, outletAtUrl } from '../../data';
import type { PageReport } from '../messaging';
import { buildPopupModel, isDisputed, visibleClaims, type ClaimView } from './claim-view-model';
import { mockClaimSet, mockReport, pageUrl, unrelatedReport } from './fixtures/mock-story';

const ids = (views: readonly ClaimView[]) => views.map((v) => v.claim.id);
const names = (entries: readonly { outlet: { id: string } }[]) => entries.map((e) => e.outlet.id);
const view = (views: readonly ClaimView[], id: string) => views.find((v) => v.claim.id === id)!;

describe('buildPopupModel', () => {
  const model = buildPopupModel(mockClaimSet, mockReport, pageUrl);

  it('lists the claims the page makes first, in page order, then the rest in claim-set order', () => {
    expect(ids(model.claims)).toEqual([
      'cracks-found-in-june',
      'bridge-closed-monday',
      'repair-cost-4m',
      'mayor-ordered-closure',
      'reopen-in-spring',
    ]);
  });

  it('counts distinct known claims, ignoring matches of claims the set lacks', () => {
    expect(model.foundCount).toBe(3);
    expect(model.coverage).toBe('found');
    expect(view(model.claims, 'bridge-closed-monday').pageMatches).toHaveLength(2);
  });

  it('groups every outlet by position, silent outlets included', () => {
    const mayor = view(model.claims, 'mayor-ordered-closure');
    expect(names(mayor.others.confirms)).toEqual(['daily-ledger']);
    expect(names(mayor.others.disputes)).toEqual(['river-times']);
    expect(names(mayor.others.qualifies)).toEqual([]);
    expect(names(mayor.others.silent)).toEqual(['civic-wire']);
    expect(mayor.others.disputes[0]).toMatchObject({ quote: expect.stringContaining('regional engineer'), note: expect.any(String) });
    expect(mayor.thisPage).toBeUndefined();
  });

  it('marks the sentences the page states differently', () => {
    const cost = view(model.claims, 'repair-cost-4m');
    expect(cost.differing.map((m) => m.differences)).toEqual([[{ kind: 'count', page: 6_000_000, claim: 4_000_000 }]]);
    expect(view(model.claims, 'cracks-found-in-june').differing).toEqual([]);
  });

  it('says how the page relates to the story', () => {
    expect(buildPopupModel(mockClaimSet, null, '').coverage).toBe('not-checked');
    expect(buildPopupModel(mockClaimSet, unrelatedReport, unrelatedReport.url).coverage).toBe('not-covered');
    const onTopic: PageReport = { ...unrelatedReport, storyDetected: true };
    expect(buildPopupModel(mockClaimSet, onTopic, onTopic.url).coverage).toBe('no-claims');
    // A page in a language no story is read in, when the page said which: the popup names it.
    const spanish: PageReport = { ...unrelatedReport, language: 'es', languageSupported: false };
    expect(buildPopupModel(mockClaimSet, spanish, spanish.url)).toMatchObject({ coverage: 'other-language', pageLanguage: 'es' });
    // Unsupported but unnamed, or named and read: just not the story.
    expect(buildPopupModel(mockClaimSet, { ...unrelatedReport, languageSupported: false }, spanish.url).coverage).toBe('not-covered');
    expect(buildPopupModel(mockClaimSet, { ...unrelatedReport, language: 'fr', languageSupported: true }, spanish.url).coverage).toBe('not-covered');
  });

  it('keeps the claim-set order when nothing was found', () => {
    expect(ids(buildPopupModel(mockClaimSet, null, '').claims)).toEqual(mockClaimSet.claims.map((c) => c.id));
  });

  it("takes the page's outlet out of the comparison when the page is an outlet's article", () => {
    const onOutlet = buildPopupModel(mockClaimSet, mockReport, 'http://rivertimes.example/2025/bridge?ref=home#top');
    expect(onOutlet.pageOutlet?.id).toBe('river-times');
    const mayor = view(onOutlet.claims, 'mayor-ordered-closure');
    expect(mayor.thisPage).toMatchObject({ position: 'disputes', isThisPage: true });
    expect(names(mayor.others.disputes)).toEqual([]);
    const reopen = view(onOutlet.claims, 'reopen-in-spring');
    expect(reopen.thisPage?.position).toBe('silent');
    expect(names(reopen.others.silent)).toEqual(['daily-ledger']);
  });

  it("falls back to the report's address when the page's is unknown", () => {
    const report: PageReport = { ...unrelatedReport, url: 'https://civicwire.example/story/bridge-repair/' };
    expect(buildPopupModel(mockClaimSet, report, '').pageOutlet?.id).toBe('civic-wire');
  });
});

describe('isDisputed (the "Disputed" filter)', () => {
  const model = buildPopupModel(mockClaimSet, mockReport, pageUrl);

  it('holds claims an outlet disputes or qualifies, or the page states differently', () => {
    expect(ids(model.claims.filter((c) => c.disputed))).toEqual(['repair-cost-4m', 'mayor-ordered-closure']);
    expect(model.disputedCount).toBe(2);
  });

  it('counts a differing page sentence even when every outlet confirms', () => {
    const claim = mockClaimSet.claims[0]!;
    expect(isDisputed(claim, [])).toBe(false);
    expect(isDisputed(claim, [{ claimId: claim.id, text: 'x', polarity: 'denies', differences: [], differs: true }])).toBe(true);
  });
});

describe('visibleClaims', () => {
  const { claims } = buildPopupModel(mockClaimSet, mockReport, pageUrl);

  it('filters by mode and keeps the order', () => {
    expect(visibleClaims(claims, 'all', null)).toHaveLength(5);
    expect(ids(visibleClaims(claims, 'on-page', null))).toEqual(['cracks-found-in-june', 'bridge-closed-monday', 'repair-cost-4m']);
    expect(ids(visibleClaims(claims, 'disputed', null))).toEqual(['repair-cost-4m', 'mayor-ordered-closure']);
  });

  it('intersects with the search, in model order not score order', () => {
    const found = new Set(['reopen-in-spring', 'repair-cost-4m', 'cracks-found-in-june']);
    expect(ids(visibleClaims(claims, 'all', found))).toEqual(['cracks-found-in-june', 'repair-cost-4m', 'reopen-in-spring']);
    expect(ids(visibleClaims(claims, 'disputed', found))).toEqual(['repair-cost-4m']);
  });
});

describe('outletAtUrl', () => {
  it.each(claimSet.outlets.map((o) => [o.id, o.url]))('finds %s at its address, however it is written', (id, url) => {
    const u = new URL(url);
    const bare = u.hostname.replace(/^www\./, '');
    for (const same of [url, `${url}/`, `${url}?utm_source=x#section`, `http://${bare}${u.pathname}`, `https://www.${bare}${u.pathname}`, `https://${bare.toUpperCase()}${u.pathname}`]) {
      expect(outletAtUrl(claimSet.outlets, same)?.id, same).toBe(id);
    }
    for (const other of [`https://${bare}${u.pathname}-other`, `https://${bare}/`]) {
      expect(outletAtUrl(claimSet.outlets, other), other).toBeUndefined();
    }
  });

  it('finds nothing for non-web or unparsable addresses', () => {
    expect(outletAtUrl(claimSet.outlets, '')).toBeUndefined();
    expect(outletAtUrl(claimSet.outlets, 'chrome://newtab')).toBeUndefined();
  });
});
