import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { compileSignalGroups, containsTerm, judgeStory } from '../components/matching/story-gate';
import { storyGates } from './gates';
import { claimSet, outletAtUrl } from './index';
import { loadSeeds } from './load-seeds';
import { gateMatchesStory } from './pack-files';
import { storyPack } from './packs';
import { STORY_TOOLS_FILES } from '../components/story-tools';
import { STANCES } from './schema';
import { MIN_CLAIMS_PER_OUTLET, normaliseWhitespace, validateStoryPack } from './validate';

const here = path.dirname(fileURLToPath(import.meta.url));
const seedsDir = path.resolve(here, '../seeds');
const sharedSeedsDir = path.resolve(here, '../../shared/seeds');
const packDir = path.resolve(here, 'stories', storyPack.story.id);
const seeds = loadSeeds(seedsDir);

/** Start of the page furniture (not part of the article) in seeds that carry some. */
const FURNITURE_MARKERS: Record<string, RegExp> = {
  '000_17b2f898b24ae37a.txt': /^Also Read/m,
  '002_cf43726cd9c88b97.txt': /^Traffic Control Measures Announced/m,
  '003_7310f8097584bb12.txt': /^A Message from The Moscow Times/m,
};

/** How many outlets must confirm/dispute/qualify something, and how often ("several"). */
const SEVERAL = 5;

const { claims, outlets } = claimSet;
const seedOf = new Map(outlets.map((o) => [o.id, o.seed]));
const stances = claims.flatMap((c) => c.stances.map((s, i) => ({ claim: c, stance: s, index: i })));

describe('the story pack', () => {
  it('validates with the seeds from seeds/', () => {
    expect(validateStoryPack(storyPack, seeds)).toEqual([]);
  });

  it('is in the folder named after its story', () => {
    expect(existsSync(path.join(packDir, 'story.json'))).toBe(true);
  });

  it('has 20 to 30 claims', () => {
    expect(claims.length).toBeGreaterThanOrEqual(20);
    expect(claims.length).toBeLessThanOrEqual(30);
  });

  it('has unique claim ids and unique outlet ids', () => {
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    expect(new Set(outlets.map((o) => o.id)).size).toBe(outlets.length);
  });

  it('has one outlet per seed file, and every seed file has an outlet', () => {
    expect(outlets.map((o) => o.seed).sort()).toEqual(Object.keys(seeds).sort());
  });

  it.each(outlets.map((o) => [o.id] as const))('outlet %s takes part in several claims', (id) => {
    const n = claims.filter((c) => c.stances.some((s) => s.outlet === id)).length;
    expect(n).toBeGreaterThanOrEqual(Math.max(SEVERAL, MIN_CLAIMS_PER_OUTLET));
  });

  it('uses every kind of stance', () => {
    for (const kind of STANCES) expect(stances.some((s) => s.stance.stance === kind), kind).toBe(true);
  });

  it('gives every claim at least one stance', () => {
    for (const c of claims) expect(c.stances.length, c.id).toBeGreaterThan(0);
  });

  it('has a note on every dispute and qualification', () => {
    for (const { claim, stance, index } of stances) {
      if (stance.stance !== 'confirms') {
        expect(stance.note?.trim(), `claims[${claim.id}].stances[${index}].note`).toBeTruthy();
      }
    }
  });
});

describe('quotes', () => {
  it('every quote is verbatim (up to whitespace) in its outlet’s seed', () => {
    const missing = stances
      .filter(({ stance }) => {
        const seed = seeds[seedOf.get(stance.outlet) ?? ''];
        return seed === undefined || !normaliseWhitespace(seed).includes(normaliseWhitespace(stance.quote));
      })
      .map(({ claim, index }) => `claims[${claim.id}].stances[${index}].quote`);
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(FURNITURE_MARKERS))('no quote comes from the page furniture of %s', (file, marker) => {
    const text = seeds[file];
    expect(text, `seed ${file}`).toBeDefined();
    const match = marker.exec(text ?? '');
    expect(match, `furniture marker ${marker} in ${file}`).not.toBeNull();
    const normalised = normaliseWhitespace(text ?? '');
    const furnitureStart = normaliseWhitespace((text ?? '').slice(0, match?.index ?? 0)).length;
    const offenders = stances
      .filter(({ stance }) => seedOf.get(stance.outlet) === file)
      .filter(({ stance }) => {
        const at = normalised.indexOf(normaliseWhitespace(stance.quote));
        return at < 0 || at + normaliseWhitespace(stance.quote).length > furnitureStart;
      })
      .map(({ claim, index }) => `claims[${claim.id}].stances[${index}].quote`);
    expect(offenders).toEqual([]);
  });
});

describe('story signals', () => {
  /** The article part of a seed: everything before its page furniture. */
  const article = (file: string): string => {
    const text = seeds[file] ?? '';
    const marker = FURNITURE_MARKERS[file];
    const at = marker ? (marker.exec(text)?.index ?? text.length) : text.length;
    return text.slice(0, at);
  };
  const groups = compileSignalGroups(storyPack.signals);

  it.each(outlets.map((o) => [o.id, o.seed] as const))('the story gate detects the article of %s', (_id, seed) => {
    const verdict = judgeStory(article(seed), groups);
    expect(verdict.detected, JSON.stringify(verdict)).toBe(true);
  });

  it('the story gate does not fire on the page furniture alone', () => {
    for (const file of Object.keys(FURNITURE_MARKERS)) {
      const text = seeds[file] ?? '';
      const furniture = text.slice(article(file).length);
      expect(judgeStory(furniture, groups).detected, file).toBe(false);
    }
  });

  // Decisive groups are the words of follow-up reports, elsewhere groups those of neighbouring
  // stories: neither is expected in the five articles.
  it('every signal group of the story itself occurs in at least one seed article', () => {
    const own = groups.filter((g) => !g.decisive && !g.elsewhere);
    expect(own.length).toBeGreaterThan(0);
    const absent = own.filter((g) => !outlets.some((o) => containsTerm(article(o.seed), g))).map((g) => g.id);
    expect(absent).toEqual([]);
  });
});

describe('pack files', () => {
  const read = (name: string): unknown => JSON.parse(readFileSync(path.join(packDir, `${name}.json`), 'utf8'));

  it('has a gate naming the pack\'s story and language', () => {
    expect(gateMatchesStory({ story: read('story'), gate: read('gate') })).toEqual([]);
  });

  it('gives the popup the story, outlets and claims of the pack, and the content script its gate', () => {
    // story.json whole: the pack holds it as is, beside the other files' parts.
    expect(Object.keys(claimSet)).toEqual(expect.arrayContaining(['story', 'outlets', 'claims']));
    for (const [key, value] of Object.entries(claimSet)) expect(storyPack[key as keyof typeof storyPack], key).toEqual(value);
    // One gate per language the story is read in: its own language's is the pack's gate.
    expect(storyGates.every((g) => g.story === storyPack.story.id)).toBe(true);
    expect(new Set(storyGates.map((g) => g.language)).size).toBe(storyGates.length);
    expect(storyGates.find((g) => g.language === storyPack.story.language)!.signals).toEqual(storyPack.signals);
    // Every language with a gate has story tools to inject, and every claim its text in that language.
    for (const g of storyGates) {
      expect(STORY_TOOLS_FILES[g.language], g.language).toBeDefined();
      if (g.language !== storyPack.story.language) expect(claimSet.claims.filter((c) => !c.texts?.[g.language]).map((c) => c.id), g.language).toEqual([]);
    }
  });

  it("names in every frame only the pack's entities and concepts", () => {
    const known = new Set([...storyPack.entities.map((e) => e.id), ...storyPack.concepts.map((c) => c.id)]);
    const unknown: string[] = [];
    for (const c of claims) {
      const { frame } = c;
      const predicate = frame.predicate.flatMap((p) => (typeof p === 'string' ? [p] : [p.id, ...p.with]));
      const ids = [frame.subject, predicate, ...(frame.also ?? []), ...(frame.near ?? []), ...(frame.context ?? []), frame.not ?? [], frame.onTopic ?? []].flat();
      for (const id of ids) if (!known.has(id.replace(/^!/, ''))) unknown.push(`${c.id}: ${id}`);
    }
    expect(unknown).toEqual([]);
  });
});

describe('seed files', () => {
  const shared = existsSync(sharedSeedsDir);
  const sharedTxt = shared ? readdirSync(sharedSeedsDir).filter((f) => f.endsWith('.txt')) : [];

  it.skipIf(!shared)('seeds/ has a copy of every shared seed', () => {
    expect(Object.keys(seeds).sort()).toEqual([...sharedTxt].sort());
  });

  it.skipIf(!shared)('seeds/ files are byte-identical to ../shared/seeds', () => {
    for (const file of sharedTxt) {
      const copy = readFileSync(path.join(seedsDir, file));
      const original = readFileSync(path.join(sharedSeedsDir, file));
      expect(copy.equals(original), file).toBe(true);
    }
  });
});

describe('data/index', () => {
  const outletAt = (url: string) => outletAtUrl(outlets, url);

  it('holds the claims and outlets the product looks up by id', () => {
    expect(claims.find((c) => c.id === 'adani-ceo-rajvanshi-represented-adani')?.topic).toBe('who-attended');
    expect(outlets.find((o) => o.id === 'the-gaze')?.name).toBe('The Gaze');
  });

  it('finds each outlet by its article URL, ignoring trailing slash, query, hash and www.', () => {
    for (const o of outlets) {
      expect(outletAt(o.url)?.id).toBe(o.id);
      expect(outletAt(`${o.url}/`)?.id).toBe(o.id);
      expect(outletAt(`${o.url}?utm_source=x#:~:text=Moscow`)?.id).toBe(o.id);
    }
    expect(
      outletAt('https://middleeastbulletin.com/indian-defence-firms-explore-joint-ventures-with-russia-amid-technology-and-sanctions-concerns/')?.id,
    ).toBe('middle-east-bulletin');
    expect(outletAt('https://THEGAZE.media/news/indian-defense-firms-hold-secret-talks-in-moscow-on-joint-ventures-with-russia')?.id).toBe('the-gaze');
  });

  it('returns undefined for other pages and garbage', () => {
    expect(outletAt('https://thegaze.media/news/something-else')).toBeUndefined();
    expect(outletAt('https://example.com/')).toBeUndefined();
    expect(outletAt('not a url')).toBeUndefined();
    expect(outletAt('')).toBeUndefined();
  });
});
