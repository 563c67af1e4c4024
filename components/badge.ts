// What the toolbar badge says for one page: the number of distinct known claims found (of every
// story the page covers), and a colour that tells whether any of them is disputed (by an outlet,
// or by the page's own wording); the title says it in words too (in the UI language), so colour is
// never the only signal.
import type { ClaimSet } from '../data/schema';
import { isDisputedOnPage } from './claim-status';
import type { PageReport } from './messaging';
import { plural } from './ui/i18n';

export const BADGE_COLOR_CONFIRMED = '#2f6f3e';
export const BADGE_COLOR_DISPUTED = '#b3261e';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

/** `stories`: the installed stories (claim ids are unique across them); the count is over all of them. */
export function badgeForReport(report: PageReport | null, stories: ClaimSet | readonly ClaimSet[]): Badge {
  const claimIds = new Set(report?.matches.map((m) => m.claimId) ?? []);
  const known = [stories].flat().flatMap((set) => set.claims.filter((c) => claimIds.has(c.id)).map((claim) => ({ claim, set })));
  if (known.length === 0) return { text: '', color: BADGE_COLOR_CONFIRMED, title: '' };
  const differing = new Set(report?.matches.filter((m) => m.differs).map((m) => m.claimId) ?? []);
  const disputed = known.filter(({ claim, set }) => isDisputedOnPage(claim, differing.has(claim.id), set));
  const claims = plural('badgeTitle', known.length);
  const title = disputed.length ? plural('badgeTitleDisputed', disputed.length, [disputed.length, claims]) : claims;
  return {
    text: String(known.length),
    color: disputed.length ? BADGE_COLOR_DISPUTED : BADGE_COLOR_CONFIRMED,
    title,
  };
}
