// Small clues to a sentence's subject, read off its words in the language's grammar: a relative
// clause set off by commas, a possessive name, a predicate noun's "of", a report verb, an
// attribution aside, a name inside a quotation, a nationality that makes a mention foreign.
import type { Language } from './languages/types';
import type { Mention } from './lexicon';
import type { SentenceView } from './sentence-view';
import { quotationAround } from './quotations';
import { appositiveClose, asideAt, joinsClause } from './relative-asides';
import type { MatchIndex } from './story-index';
import type { Token } from './words';

/**
 * "SIDM, which speaks for more than 500 Indian defence firms, sent a delegate to the talks": a
 * name inside a relative clause set off by commas is not the subject of a predicate outside it.
 */
export function inOtherAside(view: SentenceView, m: Mention, predicate: Mention, index: MatchIndex): boolean {
  // (Relative clauses only: "Indian firms, led by Adani Defence, met …" names who met.)
  const asides = view.cues.asides.filter((a) => !a.participle);
  const aside = asides.length > 0 ? asideAt(asides, m.first) : undefined;
  return (aside !== undefined && aside !== asideAt(asides, predicate.first)) || inAppositive(view, m, predicate, index);
}

/**
 * A name inside an appositive set off by commas after another name, the predicate past its closing
 * comma: "Arun Sahni, an adviser to the defence wing of Tata, did not attend" says it of Sahni. Not
 * the name alone ("The chief executive of Adani Defence, Ashish Rajvanshi, represented …" names
 * him; but "Sahni, Tata adviser, skipped …" is the name with its noun), nor a list, a clause or a
 * participle's agent (see appositiveClose).
 */
function inAppositive(view: SentenceView, m: Mention, predicate: Mention, index: MatchIndex): boolean {
  const { tokens } = view;
  let open = m.first - 1;
  while (open >= 0 && tokens[open]!.kind !== 'punct') open--;
  if (open < 0) return false;
  const close = appositiveClose(tokens, open, index.language);
  if (close <= m.last || close >= predicate.first || (m.first === open + 1 && m.last + 1 === close)) return false;
  // (A name right after the comma, only after a person's: "Sahni, Tata adviser, …"; not "According
  // to Reuters, Bharat Forge executives, …", where the first comma closes no name's phrase.)
  const person = (head: Mention) => index.entities.get(head.id)?.kind === 'person';
  return view.mentions.some((head) => head.kind === 'entity' && head.last === open - 1 && head.id !== m.id && (m.first > open + 1 || person(head)));
}

/** Words after a predicate's "of" where whose it is stands ("the presence of Indian government officials"). */
export const OF_REACH = 3;

/** The one someone a predicate noun's "of" names, in a language that says whose that way. */
export function ofWhom(view: SentenceView, predicate: Mention, index: MatchIndex): Mention | undefined {
  const of = view.tokens[predicate.last + 1];
  if (!of || !index.language.ofWords?.has(of.text)) return undefined;
  const next = view.mentions.find((m) => m.first > predicate.last + 1 && m.first <= predicate.last + 1 + OF_REACH);
  // Someone (a name, or a group a claim is about): not a place, an event or a thing ("the sidelines
  // of his visit"), nor the owner of one ("of the secretary's visit").
  if (!next || view.tokens[next.last]?.possessive) return undefined;
  const someone = next.kind === 'entity' ? index.entities.get(next.id)?.kind !== 'place' : !index.byPredicate.has(next.id) && index.claims.some((c) => c.subject.some((a) => a.id === next.id));
  return someone ? next : undefined;
}

/** The names coordinated after `m`, of its kind: "Adani and Bharat Forge", "Adani, Bharat Forge or SIDM". */
export function conjoined(view: SentenceView, m: Mention, language: Language): Mention[] {
  const names: Mention[] = [];
  for (let last = m; ;) {
    let k = last.last + 1;
    if (view.tokens[k]?.text === ',') k++;
    if (language.clauseJoiners?.has(view.tokens[k]?.text ?? '') === true) k++;
    const next = k > last.last + 1 ? view.mentions.find((n) => n.first === k && n.kind === m.kind) : undefined;
    if (!next) return names;
    names.push(next);
    last = next;
  }
}

/**
 * A report verb ("said", "stated"), not a word of a compound that shares its stem ("state-run"),
 * nor one raised into a hedge of what follows ("those said to have attended").
 */
export function isReportWord(tokens: ReadonlyArray<Token>, k: number, language: Language): boolean {
  const token = tokens[k];
  if (token === undefined || !language.reportWords.has(token.stem) || tokens[k + 1]?.text === '-') return false;
  return !(language.raisedAfter?.some((words) => words.every((w, i) => tokens[k + 1 + i]?.text === w)) ?? false);
}

/**
 * Does the report verb at `k` open an attribution aside (in a language that has them)? Right after
 * a comma, or after a comma and one of the language's openers: "…на этих встречах, уточняет
 * агентство", "Встречи, как пишет «Рейтер», предшествовали…". Its speaker follows it, so the name
 * before it is neither the speaker nor someone the speaker reports on. So is a word whose speaker
 * always follows it ("according to").
 */
export function opensAside(tokens: ReadonlyArray<Token>, k: number, language: Language): boolean {
  if (language.speakerFollows?.has(tokens[k]!.text)) return true;
  const openers = language.attributionAsides;
  if (!openers) return false;
  const before = tokens[k - 1]?.text ?? '';
  return before === ',' || (openers.includes(before) && tokens[k - 2]?.text === ',');
}

/** Words a quotation holds at least to be someone's words, not a name or a word in quotes («Бхарат Фордж», "exploratory"). */
export const QUOTATION_WORDS = 4;

/**
 * '"… people from the Adani Group were there," one of the sources told Reuters after the denials':
 * a name inside a quotation is not the subject of a predicate after the quotation has closed.
 */
export function quotedBefore(view: SentenceView, m: Mention, predicate: Mention): boolean {
  const quotation = quotationAround(view.text, view.tokens[m.first]!.start, view.tokens[m.last]!.end);
  if (!quotation || quotation.close >= view.tokens[predicate.first]!.start) return false;
  let words = 0;
  for (const t of view.tokens) if (t.start > quotation.open && t.end <= quotation.close && t.kind !== 'punct') words++;
  return words >= QUOTATION_WORDS;
}

/** The quotation (its marks' offsets in the text) that holds token `k`, if any. */
export function quotationAt(view: SentenceView, k: number): { open: number; close: number } | undefined {
  return quotationAround(view.text, view.tokens[k]!.start, view.tokens[k]!.end);
}

/**
 * "Chinese executives" (and, where adjectives follow, "des dirigeants chinois") are not the
 * story's executives, nor "Chinese companies" its companies: a nationality the pack marks foreign
 * stands right before the mention, or a word of its noun phrase before it (or right after it), or
 * opens what one of the language's `originWords` says they come from ("executives from Turkish
 * firms"; not a compound, "executives from Israeli-backed firms").
 */
export function isForeign(view: SentenceView, m: Mention, index: MatchIndex): boolean {
  const follows = index.language.adjectivesFollow ?? false;
  const foreign = (o: Mention) => index.entities.get(o.id)?.foreign === true;
  const foreignEndsAt = (k: number) => view.mentions.some((o) => o.last === k && foreign(o));
  if (foreignEndsAt(m.first - 1) || (follows && view.mentions.some((o) => o.first === m.last + 1 && foreign(o)))) return true;
  // Across a word of a concept's noun phrase the story does not know: "Chinese defence executives"
  // (a name is written whole; "US lawmakers criticised Adani Defence" is no US firm).
  if (m.kind !== 'concept') return false;
  // (And the last word of a longer phrase that is foreign: "firms" of "Turkish defence firms".)
  if (view.mentions.some((o) => o.first < m.first && o.last >= m.last && isForeign(view, o, index))) return true;
  for (let k = m.first - 1; k >= m.first - FOREIGN_REACH && k > 0; k--) {
    const t = view.tokens[k]!;
    if (t.kind !== 'word' || index.language.stopwords.has(t.text) || view.mentions.some((o) => o.first <= k && o.last >= k)) break;
    if (foreignEndsAt(k - 1)) return true;
  }
  // ("executives from Turkish defence companies", "officials of a Chinese drone maker": where
  // they come from names a foreign nationality first.)
  if (!index.language.originWords?.has(view.tokens[m.last + 1]?.text ?? '')) return false;
  let k = m.last + 2;
  while (view.tokens[k]?.kind === 'word' && index.language.stopwords.has(view.tokens[k]!.text) && k <= m.last + 3) k++;
  return view.mentions.some((o) => o.first === k && foreign(o) && view.tokens[o.last + 1]?.text !== '-');
}

/** Words of a noun phrase between a foreign nationality and the concept it makes foreign ("Chinese defence executives"). */
export const FOREIGN_REACH = 1;

/** Words after a possessive name where what it owns stands ("the executives' Moscow talks"). */
export const POSSESSED_REACH = 2;

/**
 * "Tata's defence unit" names Tata without saying anything of Tata: a possessive name is the
 * subject only when the predicate follows it ("Tata's absence", "Adani's denial"), or follows
 * the last of the possessive names joined to it ("Adani's and Bharat Forge's participation"), or
 * what it owns speaks for it (one of the language's `speakingNouns`: "Bharat Forge's stock-exchange
 * filing on Tuesday rejected any role", "Adani's spokesperson said the reports were false").
 */
export function isBySubject(view: SentenceView, m: Mention, predicate: Mention, language: Language): boolean {
  const joiners = language.clauseJoiners;
  // (Judged as the longer name it is part of: "Tata" in "the Tata group's defence business".)
  const possessiveAt = (first: number) => view.mentions.filter((o) => o.kind === 'entity' && o.first === first && view.tokens[o.last]?.possessive).pop();
  let whole = (view.byId.get(m.id) ?? []).find((o) => o.first <= m.first && o.last > m.last && view.tokens[o.last]?.possessive) ?? m;
  if (!view.tokens[whole.last]?.possessive) return true;
  if (speaksFor(view, whole, predicate, language)) return true;
  // (A comma joins only inside a list a joiner ends: "A's, B's and C's", not "Unlike A's, B's".)
  const own = whole;
  let joined = false;
  for (;;) {
    if (predicate.first > whole.last && predicate.first - whole.last <= POSSESSED_REACH) return whole === own || joined;
    const joiner = view.tokens[whole.last + 1]?.text ?? '';
    const next = joiner === ',' || joiners?.has(joiner) ? possessiveAt(whole.last + 2) : undefined;
    if (!next || next.last >= predicate.first) return false;
    joined ||= joiner !== ',';
    whole = next;
  }
}

/** Words after a possessive name where a noun speaking or acting for it stands ("Bharat Forge's stock-exchange filing": a compound and its noun). */
export const SPEAKER_REACH = 3;

/**
 * "Bharat Forge's stock-exchange filing … rejected": a word speaking for the owner within the words
 * it owns, and a denial or falsity of what it says before the predicate or on it (not "Bharat
 * Forge's filing did not address whether any other firm attended", nor "Bharat Forge's spokesman
 * said rival firms attended": a report verb reports others too); or someone acting in its name
 * (one of the language's `agentNouns`: "Bharat Forge's representative was interested in …"), with
 * no report verb between them ("Bharat Forge's representative said other firms attended").
 */
function speaksFor(view: SentenceView, owner: Mention, predicate: Mention, language: Language): boolean {
  const nouns = language.speakingNouns;
  if (!nouns || predicate.first <= owner.last) return false;
  let noun = -1;
  let agent = false;
  for (let k = owner.last + 1, words = 0; k < predicate.first && noun < 0; k++) {
    const token = view.tokens[k]!;
    if (token.kind === 'punct' && token.text !== '-') return false;
    if (token.kind !== 'punct' && ++words > SPEAKER_REACH) return false;
    agent = language.agentNouns?.has(token.stem) === true;
    if (agent || nouns.has(token.stem)) noun = k;
  }
  if (noun < 0) return false;
  const reports = (k: number) => isReportWord(view.tokens, k, language);
  if (agent) {
    for (let k = noun + 1; k < predicate.first; k++) if (reports(k)) return false;
    return true;
  }
  return view.cues.cues.some((c) => (c.category === 'denial' || c.category === 'falsity') && c.first > noun && c.first <= predicate.last);
}

/**
 * The subject named as the predicate's object right after it ("confirmed the meetings", "have
 * now confirmed the account"): one definite word may stand between, never a second one ("repeated
 * that the talks …" opens a clause of its own). Nothing of its own may follow it but the clause's
 * end, a joining word, or one word before a name the story knows that is no place ("… to Reuters"):
 * not "confirmed the talks with Xi", "confirmed the talks had not taken place".
 */
export function objectAfter(view: SentenceView, predicate: Mention, ids: ReadonlyArray<{ id: string }>, index: MatchIndex): { id: string; fromContext: false } | undefined {
  const { language } = index;
  const definite = (k: number) => language.definiteWords?.has(view.tokens[k]?.text ?? '') === true;
  const at = (m: Mention) => m.first === predicate.last + 1 || (m.first === predicate.last + 2 && definite(predicate.last + 1) && !definite(m.first));
  const object = view.mentions.find((m) => at(m) && ids.some((a) => a.id === m.id));
  if (!object || view.cues.clause[object.first] !== view.cues.clause[predicate.last]) return undefined;
  const next = view.tokens[object.last + 1];
  const namedAfter = view.mentions.some((m) => m.kind === 'entity' && m.first === object.last + 2 && index.entities.get(m.id)?.kind !== 'place');
  const ends = !next || next.kind === 'punct' || (language.clauseJoiners?.has(next.text) ?? false) || (language.stopwords.has(next.text) && namedAfter);
  return ends ? { id: object.id, fromContext: false } : undefined;
}

/**
 * "Bharat Forge sent no one, and Adani Defence sent its chief to the talks": between the name and
 * the predicate, a predicate of its own, then a comma and a joining word opening a clause with a
 * name of its own; a list ("Adani, Bharat Forge, and SIDM attended") has no predicate before it.
 */
export function joinedClauseBetween(view: SentenceView, m: Mention, predicate: Mention, index: MatchIndex): boolean {
  const { tokens } = view;
  for (let k = m.last + 1; k < predicate.first - 1; k++) {
    if (!joinsClause(tokens, k, index.language)) continue;
    const ownPredicate = view.mentions.some((o) => o.first > m.last && o.last < k && o.kind === 'concept' && index.byPredicate.has(o.id));
    const named = view.mentions.some((o) => o.first > k + 1 && o.last < predicate.first && o.kind === 'entity' && index.entities.get(o.id)?.kind !== 'place');
    if (ownPredicate && named) return true;
  }
  return false;
}
