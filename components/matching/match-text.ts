// Which sentences of a text make which of a story's claims. The text is read passage by passage
// (the ones the gate accepted), paragraph by paragraph (a line), each sentence judged against the
// claims whose predicate it states, with what came before it as context: the sentences before it
// in its paragraph (what "the company" stands for, the year) and what the page named earlier.
import { carriedClaims, contextOfPrevious, opensEllipsis } from './ellipsis';
import { judgeClaim, POLARITY_ORDER, type SentenceContext, type Verdict } from './judge-claim';
import { runSteps } from './run-steps';
import { namesDistractor, viewSentence, type SentenceView } from './sentence-view';
import { sentencesByLine, type TextSpan } from './sentences';
import type { CompiledClaim, MatchIndex } from './story-index';

export type { Polarity } from './judge-claim';
export type { Difference } from './compare-figures';

export interface ClaimMatch extends Verdict {
  claimId: string;
  /** Span of the sentence in the original text. */
  start: number;
  end: number;
}

export type SentenceMatch = Omit<ClaimMatch, 'start' | 'end'>;

export interface MatchOptions {
  /** The year of the page's date line (see components/page/page-date.ts). */
  pageYear?: number;
  /** Only these spans of the text are matched (the passages that cover the story); default all. */
  ranges?: ReadonlyArray<{ start: number; end: number }>;
}

/** Reads a sentence into a view; the sliced matcher passes one that remembers views across rescans. */
export type ViewSentence = (sentence: string, index: MatchIndex) => SentenceView;

/** The claims one sentence makes, given its context. */
export function matchSentenceView(view: SentenceView, context: SentenceContext, index: MatchIndex): SentenceMatch[] {
  // A sentence naming another event (a distractor: Aero India, the Eastern Economic Forum) makes
  // none of the claims: asked once a sentence, not once a claim.
  if (namesDistractor(view, index)) return [];

  // A claim with restated frames is judged on each its predicate stands for; the best reading kept.
  const out = new Map<string, SentenceMatch>();
  const seen = new Set<CompiledClaim>();
  for (const mention of view.mentions) {
    for (const claim of index.byPredicate.get(mention.id) ?? []) {
      if (seen.has(claim)) continue;
      seen.add(claim);
      const verdict = judgeClaim(view, claim, context, index);
      const id = claim.claim.id;
      const before = out.get(id);
      if (verdict && (!before || isBetter(verdict, before))) out.set(id, { claimId: id, ...verdict });
    }
  }
  // "The Adani Group denied any role": what affirming one claim says of another the sentence leaves alone.
  for (const [id, made] of [...out]) {
    if (made.polarity !== 'affirms') continue;
    // (What a doubted saying says is as doubted: "Perhaps the Adani denial will hold".)
    const { doubted, ...said } = made;
    for (const e of index.entails.get(id) ?? []) {
      if (!out.has(e.claim) && !(e.unless ?? []).some((c) => out.has(c))) out.set(e.claim, { ...said, claimId: e.claim, polarity: doubted ? 'uncertain' : e.polarity });
    }
  }
  // "Neither did the defence ministry.": what the sentence before said, of this one's subject.
  const previous = context.before.at(-1);
  if (previous && opensEllipsis(view, index.language)) {
    const made = matchSentenceView(previous, contextOfPrevious(context), index);
    for (const { claimId, subject } of carriedClaims(view, made.map((m) => m.claimId), index)) {
      const { why, ...verdict } = made.find((m) => m.claimId === claimId)!;
      if (!out.has(claimId)) out.set(claimId, { ...verdict, why: { ...why, subject } });
    }
  }
  return [...out.values()];
}

/** The affirming reading first; of two alike, the one that differs in fewer figures. */
const isBetter = (a: Verdict, b: Verdict) => {
  const order = POLARITY_ORDER.indexOf(a.polarity) - POLARITY_ORDER.indexOf(b.polarity);
  return order < 0 || (order === 0 && a.differences.length < b.differences.length);
};

/** The claims a sentence makes on its own (nothing before it). */
export function matchSentence(sentence: string, index: MatchIndex, options: Pick<MatchOptions, 'pageYear'> = {}): SentenceMatch[] {
  return matchSentenceView(viewSentence(sentence, index), { before: [], named: new Set(), ...options }, index);
}

/**
 * Matches the text a paragraph at a time, yielding after each so a caller can give the page a
 * turn; returns every match in text order.
 */
export function* matchSteps(text: string, index: MatchIndex, options: MatchOptions = {}, view: ViewSentence = viewSentence): Generator<void, ClaimMatch[], void> {
  const matches: ClaimMatch[] = [];
  // What the page named before: a `context` group is satisfied by it.
  const named = new Set<string>();
  for (const range of options.ranges ?? [{ start: 0, end: text.length }]) {
    let previous: SentenceView | undefined;
    for (const spans of sentencesByLine(text.slice(range.start, range.end), range.start, index.language)) {
      const before: SentenceView[] = [];
      const context: SentenceContext = { before, named, ...(options.pageYear ? { pageYear: options.pageYear } : {}), ...(previous ? { previous } : {}) };
      for (const span of spans) {
        const sentence = view(text.slice(span.start, span.end), index);
        for (const m of matchSentenceView(sentence, context, index)) matches.push({ ...m, start: span.start, end: span.end });
        before.push(sentence);
      }
      for (const sentence of before) for (const m of sentence.mentions) named.add(m.id);
      if (before.length > 0) previous = before[before.length - 1];
      yield;
    }
  }
  return matches;
}

/** Matches every sentence of `text` (of `options.ranges`, when given). */
export function matchText(text: string, index: MatchIndex, options: MatchOptions = {}): ClaimMatch[] {
  return runSteps(matchSteps(text, index, options));
}

export type { TextSpan };
