// Generated news pages for the benchmark: deterministic (seeded PRNG) HTML with site furniture and
// an <article> of paragraphs, recombined from the fixture pages' prose and, on story pages, the seeds.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { storyPack } from '../../data/packs';
import { compileSignalGroups, containsTerm } from '../../components/matching/story-gate';
import { splitSentences } from '../../components/matching/sentences';
import { readArticle } from '../../components/page/read-article';
import { escapeHtml, seedArticleLines } from '../demo/news-pages';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures');

/** Fixture pages about related-but-different news (defence, Russia, Adani, trade, cricket, weather). */
const FILLER_PAGES = /^(nearmiss-.*|unrelated.*)\.html$/;
/** On story pages every STORY_EVERY-th paragraph is a seed paragraph: the story runs through the page. */
const STORY_EVERY = 4;
/** Filler paragraphs hold this many sentences (inclusive range), like wire copy. */
const SENTENCES_PER_PARAGRAPH = [2, 5] as const;
/** A sub-heading after every this many paragraphs, as long reads and live blogs have. */
const PARAGRAPHS_PER_SECTION = 8;
/** Filler sentences shorter than this are headlines, bylines or captions, not prose. */
const MIN_FILLER_WORDS = 6;

export interface GeneratedPage {
  html: string;
  /** Words of the article's paragraphs (furniture not counted). */
  words: number;
}

/** mulberry32: a small seeded PRNG, so every run benchmarks the same pages. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Sentences of the near-miss and unrelated fixture pages' articles. Sentences naming one of the
 * story's anchor signals (its people, dates, headcount) are left out: recombined from several
 * pages, they would make a page that names the story's people, dates, firms and places together,
 * which the gate rightly reads as the story. What stays shares the story's vocabulary (Moscow,
 * Adani, Bharat Forge, MiG-29, joint production) the way related news does.
 */
export function loadFillerSentences(): string[] {
  const anchors = compileSignalGroups(storyPack.signals).filter((g) => g.anchor);
  const dir = join(fixtures, 'pages');
  return readdirSync(dir)
    .filter((name) => FILLER_PAGES.test(name))
    .sort()
    .flatMap((name) => {
      const doc = new JSDOM(readFileSync(join(dir, name), 'utf8')).window.document;
      const { text } = readArticle(doc);
      return splitSentences(text).map((span) => text.slice(span.start, span.end));
    })
    .filter((s) => countWords(s) >= MIN_FILLER_WORDS && !anchors.some((g) => containsTerm(s, g)));
}

/** The seeds' paragraphs (one a line) without their page furniture (tests/fixtures/seeds-furniture.json). */
export function loadSeedParagraphs(): string[] {
  return readdirSync(join(root, 'seeds'))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => seedArticleLines(name));
}

export interface PageMaterial {
  filler: string[];
  seedParagraphs: string[];
}

function fillerParagraph(filler: string[], random: () => number): string {
  const [min, max] = SENTENCES_PER_PARAGRAPH;
  const count = min + Math.floor(random() * (max - min + 1));
  return Array.from({ length: count }, () => filler[Math.floor(random() * filler.length)]!).join(' ');
}

/** A paragraph as markup; one in three carries a link over some of its words, as pages do. */
function paragraphHtml(text: string, random: () => number, index: number): string {
  const words = escapeHtml(text).split(' ');
  if (random() < 1 / 3 && words.length > 8) {
    const at = 2 + Math.floor(random() * (words.length - 6));
    words[at] = `<a href="/topic/${index}">${words[at]}`;
    words[at + 2] = `${words[at + 2]}</a>`;
  }
  return `<p>${words.join(' ')}</p>`;
}

/** The article's paragraphs (plain text) up to about `targetWords` words. */
function articleParagraphs(material: PageMaterial, targetWords: number, withStory: boolean, random: () => number): string[] {
  const paragraphs: string[] = [];
  let words = 0;
  let seedAt = 0;
  while (words < targetWords) {
    const storyTurn = withStory && paragraphs.length % STORY_EVERY === 0;
    const text = storyTurn
      ? material.seedParagraphs[seedAt++ % material.seedParagraphs.length]!
      : fillerParagraph(material.filler, random);
    paragraphs.push(text);
    words += countWords(text);
  }
  return paragraphs;
}

const NAV = ['Home', 'India', 'World', 'Defence', 'Business', 'Markets', 'Sport', 'Opinion', 'Weather'];
const RELATED = [
  'Monsoon withdrawal delayed over the north-west',
  'Ports arm posts record quarterly cargo volumes',
  'Ranji Trophy: late order rescues the hosts',
  'What the S-400 schedule means for air defence',
  'Trade target of $100 billion by 2030 restated',
];

/** A complete news page: header and nav, the article with headline, byline and sections, a sidebar, a footer. */
export function generatePage(material: PageMaterial, targetWords: number, withStory: boolean, seed: number): GeneratedPage {
  const random = seededRandom(seed);
  const paragraphs = articleParagraphs(material, targetWords, withStory, random);
  const body = paragraphs.map((text, i) => {
    const heading = i > 0 && i % PARAGRAPHS_PER_SECTION === 0 ? `<h2>Section ${i / PARAGRAPHS_PER_SECTION}</h2>\n` : '';
    return heading + paragraphHtml(text, random, i);
  });
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>India and Russia: the week in defence, trade and sport</title>
<style>body { font-family: Georgia, serif; } .site-header nav a { margin-right: 12px; }</style></head>
<body>
<header class="site-header"><div class="wordmark">The Daily Ledger</div>
<nav>${NAV.map((n) => `<a href="/${n.toLowerCase()}">${n}</a>`).join(' ')}</nav></header>
<div class="layout"><main>
<article class="story">
<h1>India and Russia: the week in defence, trade and sport</h1>
<p class="byline">By Staff Reporter · <time datetime="2025-12-10">10 December 2025</time></p>
<div class="story-body">
${body.join('\n')}
</div>
</article>
<aside class="sidebar"><h2>Related</h2><ul>${RELATED.map((r, i) => `<li><a href="/related/${i}">${escapeHtml(r)}</a></li>`).join('')}</ul></aside>
</main></div>
<footer class="site-footer"><p>© 2025 The Daily Ledger. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>`;
  return { html, words: paragraphs.reduce((n, p) => n + countWords(p), 0) };
}
