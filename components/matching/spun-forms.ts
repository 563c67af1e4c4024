// Spun forms of a story's phrases. Sites that republish news through an article spinner (or through
// a round trip in machine translation) swap words for look-alikes: "defence firms" comes out as
// "protection organisations", "secondary sanctions" as "auxiliary approvals". The language lists
// the swaps its spinners make (Language.spunForms); a phrase of two words or more is then also
// looked for in the forms they give it. A single word is not, nor an anaphor ("the firm"; see
// lexicon.ts): "available" for "present" or "the agency" for "the firm" would be read everywhere.
// A swap replaces a word however inflected ("firm", "firms"); what it puts in is matched on stems,
// so the language's forms must not stem like common words of their own (see en-spun.ts).
import type { Language } from './languages/types';

/** Swaps in one form at most: a spinner rarely leaves fewer words, and more forms cost lookups. */
export const MAX_SWAPS = 2;
/** Forms of one phrase at most: every one-swap form first, then two-swap forms. */
export const MAX_FORMS = 32;

/** A word of a phrase as written (lower case) and as matched. */
export interface PhraseWord {
  text: string;
  stem: string;
}

interface Swap {
  /** The words replaced (stems: "firms" swaps "firm" too). */
  canon: string[];
  /** What each spun form reads as (stems). */
  spun: string[][];
}

/** The language's swaps by the first stem they replace. */
export type SpunTable = Map<string, Swap[]>;

const tables = new WeakMap<Language, SpunTable>();

/** The language's table, read once per language (empty where it lists none). */
export function spunTable(language: Language, read: (phrase: string) => PhraseWord[]): SpunTable {
  const known = tables.get(language);
  if (known) return known;
  const table: SpunTable = new Map();
  for (const [canon, forms] of language.spunForms ?? []) {
    const words = read(canon).map((w) => w.stem);
    if (words.length === 0) continue;
    const swap = { canon: words, spun: forms.map((f) => read(f).map((w) => w.stem)).filter((s) => s.length > 0) };
    const list = table.get(words[0]!) ?? [];
    list.push(swap);
    table.set(words[0]!, list);
  }
  tables.set(language, table);
  return table;
}

export interface SpunForm {
  stems: string[];
  /** The form opens with a swapped word ("protection organisations"), not with one of the phrase's own. */
  swappedHead: boolean;
}

interface Site {
  at: number;
  length: number;
  spun: string[];
}

/** The spun forms of a phrase (not the phrase itself): none for a single word. */
export function spunVariants(words: readonly PhraseWord[], table: SpunTable): SpunForm[] {
  if (table.size === 0 || words.length < 2) return [];
  const sites: Site[] = [];
  words.forEach((w, at) => {
    for (const swap of table.get(w.stem) ?? []) {
      if (!swap.canon.every((c, k) => words[at + k]?.stem === c)) continue;
      for (const spun of swap.spun) sites.push({ at, length: swap.canon.length, spun });
    }
  });
  const out: SpunForm[] = [];
  const seen = new Set<string>([words.map((w) => w.stem).join(' ')]);
  const emit = (chosen: Site[]) => {
    const stems: string[] = [];
    let swappedHead = false;
    for (let k = 0; k < words.length; ) {
      const site = chosen.find((s) => s.at === k);
      if (site) {
        stems.push(...site.spun);
        if (k === 0) swappedHead = true;
        k += site.length;
      } else stems.push(words[k++]!.stem);
    }
    const key = stems.join(' ');
    if (stems.length > 0 && !seen.has(key)) {
      seen.add(key);
      out.push({ stems, swappedHead });
    }
  };
  for (const site of sites) if (out.length < MAX_FORMS) emit([site]);
  for (let i = 0; i < sites.length && MAX_SWAPS > 1; i++) {
    for (let j = i + 1; j < sites.length && out.length < MAX_FORMS; j++) {
      if (sites[j]!.at >= sites[i]!.at + sites[i]!.length) emit([sites[i]!, sites[j]!]);
    }
  }
  return out;
}
