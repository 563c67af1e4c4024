// The whole reading and matching pipeline on the fixture pages, through jsdom: the story verdict
// of every page, and on story pages only claims a careful reader finds there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../data/packs';
import { createTextAnalyser } from '../../components/matching/analyse-text';
import { pageDiffers } from '../../components/messaging';
import { readPageYear } from '../../components/page/page-date';
import { readArticle } from '../../components/page/read-article';

const fixtures = join(import.meta.dirname, '../fixtures');
const pages = JSON.parse(readFileSync(join(fixtures, 'pages.json'), 'utf8')) as Array<{
  file: string;
  story: boolean;
  claims: string[];
  /** Claims the page states otherwise (the opposite, another figure). */
  differs?: string[];
}>;
const analyser = createTextAnalyser(storyPack);

/** As the content script reads and matches a page: its article text, with the year of its date line. */
function analysePage(file: string) {
  const doc = new DOMParser().parseFromString(readFileSync(join(fixtures, file), 'utf8'), 'text/html');
  const pageYear = readPageYear(doc);
  return analyser.analyse(readArticle(doc).text, pageYear ? { pageYear } : {});
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

  it.each(results.filter((r) => r.page.differs).map((r) => [r.page.file, r] as const))(
    '%s: the claims it states otherwise are marked as differing, and no other',
    (_, { page, analysis }) => {
      const differing = [...new Set(analysis.matches.filter(pageDiffers).map((m) => m.claimId))].sort();
      expect(differing).toEqual([...page.differs!].sort());
    },
  );
});
