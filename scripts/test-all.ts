// `npm test`: type-check, lint, unit and DOM tests, Firefox build + web-ext lint, builds, and the
// end-to-end tests in Chromium and (when installed) Firefox.
// Runs every step even after a failure, then prints one line with the totals of every tier
// ("N passed, N failed") and exits non-zero if anything failed. A non-test step (type-check,
// lint, build) counts as one check.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const resultsDir = join(root, 'test-results');
mkdirSync(resultsDir, { recursive: true });

interface Tally {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
}
const tallies: Tally[] = [];

function run(command: string, args: string[]): boolean {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function check(name: string, command: string, args: string[]): boolean {
  const ok = run(command, args);
  tallies.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

function vitest(name: string, projects: string[]): void {
  const report = join(resultsDir, `${name}.json`);
  rmSync(report, { force: true });
  const ok = run('npx', [
    'vitest',
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) {
    // The runner died before reporting: count the tier as one failure so it cannot pass silently.
    tallies.push({ name, passed: 0, failed: 1, skipped: 0 });
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  };
  // A suite that fails to load has no failed tests of its own: count it.
  const failed = json.numFailedTests + (json.numFailedTests === 0 && !ok ? Math.max(1, json.numFailedTestSuites) : 0);
  tallies.push({ name, passed: json.numPassedTests, failed, skipped: json.numPendingTests + json.numTodoTests });
}

const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

check('typecheck', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
vitest('unit+dom', ['unit', 'dom']);
if (check('build (firefox)', 'npx', ['wxt', 'build', '-b', 'firefox'])) check('web-ext lint', 'npx', ['tsx', 'scripts/lint-firefox.ts']);
// Firefox end-to-end tests use their own build (see tests/e2e/firefox-harness.ts); they are
// skipped, and counted as skipped, where Firefox is not installed.
if (existsSync(firefox)) {
  process.env.WXT_DETAILS_IN_TAB = 'true';
  check('build (firefox e2e)', 'npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e']);
  delete process.env.WXT_DETAILS_IN_TAB;
} else {
  console.log(`\nFirefox not found at ${firefox}: its end-to-end tests will be skipped.`);
}
if (check('build (chrome)', 'npx', ['wxt', 'build'])) vitest('e2e', ['e2e']);
else tallies.push({ name: 'e2e', passed: 0, failed: 1, skipped: 0 });

console.log('\nTiers:');
for (const t of tallies) console.log(`  ${t.name.padEnd(18)} ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}`);
const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0);
const skipped = tallies.reduce((n, t) => n + t.skipped, 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
