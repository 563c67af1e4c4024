// The naive peer the benchmark compares against: every sentence searched against every claim
// text and every outlet's quote of it with fuse.js defaults, no prefilter, no gate.
import Fuse from 'fuse.js';
import type { ClaimSet } from '../../data/schema';
import { splitSentences } from '../../components/matching/sentences';

export interface NaivePeer {
  /**
   * Claim ids of every result fuse.js returns, best first, each once. fuse.js applies its default
   * threshold (0.6) to each 32-character chunk of a long pattern, a result matching when any chunk
   * does, and reports the chunks' mean score (1 for a chunk that missed) scaled by field length;
   * so a sentence's results score above 0.6 (on the sentence fixtures, all of them): filtering on
   * the reported score would accept nothing. What `search` returns is what fuse.js calls a match.
   */
  claimsOf(sentence: string): string[];
}

export function createNaivePeer(claimSet: ClaimSet): NaivePeer {
  const probes = claimSet.claims.flatMap((claim) => [claim.text, ...claim.stances.map((s) => s.quote)].map((text) => ({ text, id: claim.id })));
  const fuse = new Fuse(probes.map((p) => p.text), { includeScore: true });
  return {
    claimsOf(sentence) {
      return [...new Set(fuse.search(sentence).map((r) => probes[r.refIndex]!.id))];
    },
  };
}

export interface NaiveTiming {
  /** Time for the whole page: measured, or extrapolated from the first `timedSentences`. */
  ms: number;
  sentences: number;
  timedSentences: number;
}

/** Times the peer on `text`; past `sampleLimit` sentences, times that many and extrapolates linearly. */
export function timeNaivePeer(peer: NaivePeer, text: string, sampleLimit: number): NaiveTiming {
  const splitStart = performance.now();
  const spans = splitSentences(text);
  const splitMs = performance.now() - splitStart;
  const sample = spans.slice(0, sampleLimit);
  const searchStart = performance.now();
  for (const span of sample) peer.claimsOf(text.slice(span.start, span.end));
  const searchMs = performance.now() - searchStart;
  const perSentence = sample.length ? searchMs / sample.length : 0;
  return { ms: splitMs + perSentence * spans.length, sentences: spans.length, timedSentences: sample.length };
}
