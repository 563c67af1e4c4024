// What a question that opens with a question word still asks (Language.whQuestions): it takes what
// it names as given ("Which drone start-ups were in the room?" says start-ups were), but not the
// answers it lists after a colon or dash ("What was on the table: MiG-29 spares, drones?"), nor a
// yes/no question joined on ("Who led the side, and was it really Sanjeev Kumar?"). One that asks a
// degree ("How many executives went?") opens with no such word and stays open throughout.
import type { Language } from './languages/types';
import type { Token } from './words';

/** Marks that separate a question from the answers it offers. */
const ANSWER_MARKS = new Set([':', '—', '–', '-']);

/**
 * Where a question opening with one of the language's `whQuestions` starts asking (every token from
 * there is left open): the list of answers or the joined yes/no question where it has one, else the
 * sentence's length (it asks nothing it names); -1 where it opens with no such word.
 */
export function whQuestionAsks(tokens: ReadonlyArray<Token>, first: number, language: Language): number {
  const opens = (list: ReadonlyArray<string> | undefined) => (list ?? []).some((q) => q.split(' ').every((w, k) => tokens[first + k]?.text === w));
  if (!opens(language.whQuestions)) return -1;
  const auxiliaries = language.ellipsis?.auxiliaries;
  for (let k = first + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    // (A dash inside a word, "state-run", is no mark: it stands between two words without spaces.)
    if (ANSWER_MARKS.has(t.text) && (t.text !== '-' || tokens[k - 1]?.end !== t.start)) return k;
    if (t.text === ',' && language.clauseJoiners?.has(tokens[k + 1]?.text ?? '') && (auxiliaries?.has(tokens[k + 2]?.text ?? '') ?? false)) return k;
  }
  return tokens.length;
}
