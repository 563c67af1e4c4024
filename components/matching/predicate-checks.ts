// Checks on where a claim's predicate stands in a sentence, asked by judgeClaim: whether its `with`
// words are the story's, where it is set, whether it is said of what is to come, whether a list
// carries on, and whether a differing date is the claim's event (what it is about: topic-checks.ts;
// whether it ends what is said, or is only background: predicate-bounds.ts).
import type { Difference } from './compare-figures';
import type { SentenceContext } from './find-subject';
import { namesPost } from './posts';
import { asideAt, RELATIVE_REACH } from './relative-asides';
import { isAbout, pastTimes } from './topic-checks';
import { DAY_JOINERS } from './figures';
import { DEFAULT_PLACE_PREPOSITIONS, type Mention } from './lexicon';
import { placesSetIn, type SentenceView } from './sentence-view';
import { PRONOUN_PREFIX, type Alternative, type CompiledClaim, type MatchIndex } from './story-index';

/** Tokens after a predicate where its object stands ("denied the Reuters report"). */
export const OBJECT_AFTER_REACH = 3;

/**
 * An alternative's `with` word is in the sentence, and, where it is the predicate's object, not one
 * about something else: "denied reports of job cuts" is not a denial of the story's report;
 * "denied reports of its presence in Moscow" is. Before the predicate, with a topic of its own, one
 * about the story's words (a `with` id, the claim's subject or any claim's predicate, not this
 * predicate itself): "a report on its quarterly margins was false" is no denial of the story's.
 */
export function withHolds(view: SentenceView, ids: string[], predicate: Mention, claim: CompiledClaim, index: MatchIndex): boolean {
  const { language } = index;
  const storyWord = (other: string) => other !== predicate.id && (ids.includes(other) || index.byPredicate.has(other) || claim.subject.some((a) => a.id === other));
  return ids.some((id) =>
    (view.byId.get(id) ?? []).some((m) => {
      if (m.first <= predicate.last) {
        return m.last >= predicate.first || isAbout(view, pastTimes(view, m.last, language), storyWord, (word) => language.topicWords.has(word));
      }
      if (m.first - predicate.last > OBJECT_AFTER_REACH) return true;
      return isAbout(view, pastTimes(view, m.last, language), (other) => ids.includes(other), (word) => language.topicWords.has(word) || language.contentMarkers?.has(word) === true);
    }),
  );
}

/**
 * A differing date dates the claim's event when the sentence says which event: the one already
 * spoken of ("the meetings took place on November 12-13"), or one set where the claim's happened
 * ("… in Moscow on November 12-13", or a paragraph about Moscow). "A trade delegation visited
 * Mumbai in November" is another event.
 */
export function isDatedEvent(view: SentenceView, claim: CompiledClaim, difference: Difference, context: SentenceContext, language: MatchIndex['language']): boolean {
  if (difference.kind !== 'date' || claim.place.size === 0 || !language.definiteWords) return true;
  if ([...claim.place].some((p) => view.byId.has(p) || context.before.some((b) => b.byId.has(p)))) return true;
  return claim.subject.some((a) => (view.byId.get(a.id) ?? []).some((m) => language.definiteWords!.has(view.tokens[m.first]!.text) || language.definiteWords!.has(view.tokens[m.first - 1]?.text ?? '')));
}

/** The predicate is a word of one of these mentions (the "visit" of "Putin's visit"). */
export function isWordOf(view: SentenceView, ids: string[], predicate: Mention): boolean {
  return ids.some((id) => (view.byId.get(id) ?? []).some((m) => m.first <= predicate.first && m.last >= predicate.last));
}

/** Words before a predicate where a future or a plan is said ("will travel", "are expected to meet"). */
export const AHEAD_REACH = 3;

/** The predicate is said of what is to come: "will travel to Moscow … after Putin's visit" is no past meeting. */
export function isAhead(view: SentenceView, predicate: Mention, markers: ReadonlySet<string> | undefined): boolean {
  if (!markers) return false;
  for (let k = predicate.first - 1; k >= 0 && k >= predicate.first - AHEAD_REACH; k--) if (markers.has(view.tokens[k]!.text)) return true;
  return false;
}

/** Words before a predicate, within its clause, where a plan is said of a frame of something done ("will, the sources said, travel …"); a possibility, AHEAD_REACH. */
export const DONE_AHEAD_REACH = 10;

/**
 * Of a frame of something done (`done`), the predicate is said of what is to come or might be:
 * one of the language's `plannedWords` up to DONE_AHEAD_REACH words back in its clause (one of its
 * `possibleWords` up to AHEAD_REACH; neither in a relative clause or an aside), not past a
 * report verb ("A report expected to stir debate said executives travelled …" is past), or
 * the language's infinitive marker right before it ("plan to travel", "are likely to visit").
 */
export function isNotDone(view: SentenceView, predicate: Mention, language: MatchIndex['language']): boolean {
  if (language.infinitiveMarker !== undefined && view.tokens[predicate.first - 1]?.text === language.infinitiveMarker) return true;
  const markers = language.plannedWords;
  if (!markers) return false;
  const clause = view.cues.clause[predicate.first];
  const { asides } = view.cues;
  // A relative clause's own verb, short of the predicate, is not the predicate's: "Executives whose
  // firms will face sanctions travelled …" (not "Executives who will travel to Moscow …").
  const relative = (k: number) => predicate.first - k > AHEAD_REACH && view.tokens.slice(Math.max(0, k - RELATIVE_REACH), k).some((t) => language.relativeWords?.has(t.text) === true);
  for (let k = predicate.first - 1; k >= 0 && k >= predicate.first - DONE_AHEAD_REACH && view.cues.clause[k] === clause; k--) {
    const text = view.tokens[k]!.text;
    const possible = language.possibleWords?.has(text) === true && predicate.first - k <= AHEAD_REACH;
    if ((markers.has(text) || possible) && asideAt(asides, k) === undefined && !relative(k)) return true;
    // (An attribution set off by commas is no verb of its own: "will, the sources said, travel".)
    const setOff = view.tokens[k + 1]?.text === ',' && view.tokens.slice(Math.max(0, k - 3), k).some((t) => t.text === ',');
    if (language.reportWords.has(view.tokens[k]!.stem) && !setOff) return false;
  }
  return false;
}

/**
 * A list carries on from the sentence before only when it opens the sentence about those who were
 * there: nothing, a pronoun, "the" or the alternative's own words before it ("They included",
 * "Among them were", "The delegation included"), not "Potential partners include …".
 */
export function opensList(view: SentenceView, predicate: Mention, alternative: Alternative, language: MatchIndex['language']): boolean {
  const covered = new Set<number>();
  for (const m of view.mentions) if (m.last < predicate.first && alternative.with!.includes(m.id)) for (let k = m.first; k <= m.last; k++) covered.add(k);
  for (const a of view.anaphors) if (a.last < predicate.first && a.ids.some((id) => id.startsWith(PRONOUN_PREFIX))) for (let k = a.first; k <= a.last; k++) covered.add(k);
  for (let k = 0; k < predicate.first; k++) {
    const t = view.tokens[k]!;
    if (t.kind !== 'punct' && !covered.has(k) && !language.definiteWords?.has(t.text)) return false;
  }
  return true;
}

/** "led a delegation to Washington": the predicate set in a place that is not the claim's. */
export function isAnotherPlace(view: SentenceView, predicate: Mention, claim: CompiledClaim, index: MatchIndex): boolean {
  if (claim.place.size === 0) return false;
  for (const p of claim.place) if (view.byId.has(p)) return false;
  const places = placesSetIn(view, index, predicate);
  return places.length > 0 && !places.some((p) => claim.place.has(p));
}

/**
 * A place phrase that owns the noun after it says nothing of being there: "buying in the group's
 * infrastructure stocks" is no "in the group".
 */
export function isOwnerPhrase(view: SentenceView, predicate: Mention, index: MatchIndex): boolean {
  if (predicate.last === predicate.first || !view.tokens[predicate.last]!.possessive) return false;
  return (index.language.placePrepositions ?? DEFAULT_PLACE_PREPOSITIONS).has(view.tokens[predicate.first]!.text);
}

/** Tokens from the end of a report verb's object to its date ("the meetings on Dec. 9"). */
export const REPORTED_DATE_GAP = 2;

/** Tokens before what a date is said of where a report verb taking it as its object stands ("reported the Moscow meetings on Dec. 9"). */
export const REPORTED_OBJECT_REACH = 3;
/** Tokens before a date where what it dates may stand ("in New Delhi, on December 4 and 5"). */
export const DATED_NAME_REACH = 8;

/** A report's date, the same as the claim's or not: "the report, published on Dec. 9, said …". */
export function datesReport(view: SentenceView, at: number, language: MatchIndex['language']): boolean {
  const { at: atWords, reportDated } = language.dates;
  let before = at - 1;
  while (before >= 0 && (view.tokens[before]!.kind === 'number' || atWords.includes(view.tokens[before]!.text))) before--;
  return before < at - 1 && reportDated?.includes(view.tokens[before]?.text ?? '') === true;
}

/**
 * Another date is the claim's only where nothing else it could date stands nearer: not in a clause
 * that names nothing of the claim's, not another claim's predicate between the claim's and the
 * date ("the trip only came to light in December" dates the coming to light), nor a report verb
 * taking the claim's words as its object ("reported the Moscow meetings on Dec. 9" dates the
 * report; "reported that the meetings were held on …" does not).
 */
export function datesSomethingElse(view: SentenceView, predicate: Mention, at: number, claim: CompiledClaim, index: MatchIndex): boolean {
  const ownWords = (id: string) => id === predicate.id || claim.predicate.some((a) => a.id === id) || claim.subject.some((a) => a.id === id);
  // "Putin was in New Delhi on 5 December; the Moscow meetings …": a clause of the date's own that
  // names nothing of the claim's.
  const { clause } = view.cues;
  if (!view.mentions.some((m) => clause[m.first] === clause[at] && ownWords(m.id))) return true;
  // "Putin spent two days in New Delhi, on December 4 and 5, and the Moscow talks …", "the arrival
  // of President Putin on 4-5 December", "after Putin arrived in New Delhi on December 4": the
  // nearest name before it in its clause, short of the claim's own words (its place, the other
  // party it names), is a rival event, another place or event, or someone else; not one the
  // language's `boundPrepositions` bind to the verb before it, the date set off by no comma
  // ("travelled from New Delhi on November 10 to meet …", "led by Sanjeev Kumar on November 12").
  const another = (m: Mention) => claim.not.includes(m.id) || ['place', 'event', 'person'].includes(index.entities.get(m.id)?.kind ?? '');
  const ofWord = (m: Mention) => [1, 2].some((back) => index.language.ofWords?.has(view.tokens[m.first - back]?.text ?? '') === true);
  for (let k = at - 1; k >= 0 && at - k <= DATED_NAME_REACH && clause[k] === clause[at]; k--) {
    const ending = view.mentions.filter((m) => m.last === k);
    if (ending.some((m) => ownWords(m.id) || claim.place.has(m.id) || claim.also.some((group) => group.includes(m.id)))) break;
    const name = ending.find(another);
    const bound = name !== undefined && index.language.boundPrepositions?.has(view.tokens[name.first - 1]?.text ?? '') === true;
    if (name && (view.tokens.slice(k + 1, at).some((t) => t.text === ',') || ofWord(name) || !bound)) return true;
    if (name) break;
  }
  // (Words the claim reads as its own are not another's, whatever else they also are: "took place".)
  const isOwn = (m: Mention) => ownWords(m.id) || view.mentions.some((o) => o.first === m.first && o.last === m.last && ownWords(o.id));
  const [from, to] = at > predicate.last ? [predicate.last, at] : [at, predicate.first];
  if (view.mentions.some((m) => m.kind === 'concept' && m.first > from && m.last < to && index.byPredicate.has(m.id) && !isOwn(m))) return true;
  // "shortly before Putin's Dec. 4-5 visit": the date of another word of an event, owned by
  // someone the claim is not about (nor the other party it names: "prepared Putin's … visit").
  const owner = (m: Mention) => m.last === at - 1 && (claim.subject.some((a) => a.id === m.id) || claim.also.some((group) => group.includes(m.id)));
  if (view.tokens[at - 1]?.possessive && !view.mentions.some(owner)) {
    const joiners = index.language.dates.dayJoiners ?? DAY_JOINERS;
    let end = at + 1;
    while (end < view.tokens.length && (view.tokens[end]!.kind === 'number' || view.tokens[end]!.kind === 'punct' || joiners.includes(view.tokens[end]!.text))) end++;
    if (view.mentions.some((m) => m.first === end && m.first !== predicate.first && ownWords(m.id))) return true;
  }
  // "reported the Moscow meetings on Dec. 9": the date right after the claim's words, which are
  // the report verb's object (not "told Reuters the meetings were held … on Nov. 12-13").
  if (at <= predicate.last || at - predicate.last > REPORTED_DATE_GAP) return false;
  const markers = index.language.contentMarkers;
  for (let k = predicate.first - 1; k >= 0 && k >= predicate.first - REPORTED_OBJECT_REACH; k--) {
    if (markers?.has(view.tokens[k]!.text) || view.tokens[k]!.kind === 'punct') return false;
    if (index.language.reportWords.has(view.tokens[k]!.stem)) return true;
  }
  return false;
}

/**
 * "It denied that its defence chief had represented the company in Moscow": a denial whose
 * reported clause is said of one of the claim's one-way subjects (`oneWay`: a person or post whose
 * presence is the firm's, whose absence says nothing of whom else it sent) denies that, not the
 * claim: the name that opens what it reports, or the post after a possessive there.
 */
export function deniesOfOneWay(view: SentenceView, predicate: Mention, claim: CompiledClaim, index: MatchIndex): boolean {
  if (claim.oneWay.size === 0) return false;
  // The clause's subject opens it: right after the denial word, or after a word that opens what
  // it reports ("that"); not "denied the report, saying Rajvanshi was in Dubai".
  // (Past more words of the denial: "said it was categorically false that Rajvanshi …".)
  let after = predicate.last + 1;
  for (let more = view.mentions.find((m) => m.id === predicate.id && m.first === after); more; more = view.mentions.find((m) => m.id === predicate.id && m.first === after)) after = more.last + 1;
  const opens = index.language.contentMarkers?.has(view.tokens[after]?.text ?? '') ? after + 1 : after;
  const name = view.mentions.find((m) => m.kind === 'entity' && m.first === opens);
  if (name) return claim.oneWay.has(name.id);
  const anaphor = view.anaphors.find((a) => a.first === opens);
  return anaphor !== undefined && namesPost(view, anaphor.last, index.posts, index.language, (holder) => claim.oneWay.has(holder));
}

/** Words before a predicate where a verb taking it as its object stands ("attended the Moscow sessions"). */
export const OBJECT_REACH = 4;
/** Words after a predicate where a verb-final language's verb taking it stands, the subject often between ("बैठकों में अडानी के सीईओ शामिल थे"). */
export const VERB_FINAL_OBJECT_REACH = 8;

/** The predicate is the object of a verb the frame lists as `notObjectOf` ("attended the Moscow sessions"). */
export function isObjectOf(view: SentenceView, predicate: Mention, claim: CompiledClaim, verbFinal = false): boolean {
  // "attended the Moscow sessions", and "at the Moscow talks" (a phrase around the predicate);
  // in a verb-final language the verb follows ("मॉस्को बैठकों में शामिल हुए").
  return claim.notObjectOf.some((id) =>
    (view.byId.get(id) ?? []).some(
      (m) => (m.first < predicate.first && predicate.first - m.last <= OBJECT_REACH) || (verbFinal && m.first > predicate.last && m.first - predicate.last <= VERB_FINAL_OBJECT_REACH && view.cues.clause[m.first] === view.cues.clause[predicate.first]),
    ),
  );
}
