// Separate facts one wording holds together: "at least six executives, including representatives
// from Adani Defence and Bharat Forge" reports a head count and two firms' presence, which other
// outlets report in separate sentences. Each facet (a name, a figure, a rare word the outlets
// share) with its own outlets becomes a claim of its own; claims that end up with the same words are one.
import { bestMember, COMPLETE_SHARE, coreOf, type AlignedClaim, type Member, type TermWeights } from './align';
import type { Unit } from './units';

const isNamed = (t: string) => /^[@%#]|^date:|^age:/.test(t);
/** A facet's weight relative to its claim's (only orders them). */
const FACET_WEIGHT = 0.99;

/** The claim, and one claim per facet when its names and figures stand in different sentences elsewhere. */
export function splitFacets(c: AlignedClaim, units: readonly Unit[], w: TermWeights): AlignedClaim[] {
  // Names and figures, and the rare words the outlets share ("sidelines", "sensitive"): each may be a fact of its own.
  const named = c.core.filter((t) => w.distinctive(t) && (isNamed(t) || !/:/.test(t)));
  const articles = [...new Set(units.map((u) => u.article))];
  // Names always written together (Tata Sons, Larsen & Toubro, Bharat Electronics) are one facet.
  const where = (t: string) => units.filter((u) => u.terms.has(t)).map((u) => u.id).join(',');
  const facets = new Map<string, string[]>();
  for (const t of named) facets.set(where(t), [...(facets.get(where(t)) ?? []), t]);
  if (facets.size < 2) return [c];
  const out: AlignedClaim[] = [c];
  for (const terms of facets.values()) {
    const members = new Map<number, Member>();
    const words = terms.every((t) => !isNamed(t));
    for (const a of articles) {
      const best = bestMember(units, a, c.core, w, terms);
      // A rare word alone brings in no other sentence than the claim's own, unless that one holds the claim.
      if (best && (!words || best.member.unit === c.members.get(a)?.unit || best.share >= COMPLETE_SHARE)) members.set(a, best.member);
    }
    if (members.size < 2) continue;
    const core = coreOf(members.values(), w).filter((t) => terms.includes(t) || c.core.includes(t));
    // As strong as the claim it comes from, a little less: when both say the same, the claim stays.
    out.push({ members, core, weight: c.weight * FACET_WEIGHT, focus: terms });
  }
  return out;
}

const overlaps = (a: Member, b: Member) => a.unit === b.unit && a.first <= b.last && b.first <= a.last;

/**
 * Claims whose members are the same words for at least two outlets, and differ in no outlet's
 * sentence, are one: the heavier is kept, with the other's outlets added.
 */
export function mergeDuplicates(claims: AlignedClaim[]): AlignedClaim[] {
  const kept: AlignedClaim[] = [];
  for (const c of [...claims].sort((a, b) => b.weight - a.weight)) {
    const same = kept.find((k) => {
      // Facets of one wording are different claims when their outlets differ.
      const sameOutlets = c.members.size === k.members.size && [...c.members.keys()].every((a) => k.members.has(a));
      if (k.focus.join(' ') !== c.focus.join(' ') && c.focus.length > 0 && !sameOutlets) return false;
      const shared = [...c.members].filter(([a]) => k.members.has(a));
      return shared.filter(([a, m]) => overlaps(m, k.members.get(a)!)).length >= Math.min(2, c.members.size) && shared.every(([a, m]) => k.members.get(a)!.unit === m.unit);
    });
    if (!same) kept.push(c);
    else for (const [a, m] of c.members) if (!same.members.has(a)) same.members.set(a, m);
  }
  return kept;
}
