// Where Intl.Segmenter breaks a line into sentences, found without it for the lines most pages
// are made of (Latin letters, punctuation and symbols): the sentence rules of Unicode's UAX #29,
// which the Segmenter follows (ICU's root rules; none of our languages tailors them). The
// Segmenter costs several microseconds a call and again a sentence; this reads each character once.

/** Sentence break classes (UAX #29) of the characters read here; UNREAD: a line with one is left to the Segmenter. */
const UNREAD = 0;
const OTHER = 1;
const SP = 2;
const LOWER = 3;
const UPPER = 4;
const OLETTER = 5;
const NUMERIC = 6;
const ATERM = 7;
const STERM = 8;
const CLOSE = 9;
const SCONTINUE = 10;

/**
 * Latin (to Latin Extended-B), general punctuation and the symbol blocks after it: classes read off
 * the characters' Unicode properties (the Segmenter's ICU has the regular expressions' Unicode).
 * Other scripts, with their combining marks and letters that are neither upper nor lower case,
 * are left to the Segmenter, as are controls, format characters and line separators.
 */
const LATIN_END = 0x250;
const SYMBOLS_START = 0x2000;
const SYMBOLS_END = 0x2c00;
/** Quotation marks (line break class QU) that are not punctuation by their category: closing, like quotes. */
const QUOTATION_SYMBOLS = `"'\u275b\u275c\u275d\u275e\u275f\u2760`;
const SCONTINUE_CHARACTERS = ',-:;\u2013\u2014';

function classify(char: string): number {
  if (/[\n\r\u0085\u2028\u2029]|[\p{Cc}\p{Cf}\p{M}]/u.test(char) && !/[\t\v\f]/.test(char)) return UNREAD;
  if (/\s/.test(char)) return SP;
  if (char === '.' || char === '\u2024') return ATERM;
  if (/\p{Sentence_Terminal}/u.test(char)) return STERM;
  if (/\p{Lowercase}/u.test(char)) return LOWER;
  if (/\p{Uppercase}|\p{Lt}/u.test(char)) return UPPER;
  if (/\p{Alphabetic}/u.test(char)) return OLETTER;
  if (/\p{Nd}/u.test(char)) return NUMERIC;
  if (/[\p{Ps}\p{Pe}\p{Pi}\p{Pf}]/u.test(char) || QUOTATION_SYMBOLS.includes(char)) return CLOSE;
  if (SCONTINUE_CHARACTERS.includes(char)) return SCONTINUE;
  return OTHER;
}

interface Classes {
  of: Uint8Array;
  /** A line of characters read here only. */
  readable: RegExp;
  /** The full stops, question and exclamation marks (ATERM, STERM). */
  terminals: RegExp;
}

/** A character class of the code points whose class passes `test`, as ranges. */
function charClass(of: Uint8Array, test: (cls: number) => boolean): string {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let source = '';
  for (let c = 0; c < of.length; c++) {
    if (!test(of[c]!)) continue;
    let last = c;
    while (last + 1 < of.length && test(of[last + 1]!)) last++;
    source += last > c ? `${hex(c)}-${hex(last)}` : hex(c);
    c = last;
  }
  return `[${source}]`;
}

/** Made on first use (about a millisecond), not when the module loads. */
let made: Classes | undefined;
function classes(): Classes {
  if (made) return made;
  const of = new Uint8Array(SYMBOLS_END);
  for (let c = 0; c < SYMBOLS_END; c++) if (c < LATIN_END || c >= SYMBOLS_START) of[c] = classify(String.fromCharCode(c));
  return (made = {
    of,
    readable: new RegExp(`^${charClass(of, (cls) => cls !== UNREAD)}*$`),
    terminals: new RegExp(charClass(of, (cls) => cls === ATERM || cls === STERM), 'g'),
  });
}

/** Where SB8's look for a lower-case letter after a full stop ends: at a letter or a terminal mark. */
const endsLookAhead = (cls: number) => cls === LOWER || cls === UPPER || cls === OLETTER || cls === ATERM || cls === STERM;

/**
 * The ends of the line's sentences (offsets in `line`, the last one its length), as Intl.Segmenter
 * gives them; undefined when the line holds a character not read here. A sentence ends only after
 * a full stop, question or exclamation mark and the closing quotes, brackets and spaces after it
 * (SB9-SB11), unless (SB6) a digit follows a full stop, (SB7) a capital follows a full stop right
 * after a letter ("U.S"), (SB8) a lower-case letter is the next letter after a full stop ("Oct. 29-30
 * talks", "etc. (and more)"), or (SB8a) a comma, dash, colon, semicolon or another terminal mark follows.
 */
export function latinSentenceEnds(line: string): number[] | undefined {
  const { of: known, readable, terminals } = classes();
  if (!readable.test(line)) return undefined;
  const n = line.length;
  const of = (k: number) => known[line.charCodeAt(k)]!;
  const ends: number[] = [];
  terminals.lastIndex = 0;
  for (let hit = terminals.exec(line); hit; hit = terminals.exec(line)) {
    const i = hit.index;
    const term = of(i);
    let at = i + 1;
    while (at < n && of(at) === CLOSE) at++;
    while (at < n && of(at) === SP) at++;
    if (at >= n) break;
    const next = of(at);
    if (next === SCONTINUE || next === ATERM || next === STERM) continue;
    if (term === ATERM) {
      if (at === i + 1 && (next === NUMERIC || (next === UPPER && i > 0 && (of(i - 1) === LOWER || of(i - 1) === UPPER)))) continue;
      let k = at;
      while (k < n && !endsLookAhead(of(k))) k++;
      if (k < n && of(k) === LOWER) continue;
    }
    ends.push(at);
    terminals.lastIndex = at;
  }
  if (n > 0) ends.push(n);
  return ends;
}
