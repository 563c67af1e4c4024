// The story gate: does this text cover our story at all? Decided on the story's own terms
// together (people, dates, firms, place, the delegation), never one word, and cheap enough to
// run on every page: the text lower-cased once (scannable) and scanned with patterns compiled once
// per set of groups, the anchor and decisive terms merged first (most pages stop there).
import type { StorySignalGroup } from '../../data/schema';
import { asciiDigits } from './normalise';
import { compilePhrase, termPatterns } from './story-gate-terms';
import { hitsFound, startsWord, termHits, WORD_CHAR } from './term-hits';

export { compilePhrase };

/**
 * Share of the signal groups' total weight a text must show. Chosen on the fixtures: every seed
 * and every paraphrased report scores 0.6 or more, the near-miss pages (2019 delegation, SIPRI,
 * Putin's visit, Adani business news) score 0.5 at most.
 */
export const STORY_GATE_THRESHOLD = 0.55;
/** Distinct groups a text must touch: one strong group (a name, a date) alone is not the story. */
export const STORY_GATE_MIN_GROUPS = 3;

/**
 * A passage of a page that covers the story (see judgePassages) shows an anchor group, a
 * decisive group, or at least this many groups: a digest item on another story shares one of
 * our words (Moscow, joint production) more often than two.
 */
export const PASSAGE_MIN_GROUPS = 2;

export interface CompiledSignalGroup {
  id: string;
  weight: number;
  anchor: boolean;
  /** With two other groups, enough on its own: a short follow-up names no person or date. */
  decisive: boolean;
  /** Marks a neighbouring story (another event that shares the story's words): never counts for it. */
  elsewhere: boolean;
  /** Each term's pattern (source). */
  terms: string[];
  /** For any text: case-insensitive, Unicode. */
  pattern: RegExp;
  /** For text already lower-cased (see scannable): no flags to pay for. */
  lowerPattern: RegExp;
}

export interface StoryVerdict {
  detected: boolean;
  /** 0..1: share of the signal weight the text shows. */
  score: number;
  /** Ids of the groups found, for explaining the verdict. */
  groups: string[];
}

export function compileSignalGroups(groups: StorySignalGroup[]): CompiledSignalGroup[] {
  return groups.map((g) => {
    const terms = g.terms.map(compilePhrase);
    return {
      id: g.id,
      weight: g.weight,
      anchor: g.anchor ?? false,
      decisive: g.decisive ?? false,
      elsewhere: g.elsewhere ?? false,
      terms,
      ...termPatterns(terms),
    };
  });
}

/**
 * The text as the gate scans it: lower-cased once, when that keeps every offset (it does but for
 * a few letters such as "İ"), so the patterns need neither the `i` nor the `u` flag (a fifth
 * faster on long pages); else the text as it is, for the Unicode patterns.
 */
export interface ScanText {
  text: string;
  lower: boolean;
}

export function scannable(text: string): ScanText {
  // Digits of other scripts ("२९-३० अक्टूबर") read as ASCII, so the terms' digits match them; offsets kept.
  const lower = text.toLowerCase();
  return lower.length === text.length ? { text: asciiDigits(lower), lower: true } : { text: asciiDigits(text), lower: false };
}

/** Does `text` hold one of the group's terms as a whole word? */
export function containsTerm(text: string | ScanText, group: Pick<CompiledSignalGroup, 'pattern' | 'lowerPattern'>): boolean {
  const scan = typeof text === 'string' ? { text: asciiDigits(text), lower: false } : text;
  if (scan.lower) return startsWord(scan.text, group.lowerPattern);
  const pattern = group.pattern;
  pattern.lastIndex = 0;
  for (let hit = pattern.exec(scan.text); hit; hit = pattern.exec(scan.text)) {
    if (hit.index === 0 || !WORD_CHAR.test(scan.text[hit.index - 1]!)) return true;
    pattern.lastIndex = hit.index + 1;
  }
  return false;
}

/** The anchor and decisive groups' terms in one pattern, made once per compiled set of groups. */
const decidingPatterns = new WeakMap<CompiledSignalGroup[], { pattern: RegExp; lowerPattern: RegExp }>();
function decidingTerms(groups: CompiledSignalGroup[], deciding: CompiledSignalGroup[]): { pattern: RegExp; lowerPattern: RegExp } {
  let patterns = decidingPatterns.get(groups);
  if (!patterns) decidingPatterns.set(groups, (patterns = termPatterns(deciding.flatMap((g) => g.terms))));
  return patterns;
}

/**
 * Judges whether `text` covers the story. Costs one regex scan per group, stopping at the first hit
 * (on a page without the anchor and decisive groups, one scan for those together).
 * `scan`: the text made scannable already (the caller judges its passages next): then, past that
 * first scan, one scan for every group's terms, whose hits judgePassages reads again (termHits).
 */
export function judgeStory(raw: string, groups: CompiledSignalGroup[], options: { explain?: boolean } = {}, scan?: ScanText): StoryVerdict {
  // Decisive groups decide by their own rule and stay out of the share, so adding one never
  // lowers what every other page scores.
  const weighed = groups.filter((g) => !g.decisive && !g.elsewhere);
  const total = weighed.reduce((sum, g) => sum + g.weight, 0);
  if (groups.length === 0 || raw.length === 0) return { detected: false, score: 0, groups: [] };
  const text = scan ?? scannable(raw);
  // No anchor and no decisive group, and the page cannot be the story: most pages stop here,
  // after a scan for those few groups (a group absent from a page costs a scan of it all).
  const deciding = groups.filter((g) => g.anchor || g.decisive);
  // One scan for all their terms at once first: it finds none on most pages, and costs less than
  // a scan per group (its terms merged across groups, see mergeAlternatives).
  const anyDeciding = deciding.length > 0 && containsTerm(text, decidingTerms(groups, deciding));
  if (!anyDeciding && !options.explain) return { detected: false, score: 0, groups: [] };
  let present: Set<CompiledSignalGroup> | undefined;
  const has = (g: CompiledSignalGroup) => {
    if (!scan) return containsTerm(text, g);
    present ??= new Set(termHits(scan, groups).flatMap((hit) => hit.groups));
    return present.has(g);
  };
  const decidingFound = anyDeciding ? deciding.filter(has) : [];
  if (decidingFound.length === 0 && !options.explain) return { detected: false, score: 0, groups: [] };
  const found = groups.filter((g) => !g.elsewhere && (decidingFound.includes(g) || (!deciding.includes(g) && has(g))));
  const score = total ? found.filter((g) => !g.decisive).reduce((sum, g) => sum + g.weight, 0) / total : 0;
  const detected =
    found.length >= STORY_GATE_MIN_GROUPS &&
    ((score >= STORY_GATE_THRESHOLD && found.some((g) => g.anchor)) || found.some((g) => g.decisive));
  return { detected, score: Math.round(score * 1000) / 1000, groups: found.map((g) => g.id) };
}

export interface Passage {
  start: number;
  end: number;
  /** The passage itself covers the story (its own signals), so its sentences are matched. */
  onStory: boolean;
}

/**
 * The passages of a text (separated by a blank line: the page reader writes one before each
 * heading and section) and whether each covers the story, read on its own signals: an anchor or
 * decisive group, or PASSAGE_MIN_GROUPS groups, and it does; a group marking a neighbouring story
 * ("elsewhere") without them, and it does not (a section of ours that also names the S-400 goes
 * with it: a rule that kept one showing three of our groups let the benchmark pages' near-miss
 * prose be matched); otherwise it continues the passage before it (a subheading of the same
 * article, an answer in a Q&A). A text of one passage is the page.
 */
export function judgePassages(text: string, groups: CompiledSignalGroup[], page: StoryVerdict, scanText?: ScanText): Passage[] {
  const passages: Passage[] = [];
  const breaks = /\n\s*\n/g;
  let start = 0;
  for (let m = breaks.exec(text); ; m = breaks.exec(text)) {
    const end = m ? m.index : text.length;
    if (end > start) passages.push({ start, end, onStory: page.detected });
    if (!m) break;
    start = m.index + m[0].length;
  }
  if (passages.length <= 1 || !page.detected) return passages;
  // Without a neighbouring story's words anywhere, every passage is the story's (the rule below
  // leaves none out): a quick check spares the scan on most pages.
  const scan = scanText ?? scannable(text);
  const kept = hitsFound(scan, groups);
  const elsewhere = kept ? kept.some((hit) => hit.groups.some((g) => g.elsewhere)) : groups.some((g) => g.elsewhere && containsTerm(scan, g));
  if (!elsewhere) return passages;
  // One scan of the text for every group at once (or the verdict's), each hit given to its passage,
  // as the first group with a term there.
  const foundIn = passages.map(() => new Set<CompiledSignalGroup>());
  let at = 0;
  for (const hit of kept ?? termHits(scan, groups)) {
    while (at < passages.length - 1 && hit.at >= passages[at]!.end) at++;
    if (hit.at < passages[at]!.start || hit.at >= passages[at]!.end) continue;
    foundIn[at]!.add(hit.groups[0]!);
  }
  let previous: boolean = page.detected;
  for (const [i, passage] of passages.entries()) {
    const found = [...foundIn[i]!];
    const ours = found.filter((g) => !g.elsewhere);
    if (ours.some((g) => g.anchor || g.decisive)) passage.onStory = true;
    else if (found.some((g) => g.elsewhere)) passage.onStory = false;
    else if (ours.length >= PASSAGE_MIN_GROUPS) passage.onStory = true;
    else passage.onStory = previous;
    previous = passage.onStory;
  }
  return passages;
}
