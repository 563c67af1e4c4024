// A page about both test stories, made from their own pages' paragraphs: the Tham Luang story page
// (tests/stories/tham-luang-cave-rescue-2018/pages) and a paraphrase of the bundled defence story
// (tests/fixtures/pages/story-paraphrase-wire.html). A regional digest would run them like this:
// in one article under two headings, or as two articles side by side. No date line, so neither
// story's year is imposed on the other's sentences.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { storyPageHtml } from './packs';

const DEFENCE_PAGE = join(import.meta.dirname, '../fixtures/pages/story-paraphrase-wire.html');

/** The article's plain paragraphs (no kicker, byline, date line or credit: those carry a class). */
export function articleParagraphs(html: string): string[] {
  const article = /<article>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
  return [...article.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/\s+/g, ' ').trim());
}

export const caveParagraphs = () => articleParagraphs(storyPageHtml('story-tham-luang.html'));
export const defenceParagraphs = () => articleParagraphs(readFileSync(DEFENCE_PAGE, 'utf8'));

const section = (heading: string, paragraphs: string[]) => `<h2>${heading}</h2>\n${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}`;

/** The digest page's HTML (the paragraphs are the fixtures' own, already escaped). */
export function twoStoriesPage(layout: 'one-article' | 'two-articles' = 'one-article'): string {
  const cave = section('Five years on: the cave', caveParagraphs());
  const defence = section('Five weeks on: the industry', defenceParagraphs());
  const body =
    layout === 'one-article'
      ? `<article>\n<h1>The week in Asia: two long reads</h1>\n${cave}\n${defence}\n</article>`
      : `<h1>The week in Asia: two long reads</h1>\n<article>\n${cave}\n</article>\n<article>\n${defence}\n</article>`;
  return `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>The week in Asia | Regional Digest</title></head>\n<body>\n<header><nav><a href="/">Home</a> <a href="/asia">Asia</a></nav></header>\n<main>\n${body}\n</main>\n<footer><p>© Regional Digest</p></footer>\n</body>\n</html>\n`;
}
