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

/** The zero of each script's decimal digits NFKC leaves as they are (Arabic-Indic, Devanagari, Bengali…). */
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0];
const SCRIPT_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0e50-\u0e59\u0ed0-\u0ed9]/g;

/** From the first of DIGIT_ZEROS' digits to the last. */
const SCRIPT_DIGITS_SPAN = /[\u0660-\u0ed9]/;

/** "२९" -> "29": figures are read in ASCII digits whatever script a page writes them in. Keeps every offset. */
export function asciiDigits(text: string): string {
  // One range is tested a third faster than the ranges: most texts have nothing in it at all.
  if (!SCRIPT_DIGITS_SPAN.test(text)) return text;
  SCRIPT_DIGITS.lastIndex = 0;
  if (!SCRIPT_DIGITS.test(text)) return text;
  return text.replace(SCRIPT_DIGITS, (d) => {
    const cp = d.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((z) => cp >= z && cp <= z + 9)!;
    return String(cp - zero);
  });
}

/** Invisible characters, typographic quotes and dashes (three disjoint sets), folded in one pass. */
const TYPOGRAPHY = new RegExp(`${INVISIBLE.source}|[${Object.keys(QUOTES).join('')}]|${DASHES.source}`, 'g');

/**
 * The same normalisation as normaliseText without the offset map, for the hot path: matching
 * compares whole sentences and reports sentence spans, so it never needs offsets inside them.
 */
export function normaliseForMatching(original: string): string {
  return normaliseKeepingCase(original).toLowerCase();
}

/** normaliseForMatching, the letters' case kept. */
export function normaliseKeepingCase(original: string): string {
  let folded = original;
  // Printable ASCII (most sentences, once typography is folded) holds no whitespace but the plain
  // space: a double space is all there is to collapse, and looking for it costs a fifth of the pattern.
  let printable = PRINTABLE_ASCII.test(folded);
  if (!printable && !PLAIN_ASCII.test(folded)) {
    // Typographic quotes and dashes are most of what pages write outside ASCII: folded first, so
    // NFKC (costly) runs only on what is still left, and the folds again on what it produces.
    folded = foldTypography(folded);
    if (!PLAIN_ASCII.test(folded)) folded = asciiDigits(foldTypography(folded.normalize('NFKC')));
    printable = PRINTABLE_ASCII.test(folded);
  }
  // Most sentences have single spaces only: the test is a quarter of the cost of the replace.
  if (printable ? folded.includes('  ') : SPACING_TO_COLLAPSE.test(folded)) folded = folded.replace(/\s+/g, ' ');
  return folded.trim();
}

/** Whitespace that collapsing changes: a run of two, or any other than a plain space. */
const SPACING_TO_COLLAPSE = /\s\s|[^\S ]/;
/** Printable ASCII without the backtick (PLAIN_ASCII without its other whitespace): no whitespace but the plain space. */
const PRINTABLE_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

function foldTypography(text: string): string {
  return text.replace(TYPOGRAPHY, (c) => QUOTES[c] ?? (INVISIBLE.test(c) ? '' : '-'));
}
/** Printable ASCII and whitespace, without the backtick: nothing for NFKC or the quote, dash and invisible folds to change. */
const PLAIN_ASCII = /^[\t\n\v\f\r\x20-\x5f\x61-\x7e]*$/;
