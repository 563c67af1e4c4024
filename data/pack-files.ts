// A story pack on disk is a folder of four files (story.json: story, outlets, claims;
// entities.json; vocabulary.json; gate.json); the schema and the import format are one object.
// Pure: the extension's data/index.ts and the Node scripts both merge with it.

export interface PackFiles {
  story: unknown;
  entities: unknown;
  vocabulary: unknown;
  gate: unknown;
}

/** The folder files of a pack, merged into the one object the schema describes. */
export function mergePackFiles(files: PackFiles): unknown {
  const part = (x: unknown) => (typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {});
  return {
    ...part(files.story),
    entities: part(files.entities).entities,
    concepts: part(files.vocabulary).concepts,
    signals: part(files.gate).signals,
  };
}

/** The gate file names its story and language: both must be the story's (checked by the tests and the build). */
export function gateMatchesStory(files: { story: unknown; gate: unknown }): string[] {
  const story = (files.story as { story?: { id?: unknown; language?: unknown } } | null)?.story;
  const gate = files.gate as { story?: unknown; language?: unknown } | null;
  const problems: string[] = [];
  if (gate?.story !== story?.id) problems.push(`gate.json: story "${String(gate?.story)}" is not the pack's story "${String(story?.id)}"`);
  if (gate?.language !== story?.language) problems.push(`gate.json: language "${String(gate?.language)}" is not the pack's language "${String(story?.language)}"`);
  return problems;
}

