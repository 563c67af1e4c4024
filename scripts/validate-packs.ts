// Build-time guard: validates every story pack folder under data/stories/ against its schema, the
// other files of the pack and the seed articles, throwing a ClaimSetError that names the file,
// the claim (or entity, concept…) and the field. Run by wxt.config.ts before every build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gateMatchesStory, mergePackFiles, withLanguageFolder, type PackFiles } from '../data/pack-files';
import type { LanguageFiles } from '../data/language-schema';
import { LANGUAGE_FILE_NAMES, validateLanguageFolder, type LanguageFileName } from '../data/validate-language';
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
  let pack: StoryPack;
  try {
    pack = parseStoryPack(mergePackFiles(files), loadSeeds(seedsDir));
  } catch (error) {
    if (error instanceof ClaimSetError) error.message = `${dir}:\n${error.message}`;
    throw error;
  }
  for (const code of languagesOf(dir)) readLanguageFolder(dir, code, pack);
  return pack;
}

/** The language folders of a pack folder (`languages/<code>/`). */
export function languagesOf(dir: string): string[] {
  const languages = join(dir, 'languages');
  if (!existsSync(languages)) return [];
  return readdirSync(languages, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/** Reads and checks one language folder of a pack; throws naming the file and field of every problem. */
export function readLanguageFolder(dir: string, code: string, pack: StoryPack): LanguageFiles {
  const files = {} as Record<LanguageFileName, unknown>;
  for (const name of LANGUAGE_FILE_NAMES) {
    const path = join(dir, 'languages', code, `${name}.json`);
    try {
      files[name] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`Cannot read story pack file ${path}: ${(error as Error).message}`);
    }
  }
  const problems = validateLanguageFolder(pack, code, files);
  if (problems.length) {
    const error = new ClaimSetError(problems);
    error.message = `${dir}:\n${error.message}`;
    throw error;
  }
  return files as unknown as LanguageFiles;
}

/** A pack folder's pack as the matcher reads pages in `code` (the pack itself for its own language). */
export function packInLanguage(dir: string, code: string): StoryPack {
  const pack = parseStoryPack(mergePackFiles(readPackFolder(dir)));
  if (code === pack.story.language) return pack;
  const files = readLanguageFolder(dir, code, pack);
  return withLanguageFolder(pack, files);
}

export function validateStoryPacksOnDisk(storiesDir = process.env.STORY_PACKS_DIR ?? join(root, 'data', 'stories')): StoryPack[] {
  if (!existsSync(storiesDir)) throw new Error(`No story packs: ${storiesDir} does not exist`);
  const folders = readdirSync(storiesDir, { withFileTypes: true }).filter((e) => e.isDirectory());
  if (folders.length === 0) throw new Error(`No story packs in ${storiesDir}`);
  return folders.map((f) => validatePackFolder(join(storiesDir, f.name)));
}
