// A story pack's shape, declared once with valibot: the TypeScript types below are inferred from
// it. The schema is used where packs are checked (the build, the tests, the `curate` command and
// the options page's import); runtime code that only reads the bundled, checked packs imports
// the types alone (`import type`), so valibot never reaches the content script.
import * as v from 'valibot';

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

/** What happened to a claim after publication. */
export const DEVELOPMENT_KINDS = [
  'report',
  'denial',
  'repeated-denial',
  're-confirmation',
  'stands-by-report',
  'correction',
  'retraction',
  'declined-to-comment',
] as const;
export type DevelopmentKind = (typeof DEVELOPMENT_KINDS)[number];
/** Who made it. */
export const ACTOR_KINDS = ['company', 'outlet', 'agency', 'government', 'person'] as const;

const text = (what: string) => v.pipe(v.string(`${what} must be a string`), v.trim(), v.nonEmpty(`${what} must not be empty`));
const slug = v.pipe(v.string('must be a string'), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug (lowercase letters and digits joined by single hyphens)'));
const texts = (what: string) => v.pipe(v.array(text(what), `must be an array of ${what}s`), v.nonEmpty('must not be empty'));
const httpsUrl = v.pipe(v.string('must be a string'), v.url('must be a URL'), v.startsWith('https://', 'must be an https URL'));

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

const FigureSpecSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('percent'),
    value: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
    bound: v.optional(v.picklist(['exact', 'about', 'atLeast', 'atMost'])),
    /** A sentence must state the figure to make the claim (else a figure stated is only compared). */
    required: v.optional(v.boolean()),
  }),
  v.strictObject({
    kind: v.literal('count'),
    value: v.pipe(v.number(), v.integer(), v.minValue(0)),
    bound: v.optional(v.picklist(['exact', 'about', 'atLeast', 'atMost'])),
    /** Concept or entity ids: the number must count one of them ("six executives"). */
    counts: texts('id'),
    required: v.optional(v.boolean()),
  }),
  v.strictObject({
    kind: v.literal('date'),
    month: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12)),
    days: v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(31))),
    year: v.optional(v.pipe(v.number(), v.integer())),
    required: v.optional(v.boolean()),
  }),
]);

const alternativeId = v.pipe(v.string(), v.regex(/^!?[a-z0-9]+(-[a-z0-9]+)*$/, 'must be an entity or concept id, "!" before it when negated'));
const alternatives = v.array(alternativeId);
/** A predicate alternative: an id, or an id that counts only `with` one of some ids in the same sentence. */
const predicateAlternative = v.union(
  [alternativeId, v.strictObject({ id: alternativeId, with: v.pipe(v.array(slug), v.nonEmpty('must not be empty')) })],
  'must be an id or { id, with }',
);

/**
 * What a claim is about, as the matcher checks it: a sentence makes the claim when it names one
 * of `subject` (or refers to it: "the company"), says one of `predicate` ("!attend": says it is
 * not so), shows one of each `also` group, has each `near` group in it or earlier in its
 * paragraph and each `context` group in it or earlier on the page, and fills no slot with something else (another year, event or place; a figure of
 * the same kind with another value marks it as differing).
 */
export const FrameSchema = v.strictObject({
  subject: alternatives,
  /** "among" with "meet": "including Bharat Forge" says who attended only in a sentence about the meetings. */
  predicate: v.pipe(v.array(predicateAlternative), v.nonEmpty('must not be empty')),
  /** The predicate is not this claim's when it is the object of one of these ("took part in the Moscow talks" says who took part). */
  notObjectOf: v.optional(v.array(slug)),
  also: v.optional(v.array(v.pipe(alternatives, v.nonEmpty('must not be empty')))),
  /** Groups found in the sentence or earlier in its paragraph ("such spares" after a sentence naming the MiG-29). */
  near: v.optional(v.array(v.pipe(alternatives, v.nonEmpty('must not be empty')))),
  /** Groups found in the sentence or anywhere earlier on the page's passages that cover the story. */
  context: v.optional(v.array(v.pipe(alternatives, v.nonEmpty('must not be empty')))),
  /** Other events of the story's time that share its words (Putin's visit): a sentence naming one is about it, not this. */
  not: v.optional(v.array(slug)),
  figure: v.optional(FigureSpecSchema),
  /** What the predicate may be about when the sentence says ("did not comment on the Rafale talks" is another topic). */
  onTopic: v.optional(v.array(slug)),
  /** Subjects that state the claim of another measure ("arms imports" for "inventory"): a match that differs. */
  otherMeasures: v.optional(v.array(slug)),
  /** Years the claim itself speaks of besides the story's ("since 2022"). */
  years: v.optional(v.array(v.pipe(v.number(), v.integer()))),
  /** Entity ids of the claim's place: a sentence set in another place is another event. */
  place: v.optional(v.array(slug)),
  /** false: a sentence saying the opposite is not matched (too many unrelated sentences would be). */
  disputable: v.optional(v.boolean()),
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

export const EntitySchema = v.strictObject({
  id: slug,
  kind: v.picklist(ENTITY_KINDS, `must be one of ${ENTITY_KINDS.join(', ')}`),
  /** Every way a page names it, in the story's language. */
  names: texts('name'),
  /** Nouns that can stand for it in a later sentence ("the company"). */
  nouns: v.optional(v.array(text('noun'))),
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

const isoDate = v.pipe(
  v.string('must be a date (YYYY-MM-DD)'),
  v.isoDate('must be a date (YYYY-MM-DD)'),
  v.check((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'must be a real date'),
);

/** A dated event after publication that bears on claims: a denial, a re-confirmation, a correction… */
export const DevelopmentSchema = v.strictObject({
  id: slug,
  date: isoDate,
  who: v.strictObject({ name: text('name'), kind: v.picklist(ACTOR_KINDS, `must be one of ${ACTOR_KINDS.join(', ')}`) }),
  kind: v.picklist(DEVELOPMENT_KINDS, `must be one of ${DEVELOPMENT_KINDS.join(', ')}`),
  /** The claims it bears on, and which way: a denial disputes, a re-confirmation confirms. */
  claims: v.pipe(
    v.array(v.strictObject({ claim: slug, bears: v.picklist(['confirms', 'disputes'] as const, 'must be confirms or disputes') })),
    v.nonEmpty('must name at least one claim'),
  ),
  /** One neutral sentence, in our words. */
  summary: text('summary'),
  source: v.strictObject({ name: text('name'), url: httpsUrl }),
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
export type Frame = v.InferOutput<typeof FrameSchema>;
export type FigureSpec = NonNullable<Frame['figure']>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type Development = v.InferOutput<typeof DevelopmentSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type Concept = v.InferOutput<typeof ConceptSchema>;
export type StorySignalGroup = v.InferOutput<typeof SignalGroupSchema>;
export type Story = v.InferOutput<typeof StorySchema>;
export type StoryPack = v.InferOutput<typeof StoryPackSchema>;
/** What the popup, card and badge read of a pack: the story, its outlets, claims and developments. */
export type ClaimSet = Pick<StoryPack, 'story' | 'outlets' | 'claims' | 'developments'>;

/** One problem in a story pack, located by claim (or outlet, entity…) and field. */
export interface ClaimSetProblem {
  /** e.g. `claims[adani-ceo-attended].stances[2].quote` */
  path: string;
  message: string;
}

export class ClaimSetError extends Error {
  constructor(readonly problems: ClaimSetProblem[]) {
    super(
      `Invalid story pack (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.path}: ${p.message}`).join('\n'),
    );
    this.name = 'ClaimSetError';
  }
}
