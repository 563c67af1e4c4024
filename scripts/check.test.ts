// The `check` command as a user runs it: its JSON contract and its errors.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isDifference, pageDiffers } from '../components/messaging';
import { readArticleFile } from './check/read-input';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/check.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('check command', () => {
  it('prints exactly one JSON object for a story page', () => {
    const { status, stdout } = check('tests/fixtures/pages/story-brief.html', '--json');
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['story', 'matches']);
    expect(report.story.detected).toBe(true);
    expect(report.story.score).toBeGreaterThan(0);
    expect(report.matches.length).toBeGreaterThan(0);
    for (const m of report.matches) {
      expect(Object.keys(m)).toEqual(['claim', 'text', 'polarity', 'differs', 'differences']);
      expect(typeof m.text).toBe('string');
      expect(['affirms', 'denies', 'uncertain']).toContain(m.polarity);
      expect(Array.isArray(m.differences) && m.differences.every(isDifference)).toBe(true);
      expect(m.differs).toBe(pageDiffers(m));
    }
  });

  it("reads an article in the language of its words: the French page of the tuning half with the French core and words", () => {
    const { status, stdout } = check('tests/eval/lang/fr/tune/pages/fr-p12.html', '--json');
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.story.detected).toBe(true);
    expect(report.matches.map((m: { claim: string }) => m.claim)).toContain('meetings-held-october-29-30');
  });

  it('says so when the article is in a language the matcher does not read', () => {
    const file = join(dir, 'es.txt');
    writeFileSync(file, 'Los directivos de varias empresas de la India viajaron a Moscú a finales de octubre para hablar con los funcionarios rusos de la posibilidad de fabricar juntos piezas para los aviones y los tanques que el país compró hace años, según las fuentes que cita la agencia.\n');
    const { status, stderr, stdout } = check(file);
    expect(status).toBe(0);
    expect(stderr).toContain('"es", which the matcher does not read');
    expect(stdout).toMatch(/^Story: not covered/);
  });

  it('reads .txt files as paragraphs and prints a readable report', () => {
    const { status, stdout } = check('seeds/004_6b1c8801edfe917e.txt');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Story: covered/);
    expect(stdout).toContain('sanjeev-kumar-led-delegation');
    expect(stdout).toContain('Business Emerge');
  });

  it('says a near-miss page is not the story and lists no matches', () => {
    const { stdout } = check('tests/fixtures/pages/nearmiss-2019-delegation.html', '--json');
    expect(JSON.parse(stdout)).toMatchObject({ story: { detected: false }, matches: [] });
  });

  it.each([
    ['a missing file', () => join(dir, 'missing.txt'), /no such file/],
    ['an empty file', () => (writeFileSync(join(dir, 'empty.txt'), ''), join(dir, 'empty.txt')), /is empty/],
    ['a binary file', () => (writeFileSync(join(dir, 'bin.html'), Buffer.from([0x89, 0x50, 0x00, 0x01])), join(dir, 'bin.html')), /binary/],
    // Named like a text file, so the file type passes and the directory itself is what is refused.
    ['a directory', () => (mkdirSync(join(dir, 'x.txt')), join(dir, 'x.txt')), /is a directory/],
    ['another file type', () => (writeFileSync(join(dir, 'a.pdf'), 'x'), join(dir, 'a.pdf')), /unsupported file type/],
  ])('rejects %s with a one-line error', (_, make, message) => {
    const { status, stdout, stderr } = check(make(), '--json');
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('reads an .html page the way the content script does, with the year of its date line', () => {
    const page = join(dir, 'dated.html');
    writeFileSync(
      page,
      '<html><head><meta property="article:published_time" content="2019-09-12T08:00:00Z"></head>' +
        '<body><article><h1>Harbour cranes</h1><p>The port bought two cranes.</p><p>They arrive next year.</p></article></body></html>',
    );
    expect(readArticleFile(page)).toEqual({ text: 'Harbour cranes\nThe port bought two cranes.\nThey arrive next year.', pageYear: 2019 });
  });

  it('reads a .txt file as paragraphs, with no page year', () => {
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'First paragraph\nwrapped by hand.\n\nSecond paragraph.\n');
    expect(readArticleFile(notes)).toEqual({ text: 'First paragraph wrapped by hand.\nSecond paragraph.' });
  });

  it('explains its usage when called without a file', () => {
    const { status, stderr } = check();
    expect(status).toBe(2);
    expect(stderr).toContain('usage:');
  });
});
