// How a claim stands, in one place for the badge, the highlights, the card, the popup and the
// comparison page: "disputed" when an outlet disputes it or the page's own sentence states it
// otherwise; "contested" when, after publication, someone it is about denied it (even where every
// outlet confirms it); its developments in date order.
import type { Claim, ClaimSet, Development, Stance } from '../data/schema';

export function isDisputedByOutlets(claim: Claim): boolean {
  return claim.stances.some((s) => s.stance === 'disputes');
}

/** The developments that bear on a claim, in date order (as the data keeps them). */
export function developmentsOf(claimId: string, claimSet: Pick<ClaimSet, 'developments'>): Array<Development & { bears: 'confirms' | 'disputes' }> {
  return (claimSet.developments ?? []).flatMap((d) => {
    const on = d.claims.find((c) => c.claim === claimId);
    return on ? [{ ...d, bears: on.bears }] : [];
  });
}

/** Denied after publication (a denial, a retraction, a correction that disputes it). */
export function isContested(claimId: string, claimSet: Pick<ClaimSet, 'developments'>): boolean {
  return developmentsOf(claimId, claimSet).some((d) => d.bears === 'disputes');
}

export type Standing = 'confirmed' | 'disputed' | 'contested';

/** Disputed (by an outlet or this page) before contested (afterwards), before confirmed. */
export function claimStanding(claim: Claim, claimSet: Pick<ClaimSet, 'developments'>, pageDiffers = false): Standing {
  if (pageDiffers || isDisputedByOutlets(claim)) return 'disputed';
  return isContested(claim.id, claimSet) ? 'contested' : 'confirmed';
}

/** Is the claim, as found on a page, one a reader should see flagged (disputed or contested)? */
export function isDisputedOnPage(claim: Claim, pageDiffers: boolean, claimSet?: Pick<ClaimSet, 'developments'>): boolean {
  return claimStanding(claim, claimSet ?? {}, pageDiffers) !== 'confirmed';
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
