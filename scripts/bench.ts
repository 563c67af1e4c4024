// `npm run bench`: what the whole job costs on a page, against merely reading it and against a
// naive matcher. Prints, never asserts; exits 0 unless it throws.
//
// For generated news pages (scripts/bench/pages.ts: seeded, so every run sees the same pages) of
// about 2,000, 20,000 and 100,000 words, without and with the story, each case in its own child
// process (scripts/bench/measure-page.ts: gc exposed, heap limited like a browser tab's):
// - floor: extractPageText(findArticleRoot(doc)) on the page parsed by jsdom (parsing not timed);
// - ours: createTextAnalyser(storyPack).analyse(text), the story gate then, on story pages, the
//   passages' verdicts and claim matching.
//   The content script runs analyseSliced instead: the same gate and matching, cut into slices that
//   give the page a turn, with a sentence memory for rescans; its slicing and memory are not timed;
// - ratio = (floor + ours) / floor: the whole job in units of reading the page once;
// - naive: every sentence searched against every claim text and outlet quote with fuse.js defaults,
//   timed on at most the first 300 sentences and extrapolated linearly; speedup = naive / ours;
// - memory: heap+ = peak heap used after a run above the parsed page (after a gc);
//   RSS = resident set after parsing / the process's peak.
// Each time is the median of N runs after a warm-up, N adapted to the work's length
// (scripts/bench/timing.ts). Then quality on the evaluation set (scripts/bench/eval-quality.ts):
// the TEST half, which the matcher was never tuned on, for the current matcher and the frozen
// baseline; the tuning half for reference. Then the content script's size (a fresh Chrome build),
// and one PASS/MISS line per target (scripts/bench/report.ts). Between them, `curate` on the seeds
// measured against the hand-curated pack (scripts/curate/seeds-comparison.ts).
import { measureQuality, qualityLines } from './bench/eval-quality';
import { caseTable, targetLines } from './bench/report';
import { runCase, type CaseOutcome } from './bench/run-case';
import { measureBundles } from './bench/bundle-size';
import { languageLines, measureLanguages } from './bench/language-quality';
import { compareOnSeeds, comparisonLines } from './curate/seeds-comparison';

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

async function main(): Promise<void> {
  const started = performance.now();
  console.error('Benchmarking (each case in its own process)...');
  const outcomes = await measureCases();
  console.error('  evaluation set: test half (ours and baseline), tuning half (ours)');
  const test = measureQuality('test', true);
  const tune = measureQuality('tune', false);
  console.error('  evaluation sets in other languages: test half, tuning half');
  const languagesTest = measureLanguages('test');
  const languagesTune = measureLanguages('tune');
  console.error('  curate on the seeds, against the hand-curated pack');
  const curate = compareOnSeeds();
  console.error('  content script size: building for Chrome');
  const bundles = measureBundles();

  console.log('Claim Cross-Check benchmark. Times in ms: medians of N runs after a warm-up (runs f/o = N for floor/ours).');
  console.log('floor = extractPageText(findArticleRoot(doc)) in jsdom; ours = analyse(text) (gate, then matching on story pages);');
  console.log('ratio = (floor + ours) / floor; naive = every sentence against every claim text and outlet quote, fuse.js defaults;');
  console.log('speedup = naive / ours; claims = distinct claims ours found; sentences = sentences on the page;');
  console.log('heap+ = peak heap after a run above the parsed page; RSS = after parse / process peak.\n');
  caseTable(outcomes).forEach((line) => console.log(line));
  console.log('');
  console.log('Evaluation (tests/eval/README.md): claims found per sentence and per page against the labels.');
  qualityLines(test).forEach((line) => console.log(line));
  qualityLines(tune).forEach((line) => console.log(line));
  console.log('\nOther languages (tests/eval/lang/): pages as the extension reads them, sentences by the language\'s core.');
  languageLines([...languagesTest, ...languagesTune]).forEach((line) => console.log(line));
  console.log('');
  comparisonLines(curate).forEach((line) => console.log(line));
  console.log('');
  bundles.lines.forEach((line) => console.log(line));
  console.log('\nTargets (ratios within this run; quality on the TEST half):');
  targetLines(outcomes, test, bundles, languagesTest).forEach((line) => console.log(line));
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

await main();
