// Aligns the outlets' sentences that report the same thing. Every pair of sentences from two
// outlets is compared on the terms they share, each weighted by how rare it is among all the
// sentences (an entity or a figure counts more), in groups of terms that stand close together in
// both (one fact of a long sentence); a strong group is a signature, and pairs with one signature
// are one claim. Outlets missed by the pairs join when their sentence holds the claim's core.
import { closeGroups } from './term-positions';
import type { Unit } from './units';

export interface TermWeights {
  weight(term: string): number;
  /** Rare enough to tell one fact from another. */
  distinctive(term: string): boolean;
}

/** An outlet's words for a claim: a sentence, and the tokens in it that carry the claim. */
export interface Member {
  unit: Unit;
  first: number;
  last: number;
}

export interface AlignedClaim {
  members: Map<number, Member>;
  /** Terms at least two members share, heaviest first. */
  core: string[];
  /** How strongly its outlets agree: the score of its strongest pair. */
  weight: number;
  /** The names and figures it is about (a facet's, or every distinctive one of its core). */
  focus: string[];
}

/** Entities and figures say more than a word: their weight is multiplied by this (chosen on the seeds: 1.5 keeps "36%" above "military"). */
export const NAMED_TERM_BOOST = 1.5;
/** A term in at most this share of all sentences (or in no more sentences than there are articles) is distinctive (on the seeds: 4 of 91 sentences; twice that for a name or figure). */
export const DISTINCTIVE_SHARE = 0.05;
/** A pair reports the same thing when one close group of shared terms holds at least this many distinctive terms… */
export const PAIR_MIN_DISTINCTIVE = 2;
/**
 * …and weighs at least as much as this many of the rarest terms (a term in one sentence weighs
 * ln(sentences)): on the seeds 2 × ln 91 ≈ 9, and the weakest true pair, "Adani Group denied", weighs 9.5.
 */
export const PAIR_MIN_RARE_WEIGHTS = 2;
/** …or, with one distinctive term, as much as this many: many shared common words are one wording ("Top Indian defence … held … meetings in Russia … potential joint"; 15 on the seeds). */
export const PAIR_STRONG_RARE_WEIGHTS = 10 / 3;
/** A pair joins a claim when this share of its signature's weight is in the claim's core. */
export const JOIN_SHARE = 0.6;
/** An outlet's sentence joins a claim it was not paired into when a close group of its terms holds this share of the claim's core weight. */
export const COMPLETE_SHARE = 0.5;

const isNamed = (t: string) => /^[@%#]|^date:|^age:/.test(t);

export function termWeights(units: readonly Unit[]): TermWeights {
  const count = new Map<string, number>();
  for (const u of units) for (const t of u.terms) count.set(t, (count.get(t) ?? 0) + 1);
  const n = Math.max(units.length, 1);
  // A fact every outlet reports once is in as many sentences as there are articles: still distinctive.
  const articles = new Set(units.map((u) => u.article)).size;
  return {
    weight: (t) => Math.log(n / (count.get(t) ?? 1)) * (isNamed(t) ? NAMED_TERM_BOOST : 1),
    distinctive: (t) => (count.get(t) ?? 0) <= Math.max(2, articles, DISTINCTIVE_SHARE * n) * (isNamed(t) ? 2 : 1),
  };
}

const weightOf = (terms: Iterable<string>, w: TermWeights) => [...terms].reduce((s, t) => s + w.weight(t), 0);

interface Pair {
  a: Member;
  b: Member;
  shared: string[];
  score: number;
}

function strongPairs(units: readonly Unit[], w: TermWeights): Pair[] {
  const pairs: Pair[] = [];
  const rarest = Math.log(Math.max(units.length, 2));
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      const a = units[i]!;
      const b = units[j]!;
      if (a.article === b.article) continue;
      const shared = [...a.terms].filter((t) => b.terms.has(t));
      if (shared.filter(w.distinctive).length === 0) continue;
      for (const g of closeGroups(shared, [a, b])) {
        const score = weightOf(g.terms, w);
        const rare = g.terms.filter(w.distinctive).length;
        if (rare === 0 || score < rarest * (rare >= PAIR_MIN_DISTINCTIVE ? PAIR_MIN_RARE_WEIGHTS : PAIR_STRONG_RARE_WEIGHTS)) continue;
        pairs.push({ a: { unit: a, first: g.spans[0]![0], last: g.spans[0]![1] }, b: { unit: b, first: g.spans[1]![0], last: g.spans[1]![1] }, shared: g.terms, score });
      }
    }
  }
  return pairs.sort((x, y) => y.score - x.score || x.a.unit.id - y.a.unit.id || x.b.unit.id - y.b.unit.id);
}

interface Draft {
  pairs: Pair[];
  terms: Map<string, number>;
  /** Unit id -> its member span here and its support (sum of its pairs' scores). */
  support: Map<number, { member: Member; score: number }>;
}

const signatureOf = (d: Draft) => [...d.terms].filter(([, n]) => n * 2 >= d.pairs.length || d.pairs.length === 1).map(([t]) => t);

function add(d: Draft, p: Pair): void {
  d.pairs.push(p);
  for (const t of p.shared) d.terms.set(t, (d.terms.get(t) ?? 0) + 1);
  for (const m of [p.a, p.b]) {
    const known = d.support.get(m.unit.id);
    const member = known ? { unit: m.unit, first: Math.min(known.member.first, m.first), last: Math.max(known.member.last, m.last) } : m;
    d.support.set(m.unit.id, { member, score: (known?.score ?? 0) + p.score });
  }
}

/** The claims the outlets' sentences share, strongest first. */
export function alignSentences(units: readonly Unit[], w: TermWeights = termWeights(units)): AlignedClaim[] {
  const drafts: Draft[] = [];
  for (const p of strongPairs(units, w)) {
    const total = weightOf(p.shared, w);
    let best: Draft | undefined;
    let bestShare = 0;
    for (const d of drafts) {
      const signature = new Set(signatureOf(d));
      const share = weightOf(p.shared.filter((t) => signature.has(t)), w) / total;
      if (share > bestShare) [best, bestShare] = [d, share];
    }
    if (best && bestShare >= JOIN_SHARE) add(best, p);
    else {
      const d: Draft = { pairs: [], terms: new Map(), support: new Map() };
      add(d, p);
      drafts.push(d);
    }
  }
  const claims = drafts.map((d) => toClaim(d, w));
  for (const c of claims) complete(c, units, w);
  return claims;
}

/** Terms two or more members share, heaviest first. */
export function coreOf(members: Iterable<Member>, w: TermWeights): string[] {
  const counts = new Map<string, number>();
  for (const m of members) for (const t of m.unit.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= 2).map(([t]) => t).sort((a, b) => w.weight(b) - w.weight(a));
}

function toClaim(d: Draft, w: TermWeights): AlignedClaim {
  const members = new Map<number, Member>();
  const ranked = [...d.support.values()].sort((x, y) => y.score - x.score || x.member.unit.id - y.member.unit.id);
  for (const { member } of ranked) if (!members.has(member.unit.article)) members.set(member.unit.article, member);
  const signature = signatureOf(d);
  const core = coreOf(members.values(), w).filter((t) => signature.includes(t));
  return { members, core, weight: Math.max(...d.pairs.map((p) => p.score)), focus: core.filter((t) => isNamed(t) && w.distinctive(t)) };
}

/** The outlet's sentence whose closest-standing terms hold most of `core` (and all of `must`), when any holds two distinctive ones. */
export function bestMember(units: readonly Unit[], article: number, core: readonly string[], w: TermWeights, must: readonly string[] = []): { member: Member; share: number } | undefined {
  const total = weightOf(core, w);
  let best: { member: Member; share: number } | undefined;
  for (const u of units) {
    if (u.article !== article || !must.every((t) => u.terms.has(t))) continue;
    const held = core.filter((t) => u.terms.has(t));
    if (held.length < 2) continue;
    for (const g of closeGroups(held, [u])) {
      // A figure the claim is about may stand apart from the words it shares ("…, this share fell to 36%").
      const alone = must.length > 0 && g.terms.every((t) => must.includes(t));
      if (!must.every((t) => g.terms.includes(t)) || (g.terms.length < 2 && !alone)) continue;
      if (must.length === 0 && g.terms.filter(w.distinctive).length < PAIR_MIN_DISTINCTIVE) continue;
      const share = weightOf(g.terms, w) / total;
      if (!best || share > best.share) best = { member: { unit: u, first: g.spans[0]![0], last: g.spans[0]![1] }, share };
    }
  }
  return best;
}

/** Outlets whose sentences were paired elsewhere but state this claim's core join it. */
function complete(c: AlignedClaim, units: readonly Unit[], w: TermWeights): void {
  const articles = new Set(units.map((u) => u.article));
  for (const a of articles) {
    if (c.members.has(a)) continue;
    // A sentence with the claim's distinctive figures and another of its words, or its distinctive
    // names and another rare word, states it.
    const figures = c.focus.length > 0 && c.focus.every((t) => !t.startsWith('@'));
    let named = c.focus.length ? bestMember(units, a, c.core, w, c.focus) : undefined;
    if (named && !figures && named.member.unit.terms.size && c.core.filter((t) => !c.focus.includes(t) && w.distinctive(t) && named!.member.unit.terms.has(t)).length === 0) named = undefined;
    const best = named ?? bestMember(units, a, c.core, w);
    if (best && (named || best.share >= COMPLETE_SHARE)) c.members.set(a, best.member);
  }
}
