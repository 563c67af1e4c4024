// The story pack validator (validate.ts): the test fixture is valid, garbage never throws, and the
// bundled pack validates clean. Each check firing is in validate-checks.test.ts; parsing and
// whitespace in parse-story-pack.test.ts.
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { loadSeeds } from './load-seeds';
import { storyPack } from './packs';
import { validateStoryPack } from './validate';
import { broken, SEEDS, valid } from './validate-fixture';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('validateStoryPack: the fixture', () => {
  it('is valid, with and without seeds', () => {
    expect(validateStoryPack(valid())).toEqual([]);
    expect(validateStoryPack(valid(), SEEDS)).toEqual([]);
  });

  it('accepts a frame with only a subject and a predicate, no months in the period, and a stance without note when confirming', () => {
    const f = broken((x) => delete x.story.period.months);
    expect(f.claims[0]?.frame).toEqual({ subject: ['sky'], predicate: ['blue'] });
    expect(validateStoryPack(f, SEEDS)).toEqual([]);
  });

  it('accepts an empty subject (a claim whose sentences may name no one)', () => {
    expect(validateStoryPack(broken((x) => (x.claims[0].frame.subject = [])), SEEDS)).toEqual([]);
  });
});

describe('validateStoryPack: garbage input never throws', () => {
  const garbage: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['42', 42],
    ['"x"', 'x'],
    ['true', true],
    ['[]', []],
    ['array of numbers', [1, 2, 3]],
    ['empty object', {}],
    ['claims of numbers', { story: 1, outlets: [1, 'a', null], claims: [1, 2] }],
    ['stances of garbage', { ...valid(), claims: [{ id: 'x', stances: [1, [], 'q', { outlet: 3, stance: null, quote: {} }] }] }],
    ['a frame of garbage', { ...valid(), claims: [{ ...valid().claims[0], frame: { subject: [{}, null], predicate: 5, figure: [] } }] }],
    ['entities and concepts of garbage', { ...valid(), entities: [null, { id: 7 }], concepts: 'blue' }],
    ['signals of garbage', { ...valid(), signals: [{ id: 'x', weight: Number.NaN, terms: [[]] }] }],
  ];

  it.each(garbage)('%s', (_name, input) => {
    expect(() => validateStoryPack(input)).not.toThrow();
    expect(() => validateStoryPack(input, SEEDS)).not.toThrow();
    expect(validateStoryPack(input, SEEDS).length).toBeGreaterThan(0);
  });

  it('names the root for non-objects', () => {
    for (const input of [null, 42, 'x']) {
      const [first] = validateStoryPack(input);
      expect(first?.path).toBe('(root)');
      expect(first?.message).toMatch(/^expected Object but received/);
    }
  });

  it('rejects an array, naming the fields a pack needs', () => {
    const paths = validateStoryPack([1, 2, 3]).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['story', 'outlets', 'claims', 'entities', 'concepts', 'signals']));
  });

  it('locates garbage claims by index', () => {
    const paths = validateStoryPack({ claims: [1, 2] }).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['claims[0]', 'claims[1]', 'story', 'outlets']));
  });

  it('survives garbage seeds', () => {
    expect(() => validateStoryPack(valid(), 'seeds' as unknown as Record<string, string>)).not.toThrow();
    expect(() => validateStoryPack(valid(), { 'alpha.txt': 5 } as unknown as Record<string, string>)).not.toThrow();
  });
});

describe('the bundled story pack', () => {
  it('validates clean', () => {
    expect(validateStoryPack(storyPack)).toEqual([]);
  });

  it('validates clean against the seeds', () => {
    expect(validateStoryPack(storyPack, loadSeeds(path.resolve(here, '../seeds')))).toEqual([]);
  });
});
