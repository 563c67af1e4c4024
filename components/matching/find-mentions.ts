// Every mention of the story's entities and concepts in a sentence's tokens, read with the
// lexicon compiled in lexicon.ts: each word looked up by its stem, a longer phrase by its first
// two; a phrase's words may have "-", "&", "/" between them, and a concept's one foreign word.
import { CROSSABLE, type Lexicon, type Mention, type Pattern } from './lexicon';
import type { Token } from './words';

/** Every mention of an entity or concept in the tokens (overlapping mentions all kept). */
export function findMentions(tokens: Token[], lexicon: Lexicon): Mention[] {
  const mentions: Mention[] = [];
  const idioms = lexicon.language.idioms ?? NO_IDIOMS;
  const found = (patterns: Pattern[] | undefined, i: number, gappedOnly: boolean) => {
    if (!patterns) return;
    for (const p of patterns) {
      if (gappedOnly && p.maxGap === 0) continue;
      // "crop protection companies" are no spun "defence companies": a word the story does not
      // know, right before a spun form, makes it a compound of its own.
      if (p.spunHead && isUnknownWord(wordBefore(tokens, i), lexicon)) continue;
      const last = matchFrom(tokens, i, p, lexicon.language.adverb);
      if (last < 0 || holdsIdiom(tokens, i, last, idioms)) continue;
      // Another phrase of the same concept over the same words is the same mention.
      const previous = mentions[mentions.length - 1];
      if (previous && previous.first === i && previous.last === last && previous.id === p.id) continue;
      const mention: Mention = { kind: p.kind, id: p.id, first: i, last };
      if (last - i + 1 > p.stems.length && words(tokens, i, last) > p.stems.length) mention.gapped = true;
      mentions.push(mention);
    }
  };
  // "Was Bharat Forge there?": the question's opening verb stands for the first word of a phrase
  // that opens with it ("was there"), read from its second word on.
  const copulaQuestion = lexicon.afterCopula.size > 0 && tokens.length > 2 && tokens[tokens.length - 1]!.text === '?' && (lexicon.language.questionCopulas?.has(tokens[0]!.text) ?? false);
  for (let i = 0; i < tokens.length; i++) {
    if (copulaQuestion && i > 1 && i <= COPULA_REACH && endsQuestion(tokens, i, lexicon)) found(lexicon.afterCopula.get(tokens[i]!.stem), i, false);
    const start = lexicon.byFirst.get(tokens[i]!.stem);
    if (!start) continue;
    const second = start.bySecond;
    if (second) {
      // The phrase's second word is the next word, or the one after it where a concept's one
      // foreign word stands between ("the Moscow meetings"); "-", "&", "/" are crossed.
      const next = nextWord(tokens, i);
      if (next > 0) {
        found(second.get(tokens[next]!.stem), i, false);
        const after = nextWord(tokens, next);
        if (after > 0 && tokens[after]!.stem !== tokens[next]!.stem) found(second.get(tokens[after]!.stem), i, true);
      }
    }
    found(start.patterns, i, false);
  }
  // A name inside a longer name of another entity is not a mention of its own ("Adani" in
  // "Adani Defence and Aerospace"); nor is a concept ("forging" in "Bharat Forge") or an anaphor,
  // nor a concept whose last word is a name's that starts in its gap ("part of the group" over
  // "part of the Kalyani Group"): a name's words are the name's. (A name wholly inside the gap is
  // the concept's one foreign word: "the Moscow meetings".)
  const names = mentions.filter((m) => m.kind === 'entity');
  if (names.length === 0) return mentions;
  // (A name that starts in a gapped concept's gap and takes its last word.)
  const takesEnd = (n: Mention, m: Mention) => m.gapped === true && n.first > m.first && n.first < m.last && n.last >= m.last;
  return mentions.filter((m) =>
    m.kind === 'entity'
      ? !names.some((n) => n !== m && n.id !== m.id && n.first <= m.first && n.last >= m.last && n.last - n.first > m.last - m.first)
      : !names.some((n) => (n.first <= m.first && n.last >= m.last) || (m.kind === 'concept' && takesEnd(n, m))),
  );
}

const NO_IDIOMS: ReadonlyArray<ReadonlyArray<string>> = [];

/** Tokens after a question's opening verb where its complement may stand ("Is 36% of India's arsenal really Russian?"). */
export const COPULA_REACH = 8;

/**
 * The word at `at` ends the question, as the opening verb's complement does ("… there?", "…
 * there or not?", "… Russian, or …"): punctuation next, or a function word and one word before it.
 * Not "Is Adani Defence planning to go there next year?", "… on Russian ships?".
 */
function endsQuestion(tokens: Token[], at: number, lexicon: Lexicon): boolean {
  const next = tokens[at + 1];
  if (next === undefined || next.kind === 'punct') return true;
  // ("… there or not?": a function word, then one word before the mark.)
  return lexicon.language.stopwords.has(next.text) && (tokens[at + 3] === undefined || tokens[at + 3]!.kind === 'punct');
}

/** Do tokens first..last hold one of the language's idioms, word for word ("going to" of the future)? */
function holdsIdiom(tokens: Token[], first: number, last: number, idioms: ReadonlyArray<ReadonlyArray<string>>): boolean {
  for (const idiom of idioms) {
    if (idiom.length === 0) continue;
    for (let k = first; k + idiom.length - 1 <= last; k++) if (idiom.every((word, j) => tokens[k + j]!.text === word)) return true;
  }
  return false;
}

/** The word before token `at`, across "-", "&", "/" ("data-protection"): a compound's first word. */
function wordBefore(tokens: Token[], at: number): Token | undefined {
  let k = at - 1;
  while (k >= 0 && tokens[k]!.kind === 'punct' && CROSSABLE.has(tokens[k]!.text)) k--;
  return tokens[k];
}

/** A word the story does not know (nor a function word, nor one the language lets open a spun form). */
function isUnknownWord(token: Token | undefined, lexicon: Lexicon): boolean {
  if (token === undefined || token.kind !== 'word' || token.possessive) return false;
  const { stopwords, spunOpeners } = lexicon.language;
  return !lexicon.own.has(token.stem) && !stopwords.has(token.stem) && !(spunOpeners?.has(token.text) ?? false);
}

/** The token of the word after `at`, crossing only CROSSABLE punctuation; -1 where none. */
/** Punctuation a phrase's words may have between them: "-", "&", "/", and the dot after an initial ("U.S. prosecutors"). */
const crossable = (tokens: Token[], k: number): boolean =>
  CROSSABLE.has(tokens[k]!.text) || (tokens[k]!.text === '.' && tokens[k - 1]?.kind === 'word' && tokens[k - 1]!.text.length === 1);

function nextWord(tokens: Token[], at: number): number {
  for (let k = at + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'punct') return k;
    if (!crossable(tokens, k)) return -1;
  }
  return -1;
}

/** Words (not punctuation) from `first` to `last`. */
function words(tokens: Token[], first: number, last: number): number {
  let n = 0;
  for (let k = first; k <= last; k++) if (tokens[k]!.kind !== 'punct') n++;
  return n;
}

/** Index of the last token of `p` matched from `start`, or -1. The gap allowance is for the whole phrase. */
function matchFrom(tokens: Token[], start: number, p: Pattern, adverb?: RegExp): number {
  let at = start;
  let gap = 0;
  for (let k = 1; k < p.stems.length; k++) {
    let next = at + 1;
    for (; next < tokens.length; next++) {
      const t = tokens[next]!;
      if (t.stem === p.stems[k]) break;
      if (t.kind === 'punct') {
        if (crossable(tokens, next)) continue;
        return -1;
      }
      if (++gap > p.maxGap) return -1;
      // (But an adverb: "travelled directly to".)
      if (p.tightLast === true && k === p.stems.length - 1 && !(adverb?.test(t.text) ?? false)) return -1;
    }
    if (next >= tokens.length) return -1;
    at = next;
  }
  return at;
}
