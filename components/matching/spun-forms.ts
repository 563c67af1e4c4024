// Spun forms of a story's phrases. Sites that republish news through an article spinner (or through
// a round trip in machine translation) swap words for look-alikes: "defence firms" comes out as
// "protection organisations", "secondary sanctions" as "auxiliary approvals". The language lists
// the swaps its spinners make (Language.spunForms); each phrase of two words or more is then also
// looked for in the forms they give it. Single words are not: "available" for "present" or
// "leaders" for "executives" would be read everywhere, not only in spun copy.
import type { Language } from './languages/types';

/** Swaps in one phrase at most: a spinner rarely leaves fewer words, and more forms cost lookups. */
export const MAX_SWAPS = 2;
/** Forms of one phrase at most (the first found, swapping from the left). */
export const MAX_FORMS = 16;

interface Swap {
  canon: string[];
  spun: string[][];
}

/** The language's swaps by the first stem of the words they replace. */
export type SpunTable = Map<string, Swap[]>;

const tables = new WeakMap<Language, SpunTable>();

/** The language's table compiled to stems, once per language (empty where it lists none). */
export function spunTable(language: Language, stems: (phrase: string) => string[]): SpunTable {
  const known = tables.get(language);
  if (known) return known;
  const table: SpunTable = new Map();
  for (const [canon, forms] of language.spunForms ?? []) {
    const canonStems = stems(canon);
    if (canonStems.length === 0) continue;
    const swap = { canon: canonStems, spun: forms.map(stems).filter((s) => s.length > 0) };
    const list = table.get(canonStems[0]!) ?? [];
    list.push(swap);
    table.set(canonStems[0]!, list);
  }
  tables.set(language, table);
  return table;
}

/** The spun forms of a phrase's stems (not the phrase itself); none for a single word. */
export function spunVariants(stems: readonly string[], table: SpunTable): string[][] {
  const out: string[][] = [];
  if (stems.length < 2 || table.size === 0) return out;
  const seen = new Set<string>([stems.join(' ')]);
  const walk = (at: number, built: string[], swaps: number) => {
    if (out.length >= MAX_FORMS) return;
    if (at === stems.length) {
      const key = built.join(' ');
      if (swaps > 0 && !seen.has(key)) {
        seen.add(key);
        out.push(built);
      }
      return;
    }
    if (swaps < MAX_SWAPS) {
      for (const swap of table.get(stems[at]!) ?? []) {
        if (!swap.canon.every((s, k) => stems[at + k] === s)) continue;
        for (const spun of swap.spun) walk(at + swap.canon.length, [...built, ...spun], swaps + 1);
      }
    }
    walk(at + 1, [...built, stems[at]!], swaps);
  };
  walk(0, [], 0);
  return out;
}
