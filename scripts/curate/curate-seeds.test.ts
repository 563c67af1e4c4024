// `curate` on the five seeds, with no hand data, measured against the hand-curated pack in data/:
// every quote verbatim, the furniture skipped, the gate checked, and the figures (share of the
// hand claims proposed, share of the draft's claims that stand for one, stance agreement, the key
// differences surfaced) printed and held to the targets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileSignalGroups, judgeStory } from '../../components/matching/story-gate';
import { storyPack } from '../../data/packs';
import { normaliseWhitespace, validateStoryPack } from '../../data/validate';
import { comparisonLines, compareOnSeeds, type SeedComparison } from './seeds-comparison';

const root = join(import.meta.dirname, '../..');
const furniture = JSON.parse(readFileSync(join(root, 'tests/fixtures/seeds-furniture.json'), 'utf8')) as Record<string, string[]>;

/** The targets: the draft proposes at least 80% of the hand claims and surfaces 5 of the 6 key differences. */
const RECALL_TARGET = 0.8;
const KEY_DIFFERENCES_TARGET = 5;

let run: SeedComparison;

beforeAll(() => {
  run = compareOnSeeds();
  console.log(comparisonLines(run).join('\n'));
}, 120_000);

describe('curate on the seeds', () => {
  const draft = () => run.draft;
  it('makes a pack the validator accepts against the seeds themselves', () => {
    expect(validateStoryPack(draft().pack, run.seeds)).toEqual([]);
  });

  it('quotes every outlet verbatim from its own article', () => {
    const seedOf = new Map(draft().pack.outlets.map((o) => [o.id, o.seed]));
    const missing = draft().pack.claims.flatMap((c) =>
      c.stances.filter((s) => !normaliseWhitespace(run.seeds[seedOf.get(s.outlet)!]!).includes(normaliseWhitespace(s.quote))).map((s) => `${c.id}/${s.outlet}`),
    );
    expect(draft().pack.claims.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('skips every line of page furniture and quotes none', () => {
    const skipped = new Set(draft().skipped.map((s) => `${draft().pack.outlets[s.article]!.seed}\u0000${s.text}`));
    const lines = Object.entries(furniture).flatMap(([file, list]) => list.map((line) => ({ file, line })));
    expect(lines.filter(({ file, line }) => !skipped.has(`${file}\u0000${line}`))).toEqual([]);
    const quoted = draft().pack.claims.flatMap((c) => c.stances.map((s) => s.quote));
    expect(lines.filter(({ line }) => quoted.some((q) => line.includes(q) || q.includes(line)))).toEqual([]);
  });

  it('proposes a gate that accepts every seed and rejects every near-miss fixture', () => {
    const groups = compileSignalGroups(draft().pack.signals);
    expect(Object.keys(run.seeds).filter((f) => !judgeStory(run.seeds[f]!, groups).detected)).toEqual([]);
    expect(run.nearMisses.filter((m) => judgeStory(m.text, groups).detected).map((m) => m.file)).toEqual([]);
    expect(draft().gate.ok).toBe(true);
  });

  it(`proposes at least ${RECALL_TARGET * 100}% of the hand-curated claims`, () => {
    expect(run.comparison.recall).toBeGreaterThanOrEqual(RECALL_TARGET);
  });

  it(`surfaces at least ${KEY_DIFFERENCES_TARGET} of the 6 key differences between outlets`, () => {
    expect(run.comparison.keyDifferences.filter((k) => k.surfaced).length).toBeGreaterThanOrEqual(KEY_DIFFERENCES_TARGET);
  });

  it('proposes the people and firms that two outlets or more name', () => {
    const names = new Set(draft().pack.entities.flatMap((e) => e.names.map((n) => n.toLowerCase())));
    const named = storyPack.entities.filter((e) => ['person', 'organisation'].includes(e.kind) && Object.values(run.seeds).filter((t) => t.includes(e.names[0]!)).length >= 2);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((e) => !e.names.some((n) => names.has(n.toLowerCase()))).map((e) => e.id)).toEqual([]);
  });
});

describe('curate reads no hand data', () => {
  // The draft is made from the articles and the language's resources only: no module of curate
  // imports a story pack but seeds-comparison.ts, which reads the hand pack after the draft is made.
  it.each(readdirSync(import.meta.dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'seeds-comparison.ts'))('%s imports no story pack', (file) => {
    const source = readFileSync(join(import.meta.dirname, file), 'utf8');
    expect(source).not.toMatch(/['"`][^'"`\n]*(data\/(packs|index|gates)|data\/stories)[^'"`\n]*['"`]/);
  });
});
