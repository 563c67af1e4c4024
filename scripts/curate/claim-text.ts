// The words of a proposed claim: a neutral text (the plainest confirming sentence without its
// attribution, marked for rewriting), a topic from the words the outlets share, a readable id, and
// each outlet's quote (its sentence, verbatim).
import { english } from '../../components/matching/languages/en';
import type { Topic } from '../../data/schema';
import type { AlignedClaim } from './align';
import { verbatim, type MemberReading } from './differences';
import { slugify } from './outlets-table';
import { clausesOf } from './term-positions';

/** Stems that say what a claim is about (English), most telling topic first; the first topic with a stem in the claim's core wins. */
const TOPIC_STEMS: ReadonlyArray<readonly [Topic, readonly string[]]> = [
  ['responses', ['deni', 'comment', 'respond', 'repli', 'reject', 'declin', 'statement', 'dismiss']],
  ['who-led', ['lead', 'head', 'chair', 'command', 'spearhead']],
  ['who-attended', ['attend', 'particip', 'present', 'repres', 'join', 'part', 'among', 'includ', 'member']],
  ['what-was-proposed', ['propos', 'suggest', 'offer', 'plan', 'set']],
  ['what-was-discussed', ['discuss', 'discus', 'talk', 'focus', 'cover', 'consid', 'explor', 'agenda']],
  ['caveats', ['risk', 'wari', 'caution', 'sanction', 'anonym', 'unclear', 'conflict', 'warn', 'concern']],
  ['when-and-where', ['month:', 'date:', 'place', 'held', 'hold', 'visit', 'took']],
];

export function topicOf(claim: AlignedClaim): Topic {
  const stems = claim.core.map((t) => t.replace(/^(month|date):.*$/, '$1:'));
  for (const [topic, list] of TOPIC_STEMS) if (stems.some((s) => list.includes(s))) return topic;
  return 'context';
}

/** Openings and endings that say who reports it, not what: dropped from the neutral text. */
const ATTRIBUTION = [
  /^(according to [^,]{1,60},\s*)/i,
  /^([A-Z][^,]{0,40}\b(said|say|says|reported|noted|indicated|clarified|stressed) that\s+)/,
  /^((however|meanwhile|moreover|also|but|and|while),\s*)/i,
  /^([\p{L} /]{2,40}:\s+)(?=\p{Lu})/u,
];
const TRAILING = [/,\s*(according to|citing)\b[^,]*$/i, /,\s*[^,]{0,40}\b(said|reported|say|says)\.?$/i];

export function neutralText(readings: readonly MemberReading[]): { text: string; from: number } {
  const candidates = readings.filter((r) => r.stance === 'confirms').length ? readings.filter((r) => r.stance === 'confirms') : [...readings];
  const plain = [...candidates].sort((a, b) => a.unit.text.length - b.unit.text.length)[0]!;
  let text = plain.unit.text.trim();
  for (const pattern of ATTRIBUTION) text = text.replace(pattern, '');
  for (const pattern of TRAILING) text = text.replace(pattern, '');
  text = text.replace(/[\s,;:]+$/, '');
  if (!/[.!?"”]$/.test(text)) text += '.';
  return { text: text.charAt(0).toUpperCase() + text.slice(1), from: plain.article };
}

/** "sidm-500-tata-sons": the claim's heaviest names and words, from the words as the outlets write them. */
export function claimId(claim: AlignedClaim, used: Set<string>): string {
  const first = [...claim.members.values()][0]!.unit;
  const word = (stem: string) => first.view.tokens.find((t) => t.stem === stem)?.text ?? stem;
  const parts = (claim.focus.length ? [...claim.focus, ...claim.core.filter((t) => !claim.focus.includes(t))] : claim.core)
    .filter((t) => !t.startsWith('month:') && !t.startsWith('year:') && !english.stopwords.has(t))
    .slice(0, 3)
    .map((t) => (t.startsWith('@') ? t.slice(1) : t.startsWith('date:') ? t.slice(5).replace(':', '-') : t.startsWith('%') ? `${t.slice(1)}-percent` : t.startsWith('#') ? t.slice(1) : word(t)));
  const base = slugify(parts.join(' ')).split('-').slice(0, 6).join('-') || 'claim';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** A quote shorter than this many words says too little alone: the whole sentence is quoted instead. */
export const QUOTE_MIN_WORDS = 4;

/** Words that open an attribution: "According to Reuters sources, …", "…, Reuters' sources said." */
const ATTRIBUTION_WORDS = new Set(['according', 'citing', 'said', 'says', 'say', 'reported', 'told']);

/**
 * The outlet's words for the claim, verbatim: the clauses of its sentence that hold the claim's
 * words (see clausesOf), without an attribution before or after them.
 */
export function quoteOf(r: MemberReading): string {
  const { unit, first, last } = r.member;
  const tokens = unit.view.tokens;
  const clause = clausesOf(unit);
  let a = first;
  let b = last;
  while (a > 0 && clause[a - 1] === clause[first]) a--;
  while (b + 1 < tokens.length && clause[b + 1] === clause[last]) b++;
  // An attribution phrase between commas at either end, outside the claim's words, is not the claim.
  const commaAfter = tokens.findIndex((t, i) => i >= a && i < first && t.text === ',');
  if (commaAfter >= 0 && tokens.slice(a, commaAfter).some((t) => ATTRIBUTION_WORDS.has(t.text))) a = commaAfter + 1;
  for (let i = b; i > last; i--) {
    if (tokens[i]!.text === ',' && tokens.slice(i, b + 1).some((t) => ATTRIBUTION_WORDS.has(t.text))) {
      b = i - 1;
      break;
    }
  }
  while (b > a && tokens[b]!.kind === 'punct' && !['.', '!', '?', ')', '%'].includes(tokens[b]!.text)) b--;
  while (a < b && tokens[a]!.kind === 'punct' && tokens[a]!.text !== '(') a++;
  if (tokens.slice(a, b + 1).filter((t) => t.kind !== 'punct').length < QUOTE_MIN_WORDS) return unit.text;
  return verbatim(unit, a, b) ?? unit.text;
}
