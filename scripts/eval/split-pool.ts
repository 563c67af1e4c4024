// Splits an evaluation pool (tests/eval/pool/<writer>/ by default, written by helpers who never
// read the matcher) once into a tuning half and a test half, by a fixed rule: within each writer
// and category, items are ordered by the SHA-256 of their id and dealt alternately, the first to
// the tuning half. Pages go with their HTML file. Refuses to run again once the halves exist: the
// split is made once, and the matcher is never tuned on a test half.
// `npx tsx scripts/eval/split-pool.ts [POOL_DIR OUT_DIR]`: the language pools are split the same
// way (tests/eval/lang-pool -> tests/eval/lang/<lang>/{tune,test}, one writer per language).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const evalDir = join(import.meta.dirname, '..', '..', 'tests', 'eval');
const [poolArg, outArg] = process.argv.slice(2);
const pool = poolArg ?? join(evalDir, 'pool');
const outDir = outArg ?? evalDir;
const halves = { tune: join(outDir, 'tune'), test: join(outDir, 'test') };
if (existsSync(halves.tune) || existsSync(halves.test)) {
  console.error(`${halves.tune} or ${halves.test} exists: the pool was split already.`);
  process.exit(1);
}

interface Item { id: string; category: string; file?: string; writer?: string }
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function deal<T extends Item>(items: T[]): { tune: T[]; test: T[] } {
  const strata = new Map<string, T[]>();
  for (const item of items) {
    const key = `${item.writer}/${item.category}`;
    strata.set(key, [...(strata.get(key) ?? []), item]);
  }
  const out = { tune: [] as T[], test: [] as T[] };
  for (const key of [...strata.keys()].sort()) {
    strata.get(key)!.sort((a, b) => (sha(a.id) < sha(b.id) ? -1 : 1)).forEach((item, i) => (i % 2 === 0 ? out.tune : out.test).push(item));
  }
  return out;
}

const sentences: Item[] = [];
const pages: Item[] = [];
for (const writer of readdirSync(pool).sort()) {
  const dir = join(pool, writer);
  for (const s of JSON.parse(readFileSync(join(dir, 'sentences.json'), 'utf8')) as Item[]) sentences.push({ ...s, writer });
  for (const p of JSON.parse(readFileSync(join(dir, 'pages.json'), 'utf8')) as Item[]) pages.push({ ...p, writer });
}
const s = deal(sentences);
const p = deal(pages);
for (const half of ['tune', 'test'] as const) {
  mkdirSync(join(halves[half], 'pages'), { recursive: true });
  writeFileSync(join(halves[half], 'sentences.json'), `${JSON.stringify(s[half], null, 1)}\n`);
  const moved = p[half].map((page) => {
    const name = page.file!.split('/').pop()!;
    cpSync(join(pool, page.writer!, page.file!), join(halves[half], 'pages', name));
    return { ...page, file: `pages/${name}` };
  });
  writeFileSync(join(halves[half], 'pages.json'), `${JSON.stringify(moved, null, 1)}\n`);
  console.log(`${half}: ${s[half].length} sentences, ${moved.length} pages`);
}
rmSync(pool, { recursive: true });
