// Lays out each seed article as a realistic news page (site header, headline, byline, article,
// related links, footer), for the demo and the end-to-end tests. The seeds' page furniture
// (section headings, "Also read" lines, unrelated headlines, a donation appeal) becomes what it
// was on the original page: headings inside the article, the rest in an aside after it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimSet } from '../../data';
import type { Outlet } from '../../data/schema';

const root = join(import.meta.dirname, '../..');
const furniture = JSON.parse(readFileSync(join(root, 'tests/fixtures/seeds-furniture.json'), 'utf8')) as Record<string, string[]>;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A seed's paragraphs and page furniture, one a line: trimmed, blank lines dropped. */
function seedLines(seed: string): string[] {
  return readFileSync(join(root, 'seeds', seed), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** A seed's article paragraphs: its lines without the page furniture (tests/fixtures/seeds-furniture.json). */
export function seedArticleLines(seed: string): string[] {
  const chrome = new Set(furniture[seed] ?? []);
  return seedLines(seed).filter((line) => !chrome.has(line));
}

/** A readable headline from the article's address, e.g. ".../india-russia-secret-defence-talks". */
function headlineFromUrl(url: string): string {
  const slug = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
  const words = slug.replace(/-a\d+$/, '').split('-').filter((w) => !/^\d+$/.test(w));
  const small = new Set(['a', 'an', 'and', 'in', 'of', 'on', 'to', 'with', 'amid', 'for']);
  return words.map((w, i) => (i > 0 && small.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}

export interface NewsPage {
  path: string;
  title: string;
  html: string;
}

export function seedNewsPage(outlet: Outlet): NewsPage {
  const lines = seedLines(outlet.seed);
  const chrome = new Set(furniture[outlet.seed] ?? []);
  const lastBody = lines.reduce((last, line, i) => (chrome.has(line) ? last : i), -1);
  const title = headlineFromUrl(outlet.url);
  const body: string[] = [];
  const aside: string[] = [];
  lines.forEach((line, i) => {
    if (!chrome.has(line)) body.push(`<p>${escapeHtml(line)}</p>`);
    else if (i < lastBody) body.push(`<h2>${escapeHtml(line)}</h2>`);
    else aside.push(`<li>${escapeHtml(line)}</li>`);
  });
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} | ${escapeHtml(outlet.name)}</title>
<style>
  body { margin: 0; font: 18px/1.6 Georgia, "Times New Roman", serif; color: #1d1d1f; background: #fbfaf7; }
  header { background: #14213d; color: #fff; padding: 12px 24px; font: 600 15px/1.4 system-ui, sans-serif; }
  header nav a { color: #cfd8ea; margin-right: 16px; text-decoration: none; }
  header .brand { font-size: 22px; margin-right: 32px; color: #fff; }
  main { display: grid; grid-template-columns: minmax(0, 680px) 260px; gap: 40px; max-width: 1020px; margin: 32px auto; padding: 0 24px; }
  h1 { font-size: 34px; line-height: 1.2; margin: 0 0 8px; }
  .byline { font: 14px system-ui, sans-serif; color: #666; margin-bottom: 24px; }
  h2 { font-size: 22px; margin: 28px 0 8px; }
  aside { font: 14px/1.5 system-ui, sans-serif; border-top: 3px solid #14213d; padding-top: 8px; }
  aside li { margin-bottom: 10px; }
  footer { border-top: 1px solid #ddd; padding: 16px 24px; font: 13px system-ui, sans-serif; color: #777; }
</style>
</head>
<body>
<header><span class="brand">${escapeHtml(outlet.name)}</span>
<nav><a href="#">World</a><a href="#">India</a><a href="#">Business</a><a href="#">Defence</a><a href="#">Opinion</a></nav></header>
<main>
<article>
<h1>${escapeHtml(title)}</h1>
<div class="byline">${escapeHtml(outlet.name)} · demonstration copy of the article at ${escapeHtml(new URL(outlet.url).hostname)}</div>
${body.join('\n')}
</article>
<aside><h3>More from ${escapeHtml(outlet.name)}</h3><ul>${aside.join('') || '<li>Markets close higher as monsoon rains spread</li>'}</ul></aside>
</main>
<footer>© ${escapeHtml(outlet.name)}. Served locally for demonstration.</footer>
</body>
</html>
`;
  return { path: `/seeds/${outlet.id}.html`, title, html };
}

export function allSeedNewsPages(): NewsPage[] {
  return claimSet.outlets.map(seedNewsPage);
}
