// A claim's frame, declared with valibot: what the matcher checks a sentence against to say it
// makes the claim (the subject, the predicate, the groups around them, a figure). Part of the
// story pack schema (schema.ts), which re-exports it.
import * as v from 'valibot';
import { slug, texts } from './schema-fields';

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
  [
    alternativeId,
    v.strictObject({
      id: alternativeId,
      with: v.pipe(v.array(slug), v.nonEmpty('must not be empty')),
      /**
       * A list ("including", "among them were"): its members run on after it to the clause's end, and
       * its `with` ids may stand in the sentence before instead ("… met Russian officials in Moscow.
       * They included …").
       */
      list: v.optional(v.boolean()),
      /** Not where it stands after a topic word: "asked Bharat Forge about the Moscow meetings" says nothing Bharat Forge did. */
      notTopic: v.optional(v.boolean()),
    }),
  ],
  'must be an id or { id, with, list?, notTopic? }',
);

/** The parts of a frame that say how a sentence states the claim; the whole frame adds its slots. */
const stating = {
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
  /** Entity ids of the claim's place: a sentence set in another place is another event. */
  place: v.optional(v.array(slug)),
};

/**
 * Another way sentences state the claim, with a subject and predicate of its own ("the meetings
 * took place", told again after the denials, states that the executives met): its own groups,
 * and the frame's `context`, `not` and `place` where it names none (not its `notObjectOf`: the words
 * a predicate is the object of are the predicate's own); the frame's figure, years and
 * the rest hold for it as they are.
 */
const RestatedSchema = v.pipe(v.strictObject({
  ...stating,
  /**
   * The predicate ends what the sentence says of the subject: nothing of its own follows it ("the
   * meetings took place", not "took place on 29-30 October", which is another claim's slot).
   */
  bare: v.optional(v.boolean()),
  /**
   * It states the claim only as an open question: "the account of the meetings could not be
   * verified" leaves the meetings open, while "the account was verified" is no report of them.
   */
  openOnly: v.optional(v.boolean()),
  /**
   * The subject is what the predicate acts on, named right after it: "four sources have confirmed
   * the meetings", not "the sources reiterated" after another claim, nor "repeated that the talks
   * were held on the sidelines" (a claim of its own).
   */
  objectAfter: v.optional(v.boolean()),
  /** The subject owns the predicate, written right before it as a possessive: "Sanjeev Kumar's delegation". */
  ownerBefore: v.optional(v.boolean()),
  /**
   * It states the claim only as the claim says it, never its opposite: "no Indian executives had
   * gone to Russia since the invasion, until this trip" states a first visit, "Indian executives had
   * gone to Russia since the invasion" no denial of one (an open reading still counts).
   */
  affirmsOnly: v.optional(v.boolean()),
  /**
   * It states the claim only as something done: a predicate said of what is to come ("will travel
   * to Moscow to explore joint ventures", "are expected to"; the language's `plannedWords`) is none of it.
   */
  done: v.optional(v.boolean()),
}), v.check((r) => !(r.objectAfter && r.ownerBefore), 'cannot name the subject both after the predicate (objectAfter) and before it (ownerBefore)'));

/**
 * What a claim is about, as the matcher checks it: a sentence makes the claim when it names one
 * of `subject` (or refers to it: "the company"), says one of `predicate` ("!attend": says it is
 * not so), shows one of each `also` group, has each `near` group in it or earlier in its
 * paragraph and each `context` group in it or earlier on the page, and fills no slot with something else (another year, event or place; a figure of
 * the same kind with another value marks it as differing).
 */
export const FrameSchema = v.strictObject({
  ...stating,
  /** Other ways a sentence states the claim: a sentence fitting any of them makes it. */
  restated: v.optional(v.array(RestatedSchema)),
  figure: v.optional(FigureSpecSchema),
  /** What the predicate may be about when the sentence says ("did not comment on the Rafale talks" is another topic). */
  onTopic: v.optional(v.array(slug)),
  /** Subjects that state the claim of another measure ("arms imports" for "inventory"): a match that differs. */
  otherMeasures: v.optional(v.array(slug)),
  /** Years the claim itself speaks of besides the story's ("since 2022"). */
  years: v.optional(v.array(v.pipe(v.number(), v.integer()))),
  /** false: a sentence saying the opposite is not matched (too many unrelated sentences would be). */
  disputable: v.optional(v.boolean()),
  /**
   * The claim itself says what may happen (a risk, a plan, a pledge): a mere condition ("If Indian
   * firms press ahead, they risk sanctions", "Should the plan go ahead, plants would export to
   * Russia"; cue rows marked `possibility`) states it; doubt ("it is unclear whether", "If the
   * sources are right, …"), a question or a retraction still leaves it open.
   */
  modal: v.optional(v.boolean()),
  /**
   * Subjects that carry the claim only when they affirm it: the firm's chief executive attending
   * is the firm attending, but his not attending says nothing of whom else the firm sent.
   */
  oneWay: v.optional(v.array(slug)),
  /**
   * What a sentence affirming the claim also says of other claims: "the Adani Group denied any
   * role" disputes that Adani Defence attended. Read only where the sentence makes no judgement of
   * its own on them, nor makes one of `unless` ("denied that its chief executive represented it"
   * is a denial of one man's part, not of the firm's).
   */
  entails: v.optional(v.array(v.strictObject({ claim: slug, polarity: v.picklist(['affirms', 'denies']), unless: v.optional(v.array(slug)) }))),
});

export type Frame = v.InferOutput<typeof FrameSchema>;
export type RestatedFrame = v.InferOutput<typeof RestatedSchema>;
export type FigureSpec = NonNullable<Frame['figure']>;
