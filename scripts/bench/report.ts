// Formats the benchmark's results: the timing table, fixture precision/recall, and one PASS/MISS
// line per target. Printing only; nothing here decides the exit code.
import { precision, recall, type Counts, type PageVerdict } from './fixture-quality';
import type { CaseResult } from './measure-page';
import type { CaseOutcome } from './run-case';

/** Targets from the issue, as ratios within one run. */
export const NON_STORY_MAX_RATIO = 1.1;
export const STORY_MAX_RATIO = 2;
export const MIN_SPEEDUP = 10;

export interface SentenceQuality {
  ours: Counts;
  /** The peer's best result per sentence. */
  naiveTop: Counts;
  /** Every result of the peer. */
  naiveAll: Counts;
}

const pageKind = (withStory: boolean) => (withStory ? 'story' : 'non-story');
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const times = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)}x`;
/** Ratios near a target (1.1x, 2x) need the third decimal to show which side they fall on. */
const ratioText = (value: number) => `${value < 10 ? value.toFixed(3) : value.toFixed(1)}x`;
const share = (value: number | undefined) => (value === undefined ? 'n/a' : value.toFixed(2));
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

function qualityLine(name: string, c: Counts): string {
  return `  ${name.padEnd(28)} precision ${share(precision(c))}  recall ${share(recall(c))}  (TP ${c.truePositives}, FP ${c.falsePositives}, FN ${c.falseNegatives}${c.alsoFound !== undefined ? `; ${c.alsoFound} other claims on must-match rows` : ''})`;
}

export function qualityLines(sentences: SentenceQuality, pages: PageVerdict[], pageTotals: Counts): string[] {
  const gateRight = pages.filter((p) => p.storyDetected === p.storyExpected).length;
  return [
    'Sentences (tests/fixtures/sentences.json; ours = matchSentence, no gate):',
    qualityLine('ours', sentences.ours),
    qualityLine('naive, best result', sentences.naiveTop),
    qualityLine('naive, every result', sentences.naiveAll),
    `Pages (tests/fixtures/pages.json; jsdom -> findArticleRoot -> extractPageText -> analyse): gate right on ${gateRight}/${pages.length}`,
    ...pages.map((p) => {
      const verdict = p.storyDetected === p.storyExpected ? 'ok  ' : 'MISS';
      const c = p.counts;
      return `  ${verdict} ${p.file.padEnd(42)} story ${p.storyExpected ? 'yes' : 'no '} -> ${p.storyDetected ? 'yes' : 'no '}  claims TP ${c.truePositives}, FP ${c.falsePositives}, FN ${c.falseNegatives}`;
    }),
    qualityLine('ours, all pages (micro)', pageTotals),
  ];
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

export function targetLines(outcomes: CaseOutcome[], sentences: SentenceQuality): string[] {
  const speedups = outcomes.map((o) => speedup(o.result));
  const known = speedups.filter((s): s is number => s !== undefined);
  const slowest = known.length ? times(Math.min(...known)) : 'none measured';
  const ours = precision(sentences.ours);
  const peers = [precision(sentences.naiveTop), precision(sentences.naiveAll)].filter((p): p is number => p !== undefined);
  const peer = peers.length ? Math.max(...peers) : undefined;
  return [
    ratioTarget(outcomes, false, NON_STORY_MAX_RATIO),
    ratioTarget(outcomes, true, STORY_MAX_RATIO),
    targetLine(
      known.length === speedups.length && known.every((s) => s >= MIN_SPEEDUP),
      `at least ${MIN_SPEEDUP}x faster than the naive peer on every page  (lowest: ${slowest}${known.length < speedups.length ? `; ${speedups.length - known.length} page(s) not measured` : ''})`,
    ),
    targetLine(ours !== undefined && peer !== undefined && ours >= peer, `precision on the sentence fixtures >= the naive peer's best  (ours ${share(ours)}, naive ${share(peer)})`),
  ];
}
