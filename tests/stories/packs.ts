// The test stories' packs as the options page imports them: a pack folder's four files merged into
// the one object of the import format (data/pack-files.ts mergePackFiles), and each story's pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergePackFiles, type PackFiles } from '../../data/pack-files';
import type { StoryPack } from '../../data/schema';

export const THAM_LUANG = 'tham-luang-cave-rescue-2018';
export const STORIES_DIR = import.meta.dirname;

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The four files of a test story's `pack/` folder. */
export function packFilesOf(story = THAM_LUANG): PackFiles {
  const file = (name: string) => readJson(join(STORIES_DIR, story, 'pack', `${name}.json`));
  return { story: file('story'), entities: file('entities'), vocabulary: file('vocabulary'), gate: file('gate') };
}

/** The pack in the import format (unchecked: the tests that need it checked validate it). */
export const importablePack = (story = THAM_LUANG): StoryPack => mergePackFiles(packFilesOf(story)) as StoryPack;

export interface StoryPage {
  file: string;
  story: boolean;
  claims: string[];
}

/** A test story's pages (pages/pages.json): whether each covers the story, and the claims a careful reader finds. */
export const storyPages = (story = THAM_LUANG): StoryPage[] => readJson(join(STORIES_DIR, story, 'pages', 'pages.json')) as StoryPage[];

export const storyPageHtml = (file: string, story = THAM_LUANG): string => readFileSync(join(STORIES_DIR, story, 'pages', file), 'utf8');
