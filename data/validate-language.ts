// Checks a story pack's language folder against the pack: each file's shape, the folder's
// language in every file, the gate naming the pack's story, and every id (entity, concept, claim)
// one of the pack's, so a language can only say the same story in other words. Never throws:
// problems come back located as `languages/ru/vocabulary.json: concepts[attend].phrases`.
import { LANGUAGE_FILE_SCHEMAS, type LanguageFiles } from './language-schema';
import type { ClaimSetProblem, StoryPack } from './schema';
import { frameIdGroups, frameIdProblems, postProblems, schemaProblems } from './validate';

export type LanguageFileName = keyof typeof LANGUAGE_FILE_SCHEMAS;
export const LANGUAGE_FILE_NAMES = Object.keys(LANGUAGE_FILE_SCHEMAS) as LanguageFileName[];

function duplicateIds(list: ReadonlyArray<{ id: string }>, where: string, out: ClaimSetProblem[]): void {
  const seen = new Set<string>();
  for (const item of list) {
    if (seen.has(item.id)) out.push({ path: `${where}[${item.id}].id`, message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  }
}

/** Every problem of the language folder `code` of `pack`; empty when the folder is good. */
export function validateLanguageFolder(pack: StoryPack, code: string, files: Record<LanguageFileName, unknown>): ClaimSetProblem[] {
  const where = (file: LanguageFileName) => `languages/${code}/${file}.json`;
  const shape = LANGUAGE_FILE_NAMES.flatMap((file) =>
    schemaProblems(LANGUAGE_FILE_SCHEMAS[file], files[file]).map((p) => ({ path: `${where(file)}: ${p.path}`, message: p.message })),
  );
  if (shape.length > 0) return shape;
  const parsed = files as unknown as LanguageFiles;
  const out: ClaimSetProblem[] = [];
  if (code === pack.story.language) out.push({ path: `languages/${code}`, message: `is the pack's own language: its words belong in the pack's files` });
  for (const file of LANGUAGE_FILE_NAMES) {
    if (parsed[file].language !== code) out.push({ path: `${where(file)}: language`, message: `"${parsed[file].language}" is not the folder's language "${code}"` });
  }
  if (parsed.gate.story !== pack.story.id) out.push({ path: `${where('gate')}: story`, message: `"${parsed.gate.story}" is not the pack's story "${pack.story.id}"` });
  if (!parsed.gate.signals.some((g) => g.anchor)) out.push({ path: `${where('gate')}: signals`, message: 'needs at least one group with "anchor": true' });

  const entityIds = new Set(pack.entities.map((e) => e.id));
  const conceptIds = new Set(pack.concepts.map((c) => c.id));
  const claimIds = new Set(pack.claims.map((c) => c.id));
  duplicateIds(parsed.entities.entities, `${where('entities')}: entities`, out);
  duplicateIds(parsed.vocabulary.concepts, `${where('vocabulary')}: concepts`, out);
  duplicateIds(parsed.gate.signals, `${where('gate')}: signals`, out);
  duplicateIds(parsed.claims.claims, `${where('claims')}: claims`, out);
  for (const e of parsed.entities.entities) {
    if (!entityIds.has(e.id)) out.push({ path: `${where('entities')}: entities[${e.id}]`, message: `unknown entity "${e.id}" (not in the pack's entities.json)` });
  }
  out.push(...postProblems(parsed.entities.entities, entityIds, (id) => `${where('entities')}: entities[${id}]`));
  for (const c of parsed.vocabulary.concepts) {
    if (!conceptIds.has(c.id)) out.push({ path: `${where('vocabulary')}: concepts[${c.id}]`, message: `unknown concept "${c.id}" (not in the pack's vocabulary.json)` });
  }
  const known = new Set([...entityIds, ...conceptIds]);
  for (const c of parsed.claims.claims) {
    const at = `${where('claims')}: claims[${c.id}]`;
    if (!claimIds.has(c.id)) out.push({ path: at, message: `unknown claim "${c.id}" (not in the pack's story.json)` });
    if (c.frame) out.push(...frameIdProblems(c.frame, at, known, entityIds));
  }
  return out;
}

/** The pack's concepts a claim's frame uses that the language folder gives no words for: those parts of frames never match there. */
export function conceptsWithoutWords(pack: StoryPack, files: LanguageFiles): string[] {
  const said = new Set(files.vocabulary.concepts.map((c) => c.id));
  const concepts = new Set(pack.concepts.map((c) => c.id));
  const used = new Set(pack.claims.flatMap((c) => frameIdGroups(c.frame).flatMap(([, ids]) => ids.map((id) => id.replace(/^!/, '')))));
  return [...used].filter((id) => concepts.has(id) && !said.has(id)).sort();
}
