// The `curate` command's arguments: article files, `--out DIR` (required), `--outlets TABLE`,
// `--story-id ID`, `--near-miss FILE` (repeatable; added to the project's near-miss fixtures)
// and `--force` (replace a folder that is not empty).
export const USAGE = [
  'usage: npm run curate -- ARTICLE... --out DIR [--outlets outlets.json|outlets.csv] [--story-id ID] [--near-miss page.html]... [--force]',
  '       npm run curate -- --check PACK_DIR [--seeds ARTICLES_DIR]   (validate an edited pack folder; seeds default to seeds/)',
].join('\n');

export interface CurateArgs {
  files: string[];
  out: string;
  outlets?: string;
  storyId?: string;
  nearMisses: string[];
  force: boolean;
}

export class UsageError extends Error {}

/** `--check PACK_DIR`: validate a pack folder after editing it, as the build will. */
export interface CheckArgs {
  check: string;
  seeds?: string;
}

const VALUED = new Set(['--out', '--outlets', '--story-id', '--near-miss', '--check', '--seeds']);

export function parseArgs(argv: readonly string[]): CurateArgs | CheckArgs {
  const files: string[] = [];
  const nearMisses: string[] = [];
  const values: Record<string, string> = {};
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--force') force = true;
    else if (VALUED.has(arg)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      if (arg === '--near-miss') nearMisses.push(value);
      else if (values[arg] !== undefined) throw new UsageError(`${arg} given twice`);
      else values[arg] = value;
      i++;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (values['--check']) {
    if (files.length || values['--out']) throw new UsageError('--check takes a pack folder and no articles');
    return { check: values['--check'], ...(values['--seeds'] ? { seeds: values['--seeds'] } : {}) };
  }
  if (!values['--out']) throw new UsageError('--out DIR is required: the folder the draft is written to');
  return {
    files,
    out: values['--out'],
    ...(values['--outlets'] ? { outlets: values['--outlets'] } : {}),
    ...(values['--story-id'] ? { storyId: values['--story-id'] } : {}),
    nearMisses,
    force,
  };
}
