// `npm run bench`: what the whole job costs on a page, against merely reading it and against a
// naive matcher. Prints, never asserts; exits 0 unless it throws.
//
// For generated news pages (scripts/bench/pages.ts: seeded, so every run sees the same pages) of
// about 2,000, 20,000 and 100,000 words, without and with the story, each case in its own child
// process (scripts/bench/measure-page.ts: gc exposed, heap limited like a browser tab's):
// - floor: extractPageText(findArticleRoot(doc)) on the page parsed by jsdom (parsing not timed);
// - ours: createTextAnalyser(claimSet).analyse(text), the story gate then, on story pages, matching.
//   The content script runs analyseSliced instead: the same gate and matching, cut into slices that
//   give the page a turn, with a sentence memory for rescans; its slicing and memory are not timed;
// - ratio = (floor + ours) / floor: the whole job in units of reading the page once;
// - naive: every sentence searched against every claim text and variant with fuse.js defaults,
//   timed on at most the first 300 sentences and extrapolated linearly; speedup = naive / ours;
// - memory: heap+ = peak heap used after a run above the parsed page (after a gc);
//   RSS = resident set after parsing / the process's peak.
// Each time is the median of N runs after a warm-up, N adapted to the work's length
// (scripts/bench/timing.ts). Then precision and recall on the fixtures
// (scripts/bench/fixture-quality.ts), and one PASS/MISS line per target (scripts/bench/report.ts).
import { claimSet } from '../data/index';
import { createTextAnalyser } from '../components/matching/analyse-text';
import { buildClaimIndex } from '../components/matching/claim-index';
import { matchSentence } from '../components/matching/match-claims';
import { pageVerdicts, sentenceCounts, sumCounts } from './bench/fixture-quality';
import { createNaivePeer } from './bench/naive-peer';
import { caseTable, qualityLines, targetLines, type SentenceQuality } from './bench/report';
import { runCase, type CaseOutcome } from './bench/run-case';

const PAGE_WORDS = [2_000, 20_000, 100_000];
/** One seed for every page: the same filler for a size with and without the story. */
const PAGE_SEED = 20251029;

async function measureCases(): Promise<CaseOutcome[]> {
  const outcomes: CaseOutcome[] = [];
  // One case at a time: on two cores, parallel cases would time each other.
  for (const targetWords of PAGE_WORDS) {
    for (const withStory of [false, true]) {
      const outcome = await runCase({ targetWords, withStory, seed: PAGE_SEED });
      console.error(`  measured ${targetWords.toLocaleString('en-US')} words, ${withStory ? 'story' : 'non-story'} page (${(outcome.wallMs / 1000).toFixed(1)} s)`);
      outcomes.push(outcome);
    }
  }
  return outcomes;
}

function sentenceQuality(): SentenceQuality {
  const index = buildClaimIndex(claimSet);
  const peer = createNaivePeer(claimSet);
  const naive = new Map<string, string[]>();
  const naiveClaims = (s: string) => naive.get(s) ?? naive.set(s, peer.claimsOf(s)).get(s)!;
  return {
    ours: sentenceCounts((s) => [...new Set(matchSentence(s, index).map((m) => m.claimId))]),
    naiveTop: sentenceCounts((s) => naiveClaims(s).slice(0, 1)),
    naiveAll: sentenceCounts(naiveClaims),
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  console.error('Benchmarking (each case in its own process)...');
  const outcomes = await measureCases();
  const sentences = sentenceQuality();
  const pages = pageVerdicts(createTextAnalyser(claimSet));

  console.log('Claim Cross-Check benchmark. Times in ms: medians of N runs after a warm-up (runs f/o = N for floor/ours).');
  console.log('floor = extractPageText(findArticleRoot(doc)) in jsdom; ours = analyse(text) (gate, then matching on story pages);');
  console.log('ratio = (floor + ours) / floor; naive = every sentence against every claim text and variant, fuse.js defaults;');
  console.log('speedup = naive / ours; claims = distinct claims ours found; sentences = sentences on the page;');
  console.log('heap+ = peak heap after a run above the parsed page; RSS = after parse / process peak.\n');
  caseTable(outcomes).forEach((line) => console.log(line));
  console.log('');
  qualityLines(sentences, pages, sumCounts(pages.map((p) => p.counts))).forEach((line) => console.log(line));
  console.log('\nTargets (ratios within this run):');
  targetLines(outcomes, sentences).forEach((line) => console.log(line));
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

await main();
