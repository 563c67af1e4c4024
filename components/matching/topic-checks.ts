// Checks on what a claim's predicate is about, asked by judgeClaim: the topic a refusal or a report
// names ("comment on the Rafale talks"), a predicate reported inside a refused comment's topic, and
// a predicate that is only the topic of something else ("asked Bharat Forge about the meetings"),
// and one that only says who spoke (", an attendee said").
import type { Language } from './languages/types';
import type { Mention } from './lexicon';
import { inOtherAside, isReportWord, quotationAt } from './subject-clues';
import type { SentenceView } from './sentence-view';
import type { CompiledClaim, MatchIndex } from './story-index';

/** Tokens after a topic word ("on", "about", "of"; "that" opening what a report says) read for what a statement is about. */
export const TOPIC_REACH = 8;

/** "declined to comment on the Rafale talks": what the predicate is about, when the sentence says. */
export function isOnTopic(view: SentenceView, predicate: Mention, claim: CompiledClaim, language: MatchIndex['language']): boolean {
  if (!claim.onTopic) return true;
  // "did not comment on the remarks": the second word is what the first is about, no predicate.
  const inTopicOf = (o: Mention) =>
    o.last < predicate.first && language.topicWords.has(view.tokens[o.last + 1]?.text ?? '') && predicate.first <= o.last + 1 + TOPIC_REACH;
  if (view.byId.get(predicate.id)!.some(inTopicOf)) return false;
  const wanted = (id: string) => claim.onTopic!.has(id);
  // '"No comment," a spokesman said when asked about the Su-57 contract': a quotation's topic
  // may follow its attribution.
  const quote = quotationAt(view, predicate.first);
  const after = quote ? view.tokens.findIndex((t) => t.start > quote.close && language.topicWords.has(t.text)) : -1;
  if (after > 0 && !isAbout(view, after - 1, wanted, (word) => language.topicWords.has(word))) return false;
  const last = pastTimes(view, predicate.last, language);
  const next = view.tokens[last + 1];
  if (!next || !language.topicWords.has(next.text)) return true;
  const topics = view.mentions.filter((m) => wanted(m.id) && m.first > last + 1 && m.first <= last + 1 + TOPIC_REACH);
  // "… about them": a pronoun refers back to what the sentence or paragraph is about.
  if (topics.length === 0) return view.anaphors.some((a) => a.first === last + 2);
  // "declined to comment on a report that India was weighing more S-400s": a topic whose own
  // content follows it ("that" and a subject) is the story's only when that content is. (Not a
  // relative clause: "the meetings that were held"; its verb follows "that" at once.)
  const opensContent = (m: Mention) => {
    const marker = view.tokens[m.last + 1];
    const after = view.tokens[m.last + 2];
    if (!marker || !(language.contentMarkers?.has(marker.text) ?? false) || !after) return false;
    return !language.stopwords.has(after.text) || view.anaphors.some((a) => a.first === m.last + 2);
  };
  return topics.some((m) => !opensContent(m) || isAbout(view, m.last, (id) => wanted(id) && id !== m.id, (word) => language.contentMarkers?.has(word) === true));
}

/**
 * ("declined to comment on Friday", "denied the report on Wednesday", "on both occasions"): a time
 * after a topic word is no topic; one may follow it. The last word of the times after `last`.
 * (Not a time that owns what follows: "the report on Tuesday's meeting".)
 */
export function pastTimes(view: SentenceView, last: number, language: Language): number {
  let end = last;
  while (language.topicWords.has(view.tokens[end + 1]?.text ?? '')) {
    const time = [end + 2, end + 3].find((k) => language.timeWords?.has(view.tokens[k]?.stem ?? '') === true && view.tokens[k]!.possessive !== true);
    if (time === undefined || (time === end + 3 && view.tokens[end + 2]?.kind === 'punct')) break;
    end = time;
  }
  return end;
}

/**
 * What the word ending at `last` is about, when a word that opens a topic follows it ("comment on
 * the Rafale talks", "reports of job cuts"): one of the wanted ids within TOPIC_REACH; true when
 * no topic word follows.
 */
export function isAbout(view: SentenceView, last: number, wanted: (id: string) => boolean, opensTopic: (word: string) => boolean): boolean {
  const next = view.tokens[last + 1];
  if (!next || !opensTopic(next.text)) return true;
  return view.mentions.some((m) => wanted(m.id) && m.first > last + 1 && m.first <= last + 1 + TOPIC_REACH);
}

/**
 * "Bharat Forge declined to comment on reports that it attended": the predicate stands in what a
 * refused word the frame lists as `notObjectOf` is about (negated, or a concept that says "no" in
 * its own words; after its topic word, in its clause and not past a relative aside it stands in),
 * so it is reported there, neither said nor denied by the sentence. (Not what a comment made is
 * about: "in a response on Friday, denied that it attended" denies.)
 */
export function isInTopicOf(view: SentenceView, predicate: Mention, claim: CompiledClaim, index: MatchIndex): boolean {
  const language = index.language;
  return claim.notObjectOf.some((id) =>
    (view.byId.get(id) ?? []).some(
      (m) =>
        m.last + 1 < predicate.first && language.topicWords.has(view.tokens[m.last + 1]?.text ?? '') &&
        (index.negativeConcepts.has(m.id) || view.cues.negated[m.first] === true) &&
        view.cues.clause[m.first] === view.cues.clause[predicate.first] && !inOtherAside(view, m, predicate, index),
    ),
  );
}

/** Words a topic word may stand before its predicate ("about the Moscow meetings"). */
const TOPIC_WORD_REACH = 3;

/**
 * "Reporters asked Bharat Forge about the Moscow meetings": the predicate after one of the
 * language's `aboutWords`, with only function words and names between, is what something is about.
 * Not one a possessive owns ("spoke about his meetings in Moscow", "about Bharat Forge's talks").
 */
export function isTopicOnly(view: SentenceView, predicate: Mention, language: MatchIndex['language']): boolean {
  const about = language.aboutWords;
  if (!about) return false;
  for (let k = predicate.first - 1; k >= 0 && k >= predicate.first - TOPIC_WORD_REACH; k--) {
    const t = view.tokens[k]!;
    if (about.has(t.text)) return true;
    const named = view.mentions.some((m) => m.kind === 'entity' && m.first <= k && k <= m.last);
    const owner = t.possessive === true || view.anaphors.some((a) => a.first <= k && k <= a.last);
    if (owner || !(language.stopwords.has(t.text) || named)) return false;
  }
  return false;
}

/** Words of an attribution closing the sentence that only names a speaker (", one participant told Reuters"). */
const ATTRIBUTION_WORDS = 6;
/** Longer, where its report verb closes it, or all but a few words ("…, a person familiar with his travel said"). */
const LONG_ATTRIBUTION_WORDS = 12;
const WORDS_AFTER_REPORT = 2;

/** Is the mention in an attribution closing the sentence that says who spoke and nothing else (no "that …", no clause)? */
export function inAttribution(view: SentenceView, m: Mention, language: Language): boolean {
  const at = view.cues.attribution;
  if (at === undefined || m.first < at) return false;
  const { tokens } = view;
  const words = tokens.slice(at).filter((t) => t.kind === 'word');
  if (words.some((t) => language.contentMarkers?.has(t.text) === true)) return false;
  if (words.length <= ATTRIBUTION_WORDS) return true;
  let report = tokens.length - 1;
  while (report >= at && !isReportWord(tokens, report, language)) report--;
  // (Not a passive: "…, Bharat Forge's participation in the meetings was confirmed".)
  const before = tokens.slice(at, report).filter((t) => t.kind === 'word').at(-1);
  const passive = before !== undefined && language.ellipsis?.auxiliaries.has(before.text) === true;
  const after = tokens.slice(report + 1).filter((t) => t.kind === 'word').length;
  return words.length <= LONG_ATTRIBUTION_WORDS && report >= at && !passive && after <= WORDS_AFTER_REPORT;
}
