// Text normalisation for matching, with a map back to the original offsets: Unicode NFKC,
// typographic quotes and dashes folded to ASCII, whitespace runs collapsed, lower case.
// `starts[i]`/`ends[i]` delimit the original character that normalised character i came from, so
// a normalised span [s, e) maps back to [starts[s], ends[e - 1]).

export interface NormalisedText {
  text: string;
  starts: number[];
  ends: number[];
}

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u00B4': "'", '`': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
};
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const WHITESPACE = /\s/;

/** Normalises `original`, keeping for each output character the offset it came from. */
export function normaliseText(original: string): NormalisedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let pendingSpace = -1; // offset of the first whitespace char of a run not yet written
  let offset = 0;
  for (const char of original) {
    const at = offset;
    offset += char.length;
    if (INVISIBLE.test(char)) continue;
    if (WHITESPACE.test(char)) {
      if (pendingSpace < 0) pendingSpace = at;
      continue;
    }
    if (pendingSpace >= 0) {
      if (text.length > 0) {
        text += ' ';
        starts.push(pendingSpace);
        ends.push(at);
      }
      pendingSpace = -1;
    }
    let folded = QUOTES[char] ?? (DASHES.test(char) ? '-' : char.normalize('NFKC').toLowerCase());
    // NFKC can expand a character (e.g. "½" -> "1⁄2"); every output char maps to its source.
    if (folded !== char) folded = folded.replace(DASHES, '-');
    for (let i = 0; i < folded.length; i++) {
      text += folded[i];
      starts.push(at);
      ends.push(offset);
    }
  }
  return { text, starts, ends };
}

/** Maps a normalised span back to the original text's offsets. */
export function toOriginalSpan(normalised: NormalisedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = normalised.starts[start] ?? normalised.ends[normalised.ends.length - 1] ?? 0;
    return { start: at, end: at };
  }
  return { start: normalised.starts[start]!, end: normalised.ends[end - 1]! };
}

const QUOTE_CHARS = new RegExp(`[${Object.keys(QUOTES).join('')}]`, 'g');
const DASH_CHARS = new RegExp(DASHES.source, 'g');
const INVISIBLE_CHARS = new RegExp(INVISIBLE.source, 'g');

/**
 * The same normalisation as normaliseText without the offset map, for the hot path: matching
 * compares whole sentences and reports sentence spans, so it never needs offsets inside them.
 */
export function normaliseForMatching(original: string): string {
  const folded = PLAIN_ASCII.test(original)
    ? original
    : original
        .normalize('NFKC')
        .replace(INVISIBLE_CHARS, '')
        .replace(QUOTE_CHARS, (c) => QUOTES[c] ?? c)
        .replace(DASH_CHARS, '-');
  return folded.replace(/\s+/g, ' ').trim().toLowerCase();
}
/** Printable ASCII and whitespace, without the backtick: nothing for NFKC or the quote, dash and invisible folds to change. */
const PLAIN_ASCII = /^[\t\n\v\f\r\x20-\x5f\x61-\x7e]*$/;
