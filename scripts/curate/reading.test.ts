// The small readers of curate, on words written for these tests: names in a sentence, names
// grouped into entities, page furniture, the outlets table, the arguments, and HTML escaping.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './args';
import { proposeEntities, type SeenName } from './entities';
import { findFurniture, isHeading, isMarker } from './furniture';
import { findNames, isTitleCase } from './names';
import { nameFromFile, outletsFor, readOutletsTable, slugify } from './outlets-table';
import { InputError } from './read-articles';
import { escapeHtml } from './review-page';

const lowerNever = () => false;
const names = (sentence: string) => findNames(sentence, 0, lowerNever).map((n) => `${n.text}${n.titled ? '*' : ''}${n.acronym ? `(${n.acronym})` : ''}`);

describe('findNames', () => {
  it.each([
    ['Chief Executive Marta Lindqvist of Orvane Shipping spoke first.', ['Marta Lindqvist*', 'Orvane Shipping']],
    ['Delegates from the Nordic Ferry Council (NFC) met in Oslo.', ['Nordic Ferry Council(NFC)', 'NFC', 'Oslo']],
    ['Senior engineers from Kestrel Rail and Tovik Steel attended.', ['Kestrel Rail', 'Tovik Steel']],
    ['The contract went to Harlow Power and Light last year.', ['Harlow Power and Light']],
    ["Orvane Shipping's chairman said nothing.", ['Orvane Shipping']],
    ['In October the talks resumed.', []],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });

  it('tells a title-case headline from a sentence', () => {
    expect(isTitleCase('Ferry Operator Shares Fall After Fire')).toBe(true);
    expect(isTitleCase('Ferry operator shares fall after the fire')).toBe(false);
  });
});

describe('proposeEntities', () => {
  const seen = (text: string, article: number, extra: Partial<SeenName> = {}): SeenName => ({ text, start: 0, end: text.length, titled: false, article, ...extra });

  it('groups the ways of writing one name, by shared words, acronym and near spelling', () => {
    const entities = proposeEntities(
      [
        seen('Kestrel Rail', 0),
        seen('Kestrel Rail Holdings', 1),
        seen('Nordic Ferry Council', 0, { acronym: 'NFC' }),
        seen('NFC', 2),
        seen('Marta Lindqvist', 0, { titled: true }),
        seen('Marta Lindkvist', 1),
        seen('Lindqvist', 2),
        seen('Kestrel Bank', 2),
      ],
      [],
    );
    const byName = (n: string) => entities.find((e) => e.entity.names.includes(n));
    expect(byName('Kestrel Rail Holdings')).toBe(byName('Kestrel Rail'));
    expect(byName('NFC')).toBe(byName('Nordic Ferry Council'));
    expect(byName('NFC')?.entity.id).toBe('nfc');
    expect(byName('Marta Lindkvist')).toBe(byName('Marta Lindqvist'));
    expect(byName('Lindqvist')).toBe(byName('Marta Lindqvist'));
    expect(byName('Kestrel Bank')).not.toBe(byName('Kestrel Rail'));
    expect(byName('Marta Lindqvist')?.entity.kind).toBe('person');
    expect(byName('Marta Lindqvist')?.articles.size).toBe(3);
  });

  it('knows famous places from the dictionary and the outlets from the table', () => {
    const entities = proposeEntities([seen('Oslo', 0), seen('Harbour Herald', 1)], ['The Harbour Herald']);
    expect(entities.find((e) => e.entity.names.includes('Oslo'))).toMatchObject({ entity: { kind: 'place' }, known: true });
    expect(entities.find((e) => e.entity.names.includes('Harbour Herald'))?.entity.kind).toBe('outlet');
  });
});

describe('page furniture', () => {
  it('knows the lines that open it', () => {
    for (const line of ['Also read: Storm closes the coast road', 'Read more on the Herald: ferries', 'Post by : Jan Berg', 'By our staff reporter', 'Dear readers,', 'Remind me later.']) expect(isMarker(line), line).toBe(true);
    for (const line of ['By noon the ferry had docked.', 'Read the full report below, officials said.']) expect(isMarker(line), line).toBe(false);
    expect(isHeading('Scope of the Inquiry')).toBe(true);
    expect(isHeading('The inquiry will report in May.')).toBe(false);
  });

  it('skips the tail after the article ends, and headings inside it', () => {
    const p = (index: number, text: string, shared: number) => ({ article: 0, index, text, shared });
    const skipped = findFurniture([
      p(0, 'Ferry fire on Lake Varda', 0.9),
      p(1, 'The ferry caught fire on Monday.', 0.9),
      p(2, 'What Happened Next', 0.5),
      p(3, 'Investigators arrived on Tuesday.', 0.7),
      p(4, 'A message from the editor:', 0.1),
      p(5, 'Please support our journalism.', 0.4),
    ]);
    expect(skipped.map((s) => [s.paragraph, s.reason.split(' (')[0]])).toEqual([
      [2, 'a section heading'],
      [4, "after the article's end"],
      [5, "after the article's end"],
    ]);
  });
});

describe('outlets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'outlets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a CSV table with quoted fields, and a JSON one keyed by file', () => {
    const csv = join(dir, 'o.csv');
    writeFileSync(csv, 'file,name,url\na.txt,"Herald, The",https://herald.example/a\nb.txt,Post,\n');
    expect(readOutletsTable(csv)).toEqual([
      { file: 'a.txt', name: 'Herald, The', url: 'https://herald.example/a', id: undefined },
      { file: 'b.txt', name: 'Post', url: undefined, id: undefined },
    ]);
    const json = join(dir, 'o.json');
    writeFileSync(json, JSON.stringify({ 'a.txt': { name: 'Herald', id: 'the-herald' } }));
    expect(readOutletsTable(json)).toEqual([{ file: 'a.txt', name: 'Herald', url: undefined, id: 'the-herald' }]);
  });

  it('refuses a table it cannot read', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ not json');
    expect(() => readOutletsTable(bad)).toThrow(InputError);
    expect(() => readOutletsTable(join(dir, 'missing.csv'))).toThrow(/cannot read the outlets table/);
    const noFile = join(dir, 'nofile.csv');
    writeFileSync(noFile, 'name,url\nHerald,https://x.example\n');
    expect(() => readOutletsTable(noFile)).toThrow(/needs a header row with "file"/);
  });

  it('names outlets from their files, with unique ids and marked placeholder addresses', () => {
    const outlets = outletsFor(['harbour-herald.txt', 'harbour_herald.html', 'c.txt'], [{ file: 'c.txt', name: 'Lake Post', url: 'http://lakepost.example/x' }]);
    expect(outlets.map((o) => o.id)).toEqual(['harbour-herald', 'harbour-herald-2', 'lake-post']);
    expect(outlets[0]!.name).toBe('Harbour Herald');
    expect(outlets[2]!.url).toMatch(/^https:\/\/needs-review\.invalid\/lake-post$/);
    expect(outlets[2]!.review.join(' ')).toMatch(/not an https address/);
    expect(nameFromFile('001_the-gaze.txt')).toBe('001 The Gaze');
    expect(slugify('Larsen & Toubro')).toBe('larsen-and-toubro');
  });
});

describe('arguments and escaping', () => {
  it('parses files and options, and refuses what it does not know', () => {
    expect(parseArgs(['a.txt', '--out', 'd', 'b.txt', '--near-miss', 'n.html', '--force'])).toEqual({ files: ['a.txt', 'b.txt'], out: 'd', nearMisses: ['n.html'], force: true });
    expect(() => parseArgs(['a.txt'])).toThrow(UsageError);
    expect(() => parseArgs(['--out', 'd', '--out', 'e'])).toThrow(/given twice/);
  });

  it('escapes every character that could make article text markup', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });
});
