// The languages the matcher reads, for the Node scripts (evaluation, bench, check): each
// language's core module and the bundled story pack in it. The extension bundles one language
// per story-tools script instead (entrypoints/story-tools*.ts).
import { join } from 'node:path';
import { english } from '../../components/matching/languages/en';
import { french } from '../../components/matching/languages/fr';
import { hindi } from '../../components/matching/languages/hi';
import { russian } from '../../components/matching/languages/ru';
import type { Language } from '../../components/matching/languages/types';
import type { StoryPack } from '../../data/schema';
import { packInLanguage } from '../validate-packs';

export const LANGUAGES: Readonly<Record<string, Language>> = { en: english, fr: french, hi: hindi, ru: russian };

const STORY_DIR = join(import.meta.dirname, '..', '..', 'data', 'stories', 'india-russia-defence-jv-talks-2025');

const packs = new Map<string, StoryPack>();
/** The story pack as the matcher reads pages in `code`. */
export function storyPackIn(code: string): StoryPack {
  let pack = packs.get(code);
  if (!pack) packs.set(code, (pack = packInLanguage(STORY_DIR, code)));
  return pack;
}
