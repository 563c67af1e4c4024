// The whole reading and matching pipeline on the fixture pages, through jsdom: the story verdict
// of every page, and on story pages only claims a careful reader finds there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimSet } from '../../data';
import { createTextAnalyser } from '../../components/matching/analyse-text';
import { readArticle } from '../../components/page/read-article';

const fixtures = join(import.meta.dirname, '../fixtures');
const pages = JSON.parse(readFileSync(join(fixtures, 'pages.json'), 'utf8')) as Array<{ file: string; story: boolean; claims: string[] }>;
const analyser = createTextAnalyser(claimSet);

function analysePage(file: string) {
  const doc = new DOMParser().parseFromString(readFileSync(join(fixtures, file), 'utf8'), 'text/html');
  return analyser.analyse(readArticle(doc).text);
}

const results = pages.map((page) => ({ page, analysis: analysePage(page.file) }));

describe('fixture pages', () => {
  it.each(results.map((r) => [r.page.file, r] as const))('%s: story verdict and claims', (_, { page, analysis }) => {
    expect(analysis.story.detected).toBe(page.story);
    const found = [...new Set(analysis.matches.map((m) => m.claimId))];
    if (!page.story) expect(found).toEqual([]);
    else expect(found.filter((id) => !page.claims.includes(id))).toEqual([]);
  });

  it('finds at least half of the claims on the story pages', () => {
    const story = results.filter((r) => r.page.story);
    const expected = story.reduce((n, r) => n + r.page.claims.length, 0);
    const found = story.reduce((n, r) => n + new Set(r.analysis.matches.map((m) => m.claimId)).size, 0);
    expect(found / expected).toBeGreaterThanOrEqual(0.5);
  });
});
