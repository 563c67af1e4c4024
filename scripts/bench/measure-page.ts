// One benchmark case, run in a child process by scripts/bench.ts (so a case that runs out of
// memory is reported, not fatal, and memory is measured per case): generates the page, parses it
// (not timed), times the naive peer, the floor and ours, reporting the row after each step (a case
// that dies in ours still reports the others).
import { JSDOM } from 'jsdom';
import { storyPack } from '../../data/packs';
import { createTextAnalyser } from '../../components/matching/analyse-text';
import { findArticleRoot } from '../../components/page/find-article';
import { readPageYear } from '../../components/page/page-date';
import { readArticle } from '../../components/page/read-article';
import { createNaivePeer, timeNaivePeer, type NaiveTiming } from './naive-peer';
import { generatePage, loadFillerSentences, loadSeedParagraphs } from './pages';
import { timeMedian, trackHeap, type Timing } from './timing';

/** The naive peer costs ~20 ms a sentence: past this many sentences it is timed on the first ones and extrapolated. */
export const NAIVE_SAMPLE_SENTENCES = 300;

export interface CaseRequest {
  targetWords: number;
  withStory: boolean;
  seed: number;
}

export interface CaseResult extends CaseRequest {
  words: number;
  /** extractPageText(findArticleRoot(doc)) on the jsdom document (with a window: computed style per element). */
  floor?: Timing;
  naive?: NaiveTiming;
  /**
   * analyser.analyse(text): the gate, then the passages' verdicts and matching when the story is
   * detected. The content script runs the same work in slices with a sentence memory; slicing and
   * memory are not timed.
   */
  ours?: Timing;
  storyDetected?: boolean;
  distinctClaims?: number;
  /** Peak heap used after a run of floor or ours, above the parsed page (after a gc). */
  heapPeakDeltaMB?: number;
  rssAfterParseMB: number;
  peakRssMB: number;
}

const MB = 1024 * 1024;

function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function measure(request: CaseRequest, report: (result: CaseResult) => void): void {
  const material = { filler: loadFillerSentences(), seedParagraphs: loadSeedParagraphs() };
  const page = generatePage(material, request.targetWords, request.withStory, request.seed);
  const { document } = new JSDOM(page.html).window;
  const result: CaseResult = {
    ...request,
    words: page.words,
    rssAfterParseMB: process.memoryUsage().rss / MB,
    peakRssMB: peakRssMB(),
  };
  const step = (update: Partial<CaseResult>) => {
    Object.assign(result, update, { peakRssMB: peakRssMB() });
    report(result);
  };

  // The content script's own reading step (readArticle = findArticleRoot + extractPageText).
  const read = () => readArticle(document);
  const { text } = read();
  const pageYear = readPageYear(document, findArticleRoot(document));
  const options = pageYear ? { pageYear } : {};
  const analyser = createTextAnalyser(storyPack);
  step({
    storyDetected: analyser.judge(text).detected,
    naive: timeNaivePeer(createNaivePeer(storyPack), text, NAIVE_SAMPLE_SENTENCES),
  });
  const heap = trackHeap();
  step({ floor: timeMedian(read, heap.sample) });
  const ours = timeMedian(() => analyser.analyse(text, options), heap.sample);
  const analysis = analyser.analyse(text, options);
  step({
    ours,
    distinctClaims: new Set(analysis.matches.map((m) => m.claimId)).size,
    heapPeakDeltaMB: heap.peakDeltaBytes() / MB,
  });
}

const request = JSON.parse(process.argv[2] ?? '') as CaseRequest;
measure(request, (result) => process.send?.(result));
