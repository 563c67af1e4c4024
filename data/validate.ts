// Checks a story pack: its shape against the valibot schema (schema.ts), then what a schema cannot
// say: unique ids, stances naming known outlets, frames naming known entities and concepts,
// notes where a stance differs, and every quote verbatim in its outlet's article. Never throws on
// bad input: every problem comes back naming the claim (or outlet, entity…) and the field, e.g.
// `claims[adani-ceo-attended].stances[1].quote`.
import * as v from 'valibot';
import { ClaimSetError, StoryPackSchema, type ClaimSetProblem, type Frame, type RestatedFrame, type StoryPack } from './schema';

/** Every outlet must take a stance on at least this many claims. */
export const MIN_CLAIMS_PER_OUTLET = 3;

/** Collapses every run of whitespace to one space and trims the ends. */
export function normaliseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** `claims[3].stances[0]` with the item's id where it has one: `claims[adani-ceo-attended].stances[0]`. */
function pathOf(input: unknown, keys: Array<string | number>): string {
  let at: unknown = input;
  let path = '';
  for (const key of keys) {
    const next = Array.isArray(at) || isRecord(at) ? (at as Record<string | number, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const id = isRecord(next) && typeof next.id === 'string' && next.id.trim() ? next.id : String(key);
      path += `[${id}]`;
    } else {
      path += path ? `.${key}` : key;
    }
    at = next;
  }
  return path || '(root)';
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value) : `a ${typeof value}`;
}

function shapeProblems(input: unknown): ClaimSetProblem[] {
  return schemaProblems(StoryPackSchema, input);
}

/** Every way `input` breaks `schema`, each located by item id and field. */
export function schemaProblems(schema: v.GenericSchema, input: unknown): ClaimSetProblem[] {
  const result = v.safeParse(schema, input, { abortPipeEarly: true });
  if (result.success) return [];
  return result.issues.map((issue) => {
    const keys = (issue.path ?? []).map((p) => p.key as string | number);
    const missing = issue.input === undefined && issue.kind === 'schema';
    const message = missing
      ? 'is missing'
      : issue.type === 'strict_object' && issue.expected === 'never'
        ? 'is not a field of this object'
        : issue.type === 'non_empty' && issue.message.startsWith('Invalid')
          ? 'must not be empty'
          : issue.message.startsWith('Invalid')
            ? `${issue.message.replace(/^Invalid (type|key|value|length): /, '').replace(/^Expected /, 'expected ')}`
            : `${issue.message}, got ${describe(issue.input)}`;
    return { path: pathOf(input, keys), message };
  });
}

function duplicates(list: Array<{ id: string }>, where: string, out: ClaimSetProblem[]): void {
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) out.push({ path: `${where}[${item.id}].id`, message: `duplicate id "${item.id}" (indices ${first} and ${i})` });
    else seen.set(item.id, i);
  });
}

/** The entity and concept ids a frame names, by field (`subject`, `also[0]`, `restated[0].subject`…); "!" kept. */
export function frameIdGroups(frame: Frame): Array<[string, string[]]> {
  return [
    ...statingIdGroups(frame),
    ['otherMeasures', frame.otherMeasures ?? []],
    ['onTopic', frame.onTopic ?? []],
    ['oneWay', frame.oneWay ?? []],
    ...(frame.figure?.kind === 'count' ? [['figure.counts', frame.figure.counts] as [string, string[]]] : []),
    ...(frame.restated ?? []).flatMap((r, i) => statingIdGroups(r).map(([field, ids]): [string, string[]] => [`restated[${i}].${field}`, ids])),
  ];
}

function statingIdGroups(frame: RestatedFrame): Array<[string, string[]]> {
  return [
    ['subject', frame.subject],
    ['predicate', frame.predicate.map((p) => (typeof p === 'string' ? p : p.id))],
    ...frame.predicate.flatMap((p, i): Array<[string, string[]]> => (typeof p === 'string' ? [] : [[`predicate[${i}].with`, p.with]])),
    ...(frame.also ?? []).map((g, i): [string, string[]] => [`also[${i}]`, g]),
    ...(frame.near ?? []).map((g, i): [string, string[]] => [`near[${i}]`, g]),
    ...(frame.context ?? []).map((g, i): [string, string[]] => [`context[${i}]`, g]),
    ['not', frame.not ?? []],
    ['notObjectOf', frame.notObjectOf ?? []],
  ];
}

/** The entity ids a frame gives as places, by field (`place`, `restated[0].place`). */
function framePlaces(frame: Frame): Array<[string, string[]]> {
  return [['place', frame.place ?? []], ...(frame.restated ?? []).map((r, i): [string, string[]] => [`restated[${i}].place`, r.place ?? []])];
}

/** Every id a frame names that the pack does not have (a place must be an entity), with its path under `at`. */
export function frameIdProblems(frame: Frame, at: string, known: ReadonlySet<string>, entityIds: ReadonlySet<string>): ClaimSetProblem[] {
  const out: ClaimSetProblem[] = [];
  for (const [field, ids] of frameIdGroups(frame)) {
    ids.forEach((id, i) => {
      if (!known.has(id.replace(/^!/, ''))) out.push({ path: `${at}.frame.${field}[${i}]`, message: `unknown entity or concept "${id.replace(/^!/, '')}"` });
    });
  }
  // (A one-way subject must be one of the frame's subjects, or nothing would ever read it.)
  const subjects = new Set([frame.subject, ...(frame.restated ?? []).map((r) => r.subject)].flat());
  (frame.oneWay ?? []).forEach((id, i) => {
    if (known.has(id) && !subjects.has(id)) out.push({ path: `${at}.frame.oneWay[${i}]`, message: `"${id}" is none of the frame's subjects` });
  });
  for (const [field, ids] of framePlaces(frame)) {
    ids.forEach((id, i) => {
      if (!entityIds.has(id)) out.push({ path: `${at}.frame.${field}[${i}]`, message: `unknown entity "${id}"` });
    });
  }
  return out;
}

/** `id`, named by entity `self` at `path`, is another entity of the pack (`why`: what a reference to itself would wrongly say). */
function otherEntityProblem(id: string, self: string, entityIds: ReadonlySet<string>, path: string, why: string): ClaimSetProblem | undefined {
  if (id === self) return { path, message: `is the entity itself ("${self}"): ${why}` };
  return entityIds.has(id) ? undefined : { path, message: `unknown entity "${id}"` };
}

/** A post must be in another entity of the pack ("chief executive" of Adani Defence). */
export function postProblems(entities: ReadonlyArray<{ id: string; posts?: ReadonlyArray<{ of: string }> }>, entityIds: ReadonlySet<string>, at: (id: string) => string): ClaimSetProblem[] {
  return entities.flatMap((e) =>
    (e.posts ?? []).flatMap((post, i) => otherEntityProblem(post.of, e.id, entityIds, `${at(e.id)}.posts[${i}].of`, 'a post is held in another entity') ?? []),
  );
}

/** What an entity belongs to is another entity of the pack. */
export function belongsToProblems(entities: StoryPack['entities'], entityIds: ReadonlySet<string>): ClaimSetProblem[] {
  return entities.flatMap((e) =>
    (e.belongsTo ?? []).flatMap((id, i) => otherEntityProblem(id, e.id, entityIds, `entities[${e.id}].belongsTo[${i}]`, 'an entity belongs to another') ?? []),
  );
}

/** A sole noun is one of the entity's nouns, and no other entity's. */
export function soleNounProblems(entities: StoryPack['entities']): ClaimSetProblem[] {
  const out: ClaimSetProblem[] = [];
  for (const e of entities) {
    (e.soleNouns ?? []).forEach((noun, i) => {
      const path = `entities[${e.id}].soleNouns[${i}]`;
      if (!(e.nouns ?? []).includes(noun)) out.push({ path, message: `"${noun}" is not one of the entity's nouns` });
      const other = entities.find((o) => o.id !== e.id && (o.nouns ?? []).includes(noun));
      if (other) out.push({ path, message: `"${noun}" is also a noun of "${other.id}": it names more than one entity` });
    });
  }
  return out;
}

/** What the schema cannot say; `pack` has the schema's shape. */
function consistencyProblems(pack: StoryPack, seeds?: Record<string, string>): ClaimSetProblem[] {
  const out: ClaimSetProblem[] = [];
  duplicates(pack.outlets, 'outlets', out);
  duplicates(pack.claims, 'claims', out);
  duplicates(pack.entities, 'entities', out);
  duplicates(pack.concepts, 'concepts', out);
  duplicates(pack.signals, 'signals', out);
  if (!pack.signals.some((g) => g.anchor)) out.push({ path: 'signals', message: 'needs at least one group with "anchor": true (the story gate requires an anchor)' });

  const seedUsers = new Map<string, string>();
  for (const o of pack.outlets) {
    const other = seedUsers.get(o.seed);
    if (other) out.push({ path: `outlets[${o.id}].seed`, message: `seed "${o.seed}" is already used by outlet "${other}"` });
    seedUsers.set(o.seed, o.id);
    if (seeds && typeof seeds[o.seed] !== 'string') out.push({ path: `outlets[${o.id}].seed`, message: `seed file "${o.seed}" not found among the ${Object.keys(seeds).length} seeds given` });
  }

  const known = new Set([...pack.entities.map((e) => e.id), ...pack.concepts.map((c) => c.id)]);
  const entityIds = new Set(pack.entities.map((e) => e.id));
  out.push(...postProblems(pack.entities, entityIds, (id) => `entities[${id}]`));
  out.push(...soleNounProblems(pack.entities));
  out.push(...belongsToProblems(pack.entities, entityIds));
  const outlets = new Map(pack.outlets.map((o) => [o.id, o]));
  const seedText = new Map<string, string>();
  const usage = new Map<string, number>();
  for (const claim of pack.claims) {
    const at = `claims[${claim.id}]`;
    const { frame } = claim;
    out.push(...frameIdProblems(frame, at, known, entityIds));
    (frame.entails ?? []).forEach((e, i) => {
      if (e.claim === claim.id || !pack.claims.some((c) => c.id === e.claim)) out.push({ path: `${at}.frame.entails[${i}].claim`, message: e.claim === claim.id ? 'a claim cannot entail itself' : `unknown claim "${e.claim}"` });
      (e.unless ?? []).forEach((id, j) => {
        if (!pack.claims.some((c) => c.id === id)) out.push({ path: `${at}.frame.entails[${i}].unless[${j}]`, message: `unknown claim "${id}"` });
      });
    });
    const seen = new Map<string, number>();
    claim.stances.forEach((s, j) => {
      const sp = `${at}.stances[${j}]`;
      if (s.stance !== 'confirms' && !s.note) out.push({ path: `${sp}.note`, message: `is required when the stance is "${s.stance}" (say what differs from the claim)` });
      const outlet = outlets.get(s.outlet);
      if (!outlet) return void out.push({ path: `${sp}.outlet`, message: `unknown outlet "${s.outlet}" (not in outlets)` });
      if (seen.has(s.outlet)) return void out.push({ path: `${sp}.outlet`, message: `outlet "${s.outlet}" already has a stance on this claim (stances[${seen.get(s.outlet)}])` });
      seen.set(s.outlet, j);
      usage.set(s.outlet, (usage.get(s.outlet) ?? 0) + 1);
      const raw = seeds?.[outlet.seed];
      if (typeof raw !== 'string') return;
      if (!seedText.has(outlet.seed)) seedText.set(outlet.seed, normaliseWhitespace(raw));
      if (!seedText.get(outlet.seed)!.includes(normaliseWhitespace(s.quote))) {
        const shown = normaliseWhitespace(s.quote);
        out.push({ path: `${sp}.quote`, message: `not found verbatim in seed "${outlet.seed}" (outlet "${s.outlet}"): "${shown.length > 80 ? `${shown.slice(0, 79)}…` : shown}"` });
      }
    });
  }
  duplicates(pack.developments ?? [], 'developments', out);
  const claimIds = new Set(pack.claims.map((c) => c.id));
  let previousDate = '';
  for (const d of pack.developments ?? []) {
    d.claims.forEach((c, i) => {
      if (!claimIds.has(c.claim)) out.push({ path: `developments[${d.id}].claims[${i}].claim`, message: `unknown claim "${c.claim}"` });
    });
    if (d.date < previousDate) out.push({ path: `developments[${d.id}].date`, message: `${d.date} is before the entry above it (${previousDate}): keep developments in date order` });
    previousDate = d.date;
  }
  for (const o of pack.outlets) {
    const n = usage.get(o.id) ?? 0;
    if (n < MIN_CLAIMS_PER_OUTLET) out.push({ path: `outlets[${o.id}]`, message: `outlet "${o.id}" takes a stance on ${n} claim(s); at least ${MIN_CLAIMS_PER_OUTLET} required` });
  }
  return out;
}

/**
 * Every problem in `input` as a story pack; an empty array means it is valid. With `seeds`
 * (article file name -> text), every outlet's article must be there and every quote in it.
 */
export function validateStoryPack(input: unknown, seeds?: Record<string, string>): ClaimSetProblem[] {
  const shape = shapeProblems(input);
  if (shape.length > 0) return shape;
  return consistencyProblems(input as StoryPack, seeds);
}

/** `input` typed as a StoryPack, or a ClaimSetError listing every problem. */
export function parseStoryPack(input: unknown, seeds?: Record<string, string>): StoryPack {
  const problems = validateStoryPack(input, seeds);
  if (problems.length > 0) throw new ClaimSetError(problems);
  return input as StoryPack;
}
