// The `curate` command's work, callable in-process (the tests) or from scripts/curate.ts: parse the
// arguments, refuse a folder in use, read the articles and the outlets table, draft, write, report.
// Returns the exit code: 0, 1 for bad input (nothing written), 2 for a usage error.
import { existsSync, readdirSync } from 'node:fs';
import { ClaimSetError } from '../../data/schema';
import { validatePackFolder } from '../validate-packs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticleFile } from '../check/read-input';
import { parseArgs, UsageError, USAGE } from './args';
import { makeDraft, type Draft } from './draft';
import { outletsFor, readOutletsTable } from './outlets-table';
import { InputError, readArticles } from './read-articles';
import { checkOutFolder, draftFiles, writeDraft } from './write-draft';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The project's near-miss pages: other stories that share the first story's words. The gate must reject them. */
export const NEAR_MISS_FIXTURES = join(root, 'tests', 'fixtures', 'pages');

function nearMissFiles(extra: readonly string[]): string[] {
  const fixtures = readdirSync(NEAR_MISS_FIXTURES)
    .filter((f) => f.startsWith('nearmiss-') && f.endsWith('.html'))
    .map((f) => join(NEAR_MISS_FIXTURES, f));
  return [...fixtures, ...extra];
}

function summary(draft: Draft, written: string): string {
  const { claims, outlets } = draft.pack;
  const differ = claims.filter((c) => c.stances.some((s) => s.stance !== 'confirms'));
  return [
    `Drafted ${claims.length} claims from ${outlets.length} outlets; the outlets differ on ${differ.length}.`,
    `Skipped ${draft.skipped.length} paragraphs of page furniture:`,
    ...draft.skipped.map((s) => `  ${outlets[s.article]!.seed}: "${s.text.length > 70 ? `${s.text.slice(0, 69)}…` : s.text}" (${s.reason})`),
    `Gate: ${draft.gate.ok ? 'accepts every article and rejects every near miss' : 'CHECK FAILED (see needs review)'}.`,
    `Needs review (${draft.review.length}):`,
    ...draft.review.map((r) => `  - ${r}`),
    `Wrote ${written}: story.json, entities.json, vocabulary.json, gate.json, pack.json, review.html`,
  ].join('\n');
}

/** Where the command writes: console in the command, a collector in the tests. */
export interface Output {
  log(text: string): void;
  error(text: string): void;
}

/** Validates an edited pack folder against its articles; the problems, one a line, or how many claims it has. */
function checkPack(dir: string, seeds: string, io: Output): number {
  if (!existsSync(dir)) throw new InputError(`${dir}: no such folder`);
  try {
    const pack = validatePackFolder(dir, seeds);
    io.log(`${dir}: valid (${pack.claims.length} claims, ${pack.outlets.length} outlets, ${pack.signals.length} gate groups)`);
    return 0;
  } catch (error) {
    if (error instanceof ClaimSetError || /Cannot read story pack file/.test((error as Error).message)) {
      io.error(`error: ${(error as Error).message}`);
      return 1;
    }
    throw error;
  }
}

export function runCurate(argv: readonly string[], io: Output = console): number {
  try {
    const parsed = parseArgs(argv);
    if ('check' in parsed) return checkPack(parsed.check, parsed.seeds ?? join(root, 'seeds'), io);
    const args = parsed;
    checkOutFolder(args.out, args.force);
    const articles = readArticles(args.files);
    const outlets = outletsFor(articles.map((a) => a.file), args.outlets ? readOutletsTable(args.outlets) : []);
    const nearMisses = nearMissFiles(args.nearMisses).map((path) => ({ file: path.split('/').pop()!, text: readArticleFile(path).text }));
    const draft = makeDraft({ articles, outlets, nearMisses, ...(args.storyId ? { storyId: args.storyId } : {}) });
    const written = writeDraft(args.out, draftFiles(draft), args.force);
    io.log(summary(draft, written));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.error(`error: ${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof InputError) {
      io.error(`error: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

