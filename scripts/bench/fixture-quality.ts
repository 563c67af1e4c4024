// Precision and recall on the fixtures: the sentence table (tests/fixtures/sentences.json) for any
// sentence matcher, and the fixture pages (tests/fixtures/pages.json) through the whole pipeline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextAnalyser } from '../../components/matching/analyse-text';
import { htmlToArticle } from '../check/read-input';

const fixtures = join(import.meta.dirname, '..', '..', 'tests', 'fixtures');

interface SentenceTable {
  mustMatch: Array<{ text: string; claim: string }>;
  mustNotMatch: Array<{ text: string }>;
}

interface PageEntry {
  file: string;
  story: boolean;
  claims: string[];
}

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Other claims returned on must-match rows: not counted either way (see sentenceCounts). */
  alsoFound?: number;
}

/** Undefined when nothing was predicted. */
export function precision(c: Counts): number | undefined {
  const predicted = c.truePositives + c.falsePositives;
  return predicted ? c.truePositives / predicted : undefined;
}

/** Undefined when nothing was expected. */
export function recall(c: Counts): number | undefined {
  const expected = c.truePositives + c.falseNegatives;
  return expected ? c.truePositives / expected : undefined;
}

/**
 * Scores a sentence matcher (sentence -> claim ids) on the sentence table: a mustMatch row is a
 * true positive when its claim is returned, else a false negative; every claim returned on a
 * mustNotMatch row is a false positive. A mustMatch row names one claim, but a sentence may make
 * several ("… including Adani Defence and Bharat Forge, met in Moscow on October 29-30"), so other
 * claims returned there are reported as `alsoFound`, not judged.
 */
export function sentenceCounts(claimsOf: (sentence: string) => string[]): Counts {
  const table = JSON.parse(readFileSync(join(fixtures, 'sentences.json'), 'utf8')) as SentenceTable;
  const counts: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0, alsoFound: 0 };
  for (const row of table.mustMatch) {
    const ids = claimsOf(row.text);
    if (ids.includes(row.claim)) counts.truePositives++;
    else counts.falseNegatives++;
    counts.alsoFound! += ids.filter((id) => id !== row.claim).length;
  }
  for (const row of table.mustNotMatch) counts.falsePositives += claimsOf(row.text).length;
  return counts;
}

export interface PageVerdict {
  file: string;
  storyExpected: boolean;
  storyDetected: boolean;
  counts: Counts;
}

/**
 * Runs every fixture page through the `check` command's reading (jsdom, the content script's
 * article reader) and analyse. Claims are expected only on story pages: on the others the gate is
 * meant to close, so no highlight is expected even where pages.json lists a claim one sentence
 * truly makes (see its notes).
 */
export function pageVerdicts(analyser: TextAnalyser): PageVerdict[] {
  const entries = JSON.parse(readFileSync(join(fixtures, 'pages.json'), 'utf8')) as PageEntry[];
  return entries.map((entry) => {
    const analysis = analyser.analyse(htmlToArticle(readFileSync(join(fixtures, entry.file), 'utf8')));
    const found = new Set(analysis.matches.map((m) => m.claimId));
    const expected = new Set(entry.story ? entry.claims : []);
    const truePositives = [...found].filter((id) => expected.has(id)).length;
    return {
      file: entry.file,
      storyExpected: entry.story,
      storyDetected: analysis.story.detected,
      counts: { truePositives, falsePositives: found.size - truePositives, falseNegatives: expected.size - truePositives },
    };
  });
}

export function sumCounts(all: Counts[]): Counts {
  return all.reduce(
    (sum, c) => ({
      truePositives: sum.truePositives + c.truePositives,
      falsePositives: sum.falsePositives + c.falsePositives,
      falseNegatives: sum.falseNegatives + c.falseNegatives,
    }),
    { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
  );
}
