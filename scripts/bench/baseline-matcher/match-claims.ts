// Claim matching: which sentences of a text make which known claims. A cheap word-overlap
// prefilter picks the few claims a sentence shares words with. A claim is then judged on two
// things a reader would check: does the sentence name what the claim is about (its key terms:
// names, figures, dates, found as phrases), and does it say what the claim says about them (the
// claim's other words, aligned with the sentence's words by fuse.js so spelling variants and
// inflections still count)? Figures and polarity are compared, so a sentence stating a claim
// with another number or the opposite sense is reported as a match that differs, not missed.
import Fuse from 'fuse.js/basic';
import type { ClaimIndex, IndexedClaim, Probe } from './claim-index';
import { normaliseForMatching } from './normalise';
import { splitSentences } from '../../../components/matching/sentences';
import { contentTokens, hasNegation, isNegationToken, tokenize, type Token, type TokenKind } from './tokens';

/**
 * Minimum score for a sentence to count as making a claim. Chosen on tests/fixtures/sentences.json
 * together with PREDICATE_MIN_COVERAGE: from 0.58 to 0.62 the table's results are the same (no
 * must-not-match sentence passes), above 0.62 true matches drop fast; 0.6 sits in the middle.
 */
export const MATCH_THRESHOLD = 0.6;
/** Weight of "says what the claim says" against "names what it is about" in the score. */
export const PREDICATE_WEIGHT = 0.6;
/**
 * Share of the claim's other words a sentence must show: a sentence naming Bharat Forge is not
 * "Bharat Forge attended the Moscow meetings" unless it also speaks of attending or the meetings.
 * At 0.35 the first near-miss sentence of the fixtures passes; at 0.45 true matches start to drop.
 */
export const PREDICATE_MIN_COVERAGE = 0.4;
/** ... and at least this many of those words (or all of them, when the claim has fewer). */
export const PREDICATE_MIN_WORDS = 2;
/**
 * Key terms found for full credit. Claims list alternatives among their terms ("Adani Defence",
 * "Rajvanshi"), so two found is as good as all; none found and the claim is not considered.
 */
export const KEY_TERMS_FOR_FULL_CREDIT = 2;
/** Extra words a multi-word key term may have among its own ("Adani Defence and Aerospace"). */
export const TERM_MAX_GAP = 2;
/** A sentence becomes a candidate for a claim when it shows this share of the claim's lightest probe. */
export const CANDIDATE_MIN_SHARE = 0.3;
/** fuse.js threshold for aligning one word with another (0 exact .. 1 anything): typos and spelling only. */
export const FUZZY_WORD_THRESHOLD = 0.2;
const FUZZY_OPTIONS = { includeScore: true, ignoreLocation: true, threshold: FUZZY_WORD_THRESHOLD, isCaseSensitive: true };
/** Words shorter than this are only matched exactly: short words fuzzy-match too much. */
export const FUZZY_MIN_WORD_LENGTH = 5;
/** Credit for a figure of the right kind with another value (the sentence differs, it still speaks of it). */
export const DIFFERING_FIGURE_CREDIT = 0.8;
/** A negation this many words before a claim word negates it ("did not attend", "denied that X attended"). */
export const NEGATION_WINDOW = 4;

export interface ClaimMatch {
  claimId: string;
  /** Span of the sentence in the original text. */
  start: number;
  end: number;
  /** 0..1 */
  score: number;
  /** The sentence states the claim with another figure or the opposite sense. */
  differs: boolean;
  /** What the sentence says differently, to follow "This page": "gives 76% where the outlets give 36%", "says it is not so". */
  difference?: string;
  /** Why it matched: the claim wording that carried it and the key terms found. */
  why: { probe: string; terms: string[] };
}

export type SentenceMatch = Omit<ClaimMatch, 'start' | 'end'>;

interface SentenceView {
  tokens: Token[];
  content: Token[];
  keys: Set<string>;
  figures: Map<TokenKind, string[]>;
  /** For each plain number in the sentence, the word after it ("16 executives" -> "executive"). */
  countedBy: Map<Token, string | undefined>;
  /** Claim word -> the sentence word fuse.js aligned it with (memo: many claims share words). */
  fuzzy: Map<string, { word: string; credit: number } | null>;
  /** The sentence's words by first letter: fuse.js is asked only when a word could be close. */
  byInitial: Map<string, string[]>;
  /** For each token: is a negation among the few words before it? Computed when first needed. */
  negatedAt?: boolean[];
}

function viewOf(sentence: string): SentenceView {
  const tokens = tokenize(normaliseForMatching(sentence));
  const content = contentTokens(tokens);
  const figures = new Map<TokenKind, string[]>();
  const countedBy = new Map<Token, string | undefined>();
  const keys = new Set<string>();
  const byInitial = new Map<string, string[]>();
  content.forEach((t, i) => {
    if (!keys.has(t.key)) {
      keys.add(t.key);
      const initial = byInitial.get(t.key[0]!);
      if (initial) initial.push(t.key);
      else byInitial.set(t.key[0]!, [t.key]);
    }
    if (t.kind === 'word') return;
    const ofKind = figures.get(t.kind);
    if (ofKind) ofKind.push(t.key);
    else figures.set(t.kind, [t.key]);
    if (t.kind === 'number') countedBy.set(t, content[i + 1]?.kind === 'word' ? content[i + 1]!.key : undefined);
  });
  return { tokens, content, keys, figures, countedBy, fuzzy: new Map(), byInitial };
}

/** The kind of figure a claim key is, or null for a word: asked again and again of the same keys (a bounded set, the claim set's). */
function figureKind(key: string): TokenKind | null {
  let kind = figureKinds.get(key);
  if (kind === undefined) figureKinds.set(key, (kind = figureKindOf(key)));
  return kind;
}
const figureKinds = new Map<string, TokenKind | null>();

function figureKindOf(key: string): TokenKind | null {
  if (/^\d+(\.\d+)?%$/.test(key)) return 'percent';
  if (/^\d+-\d+$/.test(key)) return 'range';
  if (/^(19|20)\d\d$/.test(key)) return 'year';
  if (/^\d+$/.test(key)) return 'number';
  return null;
}

/**
 * The sentence's word closest to `key` and its likeness (0..1), or null when none is close.
 * fuse.js does the alignment; each claim word is looked up once per sentence.
 */
function fuzzyWord(view: SentenceView, key: string): { word: string; credit: number } | null {
  const known = view.fuzzy.get(key);
  if (known !== undefined) return known;
  let found: { word: string; credit: number } | null = null;
  // Only whole-word likeness counts (same first letter, length within 2): look for such a word
  // first, which spares fuse.js most comparisons.
  if (key.length >= FUZZY_MIN_WORD_LENGTH && !figureKind(key)) {
    let bestScore = Infinity;
    for (const word of view.byInitial.get(key[0]!) ?? []) {
      if (Math.abs(word.length - key.length) > 2) continue;
      const score = likeness(key, word);
      // The best score wins; on a tie, the sentence's earlier word.
      if (score !== null && score < bestScore) {
        bestScore = score;
        found = { word, credit: 1 - score };
      }
    }
  }
  view.fuzzy.set(key, found);
  return found;
}

/**
 * fuse.js's score for `word` against the claim word `key` (0 = the same .. 1), or null when it is
 * no match under FUZZY_OPTIONS. It depends on the two words only, and pages repeat their words,
 * so it is remembered across sentences (up to LIKENESS_MEMO_LIMIT pairs, then afresh).
 */
function likeness(key: string, word: string): number | null {
  const pair = `${key} ${word}`;
  const known = likenessMemo.get(pair);
  if (known !== undefined) return known;
  if (likenessMemo.size >= LIKENESS_MEMO_LIMIT) likenessMemo.clear();
  const result = Fuse.match(key, word, FUZZY_OPTIONS);
  const score = result.isMatch && result.score !== undefined ? result.score : null;
  likenessMemo.set(pair, score);
  return score;
}
const likenessMemo = new Map<string, number | null>();
const LIKENESS_MEMO_LIMIT = 100_000;

const fuzzyCredit = (view: SentenceView, key: string): number => fuzzyWord(view, key)?.credit ?? 0;

/** The sentence's figures of `kind`; plain numbers only where they count what the claim counts. */
function figuresOf(view: SentenceView, kind: TokenKind, claim: IndexedClaim): string[] {
  if (kind !== 'number') return view.figures.get(kind) ?? [];
  return [...view.countedBy].filter(([, noun]) => noun !== undefined && claim.countedNouns.has(noun)).map(([t]) => t.key);
}

/** A figure of the same kind in the sentence, when none of the sentence's figures of that kind is accepted. */
function differingFigure(view: SentenceView, key: string, claim: IndexedClaim): string | null {
  const kind = figureKind(key);
  if (!kind) return null;
  const accepted = claim.figures.get(kind);
  const theirs = figuresOf(view, kind, claim);
  if (theirs.length === 0 || theirs.some((f) => accepted?.has(f))) return null;
  return `gives ${theirs.join(', ')} where the outlets give ${[...(accepted ?? [key])].join(', ')}`;
}

/** Is every occurrence of `key` in the sentence preceded closely by a negation? */
function isNegated(view: SentenceView, key: string): boolean {
  // "not", "never" negate the next few words; "denied (that) …" negates everything it reports.
  // One pass: a token is within NEGATION_WINDOW of some negation before it exactly when it is
  // within it of the nearest one, so only the last negation's position is kept.
  if (!view.negatedAt) {
    const negatedAt: boolean[] = [];
    let lastNegation = -Infinity;
    let denied = false;
    view.tokens.forEach((t, i) => {
      negatedAt.push(denied || i - lastNegation <= NEGATION_WINDOW);
      if (isNegationToken(t)) lastNegation = i;
      if (t.kind === 'word' && t.key === 'deny') denied = true;
    });
    view.negatedAt = negatedAt;
  }
  let seen = false;
  for (let i = 0; i < view.tokens.length; i++) {
    if (view.tokens[i]!.key !== key) continue;
    if (!view.negatedAt[i]) return false;
    seen = true;
  }
  return seen;
}

interface TermsFound {
  terms: string[];
  keys: string[];
  figureDifference?: string;
}

/**
 * The claim's key terms the sentence holds. A multi-word term must appear as a phrase (its words
 * within a short window, any order, so "29-30 October" is "October 29-30"); a figure counts when
 * the sentence has a figure of the same kind, and differs when its value is not the outlets'.
 */
function keyTermsFound(view: SentenceView, claim: IndexedClaim): TermsFound {
  const found: TermsFound = { terms: [], keys: [] };
  const seq = view.content;
  for (const { term, keys } of claim.keyTerms) {
    if (keys.length === 0) continue;
    // Cheap first: every word of the term must be in the sentence (or close to one of its words).
    if (!keys.every((k) => figureKind(k) || view.keys.has(k) || fuzzyWord(view, k))) continue;
    const tokenMatches = (token: Token, key: string): 'same' | 'differs' | null => {
      if (token.key === key) return 'same';
      const kind = figureKind(key);
      if (kind) return token.kind === kind && figuresOf(view, kind, claim).includes(token.key) ? 'differs' : null;
      return token.kind === 'word' && fuzzyWord(view, key)?.word === token.key ? 'same' : null;
    };
    const window = keys.length + TERM_MAX_GAP;
    for (let i = 0; i < seq.length; i++) {
      if (!keys.some((k) => tokenMatches(seq[i]!, k))) continue;
      const slice = seq.slice(Math.max(0, i - window + 1), i + window);
      const verdicts = keys.map((k) => {
        const hits = slice.map((t) => tokenMatches(t, k)).filter(Boolean);
        return hits.includes('same') ? 'same' : hits.length ? 'differs' : null;
      });
      if (verdicts.some((v) => v === null)) continue;
      found.terms.push(term);
      found.keys.push(...keys.filter((k) => !figureKind(k)));
      if (verdicts.includes('differs')) {
        const figureKey = keys.find((k, j) => verdicts[j] === 'differs')!;
        found.figureDifference ??= differingFigure(view, figureKey, claim) ?? undefined;
      }
      break;
    }
  }
  return found;
}

interface ProbeScore {
  probe: Probe;
  /** Weighted share of the probe's non-key-term words the sentence shows. */
  coverage: number;
  matchedKeys: string[];
  figureDifference?: string;
}

/** How much of what the probe says (its words other than the names found) the sentence says. */
function scoreProbe(view: SentenceView, probe: Probe, claim: IndexedClaim, nameKeys: Set<string>): ProbeScore | null {
  let got = 0;
  let predicateWeight = 0;
  let wordsFound = 0;
  let predicateWords = 0;
  const matchedKeys: string[] = [];
  let figureDifference: string | undefined;
  probe.weights.forEach((weight, key) => {
    if (nameKeys.has(key)) return;
    predicateWords++;
    predicateWeight += weight;
    if (view.keys.has(key)) {
      got += weight;
      wordsFound++;
      matchedKeys.push(key);
      return;
    }
    const differing = differingFigure(view, key, claim);
    if (differing) {
      got += weight * DIFFERING_FIGURE_CREDIT;
      figureDifference = differing;
      return;
    }
    const credit = fuzzyCredit(view, key);
    if (credit > 0) {
      got += weight * credit;
      wordsFound++;
      matchedKeys.push(key);
    }
  });
  if (predicateWords === 0 || wordsFound < Math.min(PREDICATE_MIN_WORDS, predicateWords)) return null;
  const coverage = got / predicateWeight;
  if (coverage < PREDICATE_MIN_COVERAGE) return null;
  return { probe, coverage, matchedKeys, figureDifference };
}

/** The sentence is set in years that are neither the claim's nor the story's: another event. */
function isAnotherTime(view: SentenceView, claim: IndexedClaim, index: ClaimIndex): boolean {
  const years = view.figures.get('year') ?? [];
  if (years.length === 0) return false;
  const claimYears = claim.figures.get('year');
  return !years.some((y) => index.storyYears.has(y) || claimYears?.has(y));
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
    if (weight >= CANDIDATE_MIN_SHARE * claim.minProbeWeight && namesSomething(view, claim)) out.push(claim);
  });
  return out;
}

/**
 * Does the sentence hold one of the claim's key-term words as written (or a figure of a kind its
 * terms have)? A sentence that names nothing the claim is about is not worth aligning word by word.
 */
function namesSomething(view: SentenceView, claim: IndexedClaim): boolean {
  if (claim.keyTerms.length === 0) return true;
  for (const key of claim.keyTermKeys) {
    if (view.keys.has(key)) return true;
    const kind = figureKind(key);
    if (kind && figuresOf(view, kind, claim).length > 0) return true;
  }
  return false;
}

function judgeClaim(view: SentenceView, claim: IndexedClaim, index: ClaimIndex): SentenceMatch | null {
  // Cheap and decided on the sentence's years alone: asked before the costly search for key terms.
  if (isAnotherTime(view, claim, index)) return null;
  const terms = keyTermsFound(view, claim);
  if (claim.keyTerms.length > 0 && terms.terms.length === 0) return null;
  const termShare = claim.keyTerms.length
    ? Math.min(1, terms.terms.length / Math.min(KEY_TERMS_FOR_FULL_CREDIT, claim.keyTerms.length))
    : 1;
  // The words of the names the sentence holds (in any of their forms) are not what it says of them.
  const nameKeys = new Set(
    claim.termGroups.filter((g) => terms.terms.some((t) => g.terms.has(t))).flatMap((g) => [...g.keys]),
  );
  let best: ProbeScore | null = null;
  for (const probe of claim.probes) {
    const s = scoreProbe(view, probe, claim, nameKeys);
    if (s && (!best || s.coverage > best.coverage)) best = s;
  }
  if (!best) return null;
  const score = PREDICATE_WEIGHT * best.coverage + (1 - PREDICATE_WEIGHT) * termShare;
  if (score < MATCH_THRESHOLD) return null;
  // A negative claim ("did not take part", "denied") agrees with any negative sentence; a positive
  // claim is contradicted when one of its words is only ever negated in the sentence.
  const matched = [...best.matchedKeys, ...terms.keys];
  const negated = best.probe.negative
    ? hasNegation(view.tokens)
    : matched.some((k) => isNegated(view, k));
  const difference = [
    terms.figureDifference ?? best.figureDifference,
    negated !== best.probe.negative ? (negated ? 'says it is not so' : 'says it is so, where the outlets say it is not') : undefined,
  ].filter((d): d is string => Boolean(d));
  return {
    claimId: claim.claim.id,
    score: Math.round(Math.min(1, score) * 1000) / 1000,
    differs: difference.length > 0,
    ...(difference.length ? { difference: difference.join('; ') } : {}),
    why: { probe: best.probe.source, terms: terms.terms },
  };
}

/** Claims one sentence makes. */
export function matchSentence(sentence: string, index: ClaimIndex): SentenceMatch[] {
  const view = viewOf(sentence);
  if (view.keys.size === 0) return [];
  return candidates(view, index)
    .map((claim) => judgeClaim(view, claim, index))
    .filter((m): m is SentenceMatch => m !== null);
}

/** Matches every sentence of `text` against the claim index. */
export function matchClaims(text: string, index: ClaimIndex): ClaimMatch[] {
  const matches: ClaimMatch[] = [];
  for (const span of splitSentences(text)) {
    const sentence = text.slice(span.start, span.end);
    for (const m of matchSentence(sentence, index)) matches.push({ ...m, start: span.start, end: span.end });
  }
  return matches;
}
