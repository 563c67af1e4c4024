// Where a story gate's terms stand in a text, at the start of a word: whether a group's do
// (containsTerm), and every place, found in one scan of every group's terms at once, with the
// groups whose terms stand there: what both the page's verdict and its passages' are read from,
// when the one text is judged for both (see analyse-text.ts).
import type { CompiledSignalGroup, ScanText } from './story-gate';
import { LETTER_OR_DIGIT, leadingCharacters, termPatterns } from './story-gate-terms';

/**
 * What a character before a hit must not be for the hit to start a word, in a text that is not
 * lower-cased (the patterns test only what follows; a lower-cased text's patterns test it too).
 */
export const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A lower-cased text's terms (a pattern for lower-cased text) at its start (sticky), and after a
 * character that is no letter or digit (a word's start): found without trying every place inside
 * words, a third faster than the pattern alone, whose hits inside words are then left out.
 */
interface WordStartPatterns {
  first: RegExp;
  after: RegExp;
}
const wordStartPatterns = new WeakMap<RegExp, WordStartPatterns>();
function atWordStart(lowerPattern: RegExp): WordStartPatterns {
  let patterns = wordStartPatterns.get(lowerPattern);
  if (!patterns) {
    patterns = { first: new RegExp(lowerPattern.source, 'y'), after: new RegExp(`[^${LETTER_OR_DIGIT}]${lowerPattern.source}`, 'g') };
    wordStartPatterns.set(lowerPattern, patterns);
  }
  return patterns;
}

/** The same, as one pattern that only tells whether there is such a place (one pattern to compile on every page). */
const anyWordStart = new WeakMap<RegExp, RegExp>();

/** Does the pattern (one for lower-cased text) match at the start of a word of the lower-cased text? */
export function startsWord(text: string, lowerPattern: RegExp): boolean {
  let pattern = anyWordStart.get(lowerPattern);
  if (!pattern) anyWordStart.set(lowerPattern, (pattern = new RegExp(`(?:^|[^${LETTER_OR_DIGIT}])${lowerPattern.source}`)));
  return pattern.test(text);
}

/**
 * Every group's terms in one pattern (for one scan), merged across groups, and what tells which
 * groups a hit is of: each group's own pattern, anchored (sticky), asked at the hit of the groups
 * whose terms can start with its character. The merged scan costs about two thirds of an
 * alternation of the groups side by side, each a capture.
 */
interface AllGroups {
  pattern: RegExp;
  /** On lower-cased text, the merged pattern: read at words' starts only. */
  lower: boolean;
  sticky: RegExp[];
  /** Per group: the characters its terms start with; null when one may start with any (the Unicode scan's case folding, a class). */
  leads: Array<Set<string> | null>;
}
const combined = new WeakMap<CompiledSignalGroup[], { lower: AllGroups; any: AllGroups }>();
function allGroups(groups: CompiledSignalGroup[], lower: boolean): AllGroups {
  let patterns = combined.get(groups);
  if (!patterns) {
    const all = termPatterns(groups.flatMap((g) => g.terms));
    patterns = {
      lower: {
        pattern: all.lowerPattern,
        lower: true,
        sticky: groups.map((g) => new RegExp(g.lowerPattern.source, 'y')),
        leads: groups.map((g) => leadingCharacters(g.terms)),
      },
      any: { pattern: all.pattern, lower: false, sticky: groups.map((g) => new RegExp(g.pattern.source, 'iuy')), leads: groups.map(() => null) },
    };
    combined.set(groups, patterns);
  }
  return lower ? patterns.lower : patterns.any;
}

/** A place a term starts a word, and the groups with a term there, in the groups' order. */
export interface TermHit {
  at: number;
  groups: CompiledSignalGroup[];
}

/**
 * Kept with the scanned text they were found in, for the one judging it next (a page's passages
 * after its verdict); they go with it.
 */
const found = new WeakMap<ScanText, { groups: CompiledSignalGroup[]; hits: TermHit[] }>();

/** The hits already found in this scanned text for these groups, if any. */
export function hitsFound(scan: ScanText, groups: CompiledSignalGroup[]): TermHit[] | undefined {
  const kept = found.get(scan);
  return kept?.groups === groups ? kept.hits : undefined;
}

/**
 * Every hit of the groups' terms in the text. A group's terms are in the text (containsTerm) exactly
 * when it is among the groups of a hit: the merged pattern matches where one of the terms does,
 * and each place is tried.
 */
export function termHits(scan: ScanText, groups: CompiledSignalGroup[]): TermHit[] {
  const known = hitsFound(scan, groups);
  if (known) return known;
  const hits: TermHit[] = [];
  const text = scan.text;
  const all = allGroups(groups, scan.lower);
  for (const at of wordStarts(text, all)) {
    const there = groups.filter((_, i) => {
      if (all.leads[i] && !all.leads[i].has(text[at]!)) return false;
      all.sticky[i]!.lastIndex = at;
      return all.sticky[i]!.test(text);
    });
    if (there.length > 0) hits.push({ at, groups: there });
  }
  found.set(scan, { groups, hits });
  return hits;
}

/** The places, in order, where a term starts a word (the text's start, or after a character that is no letter or digit). */
function wordStarts(text: string, all: AllGroups): number[] {
  const starts: number[] = [];
  if (all.lower) {
    const { first, after } = atWordStart(all.pattern);
    first.lastIndex = 0;
    if (first.test(text)) starts.push(0);
    // A hit is the character before a term, then the term: the next may start right after its first character.
    after.lastIndex = 0;
    for (let hit = after.exec(text); hit; hit = after.exec(text)) {
      starts.push(hit.index + 1);
      after.lastIndex = hit.index + 1;
    }
    return starts;
  }
  all.pattern.lastIndex = 0;
  for (let hit = all.pattern.exec(text); hit; hit = all.pattern.exec(text)) {
    all.pattern.lastIndex = hit.index + 1;
    if (hit.index === 0 || !WORD_CHAR.test(text[hit.index - 1]!)) starts.push(hit.index);
  }
  return starts;
}
