// Words of normalised text as matching sees them: stemmed, spelling and synonyms folded to one
// canonical form, number words and date ranges made comparable ("half a dozen" = "six" = "6";
// "29 and 30" = "29-30"; "36 percent" = "36%"), with a kind so figures can be compared.

export type TokenKind = 'word' | 'number' | 'percent' | 'range' | 'year';

export interface Token {
  /** Canonical form used for comparison. */
  key: string;
  kind: TokenKind;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
}

/** Words too common to say anything about a claim. */
export const STOPWORDS = new Set(
  ('a an the and or but of in on at to for from by with as into onto about over after before than then that this these those ' +
    'is are was were be been being has have had do does did will would could should may might can shall must ' +
    'it its it\'s they them their there here he she his her him we our us you your i me my who whom whose which what when where why how ' +
    'also such some any each other more most very just only so if while though although because since until upon per via ' +
    'said says say according told reported reportedly report reports people person sources source familiar matter ' +
    'including include includes included among both either neither all one').split(' '),
);

/** Negations that carry no content of their own; "deny" does ("the group denied involvement"). */
const FUNCTION_NEGATIONS = new Set(['not', 'no', 'never', "n't", 'none', 'without', 'nor']);
/** Words that turn a statement negative. */
const NEGATIONS = new Set([...FUNCTION_NEGATIONS, 'deny']);

// Maps, not object literals: page words are looked up here, and "constructor" is a page word.
const NUMBER_WORDS = new Map(Object.entries({
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', dozen: '12', hundred: '100',
}));

/** Multi-word phrases folded to one token before stemming. */
const PHRASES: Array<[RegExp, string]> = [
  [/\bhalf a dozen\b/g, 'six'],
  [/\bper ?cent\b/g, 'percent'],
  [/\bspare parts?\b/g, 'spares'],
  [/\b(?:take|takes|took|taking|taken) part\b/g, 'attended'],
  [/\bjoint ventures?\b/g, 'jointventure'],
  [/\bdefen[cs]e production secretary\b/g, 'secretary of defence production'],
  [/\bunmanned (?:aircraft|aerial vehicles?|systems?)\b/g, 'drones'],
  [/\bartificial[- ]intelligence\b/g, 'ai'],
  [/\bchief executive(?: officer)?\b/g, 'ceo'],
  [/\b(?:state-run|state-owned|public-sector|government-owned)\b/g, 'state'],
  [/\bno fewer than\b/g, 'at least'],
];

/** Spelling variants and synonyms, stem -> canonical stem. Kept narrow: each merge costs precision. */
const CANONICAL = new Map(Object.entries({
  defense: 'defence',
  spare: 'part',
  spares: 'part',
  component: 'part',
  oct: 'october',
  nov: 'november',
  dec: 'december',
  sept: 'september',
  sep: 'september',
  organization: 'organisation',
  modernize: 'modernise',
  russian: 'russia',
  indian: 'india',
  mikoyan: 'mig',
  jet: 'fighter',
  manufacturer: 'maker',
  producer: 'maker',
  company: 'firm',
  companie: 'firm',
  representative: 'represent',
  represented: 'represent',
  attended: 'attend',
  present: 'attend',
  participate: 'attend',
  participated: 'attend',
  took: 'take',
  ceo: 'executive',
  denied: 'deny',
  denies: 'deny',
  denial: 'deny',
  deni: 'deny',
  meeting: 'meet',
  head: 'lead',
  headed: 'lead',
  led: 'lead',
  deal: 'agreement',
  margin: 'sideline',
  uav: 'drone',
  met: 'meet',
  talk: 'meet',
  discussion: 'meet',
}));

/** A light suffix stemmer: enough to fold plurals and simple inflections, applied to both sides. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith("'s")) word = word.slice(0, -2);
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4 && !word.endsWith('eed')) return word.slice(0, -2);
  if (word.endsWith('es') && /(ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** Words seen so far and their canonical forms: pages repeat their words, stemming is not free. */
const canonicalMemo = new Map<string, string>();
const CANONICAL_MEMO_LIMIT = 50_000;

export function canonicalWord(word: string): string {
  const known = canonicalMemo.get(word);
  if (known !== undefined) return known;
  if (canonicalMemo.size >= CANONICAL_MEMO_LIMIT) canonicalMemo.clear();
  const canonical = canonicalOf(word);
  canonicalMemo.set(word, canonical);
  return canonical;
}

function canonicalOf(word: string): string {
  if (STOPWORDS.has(word) || FUNCTION_NEGATIONS.has(word)) return word;
  const direct = CANONICAL.get(word);
  if (direct) return direct;
  const stemmed = stem(word);
  // Stemming must not turn a word into a function word or a negation ("noted" -> "not").
  if (STOPWORDS.has(stemmed) || FUNCTION_NEGATIONS.has(stemmed)) return word;
  return CANONICAL.get(stemmed) ?? stemmed;
}

const NUMBER_TOKEN = String.raw`(\d[\d,]*(?:\.\d+)?)(?:st|nd|rd|th)?(?:\s*(?:-|and|to|through)\s*(\d[\d,]*)(?:st|nd|rd|th)?\b)?\s*(%|percent\b)?`;
const TOKEN = new RegExp(String.raw`${NUMBER_TOKEN}|[\p{L}][\p{L}\p{N}]*(?:['.-][\p{L}\p{N}]+)*(?:n't)?`, 'gu');
/** TOKEN for ASCII text (most sentences): the same tokens, without the cost of Unicode classes. */
const ASCII_TOKEN = new RegExp(String.raw`${NUMBER_TOKEN}|[a-zA-Z][a-zA-Z0-9]*(?:['.-][a-zA-Z0-9]+)*(?:n't)?`, 'g');
const NON_ASCII = /[\u0080-\uffff]/;

/** Every phrase pattern in one, so a sentence is scanned once; the match says which phrase it was. */
const ANY_PHRASE = new RegExp(PHRASES.map(([pattern]) => `(?:${pattern.source})`).join('|'), 'g');
const WHOLE_PHRASES = PHRASES.map(([pattern, replacement]) => [new RegExp(`^(?:${pattern.source})$`), replacement] as const);

/** Rewrites multi-word phrases, padded to the phrase's length where it is longer so offsets hold. */
function foldPhrases(text: string): string {
  return text.replace(ANY_PHRASE, (m) => {
    const replacement = WHOLE_PHRASES.find(([whole]) => whole.test(m))?.[1] ?? m;
    return replacement.padEnd(m.length, ' ');
  });
}

/** Tokens of already-normalised text (see normalise.ts). */
export function tokenize(normalised: string): Token[] {
  const text = foldPhrases(normalised);
  const tokens: Token[] = [];
  for (const m of text.matchAll(NON_ASCII.test(text) ? TOKEN : ASCII_TOKEN)) {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    if (m[1] !== undefined) {
      const first = m[1].replace(/,/g, '');
      if (m[2] !== undefined) tokens.push({ key: `${first}-${m[2].replace(/,/g, '')}`, kind: 'range', start, end });
      else if (m[3] !== undefined) tokens.push({ key: `${first}%`, kind: 'percent', start, end });
      else if (/^(19|20)\d\d$/.test(first)) tokens.push({ key: first, kind: 'year', start, end });
      else tokens.push({ key: first, kind: 'number', start, end });
      continue;
    }
    const word = m[0];
    const number = NUMBER_WORDS.get(word);
    if (number) {
      tokens.push({ key: number, kind: 'number', start, end });
      continue;
    }
    if (word === 'percent' && tokens.length && tokens[tokens.length - 1]!.kind === 'number') {
      const prev = tokens[tokens.length - 1]!;
      tokens[tokens.length - 1] = { key: `${prev.key}%`, kind: 'percent', start: prev.start, end };
      continue;
    }
    tokens.push({ key: canonicalWord(word), kind: 'word', start, end });
    // Hyphenated compounds also count as their parts ("mig-29" -> "mig", "29").
    if (word.includes('-')) {
      for (const part of word.split('-')) {
        if (!part) continue;
        tokens.push({ key: /^\d+$/.test(part) ? part : canonicalWord(part), kind: /^\d+$/.test(part) ? 'number' : 'word', start, end });
      }
    }
  }
  return tokens;
}

/** Tokens that carry content: not stopwords, not bare negations. */
export function contentTokens(tokens: Token[]): Token[] {
  return tokens.filter((t) => t.kind !== 'word' || (!STOPWORDS.has(t.key) && !FUNCTION_NEGATIONS.has(t.key) && t.key.length > 1));
}

/** Is this token a negation ("not", "denied", "didn't")? */
export function isNegationToken(t: Token): boolean {
  return t.kind === 'word' && (NEGATIONS.has(t.key) || t.key.endsWith("n't"));
}

/** True when the text states something negatively ("did not attend", "denied"). */
export function hasNegation(tokens: Token[]): boolean {
  return tokens.some(isNegationToken);
}
