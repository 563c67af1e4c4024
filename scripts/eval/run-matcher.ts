// Runs the current matcher over the evaluation set's sentences and pages; shared by the bench
// (test-half figures) and the tuning report (tuning half, with every miss and false match).
import { createTextAnalyser, type TextAnalyser } from '../../components/matching/analyse-text';
import { detectLanguage } from '../../components/matching/detect-language';
import { matchSentenceView } from '../../components/matching/match-text';
import { viewSentence, type SentenceView } from '../../components/matching/sentence-view';
import { splitSentences } from '../../components/matching/sentences';
import { buildMatchIndex } from '../../components/matching/story-index';
import { add, emptyCounts, readHtml, score, type Counts, type EvalPage, type EvalSentence, type Found } from './evaluate';
import { LANGUAGES, storyPackIn } from './languages';

export interface SentenceResult {
  row: EvalSentence;
  found: Found;
  counts: ReturnType<typeof score>;
}

export interface PageResult {
  page: EvalPage;
  detected: boolean;
  found: Found;
  counts: ReturnType<typeof score>;
  /** Highlighted sentences that hold a mustNotHighlight substring. */
  wrongHighlights: string[];
}

export type SentenceMatcher = (row: EvalSentence) => Found;
export type PageMatcher = (page: EvalPage) => { detected: boolean; found: Found; highlighted: string[] };

/** Sentences of `language`, matched against the story pack in that language. */
export function currentSentenceMatcher(language = 'en'): SentenceMatcher {
  const model = LANGUAGES[language];
  if (!model) return () => [];
  const index = buildMatchIndex(storyPackIn(language), model);
  return (row) => {
    const before: SentenceView[] = [];
    if (row.context) for (const span of splitSentences(row.context)) before.push(viewSentence(row.context.slice(span.start, span.end), index));
    const named = new Set(before.flatMap((v) => v.mentions.map((m) => m.id)));
    return matchSentenceView(viewSentence(row.text, index), { before, named }, index).map((m) => ({ claim: m.claimId, polarity: m.polarity }));
  };
}

/**
 * Pages as the extension reads them: the article's language told by its words (else the page's
 * `lang`), then the story pack and core of that language; a language without them is not read.
 */
export function currentPageMatcher(): PageMatcher {
  const analysers = new Map<string, TextAnalyser>();
  const analyserFor = (code: string) => {
    if (!analysers.has(code)) analysers.set(code, createTextAnalyser(storyPackIn(code), LANGUAGES[code]!));
    return analysers.get(code)!;
  };
  return (page) => {
    const { text, pageYear } = readHtml(page.html);
    const declared = /<html[^>]*\slang\s*=\s*["']?([^"'\s>]+)/i.exec(page.html)?.[1];
    const code = detectLanguage(text, declared).code;
    if (!code || !LANGUAGES[code]) return { detected: false, found: [], highlighted: [] };
    const analysis = analyserFor(code).analyse(text, pageYear ? { pageYear } : {});
    return {
      detected: analysis.story.detected,
      found: analysis.matches.map((m) => ({ claim: m.claimId, polarity: m.polarity })),
      highlighted: analysis.matches.map((m) => text.slice(m.start, m.end)),
    };
  };
}

export function runSentences(rows: EvalSentence[], matcher: SentenceMatcher): SentenceResult[] {
  return rows.map((row) => {
    const found = matcher(row);
    return { row, found, counts: score(row.claims, found, row.partial) };
  });
}

export function runPages(pages: EvalPage[], matcher: PageMatcher): PageResult[] {
  return pages.map((page) => {
    const { detected, found, highlighted } = matcher(page);
    const expected = page.story ? page.claims : [];
    return {
      page,
      detected,
      found,
      counts: score(expected, found),
      wrongHighlights: highlighted.filter((h) => page.mustNotHighlight.some((s) => h.includes(s))),
    };
  });
}

export function totals(results: Array<{ counts: Counts }>): Counts {
  const sum = emptyCounts();
  results.forEach((r) => add(sum, r.counts));
  return sum;
}

export function byCategory<T extends { counts: Counts }>(results: T[], category: (r: T) => string): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const r of results) {
    const key = category(r);
    if (!out.has(key)) out.set(key, emptyCounts());
    add(out.get(key)!, r.counts);
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}
