// Node only: reads the seed articles so the tests and the build hook can check quotes against them.
// Not imported by the extension's runtime code (see data/index.ts).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads every `*.txt` file directly in `dir`; returns file name -> text (UTF-8, unmodified). */
export function loadSeeds(dir: string): Record<string, string> {
  const seeds: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.txt')) {
      seeds[entry.name] = readFileSync(join(dir, entry.name), 'utf8');
    }
  }
  return seeds;
}
