// Where a cue's scope ends, for readCues (cues.ts): at a condition's comma when the clause after it
// is contrary to fact, at a closing word the cue needs ("कोई … नहीं"), at the end of a quotation a
// cue opens, where a subordinate clause opening the sentence gives way to its own, and at the comma
// before a reported "that" ("told Reuters, on condition they not be named, that …"). Also whether a
// condition doubts the account rather than only setting a condition.
import type { CueFlags } from './cues';
import type { CueRow, Language } from './languages/types';
import { opensQuotationFrom, quotationAround } from './quotations';
import { asideAt, type Aside } from './relative-asides';
import { writtenCapitalised, type Token } from './words';

/** A cue found in a sentence. */
type FoundCue = CueFlags['cues'][number];

/**
 * An opening hedge with one of its `counterfactual` phrases after the comma that closes its
 * condition (the last comma before the phrase outside a relative aside: "Had Tata, L&T or BEL sent
 * anyone, the talks would have …"): that comma, where the opposite of the condition ends; -1
 * otherwise, and where the condition has a negation of its own ("Had Adani not sent him, …" stays
 * open: two negations are no reading a flag can hold).
 */
export function contraryToFact(tokens: Token[], cue: FoundCue, row: CueRow, found: readonly FoundCue[], asides: ReadonlyArray<Aside>): number {
  if (!row.counterfactual) return -1;
  const phrases = row.counterfactual.map((p) => p.split(' '));
  const at = tokens.findIndex((_, k) => k > cue.last && phrases.some((words) => words.every((w, j) => tokens[k + j]?.text === w)));
  let comma = -1;
  for (let k = cue.last + 1; k < at; k++) if (tokens[k]!.text === ',' && asideAt(asides, k) === undefined) comma = k;
  if (comma < 0 || found.some((c) => c.category === 'negation' && c.first > cue.last && c.first < comma)) return -1;
  return comma;
}

/** Where a cue's closing word stands: ending the cue, or first in its forward window (-1: nowhere). */
export function closingWord(tokens: Token[], cue: FoundCue, row: CueRow, isTerminator: (k: number) => boolean): number {
  const words = row.closedBy!.words;
  if (words.includes(tokens[cue.last]!.text)) return cue.last;
  let n = 0;
  for (let k = cue.last + 1; k < tokens.length && n < (row.window ?? 0) && !isTerminator(k); k++) {
    if (words.includes(tokens[k]!.text)) return k;
    if (tokens[k]!.kind !== 'punct') n++;
  }
  return -1;
}

/** Where a scope closed at `at` ends (exclusive): at the closing word, or `wordsAfter` words past it. */
export function scopeEnd(tokens: Token[], at: number, wordsAfter: number | undefined): number {
  if (wordsAfter === undefined) return at;
  let k = at + 1;
  for (let n = 0; k < tokens.length && n < wordsAfter; k++) if (tokens[k]!.kind !== 'punct') n++;
  return k;
}

/**
 * Where the scope of a cue opening a quotation ends: at the token after the quotation closes
 * ('"If Moscow asks, we will listen," an executive said, confirming …'); the sentence's end
 * outside one.
 */
export function quotationEnd(tokens: Token[], k: number, text: string): number {
  const quotation = quotationAround(text, tokens[k]!.start, tokens[k]!.end);
  return quotation ? tokenAfter(tokens, quotation.close) : tokens.length;
}

/** The first token after the text offset `close`; the sentence's end where none is. */
function tokenAfter(tokens: Token[], close: number): number {
  const after = tokens.findIndex((t) => t.start > close);
  return after < 0 ? tokens.length : after;
}

/**
 * Where the direct speech a sentence opens with ends, when the cue at `k` stands in it and it
 * closes on a comma before its attribution ('"We sent no one," the firm said of …') and does not
 * open again after it ('"At no point," she said, "did the firm attend …"'): the token after its
 * close; the sentence's end otherwise.
 */
export function speechEnd(tokens: Token[], k: number, text: string): number {
  const quotation = quotationAround(text, tokens[k]!.start, tokens[k]!.end);
  if (!quotation || text.slice(0, quotation.open).trim() !== '' || text.slice(0, quotation.close).trimEnd().at(-1) !== ',') return tokens.length;
  return opensQuotationFrom(text, quotation.close + 1) ? tokens.length : tokenAfter(tokens, quotation.close);
}

/** Words after a comma within which a second comma sets off an aside ("denied, in a filing, that …", "…, or Kalyani Group officials, …"). */
export const ASIDE_WORDS = 4;

/**
 * "Despite the denials, Reuters said …", "Although Tata, L&T and BEL stayed away, Adani …": where
 * a subordinate clause opened by the sentence's first word (one of the language's `subordinators`)
 * ends: its first comma outside an aside that is no list's (a name written capitalised on both
 * sides), is no cue's own, sets off nothing (no second comma a few words on, or one of the
 * language's `setOffOpeners` after it: "…, including its chief, …") and follows
 * no denial or report verb (past the phrase it sets off: "it denied, in a filing to the exchanges,
 * that …"; a noun, "Despite the denial, …", after a determiner, is none). -1: none.
 */
export function subordinateEnd(tokens: Token[], opener: FoundCue, found: readonly FoundCue[], asides: ReadonlyArray<Aside>, language: Language, text: string | undefined): number {
  if (!language.subordinators?.has(opener.phrase)) return -1;
  const capitalised = (k: number) => text !== undefined && tokens[k] !== undefined && writtenCapitalised(text, tokens[k]);
  // ("Although unverified, reports say …": a clause that is only a cue of its own bears on the sentence.)
  const onlyCue = (k: number) => tokens.slice(opener.last + 1, k).every((t, j) => t.kind === 'punct' || found.some((c) => c !== opener && c.first <= opener.last + 1 + j && c.last >= opener.last + 1 + j));
  for (let k = opener.last + 2; k < tokens.length; k++) {
    if (tokens[k]!.text !== ',' || asideAt(asides, k) !== undefined) continue;
    if ((capitalised(k - 1) && capitalised(k + 1)) || onlyCue(k)) continue;
    const next = tokens.findIndex((t, j) => j > k && t.text === ',');
    // ("Because SIDM, an industry group with more than 500 members, sent …": a phrase its language
    // sets off by its first word, closed by a comma of its own.)
    const setOff = language.setOffOpeners?.has(tokens[k + 1]?.text ?? '') === true;
    if (next > 0 && (setOff || tokens.slice(k + 1, next).filter((t) => t.kind !== 'punct').length <= ASIDE_WORDS)) {
      k = next;
      continue;
    }
    const verb = found.find((c) => c.category === 'denial' && c.last === k - 1)?.first ?? (language.reportWords.has(tokens[k - 1]!.stem) ? k - 1 : -1);
    const determined = verb > 0 && (tokens[verb - 1]!.possessive === true || (language.definiteWords?.has(tokens[verb - 1]!.text) ?? false));
    if (verb < 0 || determined) return k;
    if (next > 0) k = next;
  }
  return -1;
}

/** Words an attribution closing a sentence may have before its report verb (", three people familiar with the talks said"), and after it (", the person told the agency"). */
const ATTRIBUTION_BEFORE = 8;
const ATTRIBUTION_AFTER = 4;

/**
 * "Nothing was signed, said one of the people familiar with the talks": where an attribution that
 * closes the sentence begins (its comma), which no cue before it reaches: the people it credits
 * are not what the clause denies or leaves open. The attribution is the part after the last comma
 * outside an aside, with no comma or cue of its own and no relative or joining word first. Either
 * it opens with an inflected report verb (not its gerund, "…, saying its executives …", nor one
 * going on with what is said, "…, said that …") or a word whose speaker follows ("according to"),
 * and a few words of its speaker follow; or it names its speaker in a few words (a word that is no
 * stopword among them) before such a verb, with a few words after it. (Inflected: "the meetings
 * described in the Reuters report" has the noun; not a passive's, "the meetings reported by
 * Reuters", nor a clause's of its own, "a day after Reuters reported on the talks".) -1: none.
 */
export function attributionStart(tokens: Token[], found: readonly FoundCue[], asides: ReadonlyArray<Aside>, language: Language): number {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1]!.kind === 'punct') end--;
  let comma = -1;
  for (let k = end - 1; k > 0 && comma < 0; k--) if (tokens[k]!.text === ',') comma = asideAt(asides, k) === undefined ? k : -2;
  if (comma < 0 || found.some((c) => c.last > comma) || language.relativeWords?.has(tokens[comma + 1]?.text ?? '') || language.clauseJoiners?.has(tokens[comma + 1]?.text ?? '')) return -1;
  // ("Although unconfirmed, reports say …": the comma closing an opening subordinate clause.)
  const first = tokens.findIndex((t) => t.kind !== 'punct');
  if (language.subordinators?.has(tokens[first]?.text ?? '') && !tokens.slice(first, comma).some((t) => t.text === ',')) return -1;
  const tail = tokens.slice(comma + 1, end);
  const says = (k: number) =>
    tail[k] !== undefined && language.reportWords.has(tail[k]!.stem) && tail[k]!.text !== tail[k]!.stem &&
    !(language.gerund?.test(tail[k]!.text) ?? false) && !language.contentMarkers?.has(tail[k + 1]?.text ?? '') && !language.agentMarkers.has(tail[k + 1]?.text ?? '');
  const words = (from: number, to: number) => tail.slice(from, to).filter((t) => t.kind !== 'punct').length;
  if ((language.speakerFollows?.has(tail[0]?.text ?? '') || says(0)) && words(1, tail.length) <= ATTRIBUTION_BEFORE + ATTRIBUTION_AFTER) return comma;
  const verb = tail.findIndex((_, k) => k > 0 && says(k));
  if (verb < 0 || tail.slice(verb + 1).some((t) => language.contentMarkers?.has(t.text)) || tail.slice(0, verb).some((t) => language.clauseOpeners?.has(t.text) || language.subordinators?.has(t.text))) return -1;
  const speaker = tail.slice(0, verb).some((t) => t.kind === 'word' && !language.stopwords.has(t.text));
  return speaker && words(0, verb) <= ATTRIBUTION_BEFORE && words(verb + 1, tail.length) <= ATTRIBUTION_AFTER ? comma : -1;
}

/**
 * "Three sources told Reuters, on condition they not be named, that …", "said, not for the first
 * time, that …": a negation standing between two commas, the second right before one of the
 * language's `contentMarkers`, bears on nothing past that comma: what follows is said by the verb
 * before the span, not by the span. (Not a hedge: "said, though this could not be verified, that …"
 * doubts what is said.) Where that comma stands; -1 where the cue stands in no such span.
 */
export function interjectionEnd(tokens: ReadonlyArray<Token>, cue: FoundCue, language: Language): number {
  if (cue.category !== 'negation' || !language.contentMarkers) return -1;
  let open = cue.first - 1;
  while (open >= 0 && tokens[open]!.text !== ',') open--;
  if (open < 0) return -1;
  let close = cue.last + 1;
  while (close < tokens.length && tokens[close]!.text !== ',') close++;
  return close < tokens.length && language.contentMarkers.has(tokens[close + 1]?.text ?? '') ? close : -1;
}

/** A condition whose words, up to its comma, doubt the account ("If the sources are right, …"): see Language.doubtedConditions. */
export function doubtsAccount(tokens: ReadonlyArray<Token>, cue: FoundCue, language: Language): boolean {
  for (let k = cue.last + 1; k < tokens.length && tokens[k]!.text !== ','; k++) if (language.doubtedConditions?.has(tokens[k]!.text)) return true;
  return false;
}
