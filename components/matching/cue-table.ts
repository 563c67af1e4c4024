// The language's cue table (cues.ts), compiled once per language and keyed by first word, and the
// longest cue at a word: what readCues looks up at every word of a sentence.
import type { CueRow, Language } from './languages/types';
import { tokenize, type Token } from './words';

export interface CompiledCue {
  row: CueRow;
  /** The cue's words as written, lower case. */
  stems: string[];
  /** Words written with "*": any word starting with them is the word. */
  prefix: boolean[];
}

export interface CueTable {
  /** Cues by their first word, longest first. */
  byFirst: Map<string, CompiledCue[]>;
  /** Cues whose first word is a prefix ("ложн*"), by its first letter, longest first. */
  byPrefixLetter: Map<string, CompiledCue[]>;
}

const compiled = new WeakMap<Language, CueTable>();

/** A cue phrase's words: each word's tokens, the last one a prefix when the word ends in "*". */
function compileCue(row: CueRow, language: Language): CompiledCue {
  const stems: string[] = [];
  const prefix: boolean[] = [];
  for (const word of row.phrase.toLowerCase().split(/\s+/)) {
    const star = word.length > 1 && word.endsWith('*');
    const tokens = tokenize(star ? word.slice(0, -1) : word, language);
    tokens.forEach((t, k) => {
      stems.push(t.text);
      prefix.push(star && k === tokens.length - 1);
    });
  }
  return { row, stems, prefix };
}

/** The cue table by first word, longest first; compiled once per language. */
export function cueTable(language: Language): CueTable {
  let table = compiled.get(language);
  if (table) return table;
  table = { byFirst: new Map(), byPrefixLetter: new Map() };
  for (const row of language.cues) {
    const cue = compileCue(row, language);
    if (cue.stems.length === 0) continue;
    const [index, key] = cue.prefix[0] ? [table.byPrefixLetter, cue.stems[0]![0]!] : [table.byFirst, cue.stems[0]!];
    const list = index.get(key) ?? [];
    list.push(cue);
    index.set(key, list);
  }
  // Longest first; among equals, the table's order (pseudo-negations and hedges come first).
  const longestFirst = (list: CompiledCue[]) => list.sort((a, b) => b.stems.length - a.stems.length);
  table.byFirst.forEach(longestFirst);
  table.byPrefixLetter.forEach(longestFirst);
  compiled.set(language, table);
  return table;
}

function cueMatches(tokens: Token[], i: number, cue: CompiledCue): boolean {
  return cue.stems.every((s, k) => {
    const text = tokens[i + k]?.text;
    return text !== undefined && (cue.prefix[k] ? text.startsWith(s) : text === s);
  });
}

/** The first of `cues` (longest first) found at token `i`; one that must open the sentence only where `opening`. */
function firstFitting(cues: CompiledCue[] | undefined, tokens: Token[], i: number, opening: boolean): CompiledCue | undefined {
  if (!cues) return undefined;
  for (const cue of cues) if ((opening || !cue.row.opening) && cueMatches(tokens, i, cue)) return cue;
  return undefined;
}

/** The longest cue at token `i`; a cue that must open the sentence only where `opening`. */
export function cueAt(tokens: Token[], i: number, table: CueTable, opening: boolean): CompiledCue | undefined {
  const text = tokens[i]!.text;
  const exact = firstFitting(table.byFirst.get(text), tokens, i, opening);
  // (Most languages have no prefix cues: not looked up for every word.)
  const prefixed = table.byPrefixLetter.size > 0 ? firstFitting(table.byPrefixLetter.get(text[0] ?? ''), tokens, i, opening) : undefined;
  if (!exact || !prefixed) return exact ?? prefixed;
  return prefixed.stems.length > exact.stems.length ? prefixed : exact;
}
