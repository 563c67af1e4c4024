// Groups the names the articles write into the story's entities: one entity for every way of
// writing it ("Adani Defence", "Adani Defense and Aerospace"), joined by shared words, a bracketed
// acronym, or a near spelling (fuse.js); each with its kind guessed and flagged for review.
import Fuse from 'fuse.js';
import { english } from '../../components/matching/languages/en';
import { phraseStems } from '../../components/matching/lexicon';
import type { Entity } from '../../data/schema';
import type { NameMention } from './names';
import { slugify } from './outlets-table';
import { isCommonWord, isGroupNoun, knownNameKind, type KnownKind } from './word-knowledge';

export interface SeenName extends NameMention {
  /** Index of the article (outlet) it was seen in. */
  article: number;
}

export interface ProposedEntity {
  entity: Entity;
  /** Articles that name it. */
  articles: Set<number>;
  mentions: number;
  /** How the kind was chosen (a title or an age, the name's form); `guess` kinds need review. */
  kindFrom: 'dictionary' | 'title' | 'outlet' | 'form' | 'guess';
  /** WordNet knows the name: it is famous, so it marks no one story. */
  known: boolean;
}

/** fuse.js score under which two names are one spelt differently ("Rajwanshi"/"Rajvanshi"); as the matcher's FUZZY_NAME_THRESHOLD. */
export const NAME_FUZZY_THRESHOLD = 0.25;
/** Shorter names are joined only when written alike: short names are alike too often. */
const FUZZY_MIN_CHARS = 6;

const stripThe = (name: string) => name.replace(/^the\s+/i, '');
const keyOf = (name: string) => phraseStems(stripThe(name), english).filter((s) => !english.stopwords.has(s) && s !== 'and').join(' ');

interface Group {
  keys: Set<string>;
  names: Map<string, number>;
  mentions: SeenName[];
}

function subset(short: string, long: string): boolean {
  const a = short.split(' ');
  const b = new Set(long.split(' '));
  return a.length < b.size && a.every((w) => b.has(w));
}

/** Groups the names; `outletNames` are the articles' own outlets (kind `outlet`). */
export function proposeEntities(seen: readonly SeenName[], outletNames: readonly string[]): ProposedEntity[] {
  const groups = new Map<string, Group>();
  const groupOf = (key: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { keys: new Set([key]), names: new Map(), mentions: [] }));
    return g;
  };
  const acronyms = new Map<string, string>();
  for (const m of seen) {
    const key = keyOf(m.text);
    if (!key) continue;
    const g = groupOf(key);
    const name = stripThe(m.text);
    g.names.set(name, (g.names.get(name) ?? 0) + 1);
    g.mentions.push(m);
    if (m.acronym) acronyms.set(keyOf(m.acronym), key);
  }
  const merge = (from: Group, into: Group) => {
    if (from === into) return;
    from.keys.forEach((k) => into.keys.add(k));
    from.names.forEach((n, name) => into.names.set(name, (into.names.get(name) ?? 0) + n));
    into.mentions.push(...from.mentions);
    for (const k of from.keys) groups.set(k, into);
  };
  for (const [acronym, key] of acronyms) if (groups.has(acronym)) merge(groups.get(acronym)!, groups.get(key)!);
  // A shorter name inside exactly one longer one is that one ("Rajvanshi", "Ashish Rajvanshi"),
  // unless the dictionary knows it as another thing ("Moscow" in "Moscow Times").
  const keys = [...groups.keys()].sort((a, b) => a.split(' ').length - b.split(' ').length);
  for (const short of keys) {
    const shortName = [...groups.get(short)!.names.keys()][0]!;
    const shortKind = knownNameKind(shortName);
    const owners = new Set(
      keys
        .filter((long) => subset(short, long))
        .map((long) => groups.get(long)!)
        .filter((g) => g !== groups.get(short) && (!shortKind || [...g.names.keys()].some((n) => knownNameKind(n) === shortKind))),
    );
    if (owners.size === 1) merge(groups.get(short)!, [...owners][0]!);
  }
  // Names written alike but for a letter or two, word by word ("Ashish Rajwanshi"): fuse.js on
  // each pair of long words, whole names never ("Adani Group" is not "Kalyani Group").
  const distinct = [...new Set(groups.values())];
  const alike = (a: string, b: string) => {
    const x = a.split(' ');
    const y = b.split(' ');
    return x.length === y.length && a !== b && x.every((w, i) => w === y[i] || (w.length >= FUZZY_MIN_CHARS && y[i]!.length >= FUZZY_MIN_CHARS && fuzzyEqual(w, y[i]!)));
  };
  for (const g of distinct) {
    for (const other of distinct) {
      if (groups.get([...g.keys][0]!) === groups.get([...other.keys][0]!)) continue;
      if ([...g.keys].some((k) => [...other.keys].some((o) => alike(k, o)))) merge(groups.get([...other.keys][0]!)!, groups.get([...g.keys][0]!)!);
    }
  }
  return finish([...new Set(groups.values())], outletNames);
}

function fuzzyEqual(a: string, b: string): boolean {
  const result = Fuse.match(a, b, { includeScore: true, threshold: NAME_FUZZY_THRESHOLD, ignoreLocation: true });
  return result.isMatch && (result.score ?? 1) < NAME_FUZZY_THRESHOLD;
}

function guessKind(g: Group, outletKeys: Set<string>): { kind: KnownKind | 'outlet'; from: ProposedEntity['kindFrom']; known: boolean } {
  const names = [...g.names.keys()];
  const known = names.map(knownNameKind).find(Boolean);
  if ([...g.keys].some((k) => outletKeys.has(k))) return { kind: 'outlet', from: 'outlet', known: !!known };
  if (known) return { kind: known, from: 'dictionary', known: true };
  if (g.mentions.some((m) => m.titled || m.aged)) return { kind: 'person', from: 'title', known: false };
  if (g.mentions.some((m) => m.placed)) return { kind: 'place', from: 'form', known: false };
  if (names.some((n) => /\p{N}/u.test(n))) return { kind: 'equipment', from: 'form', known: false };
  const words = names.flatMap((n) => n.split(/\s+/));
  if (names.some((n) => /&|^\p{Lu}{2,}$/u.test(n)) || words.some(isGroupNoun)) return { kind: 'organisation', from: 'form', known: false };
  // A common word in a name ("Forge", "Sons", "Ministry") makes a firm or body; all proper words, a person.
  if (words.some((w) => isCommonWord(w))) return { kind: 'organisation', from: 'guess', known: false };
  return names.some((n) => n.split(/\s+/).length >= 2) ? { kind: 'person', from: 'guess', known: false } : { kind: 'organisation', from: 'guess', known: false };
}

function finish(groups: Group[], outletNames: readonly string[]): ProposedEntity[] {
  const outletKeys = new Set(outletNames.map(keyOf));
  const used = new Set<string>();
  return groups
    .map((g) => {
      const names = [...g.names.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length).map(([n]) => n);
      const acronym = names.find((n) => /^\p{Lu}{2,}$/u.test(n));
      const multi = names.filter((n) => n.includes(' ')).sort((a, b) => a.length - b.length);
      let id = slugify(acronym ?? multi[0] ?? names[0]!);
      for (let n = 2; used.has(id); n++) id = `${slugify(names[0]!)}-${n}`;
      used.add(id);
      const { kind, from, known } = guessKind(g, outletKeys);
      return {
        entity: { id, kind, names },
        articles: new Set(g.mentions.map((m) => m.article)),
        mentions: g.mentions.length,
        kindFrom: from,
        known,
      };
    })
    .sort((a, b) => b.articles.size - a.articles.size || b.mentions - a.mentions);
}
