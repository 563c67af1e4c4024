// Where Intl.Segmenter breaks a line into sentences, found without it for the lines most pages
// are made of (Latin letters, punctuation and symbols): the sentence rules of Unicode's UAX #29,
// which the Segmenter follows (ICU's root rules; none of our languages tailors them). The
// Segmenter costs about ten milliseconds to make, and several microseconds a call and again a
// sentence; this reads each character once, after half a millisecond to make its tables.

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
 * The classes of the characters read here, as Unicode's properties give them (the Segmenter's ICU
 * has the same Unicode): each run's first code point and class, a run lasting to the next one's
 * first. ASCII and Latin-1, general punctuation, and the symbol blocks news pages write (currency,
 * arrows, shapes, dingbats); other characters (other scripts, with their combining marks and
 * letters that are neither upper nor lower case; letter-like symbols) are left to the Segmenter,
 * as are controls, format characters and line separators. Written out, not read off the
 * properties on first use: those patterns cost milliseconds to compile. The tests hold every
 * character here to the Segmenter.
 */
const RUNS: ReadonlyArray<readonly [number, number]> = [
  // ASCII
  [0x00, UNREAD], [0x09, SP], [0x0a, UNREAD], [0x0b, SP], [0x0d, UNREAD], [0x20, SP], [0x21, STERM], [0x22, CLOSE],
  [0x23, OTHER], [0x27, CLOSE], [0x2a, OTHER], [0x2c, SCONTINUE], [0x2e, ATERM], [0x2f, OTHER], [0x30, NUMERIC],
  [0x3a, SCONTINUE], [0x3c, OTHER], [0x3f, STERM], [0x40, OTHER], [0x41, UPPER], [0x5b, CLOSE], [0x5c, OTHER],
  [0x5d, CLOSE], [0x5e, OTHER], [0x61, LOWER], [0x7b, CLOSE], [0x7c, OTHER], [0x7d, CLOSE], [0x7e, OTHER], [0x7f, UNREAD],
  // Latin-1
  [0xa0, SP], [0xa1, OTHER], [0xaa, LOWER], [0xab, CLOSE], [0xac, OTHER], [0xad, UNREAD], [0xae, OTHER], [0xb5, LOWER],
  [0xb6, OTHER], [0xba, LOWER], [0xbb, CLOSE], [0xbc, OTHER], [0xc0, UPPER], [0xd7, OTHER], [0xd8, UPPER], [0xdf, LOWER],
  [0xf7, OTHER], [0xf8, LOWER], [0x100, UNREAD],
  // General punctuation
  [0x2000, SP], [0x200b, UNREAD], [0x2010, OTHER], [0x2013, SCONTINUE], [0x2015, OTHER], [0x2018, CLOSE], [0x2020, OTHER],
  [0x2024, ATERM], [0x2025, OTHER], [0x2028, UNREAD], [0x202f, SP], [0x2030, OTHER], [0x2039, CLOSE], [0x203b, OTHER],
  [0x203c, STERM], [0x203e, OTHER], [0x2045, CLOSE], [0x2047, STERM], [0x204a, OTHER], [0x205f, SP], [0x2060, UNREAD],
  [0x2065, OTHER], [0x2066, UNREAD],
  // Currency symbols
  [0x20a0, OTHER], [0x20d0, UNREAD],
  // Arrows, mathematical operators, technical symbols (with brackets)
  [0x2190, OTHER], [0x2308, CLOSE], [0x230c, OTHER], [0x2329, CLOSE], [0x232b, OTHER], [0x2400, UNREAD],
  // Box drawing, block elements, geometric shapes, symbols, dingbats (with quotes and brackets)
  [0x2500, OTHER], [0x275b, CLOSE], [0x2761, OTHER], [0x2768, CLOSE], [0x2776, OTHER], [0x27c0, UNREAD],
];

/** The class of every character to the last run's start (UNREAD past it). */
function classify(): Uint8Array {
  const of = new Uint8Array(RUNS[RUNS.length - 1]![0]);
  RUNS.forEach(([first, cls], i) => of.fill(cls, first, RUNS[i + 1]?.[0] ?? first));
  return of;
}

interface Classes {
  of: Uint8Array;
  /** A line of characters read here only. */
  readable: RegExp;
  /** The full stops, question and exclamation marks (ATERM, STERM). */
  terminals: RegExp;
}

/** A character class of the code points whose class passes `test`, from the runs. */
function charClass(test: (cls: number) => boolean): string {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let source = '';
  RUNS.forEach(([first, cls], i) => {
    const next = RUNS[i + 1]?.[0];
    if (next !== undefined && test(cls)) source += next - 1 > first ? `${hex(first)}-${hex(next - 1)}` : hex(first);
  });
  return `[${source}]`;
}

/** Made on first use (a fraction of a millisecond), not when the module loads. */
let made: Classes | undefined;
function classes(): Classes {
  if (made) return made;
  const of = classify();
  return (made = {
    of,
    readable: new RegExp(`^${charClass((cls) => cls !== UNREAD)}*$`),
    terminals: new RegExp(charClass((cls) => cls === ATERM || cls === STERM), 'g'),
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
