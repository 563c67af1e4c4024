// A story pack prepared for matching, built once per pack: the lexicon of its entities, concepts
// and anaphors, each claim's frame with its alternatives parsed, and an index from predicate to
// claims so a sentence meets only the claims whose predicate it states.
import type { Claim, Entity, FigureSpec, StoryPack } from '../../data/schema';
import type { Language, NounAnaphorWords } from './languages/types';
import { compileLexiconSteps, type Lexicon } from './lexicon';
import { indexPosts, type PostIndex } from './posts';
import { runSteps } from './run-steps';
import { tokenize } from './words';

export interface Alternative {
  id: string;
  /** "!attend": the claim says it is not so. */
  negated: boolean;
  /** Counts only with one of these in the same sentence (or, for a list, in the sentence before it). */
  with?: string[];
  /** A list: its members run on after it to the end of its clause ("included A, B and a senior official from C"). */
  list?: boolean;
  /** Not after one of the language's `aboutWords` ("asked Bharat Forge about the Moscow meetings"). */
  notTopic?: boolean;
}

export interface CompiledClaim {
  claim: Claim;
  subject: Alternative[];
  predicate: Alternative[];
  also: string[][];
  near: string[][];
  context: string[][];
  /** Rival events: a sentence naming one is about it. */
  not: string[];
  /** Verbs whose object the predicate must not be. */
  notObjectOf: string[];
  figure?: FigureSpec;
  /** Years a sentence may be set in: the story's and the claim's own. */
  years: Set<number>;
  place: Set<string>;
  disputable: boolean;
  /** The claim says what may happen: a hedge of possibility or condition does not leave it open (the frame's `modal`). */
  modal: boolean;
  /** The frame states the claim only as something done: a predicate said of what is to come is none of it. */
  done: boolean;
  /** Subjects that make the claim about another measure ("arms imports" for "inventory"). */
  otherMeasures: Set<string>;
  /** When set: what follows "on"/"about" after the predicate must name one of these. */
  onTopic?: Set<string>;
  /** The subject speaks ("Adani said no one attended"): a reporting verb between it and the predicate is no barrier. */
  speaks: boolean;
  /** A restated frame whose predicate must end what is said of the subject (see isBare). */
  bare: boolean;
  /** A restated frame that states the claim only as an open question (the frame's `openOnly`). */
  openOnly: boolean;
  /** A restated frame whose subject is the predicate's object, named right after it (the frame's `objectAfter`). */
  objectAfter: boolean;
  /** A restated frame whose subject owns the predicate, a possessive right before it (the frame's `ownerBefore`). */
  ownerBefore: boolean;
  /** Subjects that carry the claim only when they affirm it (see the frame's `oneWay`). */
  oneWay: Set<string>;
}

export interface MatchIndex {
  language: Language;
  lexicon: Lexicon;
  /** Each claim's frame, and its restated frames after it (several entries share a claim). */
  claims: CompiledClaim[];
  /** predicate id -> claims stating it. */
  byPredicate: Map<string, CompiledClaim[]>;
  entities: Map<string, Entity>;
  /** Anaphors that name one entity with no name before them ("the ministry"), as their words: entity id by phrase. */
  soleNouns: Map<string, string>;
  /** The posts held in each entity ("its chief executive"). */
  posts: PostIndex;
  /** Concepts whose phrases say "no" in their own words (a concept's `negative`). */
  negativeConcepts: ReadonlySet<string>;
  /** Concepts whose mentions hide the other concepts' inside them (a concept's `masks`). */
  maskingConcepts: ReadonlySet<string>;
  /** The story's period: a sentence set in other years, or only in other months, is another event. */
  period: { years: Set<number>; months: Set<number> };
  /** claim id -> what a sentence affirming it says of other claims (a frame's `entails`). */
  entails: Map<string, ReadonlyArray<{ claim: string; polarity: 'affirms' | 'denies'; unless?: ReadonlyArray<string> }>>;
}

/** Anaphor ids: `*organisation`, `*person` for pronouns; an entity id for "the company" forms. */
export const PRONOUN_PREFIX = '*';

/** What makes a noun an anaphor where the language does not say ("the company"; "the company's" stems alike). */
const NOUN_ANAPHORS: NounAnaphorWords = { before: ['the'] };

const parse = (id: string): Alternative => ({ id: id.replace(/^!/, ''), negated: id.startsWith('!') });
const parsePredicate = (p: string | { id: string; with: string[]; list?: boolean; notTopic?: boolean }): Alternative =>
  typeof p === 'string' ? parse(p) : { ...parse(p.id), with: p.with, ...(p.list ? { list: true } : {}), ...(p.notTopic ? { notTopic: true } : {}) };

/** The claim's frame, then each of its `restated` frames with the frame's slots (see frame-schema.ts). */
function compileClaim(claim: Claim, pack: StoryPack): CompiledClaim[] {
  const { frame } = claim;
  const slots = {
    claim,
    ...(frame.figure ? { figure: frame.figure } : {}),
    years: new Set([...pack.story.period.years, ...(frame.years ?? [])]),
    disputable: frame.disputable ?? true,
    modal: frame.modal === true,
    otherMeasures: new Set(frame.otherMeasures ?? []),
    oneWay: new Set(frame.oneWay ?? []),
    ...(frame.onTopic ? { onTopic: new Set(frame.onTopic) } : {}),
  };
  return [frame, ...(frame.restated ?? [])].map((stated) => ({
    bare: 'bare' in stated && stated.bare === true,
    openOnly: 'openOnly' in stated && stated.openOnly === true,
    objectAfter: 'objectAfter' in stated && stated.objectAfter === true,
    ownerBefore: 'ownerBefore' in stated && stated.ownerBefore === true,
    done: 'done' in stated && stated.done === true,
    ...slots,
    disputable: slots.disputable && !('affirmsOnly' in stated && stated.affirmsOnly === true),
    subject: stated.subject.map(parse),
    predicate: stated.predicate.map(parsePredicate),
    also: stated.also ?? [],
    near: stated.near ?? [],
    context: stated.context ?? frame.context ?? [],
    not: stated.not ?? frame.not ?? [],
    notObjectOf: stated.notObjectOf ?? [],
    place: new Set(stated.place ?? frame.place ?? []),
    speaks: (stated.also ?? []).some((group) => group.includes('say')),
  }));
}

/** Builds the index in one go (tests, the `check` command, the benchmark). */
export function buildMatchIndex(pack: StoryPack, language: Language): MatchIndex {
  return runSteps(matchIndexSteps(pack, language));
}

/**
 * Builds the index a part at a time, yielding between parts, so the content script can spread
 * the work over short slices; only pages that pass the story gate ever build it.
 */
export function* matchIndexSteps(pack: StoryPack, language: Language): Generator<void, MatchIndex, void> {
  // Anaphors: the language's pronouns stand for any entity of their kind; "the company" stands
  // for the entities that have "company" among their nouns.
  // ("The company" rows of the language are left to the entities' nouns, which say whom they fit.)
  const { before, after = [] } = language.nounAnaphors ?? NOUN_ANAPHORS;
  const startsWithDeterminer = (phrase: string) => {
    const tokens = tokenize(phrase.toLowerCase(), language);
    return tokens.length > 1 && before.includes(tokens[0]!.text);
  };
  const nounAnaphor = (noun: string) =>
    before.length || after.length ? [...before.map((d) => `${d} ${noun}`), ...after.map((p) => `${noun} ${p}`)] : [noun];
  const anaphors: Array<{ id: string; phrases: string[] }> = [];
  const phraseOf = (phrase: string) => tokenize(phrase.toLowerCase(), language).map((t) => t.text).join(' ');
  const soleNouns = new Map(pack.entities.flatMap((e) => (e.soleNouns ?? []).flatMap(nounAnaphor).map((p) => [phraseOf(p), e.id] as const)));
  for (const row of language.anaphors) {
    if (!startsWithDeterminer(row.phrase) || row.kind === 'group') anaphors.push({ id: `${PRONOUN_PREFIX}${row.kind}`, phrases: [row.phrase] });
  }
  for (const e of pack.entities) {
    if (e.nouns?.length) anaphors.push({ id: e.id, phrases: e.nouns.flatMap(nounAnaphor) });
  }
  yield;
  const lexicon = yield* compileLexiconSteps({ entities: pack.entities, concepts: pack.concepts, anaphors }, language);
  yield;
  const claims: CompiledClaim[] = [];
  const byPredicate = new Map<string, CompiledClaim[]>();
  for (const claim of pack.claims) {
    for (const compiled of compileClaim(claim, pack)) {
      claims.push(compiled);
      for (const p of new Set(compiled.predicate.map((a) => a.id))) {
        const list = byPredicate.get(p) ?? [];
        list.push(compiled);
        byPredicate.set(p, list);
      }
    }
  }
  return {
    language,
    lexicon,
    claims,
    byPredicate,
    entities: new Map(pack.entities.map((e) => [e.id, e])),
    soleNouns,
    posts: indexPosts(pack.entities, language),
    negativeConcepts: new Set(pack.concepts.filter((c) => c.negative).map((c) => c.id)),
    maskingConcepts: new Set(pack.concepts.filter((c) => c.masks).map((c) => c.id)),
    period: { years: new Set(pack.story.period.years), months: new Set(pack.story.period.months ?? []) },
    entails: new Map(pack.claims.filter((c) => c.frame.entails).map((c) => [c.id, c.frame.entails!])),
  };
}
