// The second story of the tests (tests/stories/tham-luang-cave-rescue-2018): its pack is valid
// against its own articles, its gate accepts them and rejects the near misses, a page about the
// story gets exactly its claims through the content script's reader, and neither story's gate
// accepts the other story's pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTextAnalyser } from '../../components/matching/analyse-text';
import { compileSignalGroups, judgeStory } from '../../components/matching/story-gate';
import { readPageYear } from '../../components/page/page-date';
import { readArticle } from '../../components/page/read-article';
import { storyPack } from '../../data/packs';
import { gateMatchesStory, mergePackFiles, type PackFiles } from '../../data/pack-files';
import { loadSeeds } from '../../data/load-seeds';
import { parseStoryPack } from '../../data/validate';

const story = join(import.meta.dirname, '../stories/tham-luang-cave-rescue-2018');
// The pack folder read as scripts/validate-packs.ts reads one (that module needs a file URL, which jsdom has not).
const packFiles = Object.fromEntries(['story', 'entities', 'vocabulary', 'gate'].map((n) => [n, JSON.parse(readFileSync(join(story, 'pack', `${n}.json`), 'utf8'))])) as unknown as PackFiles;
const articles = loadSeeds(join(story, 'articles'));
const pack = parseStoryPack(mergePackFiles(packFiles), articles);
const pages = JSON.parse(readFileSync(join(story, 'pages', 'pages.json'), 'utf8')) as Array<{ file: string; story: boolean; claims: string[] }>;
const firstStoryPages = (JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/pages.json'), 'utf8')) as Array<{ file: string; story: boolean }>).filter((p) => p.story);

function read(path: string) {
  const doc = new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/html');
  const pageYear = readPageYear(doc);
  return { text: readArticle(doc).text, ...(pageYear ? { pageYear } : {}) };
}

const second = createTextAnalyser(pack);
const first = createTextAnalyser(storyPack);

describe('the second story pack (Tham Luang cave rescue)', () => {
  it('is valid against its own articles, and its gate names its story', () => {
    expect(pack.story.id).toBe('tham-luang-cave-rescue-2018');
    expect(gateMatchesStory(packFiles)).toEqual([]);
    expect(pack.outlets.map((o) => o.seed).sort()).toEqual(Object.keys(articles).sort());
  });

  it.each(Object.keys(articles))('its gate accepts the article %s', (file) => {
    expect(judgeStory(articles[file]!, compileSignalGroups(pack.signals)).detected).toBe(true);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s: the story verdict and exactly its claims', (file, page) => {
    const { text, pageYear } = read(join(story, 'pages', file));
    const analysis = second.analyse(text, pageYear ? { pageYear } : {});
    expect(analysis.story.detected).toBe(page.story);
    expect([...new Set(analysis.matches.map((m) => m.claimId))].sort()).toEqual([...page.claims].sort());
  });

  it('the first story does not take the second story’s pages or articles', () => {
    for (const page of pages) expect(first.analyse(read(join(story, 'pages', page.file)).text).story.detected, page.file).toBe(false);
    for (const [file, text] of Object.entries(articles)) expect(first.judge(text).detected, file).toBe(false);
  });

  it('the second story does not take the first story’s pages', () => {
    for (const page of firstStoryPages) expect(second.judge(read(join(import.meta.dirname, '../fixtures', page.file)).text).detected, page.file).toBe(false);
  });
});
