// Reads the `check` command's input file into article text, the way the content script would:
// `.html` through jsdom and the same article reader, `.txt` as paragraphs separated by blank lines.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { JSDOM } from 'jsdom';
import { findArticleRoot } from '../../components/page/find-article';
import { extractPageText } from '../../components/page/extract-text';
import { readPageYear } from '../../components/page/page-date';

export class InputError extends Error {}

/** Share of control characters above which a file is taken for binary. */
const BINARY_CONTROL_SHARE = 0.01;

function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new InputError(`${path} is a directory, not a file`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EACCES') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot read (${(error as Error).message})`);
  }
  if (bytes.length === 0) throw new InputError(`${path} is empty`);
  if (bytes.includes(0)) throw new InputError(`${path} looks binary (it contains NUL bytes)`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (controls / text.length > BINARY_CONTROL_SHARE) throw new InputError(`${path} looks binary (it is not UTF-8 text)`);
  if (text.trim() === '') throw new InputError(`${path} has no text (only whitespace)`);
  return text;
}

/** Paragraphs are separated by blank lines; a paragraph's own line breaks are spaces. */
export function plainTextToArticle(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** A page's article text and the year of its date line, read as the content script reads them. */
export interface Article {
  text: string;
  pageYear?: number;
}

export function htmlToArticle(html: string): Article {
  // No scripts run and no resources load: jsdom only parses.
  const dom = new JSDOM(html);
  try {
    const doc = dom.window.document;
    const root = findArticleRoot(doc);
    const pageYear = readPageYear(doc, root);
    return { text: extractPageText(root).text, ...(pageYear ? { pageYear } : {}) };
  } finally {
    dom.window.close();
  }
}

export function readArticleFile(path: string): Article {
  const ext = extname(path).toLowerCase();
  if (ext !== '.html' && ext !== '.htm' && ext !== '.txt') {
    throw new InputError(`${path}: unsupported file type "${ext || '(none)'}" (expected .html or .txt)`);
  }
  const text = readTextFile(path);
  const article = ext === '.txt' ? { text: plainTextToArticle(text) } : htmlToArticle(text);
  if (article.text.trim() === '') throw new InputError(`${path}: no article text found`);
  return article;
}
