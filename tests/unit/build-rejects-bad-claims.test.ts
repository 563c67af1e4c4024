// A malformed claim set must fail the build itself, with a message naming the claim and field.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateClaimSetOnDisk } from '../../scripts/validate-claims';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'bad-claims-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function brokenClaimsFile(mutate: (set: { claims: Array<Record<string, unknown>> }) => void): string {
  const set = JSON.parse(readFileSync(join(root, 'data/claims.json'), 'utf8'));
  mutate(set);
  const path = join(dir, `claims-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(set));
  return path;
}

describe('build-time claim validation', () => {
  it('accepts the real claim set', () => {
    expect(() => validateClaimSetOnDisk()).not.toThrow();
  });

  it('names the claim and field of a bad stance', () => {
    const path = brokenClaimsFile((set) => {
      (set.claims[0]!.stances as Array<Record<string, unknown>>)[0]!.stance = 'agrees';
    });
    const id = JSON.parse(readFileSync(path, 'utf8')).claims[0].id;
    expect(() => validateClaimSetOnDisk(path)).toThrow(`claims[${id}].stances[0].stance`);
  });

  it('rejects a file that is not JSON', () => {
    const path = join(dir, 'not-json.json');
    writeFileSync(path, '{ "claims": [');
    expect(() => validateClaimSetOnDisk(path)).toThrow(/Cannot read claim set/);
  });

  it('fails `wxt build` before anything is written', () => {
    const path = brokenClaimsFile((set) => {
      (set.claims[1]!.stances as Array<Record<string, unknown>>)[0]!.quote = 'words no outlet wrote';
    });
    const id = JSON.parse(readFileSync(path, 'utf8')).claims[1].id;
    const result = spawnSync('npx', ['wxt', 'build', '--mode', 'production'], {
      cwd: root,
      env: { ...process.env, CLAIMS_FILE: path },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(`claims[${id}].stances[0].quote`);
  }, 60_000);
});
