// Claim matching: which sentences of a text make which known claims. A cheap word-overlap
// prefilter picks the few claims a sentence shares words with; fuse.js then aligns each of the
// claim's words with the sentence's words fuzzily (spelling variants, typos, inflections) and
// the weighted share of the claim's words found is the score. Figures and polarity are compared
// so a sentence that states a claim with another number or the opposite sense is reported as a
// match that differs, not missed.
import Fuse from 'fuse.js';
import type { ClaimIndex, IndexedClaim, Probe } from './claim-index';
import { normaliseText } from './normalise';
import { splitSentences, type TextSpan } from './sentences';
import { contentTokens, NEGATIONS, tokenize, type Token, type TokenKind } from './tokens';

/**
 * Minimum score for a sentence to count as making a claim. Chosen on tests/fixtures: the table of
 * sentences that must not match (near-miss stories sharing our vocabulary) tops out below it,
 * and it keeps recall on the paraphrased reports; see README "Matching" for the measured figures.
 */
export const MATCH_THRESHOLD = 0.62;
/** A sentence becomes a candidate for a claim when it shows this share of the claim's lightest probe. */
export const CANDIDATE_MIN_SHARE = 0.3;
/** fuse.js threshold for aligning one word with another (0 exact .. 1 anything): typos and spelling only. */
export const FUZZY_WORD_THRESHOLD = 0.2;
/** Words shorter than this are only matched exactly: short words fuzzy-match too much. */
export const FUZZY_MIN_WORD_LENGTH = 5;
/** Share of the claim's key terms a sentence must show. */
export const KEY_TERMS_MIN_SHARE = 0.5;
/** Credit for a figure of the right kind with another value (the sentence differs, it still speaks of it). */
export const DIFFERING_FIGURE_CREDIT = 0.8;
/** A negation this many words before a claim word negates it ("did not attend", "denied that X attended"). */
export const NEGATION_WINDOW = 4;
/** Weight of the probe coverage against the key-term share in the final score. */
export const COVERAGE_WEIGHT = 0.75;

export interface ClaimMatch {
  claimId: string;
  /** Span of the sentence in the original text. */
  start: number;
  end: number;
  /** 0..1 */
  score: number;
  /** The sentence states the claim with another figure or the opposite sense. */
  differs: boolean;
  /** What differs, e.g. "76% (outlets: 36%)" or "stated as not so". */
  difference?: string;
  /** Why it matched: the claim wording that carried it and the key terms found. */
  why: { probe: string; terms: string[] };
}

interface SentenceView {
  tokens: Token[];
  content: Token[];
  keys: Set<string>;
  fuse: Fuse<string> | null;
}

function viewOf(sentence: string): SentenceView {
  const tokens = tokenize(normaliseText(sentence).text);
  const content = contentTokens(tokens);
  return { tokens, content, keys: new Set(content.map((t) => t.key)), fuse: null };
}

function fuzzyCredit(view: SentenceView, key: string): number {
  if (key.length < FUZZY_MIN_WORD_LENGTH || /\d/.test(key)) return 0;
  view.fuse ??= new Fuse(
    [...view.keys].filter((k) => k.length >= FUZZY_MIN_WORD_LENGTH - 1),
    { includeScore: true, ignoreLocation: true, threshold: FUZZY_WORD_THRESHOLD, isCaseSensitive: true },
  );
  const best = view.fuse.search(key, { limit: 1 })[0];
  if (!best || best.score === undefined) return 0;
  // Only whole-word likeness counts: a claim word hidden inside a longer word is something else.
  if (Math.abs(best.item.length - key.length) > 2) return 0;
  return 1 - best.score;
}

/** Is every occurrence of `key` in the sentence preceded closely by a negation? */
function isNegated(view: SentenceView, key: string): boolean {
  const positions = view.tokens.flatMap((t, i) => (t.key === key ? [i] : []));
  if (positions.length === 0) return false;
  return positions.every((i) =>
    view.tokens
      .slice(Math.max(0, i - NEGATION_WINDOW), i)
      .some(isNegationToken),
  );
}

function isNegationToken(t: Token): boolean {
  return t.kind === 'word' && (NEGATIONS.has(t.key) || t.key.endsWith("n't"));
}

interface ProbeScore {
  probe: Probe;
  coverage: number;
  matchedKeys: string[];
  figureDifference?: string;
}

function scoreProbe(view: SentenceView, probe: Probe, claim: IndexedClaim): ProbeScore {
  let got = 0;
  const matchedKeys: string[] = [];
  let figureDifference: string | undefined;
  const sentenceFigures = new Map<TokenKind, string[]>();
  for (const t of view.content) {
    if (t.kind !== 'word') sentenceFigures.set(t.kind, [...(sentenceFigures.get(t.kind) ?? []), t.key]);
  }
  probe.weights.forEach((weight, key) => {
    if (view.keys.has(key)) {
      got += weight;
      matchedKeys.push(key);
      return;
    }
    const kind = figureKind(key);
    if (kind) {
      const theirs = sentenceFigures.get(kind) ?? [];
      const accepted = claim.figures.get(kind) ?? new Set();
      if (theirs.length > 0 && !theirs.some((f) => accepted.has(f))) {
        got += weight * DIFFERING_FIGURE_CREDIT;
        figureDifference = `${theirs.join(', ')} (outlets: ${[...accepted].join(', ')})`;
      }
      return;
    }
    const credit = fuzzyCredit(view, key);
    if (credit > 0) {
      got += weight * credit;
      matchedKeys.push(key);
    }
  });
  return { probe, coverage: probe.totalWeight ? got / probe.totalWeight : 0, matchedKeys, figureDifference };
}

function figureKind(key: string): TokenKind | null {
  if (/^\d+(\.\d+)?%$/.test(key)) return 'percent';
  if (/^\d+-\d+$/.test(key)) return 'range';
  if (/^(19|20)\d\d$/.test(key)) return 'year';
  return null;
}

function keyTermsFound(view: SentenceView, claim: IndexedClaim): string[] {
  return claim.keyTerms
    .filter(({ keys }) => keys.length > 0 && keys.every((k) => view.keys.has(k) || fuzzyCredit(view, k) > 0))
    .map(({ term }) => term);
}

/** Claims whose words the sentence shares enough of to be worth scoring. */
function candidates(view: SentenceView, index: ClaimIndex): IndexedClaim[] {
  const shared = new Map<number, number>();
  for (const key of view.keys) {
    const claims = index.byToken.get(key);
    if (!claims) continue;
    const weight = index.tokenWeight.get(key) ?? 1;
    for (const c of claims) shared.set(c, (shared.get(c) ?? 0) + weight);
  }
  const out: IndexedClaim[] = [];
  shared.forEach((weight, c) => {
    const claim = index.claims[c]!;
    if (weight >= CANDIDATE_MIN_SHARE * claim.minProbeWeight) out.push(claim);
  });
  return out;
}

/** Claims one sentence makes, with span [0, sentence.length). */
export function matchSentence(sentence: string, index: ClaimIndex): Omit<ClaimMatch, 'start' | 'end'>[] {
  const view = viewOf(sentence);
  if (view.keys.size === 0) return [];
  const results: Omit<ClaimMatch, 'start' | 'end'>[] = [];
  for (const claim of candidates(view, index)) {
    const terms = keyTermsFound(view, claim);
    const termShare = claim.keyTerms.length ? terms.length / claim.keyTerms.length : 1;
    if (termShare < KEY_TERMS_MIN_SHARE) continue;
    let best: ProbeScore | null = null;
    for (const probe of claim.probes) {
      const s = scoreProbe(view, probe, claim);
      if (!best || s.coverage > best.coverage) best = s;
    }
    if (!best) continue;
    const score = COVERAGE_WEIGHT * best.coverage + (1 - COVERAGE_WEIGHT) * termShare;
    if (score < MATCH_THRESHOLD) continue;
    // A negative claim ("did not take part", "denied") agrees with any negative sentence; a positive
    // claim is contradicted when one of its words is only ever negated in the sentence.
    const negated = best.probe.negative
      ? view.tokens.some(isNegationToken)
      : best.matchedKeys.some((k) => figureKind(k) === null && isNegated(view, k));
    const polarityDiffers = negated !== best.probe.negative;
    const difference = [
      best.figureDifference,
      polarityDiffers ? (negated ? 'stated as not so' : 'stated as so, where outlets say it is not') : undefined,
    ].filter(Boolean);
    results.push({
      claimId: claim.claim.id,
      score: Math.round(Math.min(1, score) * 1000) / 1000,
      differs: difference.length > 0,
      ...(difference.length ? { difference: difference.join('; ') } : {}),
      why: { probe: best.probe.source, terms },
    });
  }
  // A sentence that plainly makes one claim is not also "a differing version" of another.
  if (results.some((r) => !r.differs)) {
    const bestPlain = Math.max(...results.filter((r) => !r.differs).map((r) => r.score));
    return results.filter((r) => !r.differs || r.score > bestPlain);
  }
  return results;
}

/** Matches every sentence of `text` (or of the given sentence spans) against the claim index. */
export function matchClaims(text: string, index: ClaimIndex, sentences: TextSpan[] = splitSentences(text)): ClaimMatch[] {
  const matches: ClaimMatch[] = [];
  for (const span of sentences) {
    const sentence = text.slice(span.start, span.end);
    for (const m of matchSentence(sentence, index)) matches.push({ ...m, start: span.start, end: span.end });
  }
  return matches;
}

