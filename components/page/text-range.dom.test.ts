import { describe, expect, it } from 'vitest';
import { parsePage, readFixture } from '../../tests/fixtures/dom/load';
import { extractPageText, type PageText } from './extract-text';
import { findArticleRoot } from './find-article';
import { rangeFromOffsets } from './text-range';

function pageOf(html: string): { doc: Document; page: PageText } {
  const doc = parsePage(html);
  return { doc, page: extractPageText(doc.body) };
}

/** Range over the first occurrence of `sentence` in the page text. */
function rangeOf(page: PageText, sentence: string, doc: Document): Range | null {
  const start = page.text.indexOf(sentence);
  expect(start).toBeGreaterThanOrEqual(0);
  return rangeFromOffsets(page, start, start + sentence.length, doc);
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ');
const withoutSpaces = (text: string): string => text.replace(/\s+/g, '');

describe('rangeFromOffsets', () => {
  it('covers a sentence split across <em> and <a> exactly', () => {
    const { doc, page } = pageOf('<p>Intro. Bharat <em>Forge</em> won <a href="/">the <b>army</b></a> order. Outro.</p>');
    const range = rangeOf(page, 'Bharat Forge won the army order.', doc);
    expect(range?.toString()).toBe('Bharat Forge won the army order.');
    expect(range?.startContainer.nodeValue).toBe('Intro. Bharat ');
    expect(range?.endContainer.nodeValue).toBe(' order. Outro.');
  });

  it('covers a sentence that starts or ends at an element edge', () => {
    const { doc, page } = pageOf('<p><a href="/">Bharat Forge</a> won the <em>order.</em></p>');
    expect(rangeOf(page, 'Bharat Forge won the order.', doc)?.toString()).toBe('Bharat Forge won the order.');
  });

  it('covers the DOM text behind collapsed whitespace and source newlines', () => {
    const { doc, page } = pageOf('<p>The order   is the\n        largest <strong>placed</strong>\n  with a private firm.</p>');
    const range = rangeOf(page, 'order is the largest placed with a private firm.', doc);
    expect(range?.toString()).toBe('order   is the\n        largest placed\n  with a private firm.');
    expect(collapse(range?.toString() ?? '')).toBe('order is the largest placed with a private firm.');
  });

  it('maps every line of a news page back to its text', () => {
    const doc = parsePage(readFixture('news-article.html'));
    const page = extractPageText(findArticleRoot(doc));
    let start = 0;
    for (const line of page.text.split('\n')) {
      const range = rangeFromOffsets(page, start, start + line.length, doc);
      // Range.toString() has no text for <br>, which the page text reads as a space.
      expect(withoutSpaces(range?.toString() ?? '')).toBe(withoutSpaces(line));
      start += line.length + 1;
    }
  });

  it('snaps a span starting or ending on a separator inward to the nearest chunk', () => {
    const { doc, page } = pageOf('<p>First block.</p><p>Second block.</p>');
    const separator = page.text.indexOf('\n');
    expect(rangeFromOffsets(page, separator, page.text.length, doc)?.toString()).toBe('Second block.');
    expect(rangeFromOffsets(page, 0, separator + 1, doc)?.toString()).toBe('First block.');
    expect(rangeFromOffsets(page, separator - 6, separator + 7, doc)?.toString()).toBe('block.Second');
  });

  it('snaps over the synthesised space of a <br> and of a source newline', () => {
    const { doc, page } = pageOf('<p>One.<br>Two.\nThree.</p>');
    expect(page.text).toBe('One. Two. Three.');
    expect(rangeFromOffsets(page, 4, 9, doc)?.toString()).toBe('Two.');
    expect(rangeFromOffsets(page, 9, 16, doc)?.toString()).toBe('Three.');
  });

  it('returns null for a span that covers no chunk, or an empty or reversed span', () => {
    const { doc, page } = pageOf('<p>One.<br>Two.</p><p>Three.</p>');
    expect(rangeFromOffsets(page, 4, 5, doc)).toBeNull(); // the <br> space
    expect(rangeFromOffsets(page, 9, 10, doc)).toBeNull(); // the block separator
    expect(rangeFromOffsets(page, 2, 2, doc)).toBeNull();
    expect(rangeFromOffsets(page, 6, 2, doc)).toBeNull();
    expect(rangeFromOffsets(page, 100, 120, doc)).toBeNull();
    expect(rangeFromOffsets({ text: '', chunks: [] }, 0, 1, doc)).toBeNull();
  });

  it('clamps a span running past either end of the text', () => {
    const { doc, page } = pageOf('<p>Only text.</p>');
    expect(rangeFromOffsets(page, -5, 500, doc)?.toString()).toBe('Only text.');
  });

  it('returns null once a node of the span is detached or shortened', () => {
    const { doc, page } = pageOf('<p>Bharat <em>Forge</em> won.</p><p>Next.</p>');
    const end = 'Bharat Forge won.'.length;
    doc.querySelector('p')?.remove();
    expect(rangeFromOffsets(page, 0, end, doc)).toBeNull();

    const second = pageOf('<p>Bharat Forge won the order.</p>');
    const text = second.doc.querySelector('p')?.firstChild as Text;
    text.data = 'Bharat';
    expect(rangeFromOffsets(second.page, 0, 27, second.doc)).toBeNull();
  });
});
