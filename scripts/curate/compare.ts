// Measures a draft pack against a hand-curated pack of the same articles. A draft claim stands for
// a hand claim when, for enough outlets, their quotes overlap in the outlet's article (the same
// words of the same sentence); claims are paired one to one, best overlap first. Reads the hand
// pack only here, after the draft is made.
import type { Claim, StoryPack } from '../../data/schema';
import { normaliseWhitespace } from '../../data/validate';

/** A draft claim stands for a hand claim when their quotes overlap for at least this many outlets… */
export const MATCH_MIN_OUTLETS = 2;
/** …and for at least this share of the outlets of the claim with fewer stances. */
export const MATCH_MIN_SHARE = 0.5;

export interface ClaimPair {
  hand: string;
  draft: string;
  /** Outlets whose quotes overlap. */
  outlets: string[];
}

export interface KeyDifference {
  id: string;
  label: string;
  /** The hand claim it is about. */
  claim: string;
  outlets: string[];
  /** `differs`: the draft gives these outlets different stances, the odd ones with a note; `present`: it has them all. */
  requires: 'differs' | 'present';
}

export interface Comparison {
  handClaims: number;
  draftClaims: number;
  /** One-to-one pairs. */
  pairs: ClaimPair[];
  /** Share of the hand claims the draft proposes (paired one to one). */
  recall: number;
  /** Draft claims that stand for some hand claim (paired or not). */
  draftMatching: number;
  precision: number;
  /** Over the paired claims' shared outlets: same stance. */
  stances: { agree: number; total: number; share: number };
  unmatchedHand: string[];
  unmatchedDraft: string[];
  keyDifferences: Array<KeyDifference & { surfaced: boolean; why: string }>;
}

type Spans = Map<string, [number, number]>;

function quoteSpans(claim: Claim, seeds: Map<string, string>, seedOf: Map<string, string>): Spans {
  const spans: Spans = new Map();
  for (const s of claim.stances) {
    const seed = seeds.get(seedOf.get(s.outlet) ?? '');
    const quote = normaliseWhitespace(s.quote);
    const at = seed?.indexOf(quote) ?? -1;
    if (at >= 0) spans.set(s.outlet, [at, at + quote.length]);
  }
  return spans;
}

function overlap(a: Spans, b: Spans): string[] {
  return [...a].filter(([o, [s, e]]) => {
    const other = b.get(o);
    return other !== undefined && s < other[1] && other[0] < e;
  }).map(([o]) => o);
}

/**
 * Compares `draft` with `hand`; both name their outlets' seeds, `seeds` maps a seed file name to
 * its text. Outlets are matched by seed file, so the two packs may id them differently.
 */
export function comparePacks(draft: StoryPack, hand: StoryPack, seeds: Record<string, string>, keys: readonly KeyDifference[] = []): Comparison {
  const text = new Map(Object.entries(seeds).map(([f, t]) => [f, normaliseWhitespace(t)]));
  // Outlets by the hand pack's ids: a draft outlet is the hand outlet with the same seed.
  const handIdOfSeed = new Map(hand.outlets.map((o) => [o.seed, o.id]));
  const draftToHand = new Map(draft.outlets.map((o) => [o.id, handIdOfSeed.get(o.seed) ?? `?${o.id}`]));
  const asHand = (c: Claim): Claim => ({ ...c, stances: c.stances.map((s) => ({ ...s, outlet: draftToHand.get(s.outlet)! })) });
  const seedOf = new Map(hand.outlets.map((o) => [o.id, o.seed]));
  const drafts = draft.claims.map(asHand);
  const handSpans = hand.claims.map((c) => quoteSpans(c, text, seedOf));
  const draftSpans = drafts.map((c) => quoteSpans(c, text, seedOf));
  const candidates: Array<{ h: number; d: number; outlets: string[]; jaccard: number }> = [];
  handSpans.forEach((hs, h) =>
    draftSpans.forEach((ds, d) => {
      const outlets = overlap(hs, ds);
      const smaller = Math.min(hs.size, ds.size);
      // One outlet's words are enough only for a hand claim of one outlet, and only taken the same way.
      const sameWay = outlets.length >= MATCH_MIN_OUTLETS || outlets.every((o) => hand.claims[h]!.stances.find((s) => s.outlet === o)?.stance === drafts[d]!.stances.find((s) => s.outlet === o)?.stance);
      const enough = sameWay && outlets.length >= Math.min(MATCH_MIN_OUTLETS, smaller) && outlets.length >= MATCH_MIN_SHARE * smaller;
      if (outlets.length > 0 && enough) candidates.push({ h, d, outlets, jaccard: outlets.length / new Set([...hs.keys(), ...ds.keys()]).size });
    }),
  );
  const pairs = pairOneToOne(candidates, hand.claims.length).map((c) => ({ hand: hand.claims[c.h]!.id, draft: drafts[c.d]!.id, outlets: c.outlets }));
  const usedH = new Set(pairs.map((p) => hand.claims.findIndex((c) => c.id === p.hand)));
  const usedD = new Set(pairs.map((p) => drafts.findIndex((c) => c.id === p.draft)));
  let agree = 0;
  let total = 0;
  for (const p of pairs) {
    const h = hand.claims.find((c) => c.id === p.hand)!;
    const d = drafts.find((c) => c.id === p.draft)!;
    for (const s of h.stances) {
      const other = d.stances.find((x) => x.outlet === s.outlet);
      if (!other) continue;
      total++;
      if (other.stance === s.stance) agree++;
    }
  }
  const draftMatching = new Set(candidates.map((c) => c.d)).size;
  const keyDifferences = keys.map((k) => ({ ...k, ...surfaced(k, pairs, drafts) }));
  return {
    handClaims: hand.claims.length,
    draftClaims: draft.claims.length,
    pairs,
    recall: pairs.length / Math.max(1, hand.claims.length),
    draftMatching,
    precision: draftMatching / Math.max(1, draft.claims.length),
    stances: { agree, total, share: total ? agree / total : 0 },
    unmatchedHand: hand.claims.filter((_, i) => !usedH.has(i)).map((c) => c.id),
    unmatchedDraft: drafts.filter((_, i) => !usedD.has(i)).map((c) => c.id),
    keyDifferences,
  };
}

type Candidate = { h: number; d: number; outlets: string[]; jaccard: number };

/**
 * The largest one-to-one pairing of hand and draft claims (Kuhn's augmenting paths), each hand
 * claim trying its best-overlapping draft claims first: a draft claim that stands for two hand
 * claims is given to the one no other draft claim can stand for.
 */
function pairOneToOne(candidates: readonly Candidate[], handCount: number): Candidate[] {
  const byHand = Array.from({ length: handCount }, (_, h) =>
    candidates.filter((c) => c.h === h).sort((a, b) => b.outlets.length - a.outlets.length || b.jaccard - a.jaccard || a.d - b.d),
  );
  const owner = new Map<number, Candidate>();
  const augment = (h: number, seen: Set<number>): boolean => {
    for (const c of byHand[h]!) {
      if (seen.has(c.d)) continue;
      seen.add(c.d);
      const held = owner.get(c.d);
      if (!held || augment(held.h, seen)) {
        owner.set(c.d, c);
        return true;
      }
    }
    return false;
  };
  // Strongest hand claims first, so ties keep the stronger pairs.
  const order = byHand.map((list, h) => ({ h, best: list[0]?.outlets.length ?? 0 })).sort((a, b) => b.best - a.best || a.h - b.h);
  for (const { h } of order) augment(h, new Set());
  return [...owner.values()].sort((a, b) => a.h - b.h);
}

function surfaced(k: KeyDifference, pairs: ClaimPair[], drafts: Claim[]): { surfaced: boolean; why: string } {
  const pair = pairs.find((p) => p.hand === k.claim);
  if (!pair) return { surfaced: false, why: `no draft claim stands for ${k.claim}` };
  const claim = drafts.find((c) => c.id === pair.draft)!;
  const stances = k.outlets.map((o) => claim.stances.find((s) => s.outlet === o));
  const missing = k.outlets.filter((_, i) => !stances[i]);
  if (missing.length) return { surfaced: false, why: `${pair.draft} has no stance for ${missing.join(', ')}` };
  if (k.requires === 'present') return { surfaced: true, why: `${pair.draft}: ${k.outlets.join(', ')} side by side` };
  const kinds = new Set(stances.map((s) => s!.stance));
  if (kinds.size < 2) return { surfaced: false, why: `${pair.draft}: all ${[...kinds][0]}` };
  const odd = stances.filter((s) => s!.stance !== 'confirms');
  if (odd.some((s) => !s!.note)) return { surfaced: false, why: `${pair.draft}: a differing stance has no note` };
  return { surfaced: true, why: `${pair.draft}: ${stances.map((s) => `${s!.outlet} ${s!.stance}${s!.note ? ` (${s!.note})` : ''}`).join('; ')}` };
}
