// Splits text into sentences with Intl.Segmenter, mending its known weakness: it breaks after
// abbreviations ("Oct. 29-30", "Lt. Gen. Sahni", "the U.S. and"), which would cut a claim in two.

export interface TextSpan {
  start: number;
  end: number;
}

/** Abbreviations that never end a sentence (titles before a name). */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'lt', 'gen', 'col', 'maj', 'capt', 'sgt', 'adm', 'sen', 'rep', 'gov', 'st', 'no', 'vs', 'cf', 'e.g', 'i.e']);
/** Abbreviations that end a sentence only when a capitalised word follows. */
const SOFT_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'ltd', 'co', 'corp', 'u.s', 'u.k', 'u.n', 'approx', 'est', 'etc',
]);
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
const LAST_WORD = /([A-Za-z][A-Za-z.]*)\.\s*$/;

function isAbbreviationBreak(segment: string, next: string): boolean {
  const word = LAST_WORD.exec(segment)?.[1]?.toLowerCase();
  if (!word) return false;
  if (TITLES.has(word)) return true;
  const nextStart = next.trimStart()[0] ?? '';
  const continuesLowerOrDigit = /[a-z0-9(]/.test(nextStart);
  if (SOFT_ABBREVIATIONS.has(word)) return continuesLowerOrDigit;
  // A single initial ("J. Smith", "A. K. Antony") or an acronym with dots followed by lower case.
  return /^[a-z]$/.test(word) || (/^([a-z]\.)+[a-z]$/.test(word) && continuesLowerOrDigit);
}

/**
 * Sentence spans of `text`, trimmed of surrounding whitespace; empty sentences are dropped.
 * A line break always ends a sentence, so each line is segmented on its own: that also keeps the
 * cost linear (Node's Segmenter copies its whole input into every segment it returns).
 */
export function splitSentences(text: string, offset = 0, locale = 'en'): TextSpan[] {
  return [...sentencesByLine(text, offset, locale)].flat();
}

/** The sentences of each line in turn, so a caller can pause between lines (see analyse-text.ts). */
export function* sentencesByLine(text: string, offset = 0, locale = 'en'): Generator<TextSpan[]> {
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (lineEnd > lineStart) {
      const spans: TextSpan[] = [];
      splitLine(text.slice(lineStart, lineEnd), offset + lineStart, spans, locale);
      yield spans;
    }
    if (newline < 0) return;
    lineStart = newline + 1;
  }
}

function splitLine(line: string, offset: number, spans: TextSpan[], locale: string): void {
  let pendingStart = -1;
  const segments = [...sentenceSegmenter(locale).segment(line)];
  segments.forEach((seg, i) => {
    const start = pendingStart >= 0 ? pendingStart : seg.index;
    const end = seg.index + seg.segment.length;
    const next = segments[i + 1];
    if (next && isAbbreviationBreak(seg.segment, next.segment)) {
      pendingStart = start;
      return;
    }
    pendingStart = -1;
    pushTrimmed(line, start, end, offset, spans);
  });
}

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
