// Story packs a reader added from a file (a newsroom's published pack): checked as strictly as the
// bundled ones before anything is stored, kept in local storage as two items written together
// (the whole packs for the story tools, their gates alone for the content script every page loads).
import { storage } from 'wxt/utils/storage';
import type { StoryGate } from '../data/gates';
import type { StoryPack } from '../data/schema';
import { validateStoryPack } from '../data/validate';
import { importedGates, importedPacks } from './imported-storage';
import { STORY_TOOLS_FILES } from './story-tools';
import { compileSignalGroups } from './matching/story-gate';

export { importedGates, importedPacks, type ImportedPack } from './imported-storage';

/** A pack file larger than this is refused before it is read: the biggest real pack is ~150 kB. */
export const MAX_PACK_FILE_BYTES = 2_000_000;
/** Packs one browser keeps; each costs a gate on every page. */
export const MAX_IMPORTED_PACKS = 20;
/** Longest string anywhere in a pack (a quote, a summary): far above any real one, far below harm. */
export const MAX_STRING_CHARS = 20_000;
/** Values in a pack file, all told: a pack of 500 claims has about 20,000. */
export const MAX_VALUES = 200_000;

export type PackFileVerdict = { ok: true; pack: StoryPack } | { ok: false; problems: string[] };

/** The stories and claims already installed: an import may not reuse their ids. */
export interface Installed {
  storyIds: ReadonlySet<string>;
  /** Every installed claim's id, and the title of its story (claim ids are unique across stories). */
  claims: ReadonlyMap<string, string>;
  /** Packs imported so far. */
  count: number;
}

/** Clashing claim ids named in a refusal at most (the rest counted). */
const CLASHES_NAMED = 10;

/** Values and string lengths within bounds (a file of a million claims never reaches the validator). */
function withinBounds(value: unknown): string | undefined {
  let values = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (++values > MAX_VALUES) return `holds more than ${MAX_VALUES.toLocaleString('en')} values`;
    if (typeof v === 'string' && v.length > MAX_STRING_CHARS) return `holds a text longer than ${MAX_STRING_CHARS.toLocaleString('en')} characters`;
    if (Array.isArray(v)) stack.push(...v);
    else if (typeof v === 'object' && v !== null) stack.push(...Object.values(v));
  }
  return undefined;
}

/** Checks a pack file's text (`bytes` long) against the schema, the limits and what is installed. Pure. */
export function checkPackFile(text: string, bytes: number, installed: Installed): PackFileVerdict {
  const refuse = (...problems: string[]): PackFileVerdict => ({ ok: false, problems });
  if (bytes > MAX_PACK_FILE_BYTES) return refuse(`The file is ${Math.round(bytes / 1000).toLocaleString('en')} kB; a story pack is at most ${MAX_PACK_FILE_BYTES / 1000} kB.`);
  if (bytes === 0 || text.trim() === '') return refuse('The file is empty.');
  if (text.includes('\u0000') || text.includes('\ufffd')) return refuse('The file is not text (it looks binary or is not UTF-8).');
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return refuse(`The file is not JSON: ${(error as Error).message}`);
  }
  const bounds = withinBounds(input);
  if (bounds) return refuse(`The file ${bounds}.`);
  // Quotes cannot be checked against articles we do not have: the shape, ids and references are.
  const problems = validateStoryPack(input);
  if (problems.length) return refuse(...problems.slice(0, 50).map((p) => `${p.path}: ${p.message}`), ...(problems.length > 50 ? [`… and ${problems.length - 50} more`] : []));
  const pack = input as StoryPack;
  const gate = gateProblem(pack);
  if (gate) return refuse(gate);
  if (!Object.hasOwn(STORY_TOOLS_FILES, pack.story.language)) {
    return refuse(`story.language: the extension reads ${Object.keys(STORY_TOOLS_FILES).join(', ')}; this pack is in "${pack.story.language}".`);
  }
  if (installed.storyIds.has(pack.story.id)) return refuse(`story.id: a story "${pack.story.id}" is already installed; remove it first to replace it.`);
  // A claim is found by its id alone (the report, the badge, the card): two stories may not share one.
  const clashes = pack.claims.filter((c) => installed.claims.has(c.id)).map((c) => `"${c.id}" (in "${installed.claims.get(c.id)}")`);
  if (clashes.length) {
    const more = clashes.length > CLASHES_NAMED ? ` and ${clashes.length - CLASHES_NAMED} more` : '';
    return refuse(`claims: ${clashes.length === 1 ? 'this id is' : 'these ids are'} already used by an installed story, and claim ids must be unique across stories: ${clashes.slice(0, CLASHES_NAMED).join(', ')}${more}.`);
  }
  if (installed.count >= MAX_IMPORTED_PACKS) return refuse(`At most ${MAX_IMPORTED_PACKS} story packs can be added; remove one first.`);
  return { ok: true, pack };
}

/** Every page in the pack's language reads its gate: groups, terms and their length are bounded. */
export const MAX_GATE_GROUPS = 60;
export const MAX_GROUP_TERMS = 500;
export const MAX_TERM_CHARS = 120;

function gateProblem(pack: StoryPack): string | undefined {
  if (pack.signals.length > MAX_GATE_GROUPS) return `signals: at most ${MAX_GATE_GROUPS} groups (every page in the pack's language reads them); this pack has ${pack.signals.length}.`;
  for (const g of pack.signals) {
    if (g.terms.length > MAX_GROUP_TERMS) return `signals[${g.id}].terms: at most ${MAX_GROUP_TERMS} terms a group; this one has ${g.terms.length}.`;
    const long = g.terms.find((t) => t.length > MAX_TERM_CHARS);
    if (long !== undefined) return `signals[${g.id}].terms: a term may have at most ${MAX_TERM_CHARS} characters; "${long.slice(0, 40)}…" has ${long.length}.`;
  }
  try {
    compileSignalGroups(pack.signals);
  } catch (error) {
    return `signals: the gate cannot be read (${(error as Error).message}).`;
  }
  return undefined;
}

const gateOf = (pack: StoryPack): StoryGate => ({ story: pack.story.id, language: pack.story.language, signals: pack.signals });

/**
 * Writes to the stored packs one at a time, across every extension page (two options tabs importing
 * at once would otherwise each read the old list and the later write would drop the other's pack):
 * the Web Locks API where the browser has it, else a queue in this page.
 */
let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  // (Typed as resolving to the callback's promise; a lock's promise resolves to what that promise does.)
  if (locks) return locks.request('imported-story-packs', work) as unknown as Promise<T>;
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Adds a checked pack; both items are written in one call, so a failed write leaves what was stored.
 * A pack whose claim ids another stored story took meanwhile (in another tab) is refused.
 */
export function addImportedPack(pack: StoryPack, fileName: string, now = new Date()): Promise<void> {
  return serialised(async () => {
    const packs = await importedPacks.getValue();
    const others = packs.filter((p) => p.pack.story.id !== pack.story.id);
    const taken = new Set(others.flatMap((p) => p.pack.claims.map((c) => c.id)));
    const clash = pack.claims.find((c) => taken.has(c.id));
    if (clash) throw new Error(`claims: the id "${clash.id}" is already used by another imported story.`);
    if (others.length >= MAX_IMPORTED_PACKS) throw new Error(`At most ${MAX_IMPORTED_PACKS} story packs can be added; remove one first.`);
    const next = [...others, { pack, fileName: fileName.slice(0, 200), importedAt: now.toISOString() }];
    await storage.setItems([
      { item: importedPacks, value: next },
      { item: importedGates, value: next.map((p) => gateOf(p.pack)) },
    ]);
  });
}

export function removeImportedPack(storyId: string): Promise<void> {
  return serialised(async () => {
    const next = (await importedPacks.getValue()).filter((p) => p.pack.story.id !== storyId);
    await storage.setItems([
      { item: importedPacks, value: next },
      { item: importedGates, value: next.map((p) => gateOf(p.pack)) },
    ]);
  });
}
