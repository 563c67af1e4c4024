// What differs between the outlets' sentences of one claim, and so each outlet's stance: a denial
// or negation where the others affirm (disputes), another figure or date (disputes), a vaguer date,
// no figure, a figure of something else, a name left out of a list (qualifies). Each with a note.
import { compatible } from '../../components/matching/compare-figures';
import type { Figure } from '../../components/matching/figures';
import { normaliseForMatching, normaliseText, toOriginalSpan } from '../../components/matching/normalise';
import type { Stance } from '../../data/schema';
import type { AlignedClaim, Member, TermWeights } from './align';
import { figureKeys, isAge, type Unit } from './units';
import { clausesOf } from './term-positions';

export type Polarity = 'affirms' | 'denies' | 'uncertain';

export interface Difference {
  kind: 'polarity' | 'figure' | 'vaguer' | 'measure' | 'list';
  note: string;
}

export interface MemberReading {
  article: number;
  member: Member;
  unit: Unit;
  polarity: Polarity;
  differences: Difference[];
  stance: Stance;
  note?: string;
}

/** Words after a clause's last claim word where a negation still bears on it ("startups working in drones, AI systems and battlefield technology was not clearly reported"). */
export const NEGATION_REACH = 8;

/** Token indices that carry the claim's terms in this sentence (between `from` and `to`). */
function coreTokens(u: Unit, core: ReadonlySet<string>, from = 0, to = Infinity): number[] {
  const at = new Set<number>();
  for (const m of u.view.mentions) if (m.kind === 'entity' && core.has(`@${m.id}`)) for (let k = m.first; k <= m.last; k++) at.add(k);
  u.view.tokens.forEach((t, i) => core.has(t.stem) && at.add(i));
  for (const f of u.view.figures) if (figureKeys(f, u.view).some((k) => core.has(k))) at.add(f.at);
  return [...at].filter((i) => i >= from && i <= to).sort((a, b) => a - b);
}

/** The words of a sentence between two tokens, verbatim as the article writes them; undefined when they cannot be mapped back. */
export function verbatim(u: Unit, first: number, last: number): string | undefined {
  const norm = normaliseText(u.text);
  const tokens = u.view.tokens;
  // The tokens' offsets are in the matcher's normalised sentence: mapped back when it is this one.
  if (norm.text !== normaliseForMatching(u.text) || !tokens[first] || !tokens[last]) return undefined;
  const span = toOriginalSpan(norm, tokens[first]!.start, tokens[last]!.end);
  return u.text.slice(span.start, span.end);
}

/** The same, for a note: the tokens as read when the words cannot be mapped back. */
export function surface(u: Unit, first: number, last: number): string {
  return verbatim(u, first, last) ?? u.view.tokens.slice(first, last + 1).map((t) => t.text).join(' ');
}

/** Whether the clause holding most of the claim says it, denies it, or leaves it open; and the cue. */
export function polarityOf(m: Member, core: ReadonlySet<string>, focus: ReadonlySet<string>): { polarity: Polarity; cue?: string } {
  const u = m.unit;
  const at = coreTokens(u, core, m.first, m.last);
  if (at.length === 0) return { polarity: 'affirms' };
  const { negated, hedged, cues } = u.view.cues;
  const clause = clausesOf(u);
  const focusAt = new Set(coreTokens(u, focus, m.first, m.last));
  const weightOfClause = new Map<number, number>();
  for (const i of at) weightOfClause.set(clause[i]!, (weightOfClause.get(clause[i]!) ?? 0) + (focusAt.has(i) ? 3 : 1));
  const main = [...weightOfClause].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
  const inMain = at.filter((i) => clause[i] === main);
  const last = inMain[inMain.length - 1]!;
  const bearing = (c: (typeof cues)[number]) => {
    if (clause[c.first] !== main) return false;
    const words = u.view.tokens.slice(last + 1, c.first).filter((t) => t.kind !== 'punct').length;
    return c.first > last && words <= NEGATION_REACH;
  };
  const denial = cues.find((c) => (c.category === 'negation' || c.category === 'denial' || c.category === 'falsity') && (inMain.some((i) => negated[i] && i > c.last) || bearing(c)));
  if (denial) return { polarity: 'denies', cue: denial.phrase };
  const hedge = cues.find((c) => c.category === 'hedge' && (inMain.some((i) => hedged[i]) || bearing(c)));
  if (hedge) return { polarity: 'uncertain', cue: hedge.phrase };
  return { polarity: 'affirms' };
}

type Kind = 'percent' | 'count' | 'age' | 'date';
const kindOf = (term: string): Kind | undefined =>
  term.startsWith('%') ? 'percent' : term.startsWith('#') ? 'count' : term.startsWith('age:') ? 'age' : term.startsWith('date:') ? 'date' : undefined;

/** The unit's figures of a kind; counts only of what the claim's count counts ("six executives", not "25-year-old"). */
function figuresOf(u: Unit, kind: Kind, counted: ReadonlySet<string>): Figure[] {
  return u.view.figures.filter((f) => {
    if (kind === 'age') return isAge(f, u.view);
    if (kind === 'count') return f.kind === 'count' && !isAge(f, u.view) && (counted.size === 0 || f.nouns.length === 0 || f.nouns.some((n) => counted.has(n)));
    return f.kind === kind;
  });
}

function figureText(u: Unit, f: Figure): string {
  const tokens = u.view.tokens;
  let last = f.at;
  // A figure's words: the number and what belongs to it ("36%", "October 29-30", "half a dozen").
  while (last + 1 < tokens.length && (tokens[last + 1]!.kind !== 'word' || ['percent', 'per', 'cent', 'dozen', 'a'].includes(tokens[last + 1]!.text) || (f.kind === 'date' && tokens[last + 1]!.kind === 'number'))) {
    if (tokens[last + 1]!.kind === 'punct' && !['%', '-', '.'].includes(tokens[last + 1]!.text)) break;
    last++;
  }
  while (last > f.at && tokens[last]!.kind === 'punct' && tokens[last]!.text !== '%') last--;
  const before = f.kind === 'date' && f.part ? Math.max(0, f.at - 1) : f.at;
  return surface(u, before, last);
}

const sameDate = (a: Extract<Figure, { kind: 'date' }>, b: Extract<Figure, { kind: 'date' }>) => a.month === b.month && a.days.join('-') === b.days.join('-');

/** The figure differences of one member against the others' most common figure of each kind in the claim. */
function figureDifferences(claim: AlignedClaim, u: Unit, members: Unit[], storyYears: ReadonlySet<number>): Difference[] {
  const out: Difference[] = [];
  // Every kind of figure two of its sentences give ("38" beside "July 6"), not only its focus: an
  // outlet that gives another figure has kept it out of the claim's signature.
  const counts = new Map<string, number>();
  for (const m of members) for (const t of m.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  const shared = [...counts].filter(([, n]) => n >= 2).map(([t]) => t);
  const kinds = new Set([...claim.focus, ...shared].map(kindOf).filter((k): k is Kind => !!k));
  // Giving none is vaguer only for a figure the claim is about; another shared figure is compared, not required.
  const required = new Set(claim.focus.map(kindOf));
  for (const kind of kinds) {
    const key = [...claim.focus, ...shared].find((t) => kindOf(t) === 'count');
    const counted = new Set(members.flatMap((m) => m.view.figures.filter((f) => f.kind === 'count' && key === `#${f.value}`).flatMap((f) => (f as { nouns: string[] }).nouns.slice(0, 2))));
    const own = figuresOf(u, kind, counted);
    const all = members.flatMap((m) => figuresOf(m, kind, counted).map((f) => ({ m, f })));
    if (kind === 'date') {
      const exact = all.filter(({ f }) => f.kind === 'date' && f.days.length > 0);
      const ref = exact.sort((a, b) => exact.filter((x) => sameDate(x.f as never, b.f as never)).length - exact.filter((x) => sameDate(x.f as never, a.f as never)).length)[0];
      if (!ref) continue;
      const r = ref.f as Extract<Figure, { kind: 'date' }>;
      const dates = own as Array<Extract<Figure, { kind: 'date' }>>;
      if (dates.some((d) => sameDate(d, r))) continue;
      if (dates.some((d) => d.days.length > 0)) out.push({ kind: 'figure', note: `gives another date, “${figureText(u, dates.find((d) => d.days.length)!)}”, where the others have “${figureText(ref.m, r)}”` });
      else if (dates.some((d) => d.month === r.month)) out.push({ kind: 'vaguer', note: `vaguer date: “${figureText(u, dates.find((d) => d.month === r.month)!)}”, where the others have “${figureText(ref.m, r)}”` });
      else if (required.has('date')) out.push({ kind: 'vaguer', note: `gives no date (the others: “${figureText(ref.m, r)}”)` });
      continue;
    }
    const values = all.map(({ f }) => (f as { value: number }).value);
    const refValue = values.sort((a, b) => values.filter((v) => v === b).length - values.filter((v) => v === a).length)[0];
    const ref = all.find(({ f }) => (f as { value: number }).value === refValue);
    if (!ref) continue;
    const rf = ref.f as Extract<Figure, { kind: 'percent' | 'count' }>;
    const same = own.filter((f) => compatible((f as typeof rf).value, (f as typeof rf).bound, rf.value, rf.bound) || compatible(rf.value, rf.bound, (f as typeof rf).value, (f as typeof rf).bound));
    if (own.length === 0) {
      if (required.has(kind)) out.push({ kind: 'vaguer', note: `gives no ${kind === 'age' ? 'age' : kind === 'percent' ? 'share' : 'number'} (the others: “${figureText(ref.m, rf)}”)` });
    } else if (same.length === 0) out.push({ kind: 'figure', note: `gives “${figureText(u, own[0]!)}” where the others have “${figureText(ref.m, rf)}”` });
    else {
      const others = own.filter((f) => !same.includes(f));
      const otherYears = u.view.figures.filter((f) => f.kind === 'year' && !storyYears.has(f.year));
      if (others.length || otherYears.length) out.push({ kind: 'measure', note: `also gives ${[...others, ...otherYears].map((f) => `“${figureText(u, f)}”`).join(', ')}` });
    }
  }
  return out;
}

/** Content words every other outlet uses for the claim and this one does not: it speaks of something else. */
function measureDifference(claim: AlignedClaim, u: Unit, others: Unit[], w: TermWeights, figureNotes: Difference[]): Difference | undefined {
  if (others.length < 2 || !claim.focus.some((t) => t.startsWith('%') || t.startsWith('#'))) return undefined;
  const lacking = claim.core.filter((t) => !/^[@%#]|:/.test(t) && !u.terms.has(t) && others.every((o) => o.terms.has(t)));
  const extra = figureNotes.some((d) => d.kind === 'measure');
  // Lacking the others' words alone is wording; with a second figure of the kind or another period, another measure.
  if (lacking.length === 0 || !extra) return undefined;
  const own = [...u.terms].filter((t) => !/^[@%#]|:/.test(t) && w.distinctive(t) && !others.some((o) => o.terms.has(t)));
  const word = (m: Unit, stem: string) => m.view.tokens.find((t) => t.stem === stem)?.text ?? stem;
  const theirs = lacking.map((t) => `“${word(others[0]!, t)}”`).join(', ');
  return { kind: 'measure', note: `says it of something else${own.length ? ` (${own.slice(0, 4).map((t) => `“${word(u, t)}”`).join(', ')})` : ''}: the others have ${theirs}` };
}

/** Names the other outlets list with the claim that this one leaves out. */
function listDifference(claim: AlignedClaim, u: Unit, others: Unit[], names: ReadonlyMap<string, string>): Difference | undefined {
  const listed = claim.focus.filter((t) => t.startsWith('@'));
  if (listed.length < 2) return undefined;
  const missing = listed.filter((t) => !u.terms.has(t) && others.filter((o) => o.terms.has(t)).length >= 2);
  if (missing.length === 0) return undefined;
  return { kind: 'list', note: `does not name ${missing.map((t) => names.get(t.slice(1)) ?? t.slice(1)).join(', ')}` };
}

const STANCE_OF: Record<Difference['kind'], Stance> = { polarity: 'disputes', figure: 'disputes', vaguer: 'qualifies', measure: 'qualifies', list: 'qualifies' };

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Reads every outlet's sentence of the claim: the claim's sense is what most outlets say (ties:
 * affirmed); an outlet saying the opposite disputes it, one leaving it open or vaguer qualifies it.
 * `names`: entity id -> the name to write; `storyYears`: years the story is set in.
 */
export function readMembers(claim: AlignedClaim, w: TermWeights, names: ReadonlyMap<string, string>, storyYears: ReadonlySet<number>): MemberReading[] {
  const core = new Set(claim.core);
  const focus = new Set(claim.focus);
  const members = [...claim.members.values()];
  const units = members.map((m) => m.unit);
  const polarities = members.map((m) => polarityOf(m, core, focus));
  const count = (p: Polarity) => polarities.filter((x) => x.polarity === p).length;
  const sense: Polarity = count('denies') > count('affirms') ? 'denies' : 'affirms';
  return [...claim.members].map(([article, member], i) => {
    const unit = member.unit;
    const others = units.filter((u) => u !== unit);
    const differences: Difference[] = [];
    const { polarity, cue } = polarities[i]!;
    if (polarity === 'uncertain') differences.push({ kind: 'vaguer', note: `leaves it open (“${cue}”)` });
    else if (polarity !== sense) differences.push({ kind: 'polarity', note: polarity === 'denies' ? `says it is not so (“${cue}”)` : 'says it is so, where the others deny it' });
    const figures = figureDifferences(claim, unit, units, storyYears);
    differences.push(...figures.filter((d) => d.kind !== 'measure'));
    const measure = measureDifference(claim, unit, others, w, figures);
    if (measure) differences.push({ ...measure, note: `${measure.note}${figures.some((d) => d.kind === 'measure') ? `; ${figures.find((d) => d.kind === 'measure')!.note}` : ''}` });
    const list = listDifference(claim, unit, others, names);
    if (list) differences.push(list);
    const stance: Stance = differences.some((d) => STANCE_OF[d.kind] === 'disputes') ? 'disputes' : differences.length ? 'qualifies' : 'confirms';
    const note = differences.length ? `${capitalise(differences.map((d) => d.note).join('; '))}.` : undefined;
    return { article, member, unit, polarity, differences, stance, ...(note ? { note } : {}) };
  });
}
