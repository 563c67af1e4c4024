// Runs one benchmark case (scripts/bench/measure-page.ts) in a child Node process with gc exposed
// and a fixed heap limit; returns what the child reported, and why it stopped if it failed.
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { CaseRequest, CaseResult } from './measure-page';

/** About the V8 heap limit of a browser tab on a 64-bit desktop, so memory failures show as they would there. */
export const HEAP_LIMIT_MB = 4096;

export interface CaseOutcome {
  request: CaseRequest;
  /** The last row the child sent: complete unless `failure` is set. */
  result?: CaseResult;
  failure?: string;
  wallMs: number;
}

/**
 * The child runs measure-page.ts bundled and minified by esbuild, as the extension's code is by
 * Vite: run through tsx, every function would carry esbuild's keep-names wrapper, which costs
 * time on hot paths that shipped code does not pay. Bundled once per run.
 */
let childScript: string | undefined;
function bundledChild(): string {
  if (childScript) return childScript;
  // Inside the project, so the bundle's external packages (jsdom, fuse.js) resolve from node_modules.
  const cache = join(import.meta.dirname, '..', '..', 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const out = join(mkdtempSync(join(cache, 'claim-bench-')), 'measure-page.mjs');
  buildSync({
    entryPoints: [join(import.meta.dirname, 'measure-page.ts')],
    outfile: out,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // Modules that find their files from their own location keep it.
    define: { 'import.meta.dirname': JSON.stringify(import.meta.dirname) },
    logLevel: 'silent',
  });
  return (childScript = out);
}

function failureReason(code: number | null, signal: string | null, stderr: string): string {
  if (/heap out of memory/i.test(stderr)) return `out of memory (heap limit ${HEAP_LIMIT_MB} MB)`;
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /Error\b/.test(l)) ?? lines.at(-1) ?? `exited with ${signal ?? `code ${code}`}`;
}

export function runCase(request: CaseRequest): Promise<CaseOutcome> {
  const start = performance.now();
  const child = fork(bundledChild(), [JSON.stringify(request)], {
    execArgv: ['--expose-gc', `--max-old-space-size=${HEAP_LIMIT_MB}`],
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  let result: CaseResult | undefined;
  let stderr = '';
  child.on('message', (message) => (result = message as CaseResult));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      const failure = code === 0 ? undefined : failureReason(code, signal, stderr);
      resolve({ request, result, failure, wallMs: performance.now() - start });
    });
  });
}
