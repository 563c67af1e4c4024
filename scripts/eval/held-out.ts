// `npx tsx scripts/eval/held-out.ts <writer> [--categories]`: the current matcher on a held-out
// writer's folder (tests/eval/held-out/<writer>/, see tests/eval/README.md), in aggregate only. It
// prints no sentence, no claim id and no page, so a writer can be measured at every point of a
// round without being read. No tuning script reads tests/eval/held-out/.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fmt, pagesIn, precision, recall, sentencesIn, type Counts } from './evaluate';
import { byCategory, currentPageMatcher, currentSentenceMatcher, runPages, runSentences, totals } from './run-matcher';

const [writer, ...flags] = process.argv.slice(2);
const dir = writer ? join(import.meta.dirname, '..', '..', 'tests/eval/held-out', writer) : '';
if (!writer || !/^[a-z]+$/.test(writer) || !existsSync(join(dir, 'sentences.json')) || !existsSync(join(dir, 'pages.json'))) {
  console.error('usage: tsx scripts/eval/held-out.ts <writer> [--categories]  (a folder of tests/eval/held-out/ with sentences.json and pages.json)');
  process.exit(2);
}
const rows = sentencesIn(dir);
const pages = pagesIn(dir);
const line = (name: string, c: Counts) =>
  `${name.padEnd(14)} P ${fmt(precision(c))}  R ${fmt(recall(c))}  (TP ${c.tp}, FP ${c.fp}, FN ${c.fn}; polarity right ${c.polarityAgrees})`;

const sentences = runSentences(rows, currentSentenceMatcher('en'));
console.log(`held-out writer ${writer}: ${rows.length} sentences, ${pages.length} pages`);
console.log(line('sentences', totals(sentences)));
if (flags.includes('--categories')) byCategory(sentences, (r) => r.row.category).forEach((c, k) => console.log(line(`  ${k}`, c)));
const judged = runPages(pages, currentPageMatcher());
console.log(line('pages', totals(judged)));
const story = judged.filter((p) => p.page.story);
console.log(
  `story pages detected ${story.filter((p) => p.detected).length}/${story.length}; other pages detected ${judged.filter((p) => !p.page.story && p.detected).length}/${judged.length - story.length}; ` +
    `highlights on other stories ${judged.reduce((n, p) => n + p.wrongHighlights.length, 0)}`,
);
