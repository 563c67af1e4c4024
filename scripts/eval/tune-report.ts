// `npx tsx scripts/eval/tune-report.ts [--lang ru] [--misses] [--extras] [--pages]`: the current matcher on
// the TUNING half only, with every miss and false match, for tuning. The test half is scored by
// `npm run bench` in aggregate only; nothing here reads it.
import { fmt, loadPages, loadSentences, precision, recall, type Counts } from './evaluate';
import { byCategory, currentPageMatcher, currentSentenceMatcher, runPages, runSentences, totals } from './run-matcher';

const argv = process.argv.slice(2);
const args = new Set(argv);
const language = argv.includes('--lang') ? (argv[argv.indexOf('--lang') + 1] ?? 'en') : 'en';
const line = (name: string, c: Counts) =>
  `${name.padEnd(22)} P ${fmt(precision(c))}  R ${fmt(recall(c))}  (TP ${c.tp}, FP ${c.fp}, FN ${c.fn}; polarity right ${c.polarityAgrees}/${c.tp})`;

const sentences = runSentences(loadSentences('tune', language), currentSentenceMatcher(language));
console.log(`Tuning half (${language}), sentences`);
console.log(line('all', totals(sentences)));
byCategory(sentences, (r) => r.row.category).forEach((c, k) => console.log(line(`  ${k}`, c)));
if (args.has('--misses')) {
  console.log('\nMisses:');
  for (const r of sentences) if (r.counts.missed.length) console.log(`  [${r.row.id} ${r.row.category}] ${r.counts.missed.join(',')} :: ${r.row.context ? `(${r.row.context}) ` : ''}${r.row.text}`);
}
if (args.has('--extras')) {
  console.log('\nFalse matches:');
  for (const r of sentences) if (r.counts.extra.length) console.log(`  [${r.row.id} ${r.row.category}] ${r.counts.extra.join(',')} :: ${r.row.text}`);
  console.log('\nPolarity disagreements:');
  for (const r of sentences) {
    for (const f of r.found) {
      const label = r.row.claims.find((c) => c.claim === f.claim);
      if (label && label.polarity !== f.polarity) console.log(`  [${r.row.id}] ${f.claim} label ${label.polarity} got ${f.polarity} :: ${r.row.text}`);
    }
  }
}
const pages = runPages(loadPages('tune', language), currentPageMatcher());
console.log(`\nTuning half (${language}), pages`);
console.log(line('all', totals(pages)));
console.log(`  story pages detected ${pages.filter((p) => p.page.story && p.detected).length}/${pages.filter((p) => p.page.story).length}; ` +
  `other pages detected ${pages.filter((p) => !p.page.story && p.detected).length}/${pages.filter((p) => !p.page.story).length}; ` +
  `highlights on other stories ${pages.reduce((n, p) => n + p.wrongHighlights.length, 0)}`);
if (args.has('--pages')) {
  for (const p of pages) {
    console.log(`  ${p.detected === p.page.story ? 'ok  ' : 'GATE'} ${p.page.id.padEnd(40)} ${p.page.category.padEnd(12)} TP ${p.counts.tp} FP ${p.counts.fp} FN ${p.counts.fn}` +
      `${p.counts.missed.length ? `  missed ${p.counts.missed.join(',')}` : ''}${p.counts.extra.length ? `  EXTRA ${p.counts.extra.join(',')}` : ''}` +
      `${p.wrongHighlights.length ? `  WRONG: ${p.wrongHighlights.map((h) => h.slice(0, 80)).join(' | ')}` : ''}`);
  }
}
