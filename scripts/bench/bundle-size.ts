// The bytes every page pays for: builds the Chrome extension (`wxt build`) and reports the content
// script's size, raw and gzipped, beside the script injected only on story pages.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** From the issue: the content script every page loads stays under this, gzipped. */
export const CONTENT_SCRIPT_MAX_GZIP_KB = 30;

export interface Bundles {
  /** Gzipped kB of the content script every http(s) page loads (undefined when the build failed). */
  contentGzipKB?: number;
  lines: string[];
}

const root = join(import.meta.dirname, '..', '..');
const kb = (n: number) => (n / 1024).toFixed(1);

export function measureBundles(): Bundles {
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, encoding: 'utf8' });
  const out = join(root, '.output', 'chrome-mv3');
  if (build.status !== 0 || !existsSync(out)) return { lines: [`Content script: the Chrome build failed (${build.stderr.split('\n').find(Boolean) ?? `exit ${build.status}`})`] };
  const size = (file: string) => {
    const bytes = readFileSync(join(out, file));
    return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const lines = ['Scripts (Chrome build, minified; gzip -9):'];
  let contentGzipKB: number | undefined;
  const scripts = [
    ...readdirSync(join(out, 'content-scripts')).filter((f) => f.endsWith('.js')).map((f) => `content-scripts/${f}`),
    ...readdirSync(out).filter((f) => f.endsWith('.js')),
  ];
  for (const file of scripts) {
    const { raw, gzip } = size(file);
    if (file === 'content-scripts/content.js') contentGzipKB = gzip / 1024;
    lines.push(`  ${file.padEnd(34)} ${kb(raw).padStart(6)} kB raw  ${kb(gzip).padStart(5)} kB gzip`);
  }
  return { ...(contentGzipKB !== undefined ? { contentGzipKB } : {}), lines };
}
