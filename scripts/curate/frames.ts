// A draft frame for each claim, in the matcher's terms (see data/schema.ts FrameSchema): its
// subject (the names it is about, else its heaviest word), its predicate and one `also` group
// (concepts made of the words the outlets use, with WordNet's synonyms of the first sense), and
// its figure. Every concept is listed for review.
import type { Concept, Entity, Frame } from '../../data/schema';
import type { AlignedClaim, TermWeights } from './align';
import { slugify } from './outlets-table';
import type { Unit } from './units';
import { WordNet } from '../vocabulary/wordnet';
import { english } from '../../components/matching/languages/en';
import { stemOf } from '../../components/matching/words';

/** Synonyms taken from WordNet per word: its first sense only, so few stray senses come in. */
export const WORDNET_SYNONYMS = 3;

export class ConceptBook {
  readonly concepts = new Map<string, Concept & { fromWordNet: string[] }>();
  private readonly byStem = new Map<string, string>();
  private wordnet: WordNet | undefined;

  constructor(private readonly taken: ReadonlySet<string>) {}

  /** The concept for a stem, made from the words `units` write with it. */
  conceptFor(stem: string, units: readonly Unit[]): string {
    const known = this.byStem.get(stem);
    const words = [...new Set(units.flatMap((u) => u.view.tokens.filter((t) => t.stem === stem).map((t) => t.text)))];
    if (known) {
      const c = this.concepts.get(known)!;
      c.phrases = [...new Set([...c.phrases, ...words])];
      return known;
    }
    const base = [...words].sort((a, b) => a.length - b.length)[0] ?? stem;
    let id = slugify(base);
    for (let n = 2; this.taken.has(id) || this.concepts.has(id); n++) id = `${slugify(base)}-${n}`;
    const synonyms = this.synonyms(base).filter((s) => !words.includes(s));
    this.concepts.set(id, { id, phrases: [...words, ...synonyms], fromWordNet: synonyms });
    this.byStem.set(stem, id);
    return id;
  }

  private synonyms(word: string): string[] {
    this.wordnet ??= new WordNet();
    const first = this.wordnet.senses(word, 1)[0];
    return (first?.words ?? [])
      .filter((w) => w.toLowerCase() !== word && w.split(' ').length <= 2 && w === w.toLowerCase())
      .slice(0, WORDNET_SYNONYMS);
  }

  /** Is the stem, as the outlets write it, a verb ("died", "found", "led")? Frames say what happened with a verb. */
  isVerb(stem: string, units: readonly Unit[]): boolean {
    this.wordnet ??= new WordNet();
    const words = units.flatMap((u) => u.view.tokens.filter((t) => t.stem === stem).map((t) => t.text));
    return words.some((w) => /ed$/.test(w) || this.wordnet!.senses(w, 1)[0]?.pos === 'verb');
  }

  list(): Concept[] {
    return [...this.concepts.values()].map(({ id, phrases }) => ({ id, phrases }));
  }
}

const isWord = (t: string) => !/^[@%#]|:/.test(t);
/** Month names are read as dates by the matcher's figure, never as a frame's word. */
const dateWords = new Set([...english.dates.months.keys()].map((m) => stemOf(m, english)));

export function frameFor(claim: AlignedClaim, w: TermWeights, entities: ReadonlyMap<string, Entity>, book: ConceptBook): Frame {
  const units = [...claim.members.values()].map((m) => m.unit);
  const entityTerms = (list: readonly string[]) => list.filter((t) => t.startsWith('@') && entities.has(t.slice(1))).map((t) => t.slice(1));
  // The names it is about: its focus's, else its core's (a claim about a date still has a subject).
  const names = entityTerms(claim.focus).length ? entityTerms(claim.focus) : entityTerms(claim.core);
  // The claim's words; when its core is only names and figures, the words its sentences share.
  const shared = (() => {
    const counts = new Map<string, number>();
    for (const u of units) for (const t of u.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    return [...counts].filter(([t, n]) => n >= 2 && isWord(t) && !dateWords.has(t)).map(([t]) => t);
  })();
  // Its core's words first, then the other words its sentences share (the verb may be among them).
  const own = claim.core.filter(isWord).filter((t) => !dateWords.has(t));
  const words = [...new Set([...own, ...shared])].sort((a, b) => Number(own.includes(b)) - Number(own.includes(a)) || w.weight(b) - w.weight(a));
  const subject = names.length ? names.slice(0, 3) : words.slice(0, 1).map((s) => book.conceptFor(s, units));
  // The predicate: a verb of the claim's words when it has one, else its next heaviest word.
  const others = names.length ? words : words.slice(1);
  const rest = [...others.filter((t) => book.isVerb(t, units)), ...others.filter((t) => !book.isVerb(t, units))];
  const predicate = rest.slice(0, 1).map((s) => book.conceptFor(s, units));
  const also = rest.slice(1, 3).map((s) => book.conceptFor(s, units));
  const frame: Frame = { subject, predicate: predicate.length ? predicate : subject.slice(0, 1) };
  if (also.length) frame.also = [also];
  const figure = figureSpec(claim, units, book);
  if (figure) frame.figure = figure;
  return frame;
}

function figureSpec(claim: AlignedClaim, units: readonly Unit[], book: ConceptBook): Frame['figure'] {
  const key = claim.focus.find((t) => /^[%#]|^date:/.test(t));
  if (!key) return undefined;
  for (const u of units) {
    for (const f of u.view.figures) {
      if (key.startsWith('%') && f.kind === 'percent' && `%${Math.round(f.value * 10) / 10}` === key) return { kind: 'percent', value: Math.round(f.value * 10) / 10, bound: f.bound };
      if (key.startsWith('date:') && f.kind === 'date' && `date:${f.month}:${f.days.join('-')}` === key) return { kind: 'date', month: f.month, days: f.days, ...(f.year ? { year: f.year } : {}) };
      if (key.startsWith('#') && f.kind === 'count' && `#${f.value}` === key && f.nouns.length && Number.isInteger(f.value)) {
        return { kind: 'count', value: f.value, bound: f.bound, counts: [book.conceptFor(f.nouns[0]!, units)] };
      }
    }
  }
  return undefined;
}
