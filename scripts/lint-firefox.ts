// `web-ext lint` on the Firefox build (what addons.mozilla.org runs on upload): fails on any
// error, and on any warning not explained to reviewers in README ("Notes for store reviewers").
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '../.output/firefox-mv3');

/**
 * The shared chunk that holds Preact (Vite names it after one of the modules in it, so the name
 * moves as pages are added): a chunk of the extension pages with Preact's `dangerouslySetInnerHTML`
 * code path in it.
 */
const isPreactChunk = (file: string) =>
  /^chunks\/[\w-]+\.js$/.test(file) && existsSync(join(dir, file)) && readFileSync(join(dir, file), 'utf8').includes('dangerouslySetInnerHTML');

/** Warnings we ship with, each explained in README. */
const EXPLAINED_WARNINGS = new Map<string, (file: string) => boolean>([
  ['UNSAFE_VAR_ASSIGNMENT', isPreactChunk], // Preact's dangerouslySetInnerHTML code path, never used
]);

const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' });
let report: { errors: Finding[]; warnings: Finding[]; notices: Finding[] };
interface Finding {
  code: string;
  message: string;
  file?: string;
}
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`web-ext lint did not report (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}
const unexplained = report.warnings.filter((w) => !EXPLAINED_WARNINGS.get(w.code)?.(w.file ?? ''));
for (const f of [...report.errors, ...unexplained]) console.error(`web-ext lint: ${f.code} ${f.file ?? ''}: ${f.message}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unexplained.length} explained in README), ${report.notices.length} notices`,
);
process.exit(report.errors.length + unexplained.length === 0 ? 0 : 1);
