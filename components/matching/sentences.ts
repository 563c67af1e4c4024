// Splits text into sentences with Intl.Segmenter (on most lines, with its rules: see
// latin-sentences.ts), mending its known weakness: it breaks after abbreviations ("Oct. 29-30",
// "Lt. Gen. Sahni", "the U.S. and"), which would cut a claim in two.
import { latinSentenceEnds } from './latin-sentences';

export interface TextSpan {
  start: number;
  end: number;
}

/** What a language's sentence splitting needs: its locale and its abbreviations (see languages/). */
export interface SentenceRules {
  /** BCP 47 code: the Segmenter's locale. */
  code: string;
  /** Abbreviations that never end a sentence (titles before a name: "Lt.", "M.", "г-н"). */
  titles: ReadonlySet<string>;
  /** Abbreviations that end a sentence only when a capitalised word follows ("Oct.", "Inc."). */
  softAbbreviations: ReadonlySet<string>;
}

/** English, the default. */
export const ENGLISH_SENTENCES: SentenceRules = {
  code: 'en',
  titles: new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'lt', 'gen', 'col', 'maj', 'capt', 'sgt', 'adm', 'sen', 'rep', 'gov', 'st', 'no', 'vs', 'cf', 'e.g', 'i.e']),
  softAbbreviations: new Set([
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'inc', 'ltd', 'co', 'corp', 'u.s', 'u.k', 'u.n', 'approx', 'est', 'etc',
  ]),
};
/** Passages longer than this are cut at whitespace so one run-on block cannot make matching quadratic. */
export const MAX_SENTENCE_CHARS = 1200;

// Made on first use, not when the module loads: creating a Segmenter loads ICU's break rules,
// which costs several milliseconds, and pages that fail the story gate never split sentences.
const segmenters = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })));
  return segmenter;
}
const LETTER = /^\p{L}/u;
const LOWER_OR_DIGIT = /[\p{Ll}0-9(]/u;
// Hoisted: esbuild (the benchmark's bundle) rewrites a `u` literal as `new RegExp(…)` where it stands, made anew at each call.
const NOT_WORD_OR_DOT = /[^\p{L}\p{M}.]/u;
const INITIAL = /^\p{L}$/u;
const DOTTED_ACRONYM = /^(\p{L}\.)+\p{L}$/u;

/** The word before the segment's final full stop as written ("Lt." -> "Lt", "U.S." -> "U.S", "(retd.)" -> "retd"), or undefined. */
function wordBeforeStop(segment: string): string | undefined {
  let trimmed = segment.trimEnd();
  const bracketed = trimmed.endsWith('.)');
  if (bracketed) trimmed = trimmed.slice(0, -1);
  if (!trimmed.endsWith('.')) return undefined;
  const start = Math.max(trimmed.lastIndexOf(' ', trimmed.length - 2), trimmed.lastIndexOf('\u00a0', trimmed.length - 2)) + 1;
  return trimmed.slice(bracketed && trimmed[start] === '(' ? start + 1 : start, -1);
}

function isAbbreviationBreak(segment: string, next: string, rules: SentenceRules): boolean {
  const written = wordBeforeStop(segment);
  if (!written) return false;
  const word = written.toLowerCase();
  // Most sentences end on a word that is no abbreviation, no initial and has no dots: nothing more to ask.
  if (written.length > 2 && !written.includes('.') && !rules.titles.has(word) && !rules.softAbbreviations.has(word)) return false;
  if (!LETTER.test(written) || NOT_WORD_OR_DOT.test(written)) return false;
  if (rules.titles.has(word)) return true;
  const nextStart = next.trimStart()[0] ?? '';
  const continuesLowerOrDigit = LOWER_OR_DIGIT.test(nextStart);
  if (rules.softAbbreviations.has(word)) return continuesLowerOrDigit;
  // A single initial ("J. Smith", "A. K. Antony") or an acronym with dots followed by lower case.
  return INITIAL.test(word) || (DOTTED_ACRONYM.test(word) && continuesLowerOrDigit);
}

/**
 * Sentence spans of `text`, trimmed of surrounding whitespace; empty sentences are dropped.
 * A line break always ends a sentence, so each line's sentences are its own (see sentencesByLine).
 */
export function splitSentences(text: string, offset = 0, rules: SentenceRules = ENGLISH_SENTENCES): TextSpan[] {
  return [...sentencesByLine(text, offset, rules)].flat();
}

/**
 * Lines that need the Segmenter are given to it a few at a time, up to this many characters: a
 * call costs several microseconds before it reads a character. A line break ends a sentence for
 * the Segmenter too (UAX #29: a break always follows a paragraph separator, and no rule looks
 * across one), so each line of a chunk gets the sentences it would get alone. Not more at once:
 * Node's Segmenter copies its whole input into every segment it returns.
 */
export const SEGMENT_CHUNK_CHARS = 1000;

/** The sentences of each line in turn, so a caller can pause between lines (see analyse-text.ts). */
export function* sentencesByLine(text: string, offset = 0, rules: SentenceRules = ENGLISH_SENTENCES): Generator<TextSpan[]> {
  const lines: TextSpan[] = [];
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (lineEnd > lineStart) lines.push({ start: lineStart, end: lineEnd });
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  const sentencesOf = (segments: Segment[]) => {
    const spans: TextSpan[] = [];
    joinAbbreviations(text, segments, rules, (from, to) => pushTrimmed(text, from, to, offset, spans));
    return spans;
  };
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    const read = readWithout(text.slice(line.start, line.end));
    if (read === 'whole') {
      const spans: TextSpan[] = [];
      pushTrimmed(text, line.start, line.end, offset, spans);
      yield spans;
      i++;
      continue;
    }
    if (read) {
      yield sentencesOf(segmentsEnding(read, line.start));
      i++;
      continue;
    }
    // The lines after it that need the Segmenter too, while the chunk stays short.
    let j = i + 1;
    while (j < lines.length && lines[j]!.end - line.start <= SEGMENT_CHUNK_CHARS && !readWithout(text.slice(lines[j]!.start, lines[j]!.end))) j++;
    for (const segments of segmentLines(text, lines.slice(i, j), rules)) yield sentencesOf(segments);
    i = j;
  }
}

/**
 * How a line is read without the Segmenter, if it can be: whole (it has nothing the Segmenter
 * breaks at), or the ends of its sentences by the Segmenter's rules (see latin-sentences.ts).
 */
function readWithout(line: string): 'whole' | number[] | undefined {
  return NO_BREAK.test(line) ? 'whole' : latinSentenceEnds(line);
}

/** The segments of a line ending at `ends` (offsets in the line), as the Segmenter returns them. */
function segmentsEnding(ends: number[], lineStart: number): Segment[] {
  const segments: Segment[] = [];
  let start = lineStart;
  for (const end of ends) {
    segments.push({ start, end: lineStart + end });
    start = lineStart + end;
  }
  return segments;
}

/** A segment the Segmenter returned, cut at the end of its line: offsets in the text. */
interface Segment {
  start: number;
  end: number;
}

/** The Segmenter's segments of each line of `lines` (consecutive lines of `text`), from one call. */
function segmentLines(text: string, lines: TextSpan[], rules: SentenceRules): Segment[][] {
  const from = lines[0]!.start;
  const out: Segment[][] = lines.map(() => []);
  let at = 0;
  for (const seg of sentenceSegmenter(rules.code).segment(text.slice(from, lines[lines.length - 1]!.end))) {
    const start = from + seg.index;
    while (at < lines.length - 1 && start >= lines[at]!.end) at++;
    // A line break's own segment (between lines) belongs to no line.
    if (start >= lines[at]!.end || start < lines[at]!.start) continue;
    out[at]!.push({ start, end: Math.min(start + seg.segment.length, lines[at]!.end) });
  }
  return out;
}

/** Emits the line's sentences: its segments, joined where the Segmenter broke after an abbreviation. */
function joinAbbreviations(text: string, segments: Segment[], rules: SentenceRules, emit: (start: number, end: number) => void): void {
  let pendingStart = -1;
  segments.forEach((seg, i) => {
    const start = pendingStart >= 0 ? pendingStart : seg.start;
    const next = segments[i + 1];
    if (next && isAbbreviationBreak(text.slice(seg.start, seg.end), text.slice(next.start, next.end), rules)) {
      pendingStart = start;
      return;
    }
    pendingStart = -1;
    emit(start, seg.end);
  });
}

/**
 * ASCII without a full stop, question or exclamation mark or carriage return: nothing the
 * Segmenter breaks at (UAX #29), so the line is one sentence (a heading, a caption) and the
 * Segmenter need not be asked.
 */
const NO_BREAK = /^[^.!?\r\u0080-\uffff]*$/;

function pushTrimmed(text: string, start: number, end: number, offset: number, out: TextSpan[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  while (end - start > MAX_SENTENCE_CHARS) {
    let cut = text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
    if (cut <= start) cut = start + MAX_SENTENCE_CHARS;
    out.push({ start: start + offset, end: cut + offset });
    start = cut;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (end > start) out.push({ start: start + offset, end: end + offset });
}
