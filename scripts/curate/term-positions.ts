// Where each term of a read sentence stands (word positions, punctuation not counted), and the
// groups of terms that stand close together: the words of one fact, in a sentence that may
// carry several ("…which includes over 500 producers, … though Tata Sons … did not participate").
import { figureKeys, type Unit } from './units';

export interface Placed {
  /** Word position (punctuation not counted). */
  word: number;
  /** Clause number (see clausesOf). */
  clause: number;
  /** Token indices it covers. */
  first: number;
  last: number;
}

/** Terms closer than this many words belong to one fact (on the seeds, a list of three firms spans 9 words). */
export const FACT_REACH = 10;

const cache = new WeakMap<Unit, Map<string, Placed[]>>();

/**
 * Clause of each token: the cue table's boundaries ("but", "though", ";") start one, except a
 * boundary word set off by commas ("The Adani Group, meanwhile, denied…"), which is an aside; its
 * terminators ("which", "who", ":") open a clause of their own that the next comma closes ("SIDM,
 * which includes over 500 producers, was also present").
 */
export function clausesOf(u: Unit): number[] {
  const tokens = u.view.tokens;
  const cues = u.view.cues.cues;
  const boundaries = new Set(cues.filter((c) => c.category === 'boundary').map((c) => c.first));
  const terminators = new Set(cues.filter((c) => c.category === 'terminator').map((c) => c.first));
  const out: number[] = [];
  let next = 0;
  let main = 0;
  let current = 0;
  tokens.forEach((t, i) => {
    const aside = tokens[i - 1]?.text === ',' && tokens[i + 1]?.text === ',';
    if (boundaries.has(i) && !aside) current = main = ++next;
    else if (terminators.has(i)) current = ++next;
    else if (t.text === ',' && current !== main) current = main;
    out.push(current);
  });
  return out;
}

/** Every term of the unit with the places it stands. */
export function positions(u: Unit): Map<string, Placed[]> {
  const known = cache.get(u);
  if (known) return known;
  const tokens = u.view.tokens;
  const wordAt: number[] = [];
  let n = 0;
  for (const t of tokens) wordAt.push(t.kind === 'punct' ? n : n++);
  const clause = clausesOf(u);
  const out = new Map<string, Placed[]>();
  const put = (term: string, first: number, last: number) => {
    if (!u.terms.has(term)) return;
    const list = out.get(term) ?? [];
    list.push({ word: wordAt[first]!, clause: clause[first]!, first, last });
    out.set(term, list);
  };
  const inName = new Set<number>();
  for (const m of u.view.mentions) {
    if (m.kind !== 'entity') continue;
    put(`@${m.id}`, m.first, m.last);
    for (let k = m.first; k <= m.last; k++) inName.add(k);
  }
  tokens.forEach((t, i) => !inName.has(i) && put(t.stem, i, i));
  for (const f of u.view.figures) if (!inName.has(f.at)) for (const k of figureKeys(f, u.view)) put(k, f.at, f.at);
  cache.set(u, out);
  return out;
}

/** Two terms of one fact stand in one clause, close together. */
const near = (a: Placed[], b: Placed[]) => a.some((x) => b.some((y) => x.clause === y.clause && Math.abs(x.word - y.word) <= FACT_REACH));

/** Groups of `terms` that stand close in every one of `units` (single linkage), each with its token span per unit. */
export function closeGroups(terms: readonly string[], units: readonly Unit[]): Array<{ terms: string[]; spans: Array<[number, number]> }> {
  const places = units.map(positions);
  const parent = terms.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < terms.length; i++) {
    for (let j = i + 1; j < terms.length; j++) {
      if (places.every((p) => near(p.get(terms[i]!) ?? [], p.get(terms[j]!) ?? []))) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, string[]>();
  terms.forEach((t, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), t]));
  return [...groups.values()].map((g) => ({
    terms: g,
    spans: places.map((p) => {
      // Each term where it stands near another of the group (a word may also occur elsewhere).
      const all = g.flatMap((t) => (p.get(t) ?? []).filter((x) => g.length === 1 || g.some((o) => o !== t && near([x], p.get(o) ?? []))));
      return [Math.min(...all.map((x) => x.first)), Math.max(...all.map((x) => x.last))] as [number, number];
    }),
  }));
}

