// Build-time guard: validates every story pack folder under data/stories/ against its schema, the
// other files of the pack and the seed articles, throwing a ClaimSetError that names the file,
// the claim (or entity, concept…) and the field. Run by wxt.config.ts before every build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gateMatchesStory, mergePackFiles, type PackFiles } from '../data/pack-files';
import { ClaimSetError, type StoryPack } from '../data/schema';
import { loadSeeds } from '../data/load-seeds';
import { parseStoryPack } from '../data/validate';

const root = fileURLToPath(new URL('..', import.meta.url));
export const PACK_FILES = ['story', 'entities', 'vocabulary', 'gate'] as const;

/** Reads one pack folder's files; a missing or malformed file is an error naming it. */
export function readPackFolder(dir: string): PackFiles {
  const files = {} as Record<keyof PackFiles, unknown>;
  for (const name of PACK_FILES) {
    const path = join(dir, `${name}.json`);
    try {
      files[name] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`Cannot read story pack file ${path}: ${(error as Error).message}`);
    }
  }
  return files;
}

/** Validates one pack folder (its seeds in `seedsDir`); returns the pack or throws naming the problems. */
export function validatePackFolder(dir: string, seedsDir = join(root, 'seeds')): StoryPack {
  const files = readPackFolder(dir);
  const mismatch = gateMatchesStory(files);
  if (mismatch.length) throw new ClaimSetError(mismatch.map((message) => ({ path: dir.split('/').pop() ?? dir, message })));
  try {
    return parseStoryPack(mergePackFiles(files), loadSeeds(seedsDir));
  } catch (error) {
    if (error instanceof ClaimSetError) error.message = `${dir}:\n${error.message}`;
    throw error;
  }
}

export function validateStoryPacksOnDisk(storiesDir = process.env.STORY_PACKS_DIR ?? join(root, 'data', 'stories')): StoryPack[] {
  if (!existsSync(storiesDir)) throw new Error(`No story packs: ${storiesDir} does not exist`);
  const folders = readdirSync(storiesDir, { withFileTypes: true }).filter((e) => e.isDirectory());
  if (folders.length === 0) throw new Error(`No story packs in ${storiesDir}`);
  return folders.map((f) => validatePackFolder(join(storiesDir, f.name)));
}
