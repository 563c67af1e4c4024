// A story pack's shape, declared once with valibot: the TypeScript types below are inferred from
// it. The schema is used where packs are checked (the build, the tests, the `curate` command and
// the options page's import); runtime code that only reads the bundled, checked packs imports
// the types alone (`import type`), so valibot never reaches the content script.
// A claim's frame (frame-schema.ts), developments (development-schema.ts), the shared field shapes
// (schema-fields.ts) and the error (claim-set-error.ts) have files of their own, re-exported here.
import * as v from 'valibot';
import { DevelopmentSchema } from './development-schema';
import { FrameSchema } from './frame-schema';
import { httpsUrl, slug, text, texts } from './schema-fields';

export { ClaimSetError, type ClaimSetProblem } from './claim-set-error';
export { ACTOR_KINDS, DEVELOPMENT_KINDS, DevelopmentSchema, type Development, type DevelopmentKind } from './development-schema';
export { FrameSchema, type FigureSpec, type Frame, type RestatedFrame } from './frame-schema';

export const STANCES = ['confirms', 'disputes', 'qualifies'] as const;
export type Stance = (typeof STANCES)[number];

/** What a claim is about; the popup groups and labels claims by it. */
export const TOPICS = [
  'who-attended',
  'when-and-where',
  'who-led',
  'what-was-discussed',
  'what-was-proposed',
  'responses',
  'context',
  'caveats',
] as const;
export type Topic = (typeof TOPICS)[number];

export const ENTITY_KINDS = ['organisation', 'person', 'place', 'event', 'equipment', 'outlet'] as const;

export const OutletSchema = v.strictObject({
  /** Readable slug, e.g. `the-gaze`. */
  id: slug,
  name: text('name'),
  /** File name of the outlet's article in `seeds/` (one outlet a file). */
  seed: v.pipe(v.string(), v.regex(/^[^/\\]+\.(txt|html?)$/, 'must be a .txt or .html file name (no directory)')),
  /** Address of the original article. */
  url: httpsUrl,
});

export const OutletStanceSchema = v.strictObject({
  /** An `Outlet.id`. */
  outlet: slug,
  stance: v.picklist(STANCES, `must be one of ${STANCES.join(', ')}`),
  /** Verbatim words from the outlet's article (whitespace may differ). */
  quote: text('quote'),
  /** What differs from the claim; required for `disputes` and `qualifies`. */
  note: v.optional(text('note')),
});

export const ClaimSchema = v.strictObject({
  /** Stable readable slug, e.g. `adani-ceo-attended`. */
  id: slug,
  /** One neutral sentence stating the claim. */
  text: text('text'),
  topic: v.picklist(TOPICS, `must be one of ${TOPICS.join(', ')}`),
  frame: FrameSchema,
  /**
   * The text in other languages, by language code. Not written in story.json: data/index.ts fills it
   * from the language folders' claims.json (components/claim-text.ts shows it).
   */
  texts: v.optional(v.record(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'must be a language code such as "ru"')), text('text'))),
  /** One entry per outlet that addresses the claim; an outlet with no entry is silent. */
  stances: v.pipe(v.array(OutletStanceSchema), v.nonEmpty('must not be empty (every claim needs at least one outlet stance)')),
});

/**
 * A post a person holds in another entity of the story, and the titles that name it after a word
 * standing for that entity: "its chief executive" once "it" is Adani Defence.
 */
export const PostSchema = v.strictObject({
  /** The entity the post is in (an entity id of the pack). */
  of: slug,
  titles: texts('title'),
});

export const EntitySchema = v.strictObject({
  id: slug,
  kind: v.picklist(ENTITY_KINDS, `must be one of ${ENTITY_KINDS.join(', ')}`),
  /** Every way a page names it, in the story's language. */
  names: texts('name'),
  /** Nouns that can stand for it in a later sentence ("the company"). */
  nouns: v.optional(v.array(text('noun'))),
  /**
   * Nouns that name it on the story's pages even with no name before them ("the ministry", where
   * the story has one ministry). Each is one of its nouns and no other entity's. English only: a
   * language folder gives none.
   */
  soleNouns: v.optional(v.array(text('noun'))),
  /** Posts it holds ("chief executive" of Adani Defence); English titles, a language folder gives its own. */
  posts: v.optional(v.array(PostSchema)),
  /** Entities it is part of (a subsidiary's group): "the group" after "Adani Defence" stands for the Adani Group. */
  belongsTo: v.optional(v.array(slug)),
  /** Another event or place that shares the story's words: a sentence naming it is not the story. */
  distractor: v.optional(v.boolean()),
  /** Another country's people ("Chinese"): a subject it qualifies ("Chinese executives") is not the story's. */
  foreign: v.optional(v.boolean()),
});

export const ConceptSchema = v.strictObject({
  id: slug,
  /** Words and phrases that say it; matched on their stems. */
  phrases: texts('phrase'),
  /** Proposals (from WordNet) reviewed and refused, so the proposal script does not offer them again. */
  rejected: v.optional(v.array(text('phrase'))),
  /**
   * Its phrases say "no" in their own words ("no comment", "said nothing"): a negation word
   * inside one does not negate the phrase itself.
   */
  negative: v.optional(v.boolean()),
  /**
   * Its phrases hold another concept's word in another sense ("a statement sent to reporters":
   * no one was sent): a mention of another concept inside one of its mentions is none.
   */
  masks: v.optional(v.boolean()),
});

export const SignalGroupSchema = v.strictObject({
  /** e.g. `people`, `dates`, `firms`. */
  id: slug,
  /** How much finding this group says; a name or the dates say more than "Moscow". */
  weight: v.pipe(v.number('must be a positive number'), v.gtValue(0, 'must be a positive number')),
  /** An anchor group pins the text to this event (its people, dates, or a follow-up's words); the gate needs one. */
  anchor: v.optional(v.boolean()),
  /** With two other groups, enough for the gate on its own (a follow-up report's words). */
  decisive: v.optional(v.boolean()),
  /** Marks a neighbouring story (another event sharing the story's words): a passage showing it and no anchor is not the story. */
  elsewhere: v.optional(v.boolean()),
  /** Plain phrases; the gate tolerates case, dashes, "defence"/"defense", "Oct."/"October". */
  terms: texts('term'),
});

export const StorySchema = v.strictObject({
  id: slug,
  title: text('title'),
  /** One or two sentences a reader sees in the popup's header. */
  summary: text('summary'),
  /** BCP 47 code of the language the pack's names and vocabulary are in. */
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'must be a language code such as "en"')),
  /** When the story happened: a sentence set in other years (or months) is another event. */
  period: v.strictObject({
    years: v.pipe(v.array(v.pipe(v.number(), v.integer())), v.nonEmpty()),
    months: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12)))),
  }),
});

/** Everything one story needs, as one object (the folder's files merged; the import format). */
export const StoryPackSchema = v.strictObject({
  story: StorySchema,
  outlets: v.pipe(v.array(OutletSchema), v.nonEmpty('must not be empty')),
  claims: v.pipe(v.array(ClaimSchema), v.nonEmpty('must not be empty')),
  /** What happened after publication, in date order. */
  developments: v.optional(v.array(DevelopmentSchema)),
  entities: v.array(EntitySchema),
  concepts: v.array(ConceptSchema),
  signals: v.pipe(v.array(SignalGroupSchema), v.nonEmpty('must not be empty')),
});

export type Outlet = v.InferOutput<typeof OutletSchema>;
export type OutletStance = v.InferOutput<typeof OutletStanceSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type Concept = v.InferOutput<typeof ConceptSchema>;
export type StorySignalGroup = v.InferOutput<typeof SignalGroupSchema>;
export type Story = v.InferOutput<typeof StorySchema>;
export type StoryPack = v.InferOutput<typeof StoryPackSchema>;
/** What the popup, card and badge read of a pack: the story, its outlets, claims and developments. */
export type ClaimSet = Pick<StoryPack, 'story' | 'outlets' | 'claims' | 'developments'>;

