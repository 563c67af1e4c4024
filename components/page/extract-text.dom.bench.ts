// Micro-benchmark, not a test: `npx vitest bench --run --project dom components/page`.
// Reads a generated 20,000-word article (400 paragraphs of 50 words with links and emphasis),
// in a windowless document (no style reads) and in the jsdom window (getComputedStyle per element).
import { bench, describe } from 'vitest';
import { extractPageText } from './extract-text';
import { findArticleRoot } from './find-article';

const WORDS = 'the ministry said on tuesday that deliveries of towed guns would begin within three years'.split(' ');

function articleHtml(paragraphs: number, wordsPerParagraph: number): string {
  const body: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const words = Array.from({ length: wordsPerParagraph }, (_, i) => WORDS[(p * 7 + i) % WORDS.length] ?? 'word');
    words[5] = `<a href="/${p}">${words[5]}</a>`;
    words[20] = `<em>${words[20]}</em>`;
    body.push(`<p>\n  ${words.join(' ')}.\n</p>`);
  }
  return `<nav><a href="/">Home</a></nav><article>${body.join('\n')}</article><footer>Footer</footer>`;
}

const html = articleHtml(400, 50);
const parsed = new DOMParser().parseFromString(html, 'text/html');
const windowed = new DOMParser().parseFromString(html, 'text/html');
document.replaceChild(document.adoptNode(windowed.documentElement), document.documentElement);

describe('20,000-word article', () => {
  bench('findArticleRoot + extractPageText, windowless document', () => {
    extractPageText(findArticleRoot(parsed));
  });
  bench('findArticleRoot + extractPageText, jsdom window (computed style)', () => {
    extractPageText(findArticleRoot(document));
  });
  bench('extractPageText only, jsdom window', () => {
    extractPageText(document.querySelector('article') ?? document.body);
  });
});
