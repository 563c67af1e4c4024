// Validates a claim set (the parsed data/claims.json) against the shape in schema.ts.
// Pure TypeScript, no Node or browser API. The build hook and the tests run it; the extension does
// not: it only casts the bundled claim set (data/index.ts), which the build has checked.
// Never throws on bad input: every problem comes back as a ClaimSetProblem naming the claim (or
// outlet) and the field, e.g. `claims[adani-ceo-attended].stances[1].quote`.

import {
  ClaimSetError,
  STANCES,
  TOPICS,
  type ClaimSet,
  type ClaimSetProblem,
} from './schema';

/** Every outlet must take a stance on at least this many claims. */
export const MIN_CLAIMS_PER_OUTLET = 3;

/** Readable slug: lowercase letters and digits in groups joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Seed file name: a bare `.txt` file name, no directory part. */
const SEED_FILE_PATTERN = /^[^/\\]+\.txt$/;

/** Collapses every run of whitespace to one space and trims the ends. */
export function normaliseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return v.trim() === '' ? 'an empty string' : 'a string';
  return `a ${typeof v}`;
}

/** Label for an element of a list: its id when it has a usable one, else its index. */
function label(item: unknown, index: number): string {
  if (isObject(item) && typeof item.id === 'string' && item.id.trim() !== '') return item.id;
  return String(index);
}

class Collector {
  readonly problems: ClaimSetProblem[] = [];

  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** Checks `obj[key]` is a non-empty string; returns it when it is. */
  string(obj: Obj, key: string, path: string): string | undefined {
    const v = obj[key];
    if (v === undefined) {
      this.add(`${path}.${key}`, 'is missing (expected a non-empty string)');
      return undefined;
    }
    if (typeof v !== 'string') {
      this.add(`${path}.${key}`, `must be a non-empty string, got ${describe(v)}`);
      return undefined;
    }
    if (v.trim() === '') {
      this.add(`${path}.${key}`, 'must not be empty');
      return undefined;
    }
    return v;
  }

  slug(obj: Obj, key: string, path: string): string | undefined {
    const v = this.string(obj, key, path);
    if (v !== undefined && !SLUG_PATTERN.test(v)) {
      this.add(`${path}.${key}`, `"${v}" is not a slug (lowercase letters and digits joined by single hyphens)`);
      return undefined;
    }
    return v;
  }

  oneOf<T extends string>(obj: Obj, key: string, path: string, allowed: readonly T[]): T | undefined {
    const v = this.string(obj, key, path);
    if (v === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(v)) {
      this.add(`${path}.${key}`, `"${v}" is not one of ${allowed.join(', ')}`);
      return undefined;
    }
    return v as T;
  }

  /** Checks `obj[key]` is an array of non-empty strings (non-empty array unless `allowEmpty`). */
  stringArray(obj: Obj, key: string, path: string, allowEmpty: boolean): string[] | undefined {
    const v = obj[key];
    const expected = allowEmpty ? 'an array of strings' : 'a non-empty array of strings';
    if (v === undefined) {
      this.add(`${path}.${key}`, `is missing (expected ${expected})`);
      return undefined;
    }
    if (!Array.isArray(v)) {
      this.add(`${path}.${key}`, `must be ${expected}, got ${describe(v)}`);
      return undefined;
    }
    if (!allowEmpty && v.length === 0) {
      this.add(`${path}.${key}`, 'must not be empty');
      return undefined;
    }
    let ok = true;
    v.forEach((item, i) => {
      if (typeof item !== 'string' || item.trim() === '') {
        this.add(`${path}.${key}[${i}]`, `must be a non-empty string, got ${describe(item)}`);
        ok = false;
      }
    });
    return ok ? (v as string[]) : undefined;
  }
}

function checkHttpsUrl(c: Collector, obj: Obj, path: string): void {
  const v = c.string(obj, 'url', path);
  if (v === undefined) return;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    c.add(`${path}.url`, `"${v}" is not a valid URL`);
    return;
  }
  if (url.protocol !== 'https:' || url.hostname === '') {
    c.add(`${path}.url`, `"${v}" must be an https URL`);
  }
}

interface OutletInfo {
  id: string;
  seed: string | undefined;
  path: string;
}

function checkStory(c: Collector, input: Obj): void {
  const story = input.story;
  if (story === undefined) {
    c.add('story', 'is missing (expected an object with id, title, summary, signals)');
    return;
  }
  if (!isObject(story)) {
    c.add('story', `must be an object, got ${describe(story)}`);
    return;
  }
  c.slug(story, 'id', 'story');
  c.string(story, 'title', 'story');
  c.string(story, 'summary', 'story');
  checkSignals(c, story);
}

/** `story.signals`: the story gate's term groups (see StorySignalGroup in schema.ts). */
function checkSignals(c: Collector, story: Obj): void {
  const signals = story.signals;
  if (signals === undefined) {
    c.add('story.signals', 'is missing (expected a non-empty array of signal groups)');
    return;
  }
  if (!Array.isArray(signals)) {
    c.add('story.signals', `must be a non-empty array of signal groups, got ${describe(signals)}`);
    return;
  }
  if (signals.length === 0) {
    c.add('story.signals', 'must not be empty');
    return;
  }
  const seen = new Set<string>();
  let anchors = 0;
  signals.forEach((group, i) => {
    const path = `story.signals[${label(group, i)}]`;
    if (!isObject(group)) {
      c.add(path, `must be an object, got ${describe(group)}`);
      return;
    }
    const id = c.slug(group, 'id', path);
    if (id !== undefined) {
      if (seen.has(id)) c.add(`${path}.id`, `duplicate signal group id "${id}" (this is index ${i})`);
      seen.add(id);
    }
    const weight = group.weight;
    if (weight === undefined) {
      c.add(`${path}.weight`, 'is missing (expected a positive number)');
    } else if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) {
      c.add(`${path}.weight`, `must be a positive number, got ${typeof weight === 'number' ? weight : describe(weight)}`);
    }
    if (group.anchor !== undefined && typeof group.anchor !== 'boolean') {
      c.add(`${path}.anchor`, `must be a boolean when present, got ${describe(group.anchor)}`);
    } else if (group.anchor === true) {
      anchors++;
    }
    c.stringArray(group, 'terms', path, false);
  });
  if (anchors === 0) c.add('story.signals', 'needs at least one group with "anchor": true (the story gate requires an anchor)');
}

function checkOutlets(c: Collector, input: Obj): OutletInfo[] {
  const outlets = input.outlets;
  if (outlets === undefined) {
    c.add('outlets', 'is missing (expected a non-empty array of outlets)');
    return [];
  }
  if (!Array.isArray(outlets)) {
    c.add('outlets', `must be a non-empty array of outlets, got ${describe(outlets)}`);
    return [];
  }
  if (outlets.length === 0) {
    c.add('outlets', 'must not be empty');
    return [];
  }

  const infos: OutletInfo[] = [];
  const seenIds = new Map<string, number>();
  const seenSeeds = new Map<string, string>();
  outlets.forEach((outlet, i) => {
    const path = `outlets[${label(outlet, i)}]`;
    if (!isObject(outlet)) {
      c.add(path, `must be an object, got ${describe(outlet)}`);
      return;
    }
    const id = c.slug(outlet, 'id', path);
    c.string(outlet, 'name', path);
    let seed = c.string(outlet, 'seed', path);
    if (seed !== undefined && !SEED_FILE_PATTERN.test(seed)) {
      c.add(`${path}.seed`, `"${seed}" must be a .txt file name (no directory)`);
      seed = undefined;
    }
    checkHttpsUrl(c, outlet, path);

    if (id === undefined) return;
    const first = seenIds.get(id);
    if (first !== undefined) {
      c.add(`${path}.id`, `duplicate outlet id "${id}" (also outlets index ${first}; this is index ${i})`);
      return;
    }
    seenIds.set(id, i);
    if (seed !== undefined) {
      const other = seenSeeds.get(seed);
      if (other !== undefined) c.add(`${path}.seed`, `seed "${seed}" is already used by outlet "${other}"`);
      else seenSeeds.set(seed, id);
    }
    infos.push({ id, seed, path });
  });
  return infos;
}

function checkClaims(
  c: Collector,
  input: Obj,
  outlets: Map<string, OutletInfo>,
  seeds: Record<string, string> | undefined,
): Map<string, number> {
  /** Outlet id -> number of claims it takes a stance on. */
  const usage = new Map<string, number>();
  const claims = input.claims;
  if (claims === undefined) {
    c.add('claims', 'is missing (expected a non-empty array of claims)');
    return usage;
  }
  if (!Array.isArray(claims)) {
    c.add('claims', `must be a non-empty array of claims, got ${describe(claims)}`);
    return usage;
  }
  if (claims.length === 0) {
    c.add('claims', 'must not be empty');
    return usage;
  }

  // Normalised seed texts, computed once per seed.
  const normalisedSeeds = new Map<string, string>();
  const seedText = (name: string): string | undefined => {
    if (seeds === undefined || !Object.prototype.hasOwnProperty.call(seeds, name)) return undefined;
    const raw = seeds[name];
    if (typeof raw !== 'string') return undefined;
    let n = normalisedSeeds.get(name);
    if (n === undefined) {
      n = normaliseWhitespace(raw);
      normalisedSeeds.set(name, n);
    }
    return n;
  };

  const seenIds = new Map<string, number>();
  claims.forEach((claim, i) => {
    const path = `claims[${label(claim, i)}]`;
    if (!isObject(claim)) {
      c.add(path, `must be an object, got ${describe(claim)}`);
      return;
    }
    const id = c.slug(claim, 'id', path);
    if (id !== undefined) {
      const first = seenIds.get(id);
      if (first !== undefined) {
        c.add(`${path}.id`, `duplicate claim id "${id}" (also claims index ${first}; this is index ${i})`);
      } else {
        seenIds.set(id, i);
      }
    }
    c.string(claim, 'text', path);
    c.oneOf(claim, 'topic', path, TOPICS);
    c.stringArray(claim, 'variants', path, true);
    c.stringArray(claim, 'terms', path, false);

    const stances = claim.stances;
    if (stances === undefined) {
      c.add(`${path}.stances`, 'is missing (every claim needs at least one outlet stance)');
      return;
    }
    if (!Array.isArray(stances)) {
      c.add(`${path}.stances`, `must be a non-empty array of stances, got ${describe(stances)}`);
      return;
    }
    if (stances.length === 0) {
      c.add(`${path}.stances`, 'must not be empty (every claim needs at least one outlet stance)');
      return;
    }

    const outletsHere = new Map<string, number>();
    stances.forEach((s, j) => {
      const sp = `${path}.stances[${j}]`;
      if (!isObject(s)) {
        c.add(sp, `must be an object, got ${describe(s)}`);
        return;
      }
      const outletId = c.string(s, 'outlet', sp);
      const stance = c.oneOf(s, 'stance', sp, STANCES);
      const quote = c.string(s, 'quote', sp);

      if (s.note !== undefined && (typeof s.note !== 'string' || s.note.trim() === '')) {
        c.add(`${sp}.note`, `must be a non-empty string when present, got ${describe(s.note)}`);
      } else if (s.note === undefined && (stance === 'disputes' || stance === 'qualifies')) {
        c.add(`${sp}.note`, `is required when the stance is "${stance}" (say what differs from the claim)`);
      }

      if (outletId === undefined) return;
      const outlet = outlets.get(outletId);
      if (outlet === undefined) {
        c.add(`${sp}.outlet`, `unknown outlet "${outletId}" (not in outlets)`);
        return;
      }
      const earlier = outletsHere.get(outletId);
      if (earlier !== undefined) {
        c.add(`${sp}.outlet`, `outlet "${outletId}" already has a stance on this claim (stances[${earlier}])`);
        return;
      }
      outletsHere.set(outletId, j);
      usage.set(outletId, (usage.get(outletId) ?? 0) + 1);

      if (seeds !== undefined && quote !== undefined && outlet.seed !== undefined) {
        const text = seedText(outlet.seed);
        // A missing seed is reported once, on the outlet; don't repeat it for every quote.
        if (text !== undefined && !text.includes(normaliseWhitespace(quote))) {
          c.add(
            `${sp}.quote`,
            `not found verbatim in seed "${outlet.seed}" (outlet "${outletId}"): "${truncate(quote)}"`,
          );
        }
      }
    });
  });
  return usage;
}

function truncate(s: string, max = 80): string {
  const n = normaliseWhitespace(s);
  return n.length <= max ? n : `${n.slice(0, max - 1)}…`;
}

/**
 * Returns every problem found in `input` as a claim set; an empty array means it is valid.
 * When `seeds` (seed file name -> text) is given, also checks that each outlet's seed exists and that
 * every quote appears verbatim in its outlet's seed (after whitespace normalisation).
 */
export function validateClaimSet(input: unknown, seeds?: Record<string, string>): ClaimSetProblem[] {
  const c = new Collector();
  if (!isObject(input)) {
    c.add('(root)', `must be an object with story, outlets and claims, got ${describe(input)}`);
    return c.problems;
  }
  if (seeds !== undefined && !isObject(seeds)) {
    c.add('(seeds)', `must be an object mapping seed file names to text, got ${describe(seeds)}`);
    seeds = undefined;
  }

  checkStory(c, input);
  const outletList = checkOutlets(c, input);
  const outlets = new Map(outletList.map((o) => [o.id, o]));

  if (seeds !== undefined) {
    for (const o of outletList) {
      if (o.seed !== undefined && typeof seeds[o.seed] !== 'string') {
        c.add(`${o.path}.seed`, `seed file "${o.seed}" not found among the ${Object.keys(seeds).length} seeds given`);
      }
    }
  }

  const usage = checkClaims(c, input, outlets, seeds);
  if (Array.isArray(input.claims) && input.claims.length > 0) {
    for (const o of outletList) {
      const n = usage.get(o.id) ?? 0;
      if (n < MIN_CLAIMS_PER_OUTLET) {
        c.add(o.path, `outlet "${o.id}" takes a stance on ${n} claim(s); at least ${MIN_CLAIMS_PER_OUTLET} required`);
      }
    }
  }
  return c.problems;
}

/** Returns `input` typed as a ClaimSet, or throws a ClaimSetError listing every problem. */
export function parseClaimSet(input: unknown, seeds?: Record<string, string>): ClaimSet {
  const problems = validateClaimSet(input, seeds);
  if (problems.length > 0) throw new ClaimSetError(problems);
  return input as ClaimSet;
}
