// Does one sentence make one claim? Checked on the claim's frame: the subject named (or referred
// to: "the company" after a sentence naming Bharat Forge), the predicate stated, every `also`
// group in the sentence and every `context` group in it or earlier in its paragraph; no slot
// filled with something else (another year, month, event or place vetoes; another figure of the
// same kind marks the match as differing); polarity read where the predicate stands. A sentence
// naming a distractor (another event) is ruled out before any claim is judged (matchSentenceView).
import { namesWhich } from './figure-dates';
import { isBackground, isBare, isRetracted } from './predicate-bounds';
import { compareFigure, countsNounOf, type Difference } from './compare-figures';
import { findSubject, maySubject, type SentenceContext } from './find-subject';
import { isForeign, isReportWord, objectAfter } from './subject-clues';
import { givenSaying, hedgedAfterNoun, hedgedBetween, subjectHedged } from './subject-hedges';
import { ownerBefore, ownerTakenAsGiven } from './owners';
import type { Figure } from './figures';
import type { Mention } from './lexicon';
import { datesReport, datesSomethingElse, deniesOfOneWay, isAhead, isNotDone, isAnotherPlace, isDatedEvent, isObjectOf, isOwnerPhrase, isWordOf, opensList, withHolds } from './predicate-checks';
import { inAttribution, isInTopicOf, isOnTopic, isTopicOnly } from './topic-checks';
import { placesSetIn, type SentenceView } from './sentence-view';
import type { Alternative, CompiledClaim, MatchIndex } from './story-index';
import { hasForeignWord, standsWhole } from './whole-subject';

export type { SentenceContext } from './find-subject';

export type Polarity = 'affirms' | 'denies' | 'uncertain';

export interface Verdict {
  polarity: Polarity;
  differences: Difference[];
  /** What carried it: the subject found (and whether from an earlier sentence), the predicate, the cues. */
  why: { subject?: string; subjectFromContext?: boolean; predicate: string; cues: string[] };
  /** A saying taken as made though its clause doubts what it says ("if the Adani denial holds up"): what it entails stays open. */
  doubted?: true;
}

/** The sentence is set in a time that is not the story's (or the claim's). */
function isAnotherTime(view: SentenceView, claim: CompiledClaim, context: SentenceContext, index: MatchIndex): boolean {
  if (view.years.length > 0) return !view.years.some((y) => claim.years.has(y));
  if (view.months.length > 0) {
    // A date claim reads another month as a differing date, not as another event.
    if (claim.figure?.kind === 'date' || index.period.months.size === 0) return false;
    return !view.months.some((m) => index.period.months.has(m));
  }
  // No time of its own: the one an earlier sentence of the paragraph opened with ("In 2019, …"),
  // else the page's date line (a page from before the story).
  for (let k = context.before.length - 1; k >= 0; k--) {
    const years = context.before[k]!.settingYears;
    if (years.length > 0) return !years.some((y) => claim.years.has(y));
  }
  return context.pageYear !== undefined && context.pageYear < Math.min(...index.period.years);
}

/** A hedge in a concept's own words that say "no" ("would not confirm", "declined to confirm"): a refusal, said, not left open. */
const ownHedge = (c: SentenceView['cues']['cues'][number], mention: Mention, index: MatchIndex) =>
  c.category === 'hedge' && index.negativeConcepts.has(mention.id) && c.first >= mention.first && c.last <= mention.last;

function polarityAt(view: SentenceView, mention: Mention, alternative: Alternative, claim: CompiledClaim, index: MatchIndex, given = false): Polarity {
  // A predicate that is itself the word of a hedge ("did not deny" the report) is left open too;
  // a claim of what may happen only by doubt (CompiledClaim.modal); a refusal not by its own words.
  // (So is one with a hedge between its words: "were probably present".)
  const bears = (c: SentenceView['cues']['cues'][number]) => c.category === 'hedge' && !(claim.modal && c.possibility);
  const inHedge = view.cues.cues.some((c) => bears(c) && ((!ownHedge(c, mention, index) && c.first <= mention.first && mention.first <= c.last) ||
    (mention.gapped === true && c.first > mention.first && c.last < mention.last)));
  if (!given && ((claim.modal ? view.cues.doubted : view.cues.hedged)[mention.first] || inHedge)) return 'uncertain';
  // (A negation between the predicate's words negates it too: "were not there".)
  // (Not by a negation that is the predicate's own word, and the only one, in a concept that says
  // "no" in its own words: "said nothing" states the silence, as "silent" does.)
  const ownWords = (c: { first: number; last: number }) => index.negativeConcepts.has(mention.id) && mention.gapped !== true && c.first >= mention.first && c.last <= mention.last;
  const negations = view.cues.cues.filter((c) => c.category === 'negation');
  const negated =
    (view.cues.negated[mention.first] && !(negations.length > 0 && negations.every(ownWords))) ||
    (mention.gapped === true && negations.some((c) => c.first > mention.first && c.last < mention.last));
  return negated === alternative.negated ? 'affirms' : 'denies';
}

const hasAny = (view: SentenceView | undefined, ids: string[]) => view !== undefined && ids.some((id) => view.byId.has(id));
/**
 * An `also` group is the story's own: "Chinese companies" are not the Indian firms it asks for; and,
 * given the predicate, not read off its words as another concept ("deepening co-operation" is no
 * predicate and a joint venture at once); the predicate's own concept, or a place its phrase names
 * ("reçus à Moscou"), still counts.
 */
const hasOwn = (view: SentenceView, ids: string[], index: MatchIndex, apart?: Mention) =>
  ids.some((id) => (view.byId.get(id) ?? []).some((m) => !isForeign(view, m, index) && !(apart && m.kind === 'concept' && m.id !== apart.id && m.first <= apart.last && m.last >= apart.first)));

/** Words after a list predicate where its members may still stand (to the end of its clause). */
export const LIST_REACH = 40;
/** A differing figure belongs to the claim only this close (in tokens) to its predicate, */
export const FIGURE_REACH = 6;
/**
 * or this close before its subject, counting it ("16 executives", "76% of the inventory"); counted
 * from the figure's first word, so a written marker takes its share ("40 per cent of India's
 * military hardware"). Raised from 4 to 6 on the tuning half: no new false match.
 */
export const FIGURE_SUBJECT_REACH = 6;

/**
 * A report named as a noun ("a report that"), in the denial's clause, opens what stands between the
 * denial's predicate and `later`: the denial answers it. (Not a source's own word: "its sources
 * maintain that …" affirms.)
 */
const answersReport = (view: SentenceView, denied: Mention, later: Mention, index: MatchIndex) => {
  const { tokens, cues } = view;
  const { language } = index;
  return tokens.some((_, k) => k > denied.last && k < later.first && cues.clause[k] === cues.clause[denied.last] && isReportWord(tokens, k, language) &&
    language.stopwords.has(tokens[k - 1]?.text ?? '') && language.contentMarkers?.has(tokens[k + 1]?.text ?? '') === true);
};

/** Readings in the order one is preferred to another: a sentence that both reports and questions a claim reports it. */
export const POLARITY_ORDER: Polarity[] = ['affirms', 'uncertain', 'denies'];


export function judgeClaim(view: SentenceView, claim: CompiledClaim, context: SentenceContext, index: MatchIndex): Verdict | null {
  // Asked of the claim first, not of each place its predicate stands: most sentences judged fail it.
  if (!maySubject(view, claim)) return null;
  if (!claim.also.every((group) => hasOwn(view, group, index))) return null;
  const inParagraph = (group: string[]) => hasAny(view, group) || context.before.some((before) => hasAny(before, group));
  if (!claim.near.every(inParagraph)) return null;
  // (A bare statement that opens the page, as a headline does, needs none: the gate has judged the
  // page, and nothing before says what else it might be about.)
  const first = claim.bare && context.before.length === 0 && context.named.size === 0;
  if (!first && !claim.context.every((group) => inParagraph(group) || group.some((id) => context.named.has(id)))) return null;
  // Another event the claim is not ("Putin's visit") rules the sentence out, unless the predicate is
  // set where the claim's event happened ("… sat down with Russian officials in Moscow … than any
  // summit communique"); someone the claim is not (a name) always does.
  let namesOther = false;
  for (const id of claim.not) {
    const said = view.byId.get(id);
    if (!said) continue;
    if (said.some((m) => m.kind === 'entity')) return null;
    namesOther = true;
  }
  // Every place the predicate is stated, with the subject it has there; the reading that affirms
  // the claim first (a sentence that both reports and questions a claim still reports it).
  let best: { predicate: Mention; alternative: Alternative; subject: { id?: string; fromContext: boolean }; polarity: Polarity; doubted?: boolean } | undefined;
  let denial: typeof best;
  for (const alternative of claim.predicate) {
    // A list may carry on from the sentence before (see opensList).
    const listBefore = alternative.list === true && hasAny(context.before.at(-1) ?? context.previous, alternative.with ?? []);
    for (const predicate of view.byId.get(alternative.id) ?? []) {
      // `list`: a list that goes on from the sentence before ("They included …", "Among them
      // were …"), its members named after it.
      const withHere = !alternative.with || withHolds(view, alternative.with, predicate, claim, index);
      // Carried on from the sentence before only: its members must be named after it.
      const onlyListBefore = !withHere && listBefore && opensList(view, predicate, alternative, index.language);
      if (!withHere && !onlyListBefore) continue;
      if (alternative.negated && deniesOfOneWay(view, predicate, claim, index)) continue;
      // (Never the other event's own word: the "visit" of "Putin's visit". Nor, for a frame of
      // something done, what is to come: "will travel to Moscow next year".)
      if (claim.done && isNotDone(view, predicate, index.language)) continue;
      if (isBackground(view, predicate, index.language) || isRetracted(view, predicate, index.language)) continue;
      if (!claim.also.every((group) => hasOwn(view, group, index, predicate))) continue;
      if (namesOther && (isAhead(view, predicate, index.language.aheadWords) || isWordOf(view, claim.not, predicate) || !placesSetIn(view, index, predicate).some((p) => claim.place.has(p)))) continue;
      if ((claim.bare && !isBare(view, predicate, index.language)) || !isOnTopic(view, predicate, claim, index.language) || isOwnerPhrase(view, predicate, index) || isAnotherPlace(view, predicate, claim, index) || isObjectOf(view, predicate, claim, index.language.verbFinal) || (alternative.notTopic === true && isTopicOnly(view, predicate, index.language))) continue;
      const subject = claim.objectAfter ? objectAfter(view, predicate, claim.subject, index)
        : claim.ownerBefore ? ownerBefore(view, predicate, claim, index) : findSubject(view, claim, predicate, context, index, alternative.list ? LIST_REACH : undefined);
      if (!subject) continue;
      // (Nor a speaker's noun, ", an attendee said", unless the claim is about the speakers.)
      if (inAttribution(view, predicate, index.language) && !claim.subject.some((s) => s.id === predicate.id)) continue;
      // A bare statement of a subject with a word of its own inside: "the board meetings took place",
      // "no trade deal was signed" (not "no concrete agreement was reached": a word of the concept's own).
      if (claim.bare && !subject.fromContext && (view.byId.get(subject.id ?? '') ?? []).some((m) => m.last < predicate.first && ((m.gapped === true && hasForeignWord(view, m, index)) || !standsWhole(view, m, index)))) continue;
      if (onlyListBefore && !(view.byId.get(subject.id ?? '') ?? []).some((m) => m.first > predicate.last)) continue;
      // A refusal in a hedge's words ("declined to confirm") is said by who stands before it, not by
      // what it would not confirm: "Russian officials declined to confirm that Adani attended".
      const refusal = view.cues.cues.some((c) => ownHedge(c, predicate, index));
      if (refusal && !subject.fromContext && (view.byId.get(subject.id ?? '') ?? []).every((m) => m.first > predicate.last)) continue;
      let polarity: Polarity;
      let doubted = false;
      if (claim.ownerBefore) {
        if (!ownerTakenAsGiven(view, predicate, claim, index)) continue;
        polarity = alternative.negated ? 'denies' : 'affirms';
      } else {
        const named = subject.id !== undefined && !subject.fromContext ? subject.id : undefined;
        const open = isInTopicOf(view, predicate, claim, index) || (named !== undefined && hedgedBetween(view, predicate, named)) || hedgedAfterNoun(view, predicate, index.language) ||
          (named !== undefined && subjectHedged(view, named, predicate, index.language));
        polarity = open ? 'uncertain' : polarityAt(view, predicate, alternative, claim, index);
        // A saying given by its noun is said whatever doubts its clause, what it says still doubted:
        // "if the Adani denial holds up".
        if (polarity === 'uncertain' && !alternative.negated && givenSaying(view, predicate, index.language)) {
          polarity = polarityAt(view, predicate, alternative, claim, index, true);
          doubted = true;
        }
      }
      if (claim.openOnly && polarity !== 'uncertain') continue;
      // "Its chief executive did not represent the company": the firm may have sent someone else.
      if (polarity === 'denies' && subject.id !== undefined && claim.oneWay.has(subject.id)) continue;
      const better = !best || POLARITY_ORDER.indexOf(polarity) < POLARITY_ORDER.indexOf(best.polarity) ||
        (polarity === best.polarity && predicate.first < best.predicate.first);
      if (better) best = { predicate, alternative, subject, polarity, doubted };
      if (polarity === 'denies' && !denial) denial = { predicate, alternative, subject, polarity };
    }
  }
  // "Bharat Forge said it did not take part, responding to a report that its executives were
  // there": a denial, then what it answers; the report is no affirmation of its own.
  if (best?.polarity === 'affirms' && denial && answersReport(view, denial.predicate, best.predicate, index)) best = denial;
  // Asked last: it reads the sentence's figures, which most sentences judged never need.
  if (!best || isAnotherTime(view, claim, context, index)) return null;
  const { predicate, alternative, subject, polarity, doubted } = best;
  const differences: Difference[] = [];
  if (claim.figure) {
    const spec = claim.figure;
    const counts = spec.kind === 'count' ? spec.counts : [];
    const countsNoun = (f: Figure, id: string) => countsNounOf(view, f, id, index.language);
    // A report's date is no date of the claim's, the same or not ("a report published on Dec. 9"),
    // nor a month that only names which talks are meant ("the October talks", see namesWhich);
    // without one of its own, a claim that needs its date is not made.
    let belongs = (f: Figure) => (f.kind === 'count' ? counts.some((id) => countsNoun(f, id)) : f.kind !== 'date' || !(datesReport(view, f.at, index.language) || (f.days.length === 0 && namesWhich(view.tokens, f.at, index.language))));
    let figure = compareFigure(view, spec, belongs);
    // A count the claim also reads off a second noun ("executives from at least six companies")
    // differs only where it counts the first: "SIDM's 500 member firms" is no other headcount.
    if (figure.difference && counts.length > 1) {
      belongs = (f: Figure) => countsNoun(f, counts[0]!);
      figure = compareFigure(view, spec, belongs);
    }
    if (spec.required && !figure.stated) return null;
    if (figure.difference) {
      // Another figure is the claim's only when the sentence names what the claim is about, not
      // merely its predicate ("the meetings … on Dec. 9" dates the report), and stands by it.
      const named = subject.id !== undefined && !subject.fromContext && !claim.predicate.some((a) => a.id === subject.id);
      const at = view.figures.find((f) => f.kind === figure.difference!.kind && belongs(f))?.at ?? -Infinity;
      const near =
        Math.abs(at - predicate.first) <= FIGURE_REACH ||
        view.mentions.some((m) => m.id === subject.id && m.first > at && m.first - at <= FIGURE_SUBJECT_REACH);
      if (!named || !near || !isDatedEvent(view, claim, figure.difference, context, index.language)) return null;
      // A differing date that something else in the sentence could date is not the claim's.
      if (figure.difference.kind === 'date' && datesSomethingElse(view, predicate, at, claim, index)) {
        if (spec.required) return null;
      } else differences.push(figure.difference);
    }
  }
  if (subject.id && claim.otherMeasures.has(subject.id)) {
    // Another measure and another figure at once is another statistic altogether.
    if (differences.length > 0) return null;
    const said = view.mentions.find((m) => m.id === subject.id);
    differences.push({ kind: 'measure', page: said ? view.tokens.slice(said.first, said.last + 1).map((t) => t.text).join(' ') : subject.id });
  }
  if (polarity === 'denies' && !claim.disputable) return null;
  return {
    polarity,
    ...(doubted ? { doubted: true as const } : {}),
    differences,
    why: {
      ...(subject.id ? { subject: subject.id } : {}),
      ...(subject.fromContext ? { subjectFromContext: true } : {}),
      predicate: `${alternative.negated ? '!' : ''}${alternative.id}`,
      cues: view.cues.cues.filter((c) => c.category !== 'terminator' && c.category !== 'boundary' && c.category !== 'pseudo').map((c) => c.phrase),
    },
  };
}
