// A story pack on disk is a folder of four files (story.json: story, outlets, claims;
// entities.json; vocabulary.json; gate.json); the schema and the import format are one object.
// Pure: the extension's data/index.ts and the Node scripts both merge with it.
import type { StoryPack } from './schema';

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


/** The parts of a language folder the merge reads (see language-schema.ts). */
export interface LanguageParts {
  language: string;
  entities: ReadonlyArray<{ id: string; names?: string[]; nouns?: string[]; posts?: StoryPack['entities'][number]['posts'] }>;
  concepts: StoryPack['concepts'];
  signals: StoryPack['signals'];
  claims: ReadonlyArray<{ id: string; frame?: StoryPack['claims'][number]['frame'] }>;
}

/**
 * The pack as the matcher reads pages in another language: the same claims, outlets and
 * developments; entities named in that language as well as by their own names (outlets keep
 * "Bharat Forge" in Latin letters), with that language's nouns and post titles; the language's concepts and gate
 * instead of the pack's; a claim's frame replaced where the language folder gives one.
 */
export function withLanguage(pack: StoryPack, parts: LanguageParts): StoryPack {
  const entities = new Map(parts.entities.map((e) => [e.id, e]));
  const frames = new Map(parts.claims.flatMap((c) => (c.frame ? [[c.id, c.frame] as const] : [])));
  return {
    ...pack,
    story: { ...pack.story, language: parts.language },
    entities: pack.entities.map((e) => {
      const own = entities.get(e.id);
      const { nouns: _english, soleNouns: _englishSole, posts: _englishTitles, ...rest } = e;
      return { ...rest, names: [...(own?.names ?? []), ...e.names], ...(own?.nouns?.length ? { nouns: own.nouns } : {}), ...(own?.posts?.length ? { posts: own.posts } : {}) };
    }),
    concepts: parts.concepts,
    signals: parts.signals,
    claims: pack.claims.map((c) => (frames.has(c.id) ? { ...c, frame: frames.get(c.id)! } : c)),
  };
}

/** A language folder's four files as imported (see language-schema.ts). */
export interface LanguageFolder {
  entities: { language: string; entities: LanguageParts['entities'] };
  vocabulary: { concepts: LanguageParts['concepts'] };
  gate: { signals: LanguageParts['signals'] };
  claims: { claims: LanguageParts['claims'] };
}

/** `withLanguage` on a language folder's files as they are imported. */
export function withLanguageFolder(pack: StoryPack, folder: LanguageFolder): StoryPack {
  return withLanguage(pack, {
    language: folder.entities.language,
    entities: folder.entities.entities,
    concepts: folder.vocabulary.concepts,
    signals: folder.gate.signals,
    claims: folder.claims.claims,
  });
}

/**
 * The claims with their texts in other languages (`texts`, by language code) from the language
 * folders' claims.json, for the popup, the card and the comparison page (components/claim-text.ts).
 */
export function withClaimTexts<C extends { id: string }>(claims: readonly C[], folders: ReadonlyArray<{ language: string; claims: ReadonlyArray<{ id: string; text: string }> }>): Array<C & { texts?: Record<string, string> }> {
  return claims.map((c) => {
    const texts = Object.fromEntries(folders.flatMap((f) => f.claims.filter((t) => t.id === c.id).map((t) => [f.language, t.text] as const)));
    return Object.keys(texts).length ? { ...c, texts } : c;
  });
}
