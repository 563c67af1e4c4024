// What the hover card says about the claims of one highlighted sentence: pure, so it is tested
// without a page. Quotes are cut to their first lines: the popup has the rest.
import type { ClaimSet, Stance } from '../../data/schema';
import { isDisputedOnPage, stanceSummary } from '../claim-status';

/** Longest quote shown in the card, in characters; longer ones end with an ellipsis. */
export const CARD_QUOTE_MAX_CHARS = 160;
/** Quotes shown per claim (disputing ones first); one each when a sentence makes several claims. */
export const CARD_QUOTES_PER_CLAIM = 2;

export interface CardClaim {
  id: string;
  text: string;
  disputed: boolean;
  /** "This page says …" when the page's sentence differs from the outlets. */
  pageDifference?: string;
  summary: Record<Stance | 'silent', string[]>;
  evidence: Array<{ outlet: string; stance: Stance; quote: string }>;
}

export interface PageClaimMatch {
  claimId: string;
  differs: boolean;
  difference?: string;
}

const STANCE_ORDER: Record<Stance, number> = { disputes: 0, qualifies: 1, confirms: 2 };

export function shorten(text: string, max = CARD_QUOTE_MAX_CHARS): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.lastIndexOf(' ', max - 1);
  return `${clean.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

export function cardClaims(matches: PageClaimMatch[], claimSet: ClaimSet): CardClaim[] {
  const seen = new Set<string>();
  const out: CardClaim[] = [];
  const quotesPerClaim = new Set(matches.map((m) => m.claimId)).size > 1 ? 1 : CARD_QUOTES_PER_CLAIM;
  for (const match of matches) {
    const claim = claimSet.claims.find((c) => c.id === match.claimId);
    if (!claim || seen.has(claim.id)) continue;
    seen.add(claim.id);
    const evidence = [...claim.stances]
      .sort((a, b) => STANCE_ORDER[a.stance] - STANCE_ORDER[b.stance])
      .slice(0, quotesPerClaim)
      .map((s) => ({
        outlet: claimSet.outlets.find((o) => o.id === s.outlet)?.name ?? s.outlet,
        stance: s.stance,
        quote: shorten(s.quote),
      }));
    out.push({
      id: claim.id,
      text: claim.text,
      disputed: isDisputedOnPage(claim, match.differs),
      ...(match.differs ? { pageDifference: match.difference ?? 'worded differently from the outlets' } : {}),
      summary: stanceSummary(claim, claimSet),
      evidence,
    });
  }
  return out;
}
