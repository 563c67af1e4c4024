// A story pack in another language: the same story, outlets, claims and developments (one set of
// ids), with the words of that language. Kept in `data/stories/<id>/languages/<code>/`, four files
// declared here; merged over the pack by pack-files.ts `withLanguage`, checked by validate-language.ts.
import * as v from 'valibot';
import { ConceptSchema, FrameSchema, PostSchema, SignalGroupSchema } from './schema';

const text = (what: string) => v.pipe(v.string(`${what} must be a string`), v.trim(), v.nonEmpty(`${what} must not be empty`));
const slug = v.pipe(v.string('must be a string'), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug (lowercase letters and digits joined by single hyphens)'));
const languageCode = v.pipe(v.string('must be a string'), v.regex(/^[a-z]{2,3}$/, 'must be a language code such as "ru"'));

/** How pages in the language name an entity of the pack (its id), and what can stand for it later. */
export const LanguageEntitySchema = v.strictObject({
  /** An entity id of the pack. */
  id: slug,
  /** Names in the language's script, as its outlets write them (the pack's own names are kept too). */
  names: v.optional(v.array(text('name'))),
  /** Nouns that stand for it in a later sentence ("компания", "la société"); the pack's are English. */
  nouns: v.optional(v.array(text('noun'))),
  /** Its posts with the language's titles ("son directeur général"); the pack's are English. */
  posts: v.optional(v.array(PostSchema)),
});

export const LanguageEntitiesFileSchema = v.strictObject({
  language: languageCode,
  entities: v.array(LanguageEntitySchema),
});

/** The pack's concepts (same ids) in the language's words: these replace the English phrases. */
export const LanguageVocabularyFileSchema = v.strictObject({
  language: languageCode,
  concepts: v.array(ConceptSchema),
});

export const LanguageGateFileSchema = v.strictObject({
  story: slug,
  language: languageCode,
  signals: v.pipe(v.array(SignalGroupSchema), v.nonEmpty('must not be empty')),
});

/** A claim of the pack (its id) as a reader of the language reads it; its frame where the language needs another. */
export const LanguageClaimSchema = v.strictObject({
  id: slug,
  /** The claim's neutral sentence in the language (outlets' quotes stay as they wrote them). */
  text: text('text'),
  frame: v.optional(FrameSchema),
});

export const LanguageClaimsFileSchema = v.strictObject({
  language: languageCode,
  claims: v.array(LanguageClaimSchema),
});

export type LanguageEntity = v.InferOutput<typeof LanguageEntitySchema>;
export type LanguageClaim = v.InferOutput<typeof LanguageClaimSchema>;

/** One language folder's four files, parsed. */
export interface LanguageFiles {
  entities: v.InferOutput<typeof LanguageEntitiesFileSchema>;
  vocabulary: v.InferOutput<typeof LanguageVocabularyFileSchema>;
  gate: v.InferOutput<typeof LanguageGateFileSchema>;
  claims: v.InferOutput<typeof LanguageClaimsFileSchema>;
}

export const LANGUAGE_FILE_SCHEMAS = {
  entities: LanguageEntitiesFileSchema,
  vocabulary: LanguageVocabularyFileSchema,
  gate: LanguageGateFileSchema,
  claims: LanguageClaimsFileSchema,
} as const;
