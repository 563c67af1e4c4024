// The benchmark's quality section: the current matcher and the frozen baseline on the evaluation
// set's TEST half (written by helpers who never read the matcher; never tuned on), in aggregate
// and per category, plus the current matcher on the tuning half for reference.
import { baselinePageMatcher, baselineSentenceMatcher } from '../eval/baseline';
import { fmt, loadPages, loadSentences, precision, recall, type Counts, type Half } from '../eval/evaluate';
import { byCategory, currentPageMatcher, currentSentenceMatcher, runPages, runSentences, totals, type PageResult, type SentenceResult } from '../eval/run-matcher';

export interface HalfQuality {
  half: Half;
  sentences: { ours: SentenceResult[]; baseline?: SentenceResult[] };
  pages: { ours: PageResult[]; baseline?: PageResult[] };
}

export function measureQuality(half: Half, withBaseline: boolean): HalfQuality {
  const rows = loadSentences(half);
  const pages = loadPages(half);
  return {
    half,
    sentences: { ours: runSentences(rows, currentSentenceMatcher()), ...(withBaseline ? { baseline: runSentences(rows, baselineSentenceMatcher()) } : {}) },
    pages: { ours: runPages(pages, currentPageMatcher()), ...(withBaseline ? { baseline: runPages(pages, baselinePageMatcher()) } : {}) },
  };
}

const counts = (c: Counts) => `P ${fmt(precision(c))}  R ${fmt(recall(c))}  (TP ${c.tp}, FP ${c.fp}, FN ${c.fn})`;
const polarity = (c: Counts) => `polarity agrees on ${c.polarityAgrees}/${c.tp}`;

export interface PageChecks {
  storyDetected: number;
  storyPages: number;
  otherDetected: number;
  otherPages: number;
  wrongHighlights: number;
}

export function pageChecks(results: PageResult[]): PageChecks {
  return {
    storyDetected: results.filter((p) => p.page.story && p.detected).length,
    storyPages: results.filter((p) => p.page.story).length,
    otherDetected: results.filter((p) => !p.page.story && p.detected).length,
    otherPages: results.filter((p) => !p.page.story).length,
    wrongHighlights: results.reduce((n, p) => n + p.wrongHighlights.length, 0),
  };
}

const checksLine = (c: PageChecks) =>
  `story pages detected ${c.storyDetected}/${c.storyPages}, other pages detected ${c.otherDetected}/${c.otherPages}, highlights on other stories ${c.wrongHighlights}`;

export function qualityLines(q: HalfQuality): string[] {
  const lines = [
    `${q.half === 'test' ? 'TEST' : 'Tuning'} half (tests/eval/${q.half}: ${q.sentences.ours.length} sentences, ${q.pages.ours.length} pages)`,
    `  sentences  ours      ${counts(totals(q.sentences.ours))}; ${polarity(totals(q.sentences.ours))}`,
  ];
  if (q.sentences.baseline) lines.push(`             baseline  ${counts(totals(q.sentences.baseline))}`);
  const base = q.sentences.baseline ? byCategory(q.sentences.baseline, (r) => r.row.category) : undefined;
  byCategory(q.sentences.ours, (r) => r.row.category).forEach((c, category) => {
    const b = base?.get(category);
    lines.push(`    ${category.padEnd(12)} ours P ${fmt(precision(c))} R ${fmt(recall(c))}${b ? `   baseline P ${fmt(precision(b))} R ${fmt(recall(b))}` : ''}   (${c.tp + c.fn} labelled)`);
  });
  lines.push(`  pages      ours      claims ${counts(totals(q.pages.ours))}; ${checksLine(pageChecks(q.pages.ours))}`);
  if (q.pages.baseline) lines.push(`             baseline  claims ${counts(totals(q.pages.baseline))}; ${checksLine(pageChecks(q.pages.baseline))}`);
  return lines;
}
