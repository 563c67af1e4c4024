// What an anaphor stands for in a sentence judged for a claim: "it", "the company" or "they" a
// fitting entity named before it in its sentence, else in the sentences before it in its
// paragraph ("it" also the event the sentence before opened with), else, for a noun only one of
// the story's entities has ("the ministry"), that entity; "we" in a quotation whoever the
// quotation's attribution names.
import type { SentenceContext } from './find-subject';
import { DEFAULT_PLACE_PREPOSITIONS, type Mention } from './lexicon';
import type { SentenceView } from './sentence-view';
import { PRONOUN_PREFIX, type CompiledClaim, type MatchIndex } from './story-index';
import { isForeign, isReportWord, quotationAt } from './subject-clues';

/** Sentences back a "the company" or "it" may reach for what it stands for. */
export const ANAPHOR_REACH = 3;

export type Anaphor = SentenceView['anaphors'][number];

/** The pronoun ids: "they", "the executives"; an entity of a kind ("it": `*organisation`). */
const GROUP_PRONOUN = `${PRONOUN_PREFIX}group`;
const SPEAKER_PRONOUN = `${PRONOUN_PREFIX}speaker`;
const kindPronoun = (kind: string | undefined) => `${PRONOUN_PREFIX}${kind}`;

/**
 * Does mention `m` fit the anaphor: an entity of its kind for "it", with it among its nouns for
 * "the company"; for "they" or "the executives", a group the claim is about ("Indian officials").
 */
function fits(anaphor: Anaphor, m: Mention, index: MatchIndex, claim: CompiledClaim): boolean {
  return fitsId(anaphor, m.id, m.kind === 'entity', index, claim);
}

/** What entity `m` belongs to (`belongsTo`) that the anaphor's noun names ("Adani Defence … the group": the Adani Group). */
const partOf = (anaphor: Anaphor, m: Mention, index: MatchIndex): string | undefined =>
  m.kind === 'entity' ? index.entities.get(m.id)?.belongsTo?.find((id) => anaphor.ids.includes(id)) : undefined;

/** Words after an anaphor where its report verb or denial may stand ("the group on Wednesday flatly rejected"). */
export const SAYING_REACH = 5;
/** Tokens an aside set off by commas, dashes or brackets may span after the anaphor ("the group, in a statement, denied"). */
const SET_OFF_REACH = 8;
/** (Every dash is read as "-": see normalise.ts.) */
const SET_OFF = new Set([',', '-', '(', ')']);

/**
 * Does the anaphor speak: a report verb or a denial soon after it, past an aside set off by
 * commas or dashes, or a speaking noun it owns ("the group said", "the group has since flatly
 * rejected", "the group, in a statement, denied", "the group's spokesperson")? Only then does a
 * noun stand for what a firm belongs to: "the group" that met Russian officials is the delegation.
 */
function speaks(anaphor: Anaphor, view: SentenceView, index: MatchIndex): boolean {
  const { tokens } = view;
  if (tokens[anaphor.last]?.possessive === true && index.language.speakingNouns?.has(tokens[anaphor.last + 1]?.stem ?? '') === true) return true;
  let words = 0;
  for (let k = anaphor.last + 1; k < tokens.length && words < SAYING_REACH; k++) {
    if (tokens[k]!.kind === 'punct') {
      if (!SET_OFF.has(tokens[k]!.text)) return false;
      // (An aside: past its closing mark, within reach; else the clause has ended.)
      let close = k + 1;
      while (close < tokens.length && close <= k + SET_OFF_REACH && !SET_OFF.has(tokens[close]!.text)) close++;
      if (close > k + SET_OFF_REACH || close >= tokens.length) return false;
      k = close;
      continue;
    }
    if (isReportWord(tokens, k, index.language) || view.cues.cues.some((c) => (c.category === 'denial' || c.category === 'falsity') && c.first === k)) return true;
    words++;
  }
  return false;
}

/** fits, for the mention of `id` (an entity's, when `entity`). */
function fitsId(anaphor: Anaphor, id: string, entity: boolean, index: MatchIndex, claim: CompiledClaim): boolean {
  if (anaphor.ids.includes(GROUP_PRONOUN) && claim.subject.some((a) => a.id === id)) return true;
  if (!entity) return false;
  const pronoun = kindPronoun(index.entities.get(id)?.kind);
  return anaphor.ids.some((a) => (a.startsWith(PRONOUN_PREFIX) ? a === pronoun : a === id));
}

/**
 * The entity an anaphor stands for: the nearest fitting entity named before it in its own
 * sentence ("Bharat Forge said … as far as the company was concerned"), else the first fitting
 * entity named in the nearest sentence before (the subject there, usually); else the entity a
 * sole noun of the story's stands for (see soleEntity).
 */
export function antecedent(anaphor: Anaphor, view: SentenceView, context: SentenceContext, index: MatchIndex, claim: CompiledClaim): string | undefined {
  if (anaphor.ids.includes(SPEAKER_PRONOUN)) return speaker(anaphor, view, index);
  // An entity the anaphor fits itself first; then, only where the anaphor speaks (asked once, when
  // needed), what one belongs to: "Adani's denial went further than Bharat Forge's: the group said
  // …" is Adani's. (Never a foreign one: "Chinese firms … They also worry …" is not about the story's firms.)
  let speaking: boolean | undefined;
  const passes = [
    (m: Mention) => (fits(anaphor, m, index, claim) ? m.id : undefined),
    (m: Mention) => {
      const id = partOf(anaphor, m, index);
      return id && (speaking ??= speaks(anaphor, view, index)) ? id : undefined;
    },
  ];
  // (In its own sentence the nearest before it, in a sentence before the first.)
  const firstTaken = (inView: SentenceView, nearestBefore?: number) => {
    const { mentions } = inView;
    for (const pass of passes) {
      for (let i = 0; i < mentions.length; i++) {
        const m = mentions[nearestBefore === undefined ? i : mentions.length - 1 - i]!;
        if (nearestBefore !== undefined && m.last >= nearestBefore) continue;
        const id = pass(m);
        if (id && !isForeign(inView, m, index)) return { first: m.first, id };
      }
    }
    return undefined;
  };
  const own = firstTaken(view, anaphor.first);
  if (own) return own.id;
  for (let k = context.before.length - 1; k >= Math.max(0, context.before.length - ANAPHOR_REACH); k--) {
    const before = context.before[k]!;
    const found = firstTaken(before);
    const noun = soleNoun(anaphor, before, index, claim);
    if (noun && (!found || noun.first < found.first)) return noun.ids[0];
    if (found) return found.id;
    if (k === context.before.length - 1) {
      const event = eventOpening(anaphor, before, claim);
      if (event) return event;
    }
  }
  return soleEntity(anaphor, view, context, index);
}

/**
 * "The ministry said it had nothing to add", with no name before it: a sole noun of the story's
 * (an entity's `soleNouns`) stands for its entity. Not one narrowed down after it ("the ministry
 * of external affairs", "the ministry in Moscow"), nor where its noun is said of something else in
 * the sentence or the sentences it may reach ("Russia's foreign ministry was asked …").
 */
function soleEntity(anaphor: Anaphor, view: SentenceView, context: SentenceContext, index: MatchIndex): string | undefined {
  const sole = index.soleNouns.get(view.tokens.slice(anaphor.first, anaphor.last + 1).map((t) => t.text).join(' '));
  if (!sole || !anaphor.ids.includes(sole)) return undefined;
  const { ofWords, placePrepositions = DEFAULT_PLACE_PREPOSITIONS } = index.language;
  const after = view.tokens[anaphor.last + 1]?.text ?? '';
  if (ofWords === undefined || ofWords.has(after) || placePrepositions.has(after)) return undefined;
  const head = view.tokens[anaphor.last]!.stem;
  // (Its own name and the noun standing for it again, "The ministry … The ministry …", are not something else.)
  const its = (v: SentenceView, k: number) => [...v.mentions, ...v.anaphors].some((m) => ('id' in m ? m.id === sole : m.ids.includes(sole)) && m.first <= k && k <= m.last);
  const elsewhere = (v: SentenceView) => v.tokens.some((t, k) => t.stem === head && !its(v, k));
  return [view, ...context.before.slice(-ANAPHOR_REACH)].some(elsewhere) ? undefined : sole;
}

/** Words before a sentence's first mention that leave it the sentence's opening ("The visit …"). */
const OPENING_REACH = 1;

/**
 * "The visit … was the first since 2022. It also helped lay the ground for …": with no entity
 * for it in the sentence before, "it" stands for what that sentence opened with, when that is an
 * event the claim is about (one of its subject concepts).
 */
function eventOpening(anaphor: Anaphor, before: SentenceView, claim: CompiledClaim): string | undefined {
  if (anaphor.first !== anaphor.last || !anaphor.ids.includes(kindPronoun('organisation'))) return undefined;
  const opening = before.mentions[0];
  if (!opening || opening.kind !== 'concept' || opening.first > OPENING_REACH || before.tokens[opening.last]?.possessive) return undefined;
  return claim.subject.some((a) => a.id === opening.id) ? opening.id : undefined;
}

/**
 * "The ministry was contacted on Tuesday. It declined to comment": a noun in the sentence before
 * that can stand for one entity only is that entity, when it comes before any name that fits.
 * (Only a bare noun: "the ministry of external affairs" is some other ministry; and only where
 * the language's `ofWords` say how a noun is narrowed down.)
 */
function soleNoun(anaphor: Anaphor, before: SentenceView, index: MatchIndex, claim: CompiledClaim): Anaphor | undefined {
  const ofWords = index.language.ofWords;
  if (ofWords === undefined) return undefined;
  for (const a of before.anaphors) {
    if (a.ids.length !== 1 || a.ids[0]!.startsWith(PRONOUN_PREFIX) || ofWords.has(before.tokens[a.last + 1]?.text ?? '')) continue;
    if (fitsId(anaphor, a.ids[0]!, true, index, claim)) return a;
  }
  return undefined;
}

/** Words between a quotation and its speaker's name, or between the name and its report verb ("a senior Bharat Forge executive told"). */
export const SPEAKER_REACH = 6;

/**
 * Whom "we" in a quotation speaks for: the organisation or person of the quotation's attribution,
 * right after it ('"We were not there," a Bharat Forge executive said'; '…," said Bharat Forge's
 * spokesman') or right before it ('Bharat Forge said: "We sent no one"'), never a name inside a
 * quotation or further on. Outside a quotation, no one.
 */
function speaker(anaphor: Anaphor, view: SentenceView, index: MatchIndex): string | undefined {
  const quotation = quotationAt(view, anaphor.first);
  if (!quotation) return undefined;
  const tokens = view.tokens;
  const report = (k: number) => isReportWord(tokens, k, index.language);
  const plain = (from: number, to: number) => tokens.slice(from, to).every((t) => t.text !== ',' && t.text !== ';' && t.text !== ':');
  // (A name first; else a word of the story's for who speaks: '…," an Indian defence executive
  // said'; not where a foreign name stands outside the quotation: "an executive of a Chinese firm".)
  const foreignSpeaks = view.mentions.some((o) => index.entities.get(o.id)?.foreign && !quotationAt(view, o.first));
  const someone = (m: Mention) => (m.kind === 'concept' ? !foreignSpeaks : index.entities.get(m.id)?.kind !== 'place') && !quotationAt(view, m.first);
  const after = tokens.findIndex((t) => t.start > quotation.close);
  const said = (m: Mention) => {
    if (after >= 0 && m.first >= after && m.first - after <= SPEAKER_REACH && plain(after, m.first)) {
      // "…," said Bharat Forge's spokesman / "…," a Bharat Forge executive told reporters
      for (let k = after; k < m.first; k++) if (report(k)) return true;
      for (let k = m.last + 1; k <= m.last + SPEAKER_REACH && k < tokens.length && plain(m.last + 1, k + 1); k++) if (report(k)) return true;
    }
    // Bharat Forge said: "We sent no one"
    if (tokens[m.last]!.end <= quotation.open) for (let k = m.last + 1; k <= m.last + SPEAKER_REACH && k < tokens.length && tokens[k]!.start < quotation.open; k++) if (report(k)) return true;
    return false;
  };
  const speakers = view.mentions.filter((m) => someone(m) && said(m));
  return (speakers.find((m) => m.kind === 'entity') ?? speakers[0])?.id;
}
