// The `curate` command as an editor runs it: a draft folder and a review page from good input;
// from bad input (missing, empty, binary or unreadable file, one article, articles that share no
// story, a folder in use, bad usage) a clear error, a non-zero exit, and nothing written.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../data/load-seeds';
import { validateStoryPack } from '../../data/validate';
import { runCurate } from './run';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'curate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const story = join(root, 'tests/stories/tham-luang-cave-rescue-2018');
const articles = readdirSync(join(story, 'articles')).sort().map((f) => join(story, 'articles', f));
const seed = join(root, 'seeds/000_17b2f898b24ae37a.txt');
/** Each run loads WordNet and reads the near-miss pages: seconds, not milliseconds. */
const RUN_TIMEOUT = 60_000;

/** The command itself, in its own process (as `npm run curate` runs it). */
function curateProcess(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/curate.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same work in this process (scripts/curate/run.ts), its output collected: no process start per case. */
function curate(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = runCurate(args, { log: (t) => out.push(`${t}\n`), error: (t) => err.push(`${t}\n`) });
  return { status, stdout: out.join(''), stderr: err.join('') };
}

const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('curate command', () => {
  it(
    'writes the draft pack, laid out like data/stories/<id>/, and a static review page',
    () => {
      const out = join(dir, 'draft');
      const { status, stdout, stderr } = curateProcess(...articles, '--out', out, '--outlets', join(story, 'outlets.json'), '--story-id', 'tham-luang-cave-rescue-2018');
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(stdout).toMatch(/^Drafted \d+ claims from 5 outlets/);
      expect(stdout).toContain('Needs review');
      expect(readdirSync(out).sort()).toEqual(['entities.json', 'gate.json', 'pack.json', 'review.html', 'story.json', 'vocabulary.json']);
      const pack = JSON.parse(readFileSync(join(out, 'pack.json'), 'utf8'));
      expect(validateStoryPack(pack, loadSeeds(join(story, 'articles')))).toEqual([]);
      expect(pack.outlets.map((o: { seed: string }) => o.seed)).toEqual(articles.map((a) => a.split('/').pop()));
      const gate = JSON.parse(readFileSync(join(out, 'gate.json'), 'utf8'));
      expect(gate).toMatchObject({ story: 'tham-luang-cave-rescue-2018', language: 'en' });
      const page = readFileSync(join(out, 'review.html'), 'utf8');
      expect(page).not.toMatch(/<script/i);
      for (const claim of pack.claims) expect(page).toContain(`id="${claim.id}"`);
      // Article text is escaped: "Musk's" is written with an entity, never as markup.
      expect(page).toContain('Musk&#39;s');
    },
    RUN_TIMEOUT,
  );

  it(
    'reads an .html article through the article reader and keeps the text its quotes come from',
    () => {
      const out = join(dir, 'with-html');
      const page = join(story, 'pages/story-tham-luang.html');
      const { status, stderr } = curate(page, articles[0]!, articles[4]!, articles[1]!, '--out', out);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      const pack = JSON.parse(readFileSync(join(out, 'pack.json'), 'utf8'));
      const text = readFileSync(join(out, 'articles/story-tham-luang.html.txt'), 'utf8');
      const seeds = { ...loadSeeds(join(story, 'articles')), 'story-tham-luang.html': text };
      expect(validateStoryPack(pack, seeds)).toEqual([]);
      expect(pack.outlets[0]).toMatchObject({ seed: 'story-tham-luang.html', name: 'Story Tham Luang' });
      expect(pack.outlets[0].url).toMatch(/^https:\/\/needs-review\.invalid\//);
    },
    RUN_TIMEOUT,
  );

  const bad: Array<[string, () => string[], RegExp]> = [
    ['a missing file', () => [join(dir, 'nope.txt'), articles[0]!], /nope\.txt: no such file/],
    ['an empty file', () => [file('empty.txt', ''), articles[0]!], /empty\.txt is empty/],
    ['a binary file', () => [file('binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe])), articles[0]!], /binary\.txt looks binary/],
    ['a directory for a file', () => [(mkdirSync(join(dir, 'folder.txt'), { recursive: true }), join(dir, 'folder.txt')), articles[0]!], /folder\.txt is a directory/],
    ['an unsupported file type', () => [file('notes.pdf', '%PDF-1.4'), articles[0]!], /unsupported file type/],
    ['one article', () => [articles[0]!], /only one article/],
    ['no article', () => [], /no articles given/],
    ['the same article twice', () => [articles[0]!, articles[0]!], /same file name/],
    ['articles that share no story', () => [seed, join(root, 'tests/fixtures/pages/unrelated-cricket.html')], /share no story|shares no story/],
    ['one article of another story among them', () => [articles[0]!, articles[1]!, articles[2]!, join(root, 'tests/fixtures/pages/unrelated.html')], /unrelated\.html shares no story with the other articles/],
  ];

  it.each(bad)(
    'refuses %s with a clear error and writes nothing',
    (_what, args, message) => {
      const out = join(dir, `out-${Math.random().toString(36).slice(2)}`);
      const { status, stdout, stderr } = curate(...args(), '--out', out);
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^error: /);
      expect(stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(dir).filter((f) => f.includes('.curate-'))).toEqual([]);
    },
    RUN_TIMEOUT,
  );

  it('as a process, exits 1 on bad input with one error on stderr', () => {
    const out = join(dir, 'process-bad');
    const { status, stdout, stderr } = curateProcess(join(dir, 'nope.txt'), articles[0]!, '--out', out);
    expect([status, stdout]).toEqual([1, '']);
    expect(stderr).toMatch(/^error: .*nope\.txt: no such file\n$/);
    expect(existsSync(out)).toBe(false);
  }, RUN_TIMEOUT);

  it.skipIf(process.getuid?.() === 0)('refuses an unreadable file', () => {
    const path = file('locked.txt', 'Some text.');
    chmodSync(path, 0o000);
    const { status, stderr } = curate(path, articles[0]!, '--out', join(dir, 'locked-out'));
    expect(status).toBe(1);
    expect(stderr).toMatch(/locked\.txt: permission denied/);
    expect(existsSync(join(dir, 'locked-out'))).toBe(false);
  });

  it('refuses a folder that is not empty, and leaves it as it was', () => {
    const out = join(dir, 'in-use');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'notes.md'), 'mine');
    const { status, stderr } = curate(articles[0]!, articles[1]!, '--out', out);
    expect(status).toBe(1);
    expect(stderr).toMatch(/in-use exists and is not empty/);
    expect(readdirSync(out)).toEqual(['notes.md']);
  }, RUN_TIMEOUT);

  it('checks an edited pack folder as the build will, naming what is wrong', () => {
    const packDir = join(dir, 'edited');
    mkdirSync(packDir, { recursive: true });
    for (const name of ['story', 'entities', 'vocabulary', 'gate']) writeFileSync(join(packDir, `${name}.json`), readFileSync(join(story, 'pack', `${name}.json`), 'utf8'));
    const ok = curate('--check', packDir, '--seeds', join(story, 'articles'));
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/edited: valid \(\d+ claims, 5 outlets/);
    const storyFile = JSON.parse(readFileSync(join(packDir, 'story.json'), 'utf8'));
    storyFile.claims[0].stances[0].quote = 'Words no outlet wrote.';
    writeFileSync(join(packDir, 'story.json'), JSON.stringify(storyFile));
    const bad = curate('--check', packDir, '--seeds', join(story, 'articles'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(new RegExp(`claims\\[${storyFile.claims[0].id}\\]\\.stances\\[0\\]\\.quote: not found verbatim`));
  });

  it.each([
    ['no --out', [articles[0]!, articles[1]!], /--out DIR is required/],
    ['an unknown option', [articles[0]!, '--out', join(dir, 'x'), '--fast'], /unknown option --fast/],
    ['an option without its value', [articles[0]!, '--out'], /--out needs a value/],
  ])('says how to use it on %s (exit 2)', (_what, args, message) => {
    const { status, stderr } = curate(...args);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/usage: npm run curate/);
  });
});
