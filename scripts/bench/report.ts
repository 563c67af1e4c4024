// Formats the benchmark's results: the timing table, fixture precision/recall, and one PASS/MISS
// line per target. Printing only; nothing here decides the exit code.
import { fmt, precision, recall } from '../eval/evaluate';
import { totals } from '../eval/run-matcher';
import { CONTENT_SCRIPT_MAX_GZIP_KB, type Bundles } from './bundle-size';
import { pageChecks, type HalfQuality } from './eval-quality';
import { languageTargets, type LanguageQuality } from './language-quality';
import type { CaseResult } from './measure-page';
import type { CaseOutcome } from './run-case';

/** Targets from the issues, as ratios within one run and figures on the test half. */
export const NON_STORY_MAX_RATIO = 1.1;
export const STORY_MAX_RATIO = 2;
export const MIN_SPEEDUP = 10;
export const SENTENCE_MIN_PRECISION = 0.98;
export const SENTENCE_MIN_RECALL = 0.85;
export const PAGE_MIN_PRECISION = 0.97;
export const PAGE_MIN_RECALL = 0.85;

const pageKind = (withStory: boolean) => (withStory ? 'story' : 'non-story');
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const times = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)}x`;
/** Ratios near a target (1.1x, 2x) need the third decimal to show which side they fall on. */
const ratioText = (value: number) => `${value < 10 ? value.toFixed(3) : value.toFixed(1)}x`;
const grouped = (value: number) => value.toLocaleString('en-US');

/** (floor + ours) / floor: the whole job's cost in units of merely reading the page. */
function ratio(r: CaseResult | undefined): number | undefined {
  return r?.floor && r.ours ? (r.floor.medianMs + r.ours.medianMs) / r.floor.medianMs : undefined;
}

function speedup(r: CaseResult | undefined): number | undefined {
  return r?.naive && r.ours ? r.naive.ms / r.ours.medianMs : undefined;
}

function alignColumns(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]?.length ?? 0)));
  return rows.map((row) => row.map((cell, col) => (col < 2 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  '));
}

function caseRow({ request, result: r, failure }: CaseOutcome): string[] {
  const or = (value: number | undefined, format: (v: number) => string) => (value === undefined ? '-' : format(value));
  const extrapolated = r?.naive && r.naive.timedSentences < r.naive.sentences ? '*' : '';
  return [
    grouped(r?.words ?? request.targetWords),
    pageKind(request.withStory),
    r?.storyDetected === undefined ? '-' : r.storyDetected ? 'yes' : 'no',
    or(r?.distinctClaims, String),
    or(r?.naive?.sentences, grouped),
    or(r?.floor?.medianMs, ms),
    failure ? 'FAILED' : or(r?.ours?.medianMs, ms),
    or(ratio(r), ratioText),
    or(r?.naive?.ms, (v) => `${ms(v)}${extrapolated}`),
    or(speedup(r), times),
    r?.floor ? `${r.floor.runs}/${r.ours?.runs ?? '-'}` : '-',
    or(r?.heapPeakDeltaMB, (v) => v.toFixed(0)),
    r ? `${r.rssAfterParseMB.toFixed(0)}/${r.peakRssMB.toFixed(0)}` : '-',
  ];
}

export function caseTable(outcomes: CaseOutcome[]): string[] {
  const header = ['words', 'page', 'story?', 'claims', 'sentences', 'floor ms', 'ours ms', 'ratio', 'naive ms', 'speedup', 'runs f/o', 'heap+ MB', 'RSS MB'];
  const lines = alignColumns([header, ...outcomes.map(caseRow)]);
  const sampled = outcomes.map((o) => o.result?.naive).find((n) => n && n.timedSentences < n.sentences);
  if (sampled) lines.push(`* naive time extrapolated linearly from the first ${sampled.timedSentences} sentences of the page.`);
  for (const o of outcomes.filter((o) => o.failure)) {
    lines.push(`FAILED ${grouped(o.request.targetWords)}-word ${pageKind(o.request.withStory)} page: ${o.failure}`);
  }
  return lines;
}

function targetLine(pass: boolean, text: string): string {
  return `  ${pass ? 'PASS' : 'MISS'}  ${text}`;
}

/** One target over every page of a kind: the worst ratio decides; a failed case is a miss. */
function ratioTarget(outcomes: CaseOutcome[], withStory: boolean, limit: number): string {
  const cases = outcomes.filter((o) => o.request.withStory === withStory);
  const ratios = cases.map((o) => ratio(o.result));
  const detail = cases.map((o, i) => `${grouped(o.result?.words ?? o.request.targetWords)}: ${ratios[i] === undefined ? 'failed' : ratioText(ratios[i]!)}`);
  const pass = ratios.every((r) => r !== undefined && r <= limit);
  return targetLine(pass, `${pageKind(withStory)} pages: (floor + ours) / floor <= ${limit}  (${detail.join(', ')})`);
}

export function targetLines(outcomes: CaseOutcome[], test: HalfQuality, bundles: Bundles, languages: LanguageQuality[] = []): string[] {
  const speedups = outcomes.map((o) => speedup(o.result));
  const known = speedups.filter((s): s is number => s !== undefined);
  const slowest = known.length ? times(Math.min(...known)) : 'none measured';
  const sentences = totals(test.sentences.ours);
  const pages = totals(test.pages.ours);
  const checks = pageChecks(test.pages.ours);
  const atLeast = (value: number | undefined, min: number) => value !== undefined && value >= min;
  return [
    ratioTarget(outcomes, false, NON_STORY_MAX_RATIO),
    ratioTarget(outcomes, true, STORY_MAX_RATIO),
    targetLine(
      known.length === speedups.length && known.every((s) => s >= MIN_SPEEDUP),
      `at least ${MIN_SPEEDUP}x faster than the naive peer on every page  (lowest: ${slowest}${known.length < speedups.length ? `; ${speedups.length - known.length} page(s) not measured` : ''})`,
    ),
    targetLine(atLeast(precision(sentences), SENTENCE_MIN_PRECISION), `test half, sentences: precision >= ${SENTENCE_MIN_PRECISION}  (${fmt(precision(sentences))})`),
    targetLine(atLeast(recall(sentences), SENTENCE_MIN_RECALL), `test half, sentences: recall >= ${SENTENCE_MIN_RECALL}  (${fmt(recall(sentences))})`),
    targetLine(atLeast(precision(pages), PAGE_MIN_PRECISION), `test half, pages: claim precision >= ${PAGE_MIN_PRECISION}  (${fmt(precision(pages))})`),
    targetLine(atLeast(recall(pages), PAGE_MIN_RECALL), `test half, pages: claim recall >= ${PAGE_MIN_RECALL}  (${fmt(recall(pages))})`),
    targetLine(checks.storyDetected === checks.storyPages, `test half: every story page detected  (${checks.storyDetected}/${checks.storyPages})`),
    targetLine(checks.otherDetected === 0 && checks.wrongHighlights === 0, `test half: no near-miss page detected, no highlight on a digest's other stories  (${checks.otherDetected} detected, ${checks.wrongHighlights} highlights)`),
    targetLine(
      bundles.contentGzipKB !== undefined && bundles.contentGzipKB <= CONTENT_SCRIPT_MAX_GZIP_KB,
      `content script every page loads <= ${CONTENT_SCRIPT_MAX_GZIP_KB} kB gzip  (${bundles.contentGzipKB === undefined ? 'not built' : `${bundles.contentGzipKB.toFixed(1)} kB`})`,
    ),
    ...languageTargets(languages, targetLine),
  ];
}
