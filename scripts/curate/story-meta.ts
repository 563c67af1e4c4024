// The story's own fields for the draft: an id and title from its most shared names, a placeholder
// summary, its language, and the period it is set in (the years and months of the dates the
// outlets share). Each is listed for review.
import type { Story } from '../../data/schema';
import type { AlignedClaim } from './align';
import { slugify } from './outlets-table';
import type { ArticleFile } from './read-articles';
import type { Unit } from './units';

export interface StoryMeta {
  story: Story;
  review: string[];
}

const mostCommon = (values: number[]) => [...new Set(values)].sort((a, b) => values.filter((v) => v === b).length - values.filter((v) => v === a).length || a - b)[0];

export function storyMeta(units: readonly Unit[], articles: readonly ArticleFile[], claims: readonly AlignedClaim[], storyId?: string): StoryMeta {
  const dates = units.flatMap((u) => u.view.figures.flatMap((f) => (f.kind === 'date' ? [{ f, article: u.article }] : [])));
  const datedYears = dates.flatMap(({ f }) => (f.year ? [f.year] : []));
  const pageYears = articles.flatMap((a) => (a.pageYear ? [a.pageYear] : []));
  const anyYears = units.flatMap((u) => u.view.figures.flatMap((f) => (f.kind === 'year' && !f.since ? [f.year] : [])));
  const year = mostCommon(datedYears) ?? mostCommon(pageYears) ?? mostCommon(anyYears) ?? new Date().getUTCFullYear();
  // Months the outlets' shared dates name, and the months between them.
  const monthArticles = new Map<number, Set<number>>();
  for (const { f, article } of dates) monthArticles.set(f.month, (monthArticles.get(f.month) ?? new Set()).add(article));
  const shared = [...monthArticles].filter(([, a]) => a.size >= 2).map(([m]) => m);
  const months = shared.length ? Array.from({ length: Math.max(...shared) - Math.min(...shared) + 1 }, (_, i) => Math.min(...shared) + i) : [];
  const review: string[] = [];
  const top = claims[0];
  const names = top ? top.core.filter((t) => t.startsWith('@')).slice(0, 2).map((t) => t.slice(1)) : [];
  const id = storyId ? slugify(storyId) : slugify([...names, String(year)].join(' '));
  if (!storyId) review.push(`story id "${id}" was made from the most shared names: choose a lasting one (it names the pack's folder)`);
  review.push('story title and summary are placeholders: write them');
  review.push(`story period: years [${year}]${months.length ? `, months [${months.join(', ')}]` : ''}, from the dates the outlets share: check them`);
  const lead = top ? [...top.members.values()][0]!.unit.text : articles[0]!.text.split('\n')[0]!;
  return {
    story: {
      id,
      title: `Draft: ${lead.length > 90 ? `${lead.slice(0, 89)}…` : lead}`,
      summary: `Draft made by curate from ${articles.length} outlets' articles; to be written by an editor. The outlets' most shared report: ${lead}`,
      language: 'en',
      period: { years: [year], ...(months.length ? { months } : {}) },
    },
    review,
  };
}
