// The story gate: does this text cover our story at all? Decided on the story's own terms
// together (people, dates, firms, place, the delegation), never one word, and cheap enough to
// run on every page: one precompiled regular expression per signal group over the raw text.
import type { StorySignalGroup } from '../../data/schema';

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
  /** The terms' patterns as one alternation (source). */
  alternatives: string;
  pattern: RegExp;
}

export interface StoryVerdict {
  detected: boolean;
  /** 0..1: share of the signal weight the text shows. */
  score: number;
  /** Ids of the groups found, for explaining the verdict. */
  groups: string[];
}

const MONTHS: Record<string, string> = {
  january: 'jan', february: 'feb', march: 'mar', april: 'apr', june: 'jun', july: 'jul',
  august: 'aug', september: 'sept?', october: 'oct', november: 'nov', december: 'dec',
};

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiles a plain phrase from the claim set into a pattern tolerant of how pages write it:
 * any whitespace, typographic dashes and apostrophes, "defence"/"defense", "Oct."/"October",
 * and "29-30"/"29–30"/"29 and 30"/"29 to 30".
 */
export function compilePhrase(phrase: string): string {
  return phrase
    .toLowerCase()
    .trim()
    .split(/\s+/)
    .map((word) => {
      const range = /^(\d+)-(\d+)$/.exec(word);
      if (range) return `${range[1]}(?:st|nd|rd|th)?\\s*(?:[-\\u2010-\\u2015]|and|to)\\s*${range[2]}(?:st|nd|rd|th)?`;
      const month = MONTHS[word];
      if (month) return `${month}(?:${escapeRegExp(word.slice(month.replace('?', '').length))}|\\.)?`;
      return escapeRegExp(word)
        .replace(/defen[cs]e/g, 'defen[cs]e')
        .replace(/'/g, "['\\u2019]")
        .replace(/-/g, '[-\\u2010-\\u2015\\s]?');
    })
    .join('[\\s\\u00a0]+');
}

export function compileSignalGroups(groups: StorySignalGroup[]): CompiledSignalGroup[] {
  return groups.map((g) => ({
    id: g.id,
    weight: g.weight,
    anchor: g.anchor ?? false,
    decisive: g.decisive ?? false,
    elsewhere: g.elsewhere ?? false,
    // No lookbehind for the word boundary before a hit: checked on each hit instead (containsTerm),
    // a lookbehind made every position of every page cost a Unicode test.
    alternatives: g.terms.map(compilePhrase).join('|'),
    pattern: new RegExp(`(?:${g.terms.map(compilePhrase).join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
  }));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Does `text` hold one of the group's terms as a whole word? */
export function containsTerm(text: string, group: CompiledSignalGroup): boolean {
  const { pattern } = group;
  pattern.lastIndex = 0;
  for (let hit = pattern.exec(text); hit; hit = pattern.exec(text)) {
    if (hit.index === 0 || !WORD_CHAR.test(text[hit.index - 1]!)) return true;
    pattern.lastIndex = hit.index + 1;
  }
  return false;
}

/** Every group's terms in one pattern, a capture group each (for one scan over many passages). */
const combined = new WeakMap<CompiledSignalGroup[], RegExp>();
function allGroupsPattern(groups: CompiledSignalGroup[]): RegExp {
  let pattern = combined.get(groups);
  if (!pattern) {
    pattern = new RegExp(`(?:${groups.map((g) => `(${g.alternatives})`).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    combined.set(groups, pattern);
  }
  return pattern;
}

/** Judges whether `text` covers the story. Costs one regex scan per group, stopping at the first hit. */
export function judgeStory(text: string, groups: CompiledSignalGroup[]): StoryVerdict {
  // Decisive groups decide by their own rule and stay out of the share, so adding one never
  // lowers what every other page scores.
  const weighed = groups.filter((g) => !g.decisive && !g.elsewhere);
  const total = weighed.reduce((sum, g) => sum + g.weight, 0);
  if (groups.length === 0 || text.length === 0) return { detected: false, score: 0, groups: [] };
  const found = groups.filter((g) => !g.elsewhere && containsTerm(text, g));
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
 * ("elsewhere") without them, and it does not; otherwise it continues the passage before it (a
 * subheading of the same article, an answer in a Q&A). A text of one passage is the page.
 */
export function judgePassages(text: string, groups: CompiledSignalGroup[], page: StoryVerdict): Passage[] {
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
  if (!groups.some((g) => g.elsewhere && containsTerm(text, g))) return passages;
  // One scan of the text for every group at once, each hit given to its passage.
  const foundIn = passages.map(() => new Set<CompiledSignalGroup>());
  const all = allGroupsPattern(groups);
  all.lastIndex = 0;
  let at = 0;
  for (let hit = all.exec(text); hit; hit = all.exec(text)) {
    all.lastIndex = hit.index + 1;
    if (hit.index > 0 && WORD_CHAR.test(text[hit.index - 1]!)) continue;
    while (at < passages.length - 1 && hit.index >= passages[at]!.end) at++;
    if (hit.index < passages[at]!.start || hit.index >= passages[at]!.end) continue;
    const group = groups[hit.slice(1).findIndex((g) => g !== undefined)];
    if (group) foundIn[at]!.add(group);
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
