// Scores a matcher on one half of the evaluation set (tests/eval/, see its README): sentence-level
// and page-level precision and recall of claims, polarity agreement, and per category. The tuning
// half also holds the older fixture tables (tests/fixtures/sentences.json and pages.json).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToArticle } from '../check/read-input';

const root = join(import.meta.dirname, '..', '..');

export type Half = 'tune' | 'test';

export interface LabelledClaim {
  claim: string;
  polarity: 'affirms' | 'denies' | 'uncertain';
  differs?: boolean;
}

export interface EvalSentence {
  id: string;
  category: string;
  context?: string;
  text: string;
  claims: LabelledClaim[];
  /** Rows of the older table name one claim of several: other claims found there are not judged. */
  partial?: boolean;
}

export interface EvalPage {
  id: string;
  category: string;
  file: string;
  story: boolean;
  claims: LabelledClaim[];
  mustNotHighlight: string[];
  html: string;
}

interface OldTable {
  mustMatch: Array<{ text: string; claim: string; differs: boolean }>;
  mustNotMatch: Array<{ text: string }>;
}

function oldTable(): EvalSentence[] {
  const table = JSON.parse(readFileSync(join(root, 'tests/fixtures/sentences.json'), 'utf8')) as OldTable;
  return [
    ...table.mustMatch.map((row, i): EvalSentence => ({
      id: `old-m${i}`, category: 'old-table', text: row.text, partial: true,
      claims: [{ claim: row.claim, polarity: 'affirms', differs: row.differs }],
    })),
    ...table.mustNotMatch.map((row, i): EvalSentence => ({ id: `old-n${i}`, category: 'old-table', text: row.text, claims: [] })),
  ];
}

function oldPages(): EvalPage[] {
  const entries = JSON.parse(readFileSync(join(root, 'tests/fixtures/pages.json'), 'utf8')) as Array<{ file: string; story: boolean; claims: string[] }>;
  return entries.map((e) => ({
    id: `old-${e.file}`, category: e.story ? 'old-story' : 'old-near-miss', file: e.file, story: e.story,
    claims: e.story ? e.claims.map((claim) => ({ claim, polarity: 'affirms' as const })) : [],
    mustNotHighlight: [], html: readFileSync(join(root, 'tests/fixtures', e.file), 'utf8'),
  }));
}

/** Tuning material written after the split (tests/eval/tune-extra/<writer>/): tuning only, never test. */
function extraDirs(): string[] {
  const dir = join(root, 'tests/eval/tune-extra');
  if (!existsSync(dir)) return [];
  // A writer's folder counts once both its files are there.
  return readdirSync(dir)
    .sort()
    .map((writer) => join(dir, writer))
    .filter((d) => existsSync(join(d, 'sentences.json')) && existsSync(join(d, 'pages.json')));
}

/** A writer's or half's sentences.json. */
export function sentencesIn(dir: string): EvalSentence[] {
  return JSON.parse(readFileSync(join(dir, 'sentences.json'), 'utf8')) as EvalSentence[];
}

/** A writer's or half's pages.json, each page with its HTML. */
export function pagesIn(dir: string): EvalPage[] {
  const rows = JSON.parse(readFileSync(join(dir, 'pages.json'), 'utf8')) as Array<Omit<EvalPage, 'html'>>;
  return rows.map((p) => ({ ...p, mustNotHighlight: p.mustNotHighlight ?? [], html: readFileSync(join(dir, p.file), 'utf8') }));
}

/** The languages with an evaluation set besides English (tests/eval/lang/<code>/, same split rule). */
export const EVAL_LANGUAGES = ['hi', 'ru', 'fr'] as const;

const halfDir = (half: Half, language: string) => (language === 'en' ? join(root, 'tests/eval', half) : join(root, 'tests/eval/lang', language, half));

export function loadSentences(half: Half, language = 'en'): EvalSentence[] {
  const rows = sentencesIn(halfDir(half, language));
  return half === 'tune' && language === 'en' ? [...rows, ...oldTable(), ...extraDirs().flatMap(sentencesIn)] : rows;
}

export function loadPages(half: Half, language = 'en'): EvalPage[] {
  const pages = pagesIn(halfDir(half, language));
  return half === 'tune' && language === 'en' ? [...pages, ...oldPages(), ...extraDirs().flatMap(pagesIn)] : pages;
}

/** The article text and the page's year, read the way the content script reads them. */
export const readHtml = htmlToArticle;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** True positives whose polarity agrees with the label. */
  polarityAgrees: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, polarityAgrees: 0 });
export const precision = (c: Counts) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : undefined);
export const recall = (c: Counts) => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : undefined);

export function add(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
  into.polarityAgrees += c.polarityAgrees;
}

/** One prediction: claim ids found, with the polarity of each. */
export type Found = Array<{ claim: string; polarity: string }>;

export function score(labels: LabelledClaim[], found: Found, partial = false): Counts & { missed: string[]; extra: string[] } {
  const expected = new Map(labels.map((l) => [l.claim, l]));
  const got = new Map<string, string>();
  for (const f of found) if (!got.has(f.claim)) got.set(f.claim, f.polarity);
  const c = { ...emptyCounts(), missed: [] as string[], extra: [] as string[] };
  got.forEach((polarity, claim) => {
    const label = expected.get(claim);
    if (label) {
      c.tp++;
      if (label.polarity === polarity) c.polarityAgrees++;
    } else if (!partial) {
      c.fp++;
      c.extra.push(claim);
    }
  });
  expected.forEach((_, claim) => {
    if (!got.has(claim)) {
      c.fn++;
      c.missed.push(claim);
    }
  });
  return c;
}

export const fmt = (x: number | undefined) => (x === undefined ? 'n/a' : x.toFixed(2));
