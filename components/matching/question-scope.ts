// What a question that opens with a question word still asks (Language.whQuestions): it takes what
// it names as given ("Which drone start-ups were in the room?" says start-ups were), but not the
// answers it lists after a colon or dash ("What was on the table: MiG-29 spares, drones?"), nor a
// yes/no question joined on ("Who led the side, and was it really Sanjeev Kumar?"), nor answers
// offered after a comma ("…, Sanjeev Kumar or someone else?"). One that asks a degree ("How many
// executives went?") opens with no such word, and one that doubts what it names ("Who says …?",
// the language's `doubtingQuestions`) stays open throughout; so does one with a hedge of its own
// ("When did Adani attend, if it did at all?"; see readCues).
import { firstAt } from './figure-phrases';
import type { Language } from './languages/types';
import { appositivesAfterNames, asideAt, type Aside } from './relative-asides';
import type { Token } from './words';

/** Marks that separate a question from the answers it offers. */
const ANSWER_MARKS = new Set([':', '—', '–', '-']);

/**
 * Where a question opening with one of the language's `whQuestions` starts asking (every token from
 * there is left open): the list of answers or the joined yes/no question where it has one, else the
 * sentence's length (it asks nothing it names); -1 where it opens with no such word.
 */
export function whQuestionAsks(tokens: ReadonlyArray<Token>, first: number, language: Language): number {
  const opens = (list: ReadonlyArray<string> | undefined) => list !== undefined && firstAt(tokens, first, list) >= 0;
  if (!opens(language.whQuestions)) return -1;
  if (opens(language.doubtingQuestions)) return 0;
  const auxiliaries = language.ellipsis?.auxiliaries;
  for (let k = first + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    // (A dash inside a word, "state-run", is no mark: it stands between two words without spaces.)
    if (ANSWER_MARKS.has(t.text) && (t.text !== '-' || tokens[k - 1]?.end !== t.start)) return k;
    if (t.text === ',' && language.clauseJoiners?.has(tokens[k + 1]?.text ?? '') && (auxiliaries?.has(tokens[k + 2]?.text ?? '') ?? false)) return k;
    // (", Adani Defence or Bharat Forge?": the answers it offers, joined by "or", after a comma.)
    if (t.text === ',' && tokens.slice(k + 2, -1).some((w) => language.alternativeWords?.has(w.text) === true)) return k;
  }
  return tokens.length;
}

/**
 * Marks `hedged` over what a sentence ending with a question mark asks: all of it, unless it asks
 * why it is so (it takes it as given), but an aside set off by commas ("Did SIDM, which speaks for
 * over 500 firms, send anyone?" asks only whether it sent anyone; a question opening with a copula
 * may ask of the aside: "Is SIDM, which claims 500 members, really that representative?"), nor an
 * appositive after a name ("Was SIDM, the lobby for 500 firms, represented?"), nor what a question
 * word takes as given (whQuestionAsks), unless the question has a hedge of its own (`hedges`).
 */
export function hedgeQuestion(tokens: ReadonlyArray<Token>, language: Language, text: string | undefined, asides: ReadonlyArray<Aside>, firstWord: number, hedges: boolean, hedged: boolean[]): void {
  const last = tokens[tokens.length - 1];
  if (!last || !language.questionMarks.includes(last.text)) return;
  // Where question words stay in place ("वे दूर क्यों रहीं?"), they presuppose from anywhere.
  const asksAt = (from: number) => firstAt(tokens, from, language.presupposingQuestions) >= 0;
  if (language.whInSitu ? tokens.some((_, k) => asksAt(k)) : asksAt(0)) return;
  const asksOfAsides = language.questionCopulas?.has(tokens[firstWord]?.text ?? '') === true;
  const given = appositivesAfterNames(tokens, language, text);
  const isGiven = (k: number) => given.some((a) => k > a.open && k < a.close);
  const asks = hedges ? 0 : Math.max(0, whQuestionAsks(tokens, firstWord, language));
  tokens.forEach((_, k) => (hedged[k] ||= k >= asks && (asksOfAsides || asideAt(asides, k) === undefined) && !isGiven(k)));
}
