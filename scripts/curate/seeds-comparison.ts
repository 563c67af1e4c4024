// Curate on the five seeds, with no hand data, then measured against the hand-curated pack in
// data/: shared by the test (scripts/curate/curate-seeds.test.ts) and `npm run bench`. The only
// module of curate that reads the hand pack, after the draft is made.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSeeds } from '../../data/load-seeds';
import { storyPack } from '../../data/packs';
import { readArticleFile } from '../check/read-input';
import { comparePacks, type Comparison, type KeyDifference } from './compare';
import { makeDraft, type Draft } from './draft';
import { outletsFor, readOutletsTable } from './outlets-table';
import { readArticles } from './read-articles';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface SeedComparison {
  draft: Draft;
  comparison: Comparison;
  seeds: Record<string, string>;
  nearMisses: Array<{ file: string; text: string }>;
  keys: KeyDifference[];
  /** Milliseconds the draft took. */
  ms: number;
}

export function compareOnSeeds(): SeedComparison {
  const seedsDir = join(root, 'seeds');
  const seeds = loadSeeds(seedsDir);
  const keys = JSON.parse(readFileSync(join(root, 'tests/curate/key-differences.json'), 'utf8')) as KeyDifference[];
  const pages = join(root, 'tests/fixtures/pages');
  const nearMisses = readdirSync(pages)
    .filter((f) => f.startsWith('nearmiss-'))
    .map((file) => ({ file, text: readArticleFile(join(pages, file)).text }));
  const started = performance.now();
  const articles = readArticles(Object.keys(seeds).sort().map((f) => join(seedsDir, f)));
  const outlets = outletsFor(articles.map((a) => a.file), readOutletsTable(join(root, 'tests/curate/seed-outlets.json')));
  const draft = makeDraft({ articles, outlets, nearMisses });
  const ms = performance.now() - started;
  return { draft, comparison: comparePacks(draft.pack, storyPack, seeds, keys), seeds, nearMisses, keys, ms };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The figures, one line each. */
export function comparisonLines({ comparison: c, ms }: SeedComparison): string[] {
  return [
    `curate on the seeds (no hand data; ${(ms / 1000).toFixed(1)} s), against data/'s pack:`,
    `  hand claims proposed: ${c.pairs.length}/${c.handClaims} (${pct(c.recall)}; target 80%); not proposed: ${c.unmatchedHand.join(', ') || 'none'}`,
    `  draft claims that stand for a hand claim: ${c.draftMatching}/${c.draftClaims} (${pct(c.precision)})`,
    `  stance agreement on the paired claims: ${c.stances.agree}/${c.stances.total} (${pct(c.stances.share)})`,
    `  key differences surfaced: ${c.keyDifferences.filter((k) => k.surfaced).length}/${c.keyDifferences.length} (target 5)`,
    ...c.keyDifferences.map((k) => `    ${k.surfaced ? 'yes' : 'NO '} ${k.label}: ${k.why}`),
  ];
}
