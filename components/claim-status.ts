// How a claim found on a page stands, in one place for the badge, the highlights and the card:
// "disputed" when an outlet disputes it or the page's own sentence differs from the outlets.
import type { Claim, ClaimSet, Stance } from '../data/schema';

export function isDisputedByOutlets(claim: Claim): boolean {
  return claim.stances.some((s) => s.stance === 'disputes');
}

export function isDisputedOnPage(claim: Claim, pageDiffers: boolean): boolean {
  return pageDiffers || isDisputedByOutlets(claim);
}

/** Outlet names by stance, plus the silent ones, in the claim set's outlet order. */
export function stanceSummary(claim: Claim, claimSet: ClaimSet): Record<Stance | 'silent', string[]> {
  const summary: Record<Stance | 'silent', string[]> = { confirms: [], disputes: [], qualifies: [], silent: [] };
  for (const outlet of claimSet.outlets) {
    const stance = claim.stances.find((s) => s.outlet === outlet.id);
    summary[stance?.stance ?? 'silent'].push(outlet.name);
  }
  return summary;
}
