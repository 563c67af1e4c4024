// The claim set prepared for matching, built once per claim set: every claim's probes (its text
// and variants) as weighted tokens, its key terms, the figures it states, and an inverted index
// from token to claims so a sentence only meets the few claims it shares words with.
import type { Claim, ClaimSet } from './schema';
import { normaliseForMatching } from './normalise';
import { contentTokens, hasNegation, tokenize, type Token, type TokenKind } from './tokens';

/** Key terms weigh this much more than other words: names and numbers carry a claim. */
export const KEY_TERM_BOOST = 2;

export interface Probe {
  /** The claim text or variant this probe was made from. */
  source: string;
  /** Distinct content token keys with their weights. */
  weights: Map<string, number>;
  totalWeight: number;
  /** The probe states its claim negatively ("did not attend"). */
  negative: boolean;
}

export interface IndexedClaim {
  claim: Claim;
  probes: Probe[];
  /** Each key term as the token keys it must show. */
  keyTerms: Array<{ term: string; keys: string[] }>;
  /** Token keys that belong to some key term. */
  keyTermKeys: Set<string>;
  /**
   * Key terms grouped when they share words ("Adani Defence" / "Adani Defence and Aerospace"):
   * alternative forms of one name. When a sentence holds one form, the group's words are the
   * name, not what the claim says about it.
   */
  termGroups: Array<{ terms: Set<string>; keys: Set<string> }>;
  /** Figures the outlets use for this claim, by kind ("36%", "29-30", "2022"). */
  figures: Map<TokenKind, Set<string>>;
  /**
   * Words that follow a plain number in the claim ("six executives" -> "executive"). Plain numbers
   * are everywhere ("two of the sources said"), so another number only speaks of the claim's
   * figure when it counts the same thing.
   */
  countedNouns: Set<string>;
  /** Every token key any probe of this claim uses. */
  vocabulary: Set<string>;
  /** The lightest probe's weight: a sentence must show a share of it to become a candidate. */
  minProbeWeight: number;
}

export interface ClaimIndex {
  claims: IndexedClaim[];
  /** token key -> indices into `claims`. */
  byToken: Map<string, number[]>;
  /** token key -> weight (rarer across claims weighs more). */
  tokenWeight: Map<string, number>;
  /** Years the story's own signals name (2025): a sentence set in another year is another event. */
  storyYears: Set<string>;
}

export function tokensOf(text: string): Token[] {
  return tokenize(normaliseForMatching(text));
}

const FIGURE_KINDS: ReadonlySet<TokenKind> = new Set(['percent', 'range', 'year', 'number']);


/** Builds the index in one go (tests, the `check` command, the benchmark). */
export function buildClaimIndex(claimSet: ClaimSet): ClaimIndex {
  const steps = claimIndexSteps(claimSet);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Builds the index a claim at a time, yielding between claims, so the content script can spread
 * the work over short slices; only pages that pass the story gate ever build it.
 */
export function* claimIndexSteps(claimSet: ClaimSet): Generator<void, ClaimIndex, void> {
  const perClaimKeys = claimSet.claims.map((claim) => {
    const texts = [claim.text, ...claim.variants];
    return texts.map((t) => ({ source: t, tokens: tokensOf(t) }));
  });

  // Document frequency over claims: a word every claim uses (india, russia) says little.
  const df = new Map<string, number>();
  perClaimKeys.forEach((probes) => {
    const keys = new Set(probes.flatMap((p) => contentTokens(p.tokens).map((t) => t.key)));
    keys.forEach((k) => df.set(k, (df.get(k) ?? 0) + 1));
  });
  const n = claimSet.claims.length;
  const tokenWeight = new Map<string, number>();
  df.forEach((count, key) => tokenWeight.set(key, Math.log(1 + n / count)));

  const byToken = new Map<string, number[]>();
  const claims: IndexedClaim[] = [];
  for (const [index, claim] of claimSet.claims.entries()) {
    yield;
    const keyTerms = claim.terms.map((term) => ({
      term,
      keys: [...new Set(contentTokens(tokensOf(term)).map((t) => t.key))],
    }));
    const keyTermKeys = new Set(keyTerms.flatMap((k) => k.keys));
    const termGroups: IndexedClaim['termGroups'] = [];
    for (const { term, keys } of keyTerms) {
      const overlapping = termGroups.filter((g) => keys.some((k) => g.keys.has(k)));
      const merged = { terms: new Set([term]), keys: new Set(keys) };
      for (const g of overlapping) {
        g.terms.forEach((t) => merged.terms.add(t));
        g.keys.forEach((k) => merged.keys.add(k));
        termGroups.splice(termGroups.indexOf(g), 1);
      }
      termGroups.push(merged);
    }
    const figures = new Map<TokenKind, Set<string>>();
    const countedNouns = new Set<string>();
    const vocabulary = new Set<string>();
    const probes = perClaimKeys[index]!.map(({ source, tokens }): Probe => {
      const weights = new Map<string, number>();
      const content = contentTokens(tokens);
      content.forEach((t, i) => {
        const next = content[i + 1];
        if (t.kind === 'number' && next?.kind === 'word') countedNouns.add(next.key);
      });
      for (const t of content) {
        const base = tokenWeight.get(t.key) ?? 1;
        weights.set(t.key, base * (keyTermKeys.has(t.key) ? KEY_TERM_BOOST : 1));
        vocabulary.add(t.key);
        if (FIGURE_KINDS.has(t.kind)) {
          if (!figures.has(t.kind)) figures.set(t.kind, new Set());
          figures.get(t.kind)!.add(t.key);
        }
      }
      const totalWeight = [...weights.values()].reduce((a, b) => a + b, 0);
      return { source, weights, totalWeight, negative: hasNegation(tokens) };
    });
    vocabulary.forEach((key) => {
      const list = byToken.get(key) ?? [];
      list.push(index);
      byToken.set(key, list);
    });
    const minProbeWeight = Math.min(...probes.map((p) => p.totalWeight));
    claims.push({ claim, probes, keyTerms, keyTermKeys, termGroups, figures, countedNouns, vocabulary, minProbeWeight });
  }
  const storyYears = new Set(
    claimSet.story.signals.flatMap((g) => g.terms.flatMap((t) => tokensOf(t).filter((k) => k.kind === 'year').map((k) => k.key))),
  );
  return { claims, byToken, tokenWeight, storyYears };
}
