// Reads the articles `curate` is given, one outlet a file: `.txt` as paragraphs, `.html` through
// the same article reader as `check` (scripts/check/read-input.ts). Bad input is an InputError.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { InputError, plainTextToArticle, readArticleFile } from '../check/read-input';

export { InputError };

export interface ArticleFile {
  /** The path as given. */
  path: string;
  /** The file name: the outlet's `seed` in the draft. */
  file: string;
  /** The article text, one paragraph a line (what quotes are taken from, verbatim). */
  text: string;
  /** The year of an HTML page's date line, when it has one. */
  pageYear?: number;
}

/** Fewer articles than this cannot be cross-checked: there is nothing to compare. */
export const MIN_ARTICLES = 2;

/** Reads every file, or throws an InputError naming the first bad one. */
export function readArticles(paths: readonly string[]): ArticleFile[] {
  if (paths.length < MIN_ARTICLES) {
    throw new InputError(
      paths.length === 0
        ? 'no articles given: curate needs the articles of one story, one outlet a file'
        : `only one article (${paths[0]}): curate needs at least ${MIN_ARTICLES} outlets' articles of the same story to compare`,
    );
  }
  const byName = new Map<string, string>();
  const byText = new Map<string, string>();
  return paths.map((path) => {
    const file = basename(path);
    const other = byName.get(file);
    if (other) throw new InputError(`${path} and ${other} have the same file name: each outlet's article needs its own name (it is the outlet's seed)`);
    byName.set(file, path);
    const { text, pageYear } = readArticle(path);
    const same = byText.get(text);
    if (same) throw new InputError(`${path} has the same text as ${same}: give each outlet's article once`);
    byText.set(text, path);
    return { path, file, text, ...(pageYear ? { pageYear } : {}) };
  });
}

/**
 * `check`'s reading, except that a .txt file without blank lines (a paragraph a line, as the seeds
 * are captured) keeps its lines as paragraphs: a headline or a furniture line is then its own.
 */
function readArticle(path: string): { text: string; pageYear?: number } {
  const article = readArticleFile(path);
  if (extname(path).toLowerCase() !== '.txt') return article;
  const raw = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  if (/\r?\n[ \t]*\r?\n/.test(raw.trim())) return { text: plainTextToArticle(raw) };
  return { text: raw.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n') };
}
