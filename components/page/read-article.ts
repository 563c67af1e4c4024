// Reads a document's article text: the one reading step shared by the content script and the
// `check` command, so both see the same text.
import { extractPageText, extractPageTextSliced, type ExtractOptions, type SliceOptions } from './extract-text';
import { findArticleRoot } from './find-article';
import type { PageText } from './page-text';

export function readArticle(doc: Document, options: ExtractOptions = {}): PageText {
  return extractPageText(findArticleRoot(doc), options);
}

export function readArticleSliced(doc: Document, options: ExtractOptions & SliceOptions): Promise<PageText> {
  return extractPageTextSliced(findArticleRoot(doc), options);
}
