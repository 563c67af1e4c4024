// Who published each article: from an `--outlets` table (JSON or CSV: file, name, url, optional
// id), else from the file's name. What the table does not give is a marked placeholder the
// validator accepts, listed for review.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError } from './read-articles';

export interface OutletInfo {
  id: string;
  name: string;
  url: string;
  /** Fields that are placeholders or guesses an editor must check. */
  review: string[];
}

export interface OutletRow {
  file: string;
  name?: string;
  url?: string;
  id?: string;
}

/** Host of the placeholder addresses: `.invalid` is reserved, so no real page can be mistaken for one. */
export const PLACEHOLDER_URL_BASE = 'https://needs-review.invalid/';

export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'outlet'
  );
}

/** "the-central-post.txt" -> "The Central Post". */
export function nameFromFile(file: string): string {
  const stem = file.replace(/\.[^.]+$/, '').replace(/[-_.]+/g, ' ').trim();
  return stem.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()) || file;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field.trim());
    field = '';
  };
  const endRow = () => {
    endField();
    if (row.some((f) => f !== '')) rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  endRow();
  return rows;
}

function rowsFromJson(data: unknown, path: string): OutletRow[] {
  const entries = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null
      ? Object.entries(data).map(([file, v]) => ({ file, ...(typeof v === 'object' && v !== null ? v : {}) }))
      : null;
  if (!entries) throw new InputError(`${path}: an outlets table is an array of { file, name, url } or an object keyed by file name`);
  return entries.map((e, i) => {
    const r = e as Record<string, unknown>;
    if (typeof r.file !== 'string' || !r.file) throw new InputError(`${path}: entry ${i + 1} has no "file"`);
    const text = (k: string) => (typeof r[k] === 'string' && (r[k] as string).trim() ? (r[k] as string).trim() : undefined);
    return { file: r.file, name: text('name'), url: text('url'), id: text('id') };
  });
}

/** Reads an outlets table; throws an InputError on a file it cannot read. */
export function readOutletsTable(path: string): OutletRow[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`${path}: cannot read the outlets table (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (extname(path).toLowerCase() === '.json') {
    try {
      return rowsFromJson(JSON.parse(text), path);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(`${path}: not valid JSON (${(error as Error).message})`);
    }
  }
  const [header, ...rows] = parseCsv(text);
  const columns = (header ?? []).map((h) => h.toLowerCase());
  if (!columns.includes('file')) throw new InputError(`${path}: a CSV outlets table needs a header row with "file" (and "name", "url", optionally "id")`);
  return rows.map((cells) => {
    const get = (k: string) => cells[columns.indexOf(k)]?.trim() || undefined;
    return { file: get('file')!, name: get('name'), url: get('url'), id: get('id') };
  });
}

/** Each file's outlet: the table's row, else a name from the file; ids made unique. */
export function outletsFor(files: readonly string[], table: readonly OutletRow[] = []): OutletInfo[] {
  const used = new Set<string>();
  return files.map((file) => {
    const row = table.find((r) => r.file === file);
    const review: string[] = [];
    const name = row?.name ?? nameFromFile(file);
    if (!row?.name) review.push(`name "${name}" was made from the file name`);
    let id = slugify(row?.id ?? name);
    for (let n = 2; used.has(id); n++) id = `${slugify(row?.id ?? name)}-${n}`;
    used.add(id);
    let url = row?.url;
    if (!url || !/^https:\/\/\S+$/.test(url)) {
      if (url) review.push(`url "${url}" is not an https address`);
      url = `${PLACEHOLDER_URL_BASE}${id}`;
      review.push(`url is a placeholder (${url}): give the original article's address`);
    }
    return { id, name, url, review };
  });
}
