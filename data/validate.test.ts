import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import raw from './claims.json';
import { loadSeeds } from './load-seeds';
import { ClaimSetError } from './schema';
import {
  MIN_CLAIMS_PER_OUTLET,
  normaliseWhitespace,
  parseClaimSet,
  validateClaimSet,
} from './validate';

const here = path.dirname(fileURLToPath(import.meta.url));

// A small valid claim set: two outlets, three claims, each outlet in all three claims.
const SEEDS: Record<string, string> = {
  'alpha.txt': 'Alpha says the sky is blue.\nAlpha also says  the grass\n is green. Alpha adds that water is wet.',
  'beta.txt': 'Beta doubts the sky is blue. Beta says the grass is brown. Beta agrees that water is wet.',
};

function valid() {
  return {
    story: {
      id: 'test-story',
      title: 'A test story',
      summary: 'Two outlets disagree about colours.',
      signals: [
        { id: 'colours', weight: 2, anchor: true, terms: ['blue', 'green'] },
        { id: 'things', weight: 1, terms: ['sky', 'grass', 'water'] },
      ],
    },
    outlets: [
      { id: 'alpha', name: 'Alpha News', seed: 'alpha.txt', url: 'https://alpha.example/story' },
      { id: 'beta', name: 'Beta Times', seed: 'beta.txt', url: 'https://www.beta.example/a/b' },
    ],
    claims: [
      {
        id: 'sky-blue',
        text: 'The sky is blue.',
        topic: 'context',
        variants: ['The sky has a blue colour.'],
        terms: ['sky', 'blue'],
        stances: [
          { outlet: 'alpha', stance: 'confirms', quote: 'the sky is blue' },
          { outlet: 'beta', stance: 'disputes', quote: 'Beta doubts the sky is blue.', note: 'Doubts it.' },
        ],
      },
      {
        id: 'grass-green',
        text: 'The grass is green.',
        topic: 'what-was-discussed',
        variants: [],
        terms: ['grass'],
        stances: [
          // Whitespace differs from the seed (newline, double space): still verbatim.
          { outlet: 'alpha', stance: 'confirms', quote: 'Alpha also says the grass is green.' },
          { outlet: 'beta', stance: 'qualifies', quote: 'the grass is brown', note: 'Says brown.' },
        ],
      },
      {
        id: 'water-wet',
        text: 'Water is wet.',
        topic: 'caveats',
        variants: ['Water is indeed wet.', 'Wet is what water is.'],
        terms: ['water', 'wet'],
        stances: [
          { outlet: 'alpha', stance: 'confirms', quote: 'water is wet', note: 'Plainly.' },
          { outlet: 'beta', stance: 'confirms', quote: 'Beta agrees that water is wet.' },
        ],
      },
    ],
  };
}

type Fixture = ReturnType<typeof valid>;
// Loosely typed view of the fixture so the cases can break it in any way.
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function broken(mutate: (f: Loose) => void): Fixture {
  const f = valid();
  mutate(f as Loose);
  return f;
}

describe('validateClaimSet: the fixture', () => {
  it('is valid, with and without seeds', () => {
    expect(validateClaimSet(valid())).toEqual([]);
    expect(validateClaimSet(valid(), SEEDS)).toEqual([]);
  });

  it('accepts an empty variants array and a stance without note when confirming', () => {
    const f = valid();
    expect(f.claims[1]?.variants).toEqual([]);
    expect(validateClaimSet(f, SEEDS)).toEqual([]);
  });
});

interface Case {
  name: string;
  mutate: (f: Loose) => void;
  path: string;
  message: RegExp;
  seeds?: Record<string, string>;
}

const cases: Case[] = [
  // story
  { name: 'missing story', mutate: (f) => delete f.story, path: 'story', message: /missing/ },
  { name: 'missing story title', mutate: (f) => delete f.story.title, path: 'story.title', message: /missing/ },
  { name: 'empty story summary', mutate: (f) => (f.story.summary = '  '), path: 'story.summary', message: /empty/ },
  { name: 'story id not a slug', mutate: (f) => (f.story.id = 'Test Story'), path: 'story.id', message: /not a slug/ },

  { name: 'missing story signals', mutate: (f) => delete f.story.signals, path: 'story.signals', message: /missing/ },
  { name: 'story signals empty', mutate: (f) => (f.story.signals = []), path: 'story.signals', message: /empty/ },
  { name: 'signal group not an object', mutate: (f) => (f.story.signals[1] = 'sky'), path: 'story.signals[1]', message: /must be an object/ },
  { name: 'signal group missing id', mutate: (f) => delete f.story.signals[1].id, path: 'story.signals[1].id', message: /missing/ },
  { name: 'duplicate signal group id', mutate: (f) => (f.story.signals[1].id = 'colours'), path: 'story.signals[colours].id', message: /duplicate signal group id/ },
  { name: 'signal weight zero', mutate: (f) => (f.story.signals[0].weight = 0), path: 'story.signals[colours].weight', message: /positive number, got 0/ },
  { name: 'signal weight a string', mutate: (f) => (f.story.signals[0].weight = '2'), path: 'story.signals[colours].weight', message: /positive number, got a string/ },
  { name: 'signal weight missing', mutate: (f) => delete f.story.signals[1].weight, path: 'story.signals[things].weight', message: /missing/ },
  { name: 'signal anchor not boolean', mutate: (f) => (f.story.signals[1].anchor = 'yes'), path: 'story.signals[things].anchor', message: /boolean/ },
  { name: 'no anchor signal group', mutate: (f) => (f.story.signals[0].anchor = false), path: 'story.signals', message: /anchor/ },
  { name: 'signal terms empty', mutate: (f) => (f.story.signals[1].terms = []), path: 'story.signals[things].terms', message: /empty/ },
  { name: 'signal term empty', mutate: (f) => (f.story.signals[1].terms = ['sky', '']), path: 'story.signals[things].terms[1]', message: /non-empty string/ },

  // outlets
  { name: 'outlets not an array', mutate: (f) => (f.outlets = {}), path: 'outlets', message: /array/ },
  { name: 'outlets empty', mutate: (f) => (f.outlets = []), path: 'outlets', message: /empty/ },
  { name: 'outlet missing name', mutate: (f) => delete f.outlets[0].name, path: 'outlets[alpha].name', message: /missing/ },
  { name: 'outlet name a number', mutate: (f) => (f.outlets[0].name = 7), path: 'outlets[alpha].name', message: /non-empty string, got a number/ },
  { name: 'outlet missing id', mutate: (f) => delete f.outlets[1].id, path: 'outlets[1].id', message: /missing/ },
  { name: 'outlet id not a slug', mutate: (f) => (f.outlets[0].id = 'Alpha_News'), path: 'outlets[Alpha_News].id', message: /not a slug/ },
  { name: 'outlet id with double hyphen', mutate: (f) => (f.outlets[0].id = 'al--pha'), path: 'outlets[al--pha].id', message: /not a slug/ },
  { name: 'duplicate outlet id', mutate: (f) => (f.outlets[1].id = 'alpha'), path: 'outlets[alpha].id', message: /duplicate outlet id "alpha"/ },
  { name: 'outlet url not https', mutate: (f) => (f.outlets[0].url = 'http://alpha.example/story'), path: 'outlets[alpha].url', message: /https/ },
  { name: 'outlet url not a URL', mutate: (f) => (f.outlets[0].url = 'alpha.example/story'), path: 'outlets[alpha].url', message: /not a valid URL/ },
  { name: 'outlet seed not .txt', mutate: (f) => (f.outlets[0].seed = 'alpha.md'), path: 'outlets[alpha].seed', message: /\.txt/ },
  { name: 'outlet seed with a directory', mutate: (f) => (f.outlets[0].seed = 'seeds/alpha.txt'), path: 'outlets[alpha].seed', message: /\.txt file name/ },
  { name: 'two outlets share a seed', mutate: (f) => (f.outlets[1].seed = 'alpha.txt'), path: 'outlets[beta].seed', message: /already used by outlet "alpha"/ },
  {
    name: 'outlet seed absent from the seeds given',
    mutate: () => {},
    seeds: { 'alpha.txt': SEEDS['alpha.txt'] ?? '' },
    path: 'outlets[beta].seed',
    message: /"beta\.txt" not found/,
  },
  {
    name: `outlet in fewer than ${MIN_CLAIMS_PER_OUTLET} claims`,
    mutate: (f) => (f.claims[2].stances = f.claims[2].stances.slice(0, 1)),
    path: 'outlets[beta]',
    message: new RegExp(`2 claim\\(s\\); at least ${MIN_CLAIMS_PER_OUTLET} required`),
  },

  // claims
  { name: 'claims missing', mutate: (f) => delete f.claims, path: 'claims', message: /missing/ },
  { name: 'claims empty', mutate: (f) => (f.claims = []), path: 'claims', message: /empty/ },
  { name: 'claim not an object', mutate: (f) => (f.claims[1] = 'grass'), path: 'claims[1]', message: /must be an object, got a string/ },
  { name: 'claim missing id', mutate: (f) => delete f.claims[1].id, path: 'claims[1].id', message: /missing/ },
  { name: 'claim id not a slug', mutate: (f) => (f.claims[0].id = 'Sky Blue'), path: 'claims[Sky Blue].id', message: /not a slug/ },
  { name: 'duplicate claim id', mutate: (f) => (f.claims[2].id = 'sky-blue'), path: 'claims[sky-blue].id', message: /duplicate claim id "sky-blue".*index 2/ },
  { name: 'claim missing text', mutate: (f) => delete f.claims[0].text, path: 'claims[sky-blue].text', message: /missing/ },
  { name: 'claim empty text', mutate: (f) => (f.claims[0].text = ''), path: 'claims[sky-blue].text', message: /empty/ },
  { name: 'claim missing topic', mutate: (f) => delete f.claims[0].topic, path: 'claims[sky-blue].topic', message: /missing/ },
  { name: 'claim unknown topic', mutate: (f) => (f.claims[0].topic = 'weather'), path: 'claims[sky-blue].topic', message: /"weather" is not one of who-attended/ },
  { name: 'claim missing variants', mutate: (f) => delete f.claims[0].variants, path: 'claims[sky-blue].variants', message: /missing/ },
  { name: 'variants not an array', mutate: (f) => (f.claims[0].variants = 'blue sky'), path: 'claims[sky-blue].variants', message: /array of strings, got a string/ },
  { name: 'variant empty string', mutate: (f) => (f.claims[0].variants = ['ok', '']), path: 'claims[sky-blue].variants[1]', message: /non-empty string/ },
  { name: 'claim missing terms', mutate: (f) => delete f.claims[0].terms, path: 'claims[sky-blue].terms', message: /missing/ },
  { name: 'terms empty', mutate: (f) => (f.claims[0].terms = []), path: 'claims[sky-blue].terms', message: /empty/ },
  { name: 'term not a string', mutate: (f) => (f.claims[0].terms = ['sky', 36]), path: 'claims[sky-blue].terms[1]', message: /got a number/ },
  { name: 'claim missing stances', mutate: (f) => delete f.claims[0].stances, path: 'claims[sky-blue].stances', message: /missing/ },
  { name: 'stances empty', mutate: (f) => (f.claims[0].stances = []), path: 'claims[sky-blue].stances', message: /at least one/ },
  { name: 'stances not an array', mutate: (f) => (f.claims[0].stances = {}), path: 'claims[sky-blue].stances', message: /array/ },

  // stances
  { name: 'stance not an object', mutate: (f) => (f.claims[0].stances[1] = null), path: 'claims[sky-blue].stances[1]', message: /must be an object, got null/ },
  { name: 'stance missing outlet', mutate: (f) => delete f.claims[0].stances[0].outlet, path: 'claims[sky-blue].stances[0].outlet', message: /missing/ },
  { name: 'stance unknown outlet', mutate: (f) => (f.claims[0].stances[0].outlet = 'gamma'), path: 'claims[sky-blue].stances[0].outlet', message: /unknown outlet "gamma"/ },
  { name: 'outlet twice in one claim', mutate: (f) => (f.claims[0].stances[1].outlet = 'alpha'), path: 'claims[sky-blue].stances[1].outlet', message: /already has a stance.*stances\[0\]/ },
  { name: 'stance missing stance', mutate: (f) => delete f.claims[0].stances[0].stance, path: 'claims[sky-blue].stances[0].stance', message: /missing/ },
  { name: 'wrong stance value', mutate: (f) => (f.claims[0].stances[0].stance = 'agrees'), path: 'claims[sky-blue].stances[0].stance', message: /"agrees" is not one of confirms, disputes, qualifies/ },
  { name: 'stance missing quote', mutate: (f) => delete f.claims[0].stances[0].quote, path: 'claims[sky-blue].stances[0].quote', message: /missing/ },
  { name: 'stance empty quote', mutate: (f) => (f.claims[0].stances[0].quote = ' \n '), path: 'claims[sky-blue].stances[0].quote', message: /empty/ },
  { name: 'missing note on disputes', mutate: (f) => delete f.claims[0].stances[1].note, path: 'claims[sky-blue].stances[1].note', message: /required when the stance is "disputes"/ },
  { name: 'missing note on qualifies', mutate: (f) => delete f.claims[1].stances[1].note, path: 'claims[grass-green].stances[1].note', message: /required when the stance is "qualifies"/ },
  { name: 'empty note on disputes', mutate: (f) => (f.claims[0].stances[1].note = ''), path: 'claims[sky-blue].stances[1].note', message: /non-empty string/ },
  { name: 'note not a string', mutate: (f) => (f.claims[2].stances[0].note = 5), path: 'claims[water-wet].stances[0].note', message: /non-empty string when present, got a number/ },
  {
    name: 'quote not in seed',
    mutate: (f) => (f.claims[0].stances[0].quote = 'the sky is green'),
    path: 'claims[sky-blue].stances[0].quote',
    message: /not found verbatim in seed "alpha\.txt" \(outlet "alpha"\)/,
  },
  {
    name: 'quote from another outlet’s seed',
    mutate: (f) => (f.claims[2].stances[0].quote = 'Beta agrees that water is wet.'),
    path: 'claims[water-wet].stances[0].quote',
    message: /not found verbatim in seed "alpha\.txt"/,
  },
  {
    name: 'quote differing in more than whitespace (straight vs curly apostrophe)',
    mutate: (f) => (f.claims[0].stances[0].quote = "Alpha says the sky's blue"),
    path: 'claims[sky-blue].stances[0].quote',
    message: /not found verbatim/,
  },
];

describe('validateClaimSet: each check fires, naming the claim (or outlet) and field', () => {
  it.each(cases)('$name -> $path', ({ mutate, path: expectedPath, message, seeds }) => {
    const problems = validateClaimSet(broken(mutate), seeds ?? SEEDS);
    const hit = problems.find((p) => p.path === expectedPath);
    expect(hit, `no problem at ${expectedPath}; got ${JSON.stringify(problems, null, 2)}`).toBeDefined();
    expect(hit?.message).toMatch(message);
  });

  it('reports a missing quote only when seeds are given', () => {
    const f = broken((x) => (x.claims[0].stances[0].quote = 'not in any seed'));
    expect(validateClaimSet(f)).toEqual([]);
    expect(validateClaimSet(f, SEEDS)).toHaveLength(1);
  });

  it('reports every problem, not just the first', () => {
    const f = broken((x) => {
      x.claims[0].stances[0].stance = 'agrees';
      delete x.claims[1].text;
      x.outlets[0].url = 'ftp://alpha.example';
    });
    const paths = validateClaimSet(f, SEEDS).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['claims[sky-blue].stances[0].stance', 'claims[grass-green].text', 'outlets[alpha].url']),
    );
  });
});

describe('validateClaimSet: garbage input never throws', () => {
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
    ['terms of objects', { ...valid(), claims: [{ ...valid().claims[0], terms: [{}, null] }] }],
  ];

  it.each(garbage)('%s', (_name, input) => {
    expect(() => validateClaimSet(input)).not.toThrow();
    expect(() => validateClaimSet(input, SEEDS)).not.toThrow();
    expect(validateClaimSet(input, SEEDS).length).toBeGreaterThan(0);
  });

  it('names the root for non-objects', () => {
    for (const input of [null, 42, 'x', [1, 2, 3]]) {
      const [first] = validateClaimSet(input);
      expect(first?.path).toBe('(root)');
      expect(first?.message).toMatch(/must be an object/);
    }
  });

  it('locates garbage claims by index', () => {
    const paths = validateClaimSet({ claims: [1, 2] }).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['claims[0]', 'claims[1]', 'story', 'outlets']));
  });

  it('survives garbage seeds', () => {
    expect(() => validateClaimSet(valid(), 'seeds' as unknown as Record<string, string>)).not.toThrow();
    expect(() => validateClaimSet(valid(), { 'alpha.txt': 5 } as unknown as Record<string, string>)).not.toThrow();
  });
});

describe('parseClaimSet', () => {
  it('returns a valid set unchanged', () => {
    const f = valid();
    expect(parseClaimSet(f, SEEDS)).toBe(f);
  });

  it('throws a ClaimSetError listing all problems', () => {
    const f = broken((x) => {
      x.claims[0].stances[0].stance = 'agrees';
      x.claims[1].stances[0].quote = 'nowhere';
    });
    let error: unknown;
    try {
      parseClaimSet(f, SEEDS);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ClaimSetError);
    const problems = (error as ClaimSetError).problems;
    expect(problems.map((p) => p.path)).toEqual([
      'claims[sky-blue].stances[0].stance',
      'claims[grass-green].stances[0].quote',
    ]);
    expect((error as Error).message).toMatch(/2 problems/);
    expect((error as Error).message).toMatch(/claims\[grass-green\]\.stances\[0\]\.quote: not found verbatim in seed "alpha\.txt"/);
  });

  it('throws on garbage', () => {
    expect(() => parseClaimSet(null)).toThrow(ClaimSetError);
  });
});

describe('normaliseWhitespace', () => {
  it.each([
    ['  a \n\t b  ', 'a b'],
    ['a\r\n\r\nb', 'a b'],
    ['a\u00a0 b', 'a b'],
    ['', ''],
    ['no-change', 'no-change'],
  ])('%j -> %j', (input, expected) => {
    expect(normaliseWhitespace(input)).toBe(expected);
  });
});

describe('the real data/claims.json', () => {
  it('validates clean', () => {
    expect(validateClaimSet(raw)).toEqual([]);
  });

  it('validates clean against the seeds', () => {
    expect(validateClaimSet(raw, loadSeeds(path.resolve(here, '../seeds')))).toEqual([]);
  });
});
