// A malformed story pack must fail the build itself, with a message naming the file, claim and field.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validatePackFolder, validateStoryPacksOnDisk } from '../../scripts/validate-packs';

const root = resolve(import.meta.dirname, '../..');
const stories = join(root, 'data/stories');
const dir = mkdtempSync(join(tmpdir(), 'bad-packs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A copy of data/stories in a fresh folder, one of its pack's files changed; returns the stories folder and the pack's. */
function brokenStories(file: 'story' | 'entities' | 'vocabulary' | 'gate', mutate: (json: Json) => void): { storiesDir: string; packDir: string } {
  const storiesDir = mkdtempSync(join(dir, 'stories-'));
  cpSync(stories, storiesDir, { recursive: true });
  const [pack] = readdirSync(storiesDir);
  const packDir = join(storiesDir, pack!);
  const path = join(packDir, `${file}.json`);
  const json = JSON.parse(readFileSync(path, 'utf8')) as Json;
  mutate(json);
  writeFileSync(path, JSON.stringify(json));
  return { storiesDir, packDir };
}

const readStory = (packDir: string): Json => JSON.parse(readFileSync(join(packDir, 'story.json'), 'utf8')) as Json;

describe('build-time story pack validation', () => {
  it('accepts the real story packs', () => {
    const packs = validateStoryPacksOnDisk(stories);
    expect(packs.length).toBeGreaterThan(0);
    for (const pack of packs) expect(pack.claims.length).toBeGreaterThan(0);
  });

  it('names the folder, claim and field of a bad stance', () => {
    const { storiesDir, packDir } = brokenStories('story', (s) => {
      s.claims[0].stances[0].stance = 'agrees';
    });
    const id = readStory(packDir).claims[0].id;
    expect(() => validatePackFolder(packDir)).toThrow(`claims[${id}].stances[0].stance`);
    expect(() => validateStoryPacksOnDisk(storiesDir)).toThrow(packDir);
  });

  it('checks the other files of the pack: a frame naming an entity the pack lost', () => {
    const real = join(stories, readdirSync(stories)[0]!);
    const entities = new Set((JSON.parse(readFileSync(join(real, 'entities.json'), 'utf8')) as Json).entities.map((e: Json) => e.id));
    const claim = readStory(real).claims.find((c: Json) => entities.has(c.frame.subject[0]));
    const entity = claim.frame.subject[0];
    const { packDir } = brokenStories('entities', (e) => {
      e.entities = e.entities.filter((x: Json) => x.id !== entity);
    });
    expect(() => validatePackFolder(packDir)).toThrow(`claims[${claim.id}].frame.subject[0]`);
  });

  it("rejects a gate naming another story than the pack's", () => {
    const { packDir } = brokenStories('gate', (g) => {
      g.story = 'another-story';
    });
    expect(() => validatePackFolder(packDir)).toThrow(/gate\.json: story "another-story"/);
  });

  it('rejects a file that is not JSON, naming it', () => {
    const { packDir } = brokenStories('vocabulary', () => {});
    writeFileSync(join(packDir, 'vocabulary.json'), '{ "concepts": [');
    expect(() => validatePackFolder(packDir)).toThrow(/Cannot read story pack file .*vocabulary\.json/);
  });

  it('rejects a missing or empty stories folder', () => {
    expect(() => validateStoryPacksOnDisk(join(dir, 'nowhere'))).toThrow(/does not exist/);
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    expect(() => validateStoryPacksOnDisk(empty)).toThrow(/No story packs in/);
  });

  it('fails `wxt build` before anything is written', () => {
    const { storiesDir, packDir } = brokenStories('story', (s) => {
      s.claims[1].stances[0].quote = 'words no outlet wrote';
    });
    const id = readStory(packDir).claims[1].id;
    const result = spawnSync('npx', ['wxt', 'build', '--mode', 'production'], {
      cwd: root,
      env: { ...process.env, STORY_PACKS_DIR: storiesDir },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(`claims[${id}].stances[0].quote`);
  }, 120_000);
});
