// Build-time guard: validates data/claims.json against its schema and the seeds, throwing a
// ClaimSetError that names the claim and field. Run by wxt.config.ts before every build.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseClaimSet } from '../data/validate';
import { loadSeeds } from '../data/load-seeds';

const root = fileURLToPath(new URL('..', import.meta.url));

export function validateClaimSetOnDisk(claimsPath = process.env.CLAIMS_FILE ?? `${root}data/claims.json`): void {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(claimsPath, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read claim set ${claimsPath}: ${(error as Error).message}`);
  }
  parseClaimSet(raw, loadSeeds(`${root}seeds`));
}
