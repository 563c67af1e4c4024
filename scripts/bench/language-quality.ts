// The benchmark's per-language section (issue 11): for each language the story is read in besides
// English, the current matcher on that language's evaluation set (tests/eval/lang/<code>/; the TEST
// half was written by helpers who never read the matcher, and is never tuned on): pages as the
// extension reads them (language told from the words, then that language's pack and core) and
// sentences, with the page targets: every story page detected, no near miss detected, claim
// precision >= LANGUAGE_MIN_PRECISION, recall >= LANGUAGE_MIN_RECALL.
import { EVAL_LANGUAGES, fmt, loadPages, loadSentences, precision, recall, type Half } from '../eval/evaluate';
import { LANGUAGES } from '../eval/languages';
import { currentPageMatcher, currentSentenceMatcher, runPages, runSentences, totals, type PageResult, type SentenceResult } from '../eval/run-matcher';
import { pageChecks } from './eval-quality';

export const LANGUAGE_MIN_PRECISION = 0.95;
export const LANGUAGE_MIN_RECALL = 0.7;

export interface LanguageQuality {
  code: string;
  half: Half;
  /** False when the matcher has no core for the language (it is then not read at all). */
  read: boolean;
  sentences: SentenceResult[];
  pages: PageResult[];
}

export function measureLanguages(half: Half): LanguageQuality[] {
  const pageMatcher = currentPageMatcher();
  return EVAL_LANGUAGES.map((code) => ({
    code,
    half,
    read: code in LANGUAGES,
    sentences: runSentences(loadSentences(half, code), currentSentenceMatcher(code)),
    pages: runPages(loadPages(half, code), pageMatcher),
  }));
}

const name = (code: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;

export function languageLines(results: LanguageQuality[]): string[] {
  return results.flatMap((q) => {
    const s = totals(q.sentences);
    const p = totals(q.pages);
    const c = pageChecks(q.pages);
    return [
      `${name(q.code)} (${q.code}), ${q.half === 'test' ? 'TEST' : 'tuning'} half (tests/eval/lang/${q.code}/${q.half}: ${q.sentences.length} sentences, ${q.pages.length} pages)${q.read ? '' : ': no core for it, not read'}`,
      `  pages      claims P ${fmt(precision(p))}  R ${fmt(recall(p))}  (TP ${p.tp}, FP ${p.fp}, FN ${p.fn}); story pages detected ${c.storyDetected}/${c.storyPages}, near misses detected ${c.otherDetected}/${c.otherPages}`,
      `  sentences  P ${fmt(precision(s))}  R ${fmt(recall(s))}  (TP ${s.tp}, FP ${s.fp}, FN ${s.fn}); polarity agrees on ${s.polarityAgrees}/${s.tp}`,
    ];
  });
}

/** One PASS/MISS line per language and target, on the test half. */
export function languageTargets(results: LanguageQuality[], line: (ok: boolean, text: string) => string): string[] {
  return results.filter((q) => q.half === 'test').flatMap((q) => {
    const p = totals(q.pages);
    const c = pageChecks(q.pages);
    const at = (value: number | undefined, min: number) => value !== undefined && value >= min;
    return [
      line(c.storyDetected === c.storyPages && c.otherDetected === 0, `${q.code} test half: every story page detected, no near miss  (${c.storyDetected}/${c.storyPages}; ${c.otherDetected} near misses detected)`),
      line(at(precision(p), LANGUAGE_MIN_PRECISION), `${q.code} test half, pages: claim precision >= ${LANGUAGE_MIN_PRECISION}  (${fmt(precision(p))})`),
      line(at(recall(p), LANGUAGE_MIN_RECALL), `${q.code} test half, pages: claim recall >= ${LANGUAGE_MIN_RECALL}  (${fmt(recall(p))})`),
    ];
  });
}
