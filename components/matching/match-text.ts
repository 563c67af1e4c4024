// Which sentences of a text make which of a story's claims: the text is read paragraph by
// paragraph (a line), each sentence judged against the claims whose predicate it states, with the
// sentences before it in its paragraph as its context (what "the company" stands for, the year).
import { judgeClaim, type SentenceContext, type Verdict } from './judge-claim';
import { viewSentence, type SentenceView } from './sentence-view';
import { sentencesByLine, type TextSpan } from './sentences';
import type { MatchIndex } from './story-index';

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

/** Each paragraph's sentence spans within the ranges to match, in text order. */
export function* paragraphsOf(text: string, locale: string, ranges?: MatchOptions['ranges']): Generator<TextSpan[]> {
  for (const range of ranges ?? [{ start: 0, end: text.length }]) {
    yield* sentencesByLine(text.slice(range.start, range.end), range.start, locale);
  }
}

/** The claims one sentence makes, given the sentences before it in its paragraph. */
export function matchSentenceView(view: SentenceView, context: SentenceContext, index: MatchIndex): SentenceMatch[] {
  const out: SentenceMatch[] = [];
  const seen = new Set<string>();
  for (const mention of view.mentions) {
    for (const claim of index.byPredicate.get(mention.id) ?? []) {
      if (seen.has(claim.claim.id)) continue;
      seen.add(claim.claim.id);
      const verdict = judgeClaim(view, claim, context, index);
      if (verdict) out.push({ claimId: claim.claim.id, ...verdict });
    }
  }
  return out;
}

/** The claims a sentence makes on its own (no paragraph before it). */
export function matchSentence(sentence: string, index: MatchIndex, options: MatchOptions = {}): SentenceMatch[] {
  return matchSentenceView(viewSentence(sentence, index), { before: [], ...options }, index);
}

/**
 * Matches one paragraph's sentences in order, each with those before it as context.
 * `spans` are the paragraph's sentences in `text`.
 */
export function matchParagraph(text: string, spans: TextSpan[], index: MatchIndex, options: MatchOptions = {}): ClaimMatch[] {
  const matches: ClaimMatch[] = [];
  const before: SentenceView[] = [];
  const context = { before, ...(options.pageYear ? { pageYear: options.pageYear } : {}) };
  for (const span of spans) {
    const view = viewSentence(text.slice(span.start, span.end), index);
    for (const m of matchSentenceView(view, context, index)) matches.push({ ...m, start: span.start, end: span.end });
    before.push(view);
  }
  return matches;
}

/** Matches every sentence of `text` (of `options.ranges`, when given). */
export function matchText(text: string, index: MatchIndex, options: MatchOptions = {}): ClaimMatch[] {
  const matches: ClaimMatch[] = [];
  for (const spans of paragraphsOf(text, index.language.code, options.ranges)) matches.push(...matchParagraph(text, spans, index, options));
  return matches;
}
