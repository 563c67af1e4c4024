// What the content script every page loads may not import: the story packs and the imported packs'
// storage item (WXT reads a defined item's value when it is defined: every imported pack, on every
// page), the validator and valibot. Walks the static imports from the entrypoint.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRY = join(ROOT, 'entrypoints/content/index.ts');

/** Every module (project files by path, packages by name) the entrypoint reaches through static imports. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.startsWith('/')) continue;
    // `import type` and `export type` are erased; the rest stays.
    const source = readFileSync(file, 'utf8');
    for (const [, kind, spec] of source.matchAll(/^(?:import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      if (kind) continue;
      if (!spec!.startsWith('.')) {
        seen.add(spec!);
        continue;
      }
      const base = resolve(dirname(file), spec!);
      if (/\.(json|css)$/.test(base)) seen.add(base);
      else {
        const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p));
        if (found) stack.push(found);
        else throw new Error(`${relative(ROOT, file)}: cannot resolve ${spec}`);
      }
    }
  }
  return seen;
}

describe('the content script’s imports', () => {
  const modules = [...reachable(ENTRY)].map((m) => (m.startsWith('/') ? relative(ROOT, m) : m));

  it('reach the gates and the page glue (the walk works)', () => {
    expect(modules).toEqual(expect.arrayContaining(['data/gates.ts', 'components/page/page-gate.ts', 'components/imported-gates.ts', 'wxt/utils/storage']));
  });

  it.each(['components/imported-storage.ts', 'components/imported-packs.ts', 'components/installed-stories.ts', 'data/packs.ts', 'data/index.ts', 'data/validate.ts', 'valibot', 'fuse.js'])('never reach %s', (module) => {
    expect(modules).not.toContain(module);
  });
});
