import { describe, expect, it } from 'vitest';
import { claimSet } from '../data';
import type { Claim, ClaimSet } from '../data/schema';
import { isDisputedByOutlets, isDisputedOnPage, stanceSummary } from './claim-status';

const claim = (id: string): Claim => {
  const found = claimSet.claims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
};
const outletName = (id: string) => claimSet.outlets.find((o) => o.id === id)!.name;

describe('isDisputedByOutlets', () => {
  it.each(claimSet.claims.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expect(isDisputedByOutlets(c)).toBe(c.stances.some((s) => s.stance === 'disputes'));
  });

  it('is true for the claim The Central Post disputes, false for one only confirmed or qualified', () => {
    expect(isDisputedByOutlets(claim('adani-ceo-rajvanshi-represented-adani'))).toBe(true);
    expect(isDisputedByOutlets(claim('sanjeev-kumar-led-delegation'))).toBe(false);
    expect(isDisputedByOutlets(claim('meetings-prepared-putin-visit'))).toBe(false); // qualifies only, no disputes
  });

  it('is false for a claim without stances', () => {
    expect(isDisputedByOutlets({ ...claim('sanjeev-kumar-led-delegation'), stances: [] })).toBe(false);
  });
});

describe('isDisputedOnPage', () => {
  it.each([
    ['adani-ceo-rajvanshi-represented-adani', false, true],
    ['adani-ceo-rajvanshi-represented-adani', true, true],
    ['sanjeev-kumar-led-delegation', false, false],
    ['sanjeev-kumar-led-delegation', true, true],
  ])('%s with the page differing=%s -> %s', (id, differs, expected) => {
    expect(isDisputedOnPage(claim(id), differs)).toBe(expected);
  });
});

describe('stanceSummary', () => {
  it.each(claimSet.claims.map((c) => [c.id, c] as const))('lists every outlet once, in outlet order: %s', (_id, c) => {
    const summary = stanceSummary(c, claimSet);
    const all = [...summary.confirms, ...summary.disputes, ...summary.qualifies, ...summary.silent];
    expect([...all].sort()).toEqual(claimSet.outlets.map((o) => o.name).sort());
    const order = claimSet.outlets.map((o) => o.name);
    for (const names of Object.values(summary)) {
      const positions = names.map((n) => order.indexOf(n));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
    for (const outlet of claimSet.outlets) {
      const stance = c.stances.find((s) => s.outlet === outlet.id)?.stance ?? 'silent';
      expect(summary[stance]).toContain(outlet.name);
    }
  });

  it('spells out sanjeev-kumar-led-delegation: two confirm, the rest are silent', () => {
    expect(stanceSummary(claim('sanjeev-kumar-led-delegation'), claimSet)).toEqual({
      confirms: [outletName('central-post'), outletName('business-emerge')],
      disputes: [],
      qualifies: [],
      silent: claimSet.outlets
        .filter((o) => o.id !== 'central-post' && o.id !== 'business-emerge')
        .map((o) => o.name),
    });
  });

  it('puts The Central Post under disputes for the Adani CEO claim', () => {
    expect(stanceSummary(claim('adani-ceo-rajvanshi-represented-adani'), claimSet).disputes).toEqual([
      outletName('central-post'),
    ]);
  });

  it('follows the claim set outlet order, not the stance order', () => {
    const c = claim('sanjeev-kumar-led-delegation');
    const reversed: ClaimSet = { ...claimSet, outlets: [...claimSet.outlets].reverse() };
    expect(stanceSummary({ ...c, stances: [...c.stances].reverse() }, claimSet).confirms).toEqual([
      outletName('central-post'),
      outletName('business-emerge'),
    ]);
    expect(stanceSummary(c, reversed).confirms).toEqual([outletName('business-emerge'), outletName('central-post')]);
  });

  it('ignores stances of outlets not in the claim set', () => {
    const c = claim('sanjeev-kumar-led-delegation');
    const stray = { ...c, stances: [...c.stances, { outlet: 'nowhere', stance: 'disputes' as const, quote: 'x', note: 'y' }] };
    expect(stanceSummary(stray, claimSet).disputes).toEqual([]);
  });
});
