// The frozen baseline matcher (scripts/bench/baseline-matcher) as sentence and page matchers for
// the evaluation, so the bench prints its figures beside the current matcher's on the same half.
import { createTextAnalyser } from '../bench/baseline-matcher/analyse-text';
import { buildClaimIndex } from '../bench/baseline-matcher/claim-index';
import { matchSentence } from '../bench/baseline-matcher/match-claims';
import type { ClaimSet } from '../bench/baseline-matcher/schema';
import baselineClaims from '../bench/baseline-matcher/claims.json';
import { readHtml } from './evaluate';
import type { PageMatcher, SentenceMatcher } from './run-matcher';

const claimSet = baselineClaims as unknown as ClaimSet;
/** The baseline reports "differs", not polarity: a match is an affirmation unless it differs by sense. */
const polarityOf = (m: { differs: boolean; difference?: string }) => (m.differs && /not so/.test(m.difference ?? '') ? 'denies' : 'affirms');

export function baselineSentenceMatcher(): SentenceMatcher {
  const index = buildClaimIndex(claimSet);
  // The baseline had no paragraph context: it reads the sentence alone.
  return (row) => matchSentence(row.text, index).map((m) => ({ claim: m.claimId, polarity: polarityOf(m) }));
}

export function baselinePageMatcher(): PageMatcher {
  const analyser = createTextAnalyser(claimSet);
  return (page) => {
    const { text } = readHtml(page.html);
    const analysis = analyser.analyse(text);
    return {
      detected: analysis.story.detected,
      found: analysis.matches.map((m) => ({ claim: m.claimId, polarity: polarityOf(m) })),
      highlighted: analysis.matches.map((m) => text.slice(m.start, m.end)),
    };
  };
}
