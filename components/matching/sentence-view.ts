// One sentence read for matching: its tokens, the story's entities and concepts it mentions, the
// figures it states, which words negation and hedging bear on, and the time it is set in.
import { isPlaceholderPronoun } from './cue-retractions';
import { readCues, type CueFlags } from './cues';
import { figureTokens, readFigures, type Figure } from './figures';
import { findMentions } from './find-mentions';
import { alignNames, DEFAULT_PLACE_PREPOSITIONS, type Mention } from './lexicon';
import { normaliseKeepingCase } from './normalise';
import { PRONOUN_PREFIX, type MatchIndex } from './story-index';
import { joinsClause } from './relative-asides';
import { tokenize, type Token } from './words';

export interface SentenceView {
  /** The sentence as read (normalised): the tokens' offsets are into it. */
  text: string;
  /** The same with its letters' case, where lower-casing kept every offset ("Tata Steel"). */
  readonly written?: string;
  tokens: Token[];
  /** Entities and concepts named, in sentence order. */
  mentions: Mention[];
  /** Mentions by entity or concept id, in sentence order. */
  byId: Map<string, Mention[]>;
  /** "it", "the company": one mention per place, with every entity it may stand for. */
  anaphors: Array<{ first: number; last: number; ids: string[] }>;
  readonly figures: Figure[];
  readonly cues: CueFlags;
  /** Years the sentence is set in ("in 2019", "October 2025"); not "since 2022". */
  readonly years: number[];
  /** Months it names without a year. */
  readonly months: number[];
  /** Years it opens with ("In 2019, …", "In September 2019 …"): the time it sets for the sentences after it. */
  readonly settingYears: number[];
}

/** A year among a sentence's first words sets the time of its paragraph ("In 2019, the delegation…"). */
export const SETTING_REACH = 3;

/**
 * Reads a sentence. Its tokens and mentions are read at once; its figures, cues and times when
 * first asked for: most sentences of a page state no claim's predicate and are never judged.
 */
export function viewSentence(sentence: string, index: MatchIndex): SentenceView {
  const written = normaliseKeepingCase(sentence);
  const text = written.toLowerCase();
  const tokens = tokenize(text, index.language);
  alignNames(tokens, index.lexicon);
  const found = findMentions(tokens, index.lexicon);
  const masks = index.maskingConcepts.size > 0 ? found.filter((m) => index.maskingConcepts.has(m.id)) : [];
  // ("a statement sent to reporters": "sent" inside a masking concept's phrase sends no one.)
  const masked = (m: Mention) => m.kind === 'concept' && masks.some((k) => k.id !== m.id && k.first <= m.first && k.last >= m.last);
  // ("tells us" names no one: "US" is a name only in capitals.)
  const { capitalsOnly } = index.lexicon;
  const readsCase = capitalsOnly.size > 0 && written.length === text.length;
  const lowerCase = (m: Mention) => readsCase && m.kind === 'entity' && m.first === m.last && capitalsOnly.has(tokens[m.first]!.text) &&
    !/^\p{Lu}+$/u.test(written.slice(tokens[m.first]!.start, tokens[m.first]!.end));
  const mentions = found.filter((m) => m.kind !== 'anaphor' && !masked(m) && !lowerCase(m));
  const byId = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byId.get(m.id);
    if (list) list.push(m);
    else byId.set(m.id, [m]);
  }
  const anaphors: SentenceView['anaphors'] = [];
  for (const m of found) {
    if (m.kind !== 'anaphor' || isExpletive(tokens, m, index)) continue;
    // "Другие компании", "компания «Бхарат Фордж»": no firm named before (where the language tells).
    const headsName = mentions.some((n) => n.kind === 'entity' && n.first === m.last + 1);
    if (!m.id.startsWith(PRONOUN_PREFIX) && index.language.refersBack?.(tokens, m.first, m.last, headsName) === false) continue;
    // Inside a name ("the Adani Group"), it is the name.
    if (mentions.some((n) => n.kind === 'entity' && n.first <= m.first && n.last >= m.last)) continue;
    const at = anaphors.find((a) => a.first === m.first);
    if (at) {
      if (!at.ids.includes(m.id)) at.ids.push(m.id);
      at.last = Math.max(at.last, m.last);
    } else anaphors.push({ first: m.first, last: m.last, ids: [m.id] });
  }
  return new LazyView(text, tokens, mentions, byId, anaphors, index.language, written.length === text.length ? written : undefined);
}

/** The figures, cues and times of a sentence, read when first asked for. */
class LazyView implements SentenceView {
  #figures: Figure[] | undefined;
  #cues: CueFlags | undefined;
  #times: { years: number[]; months: number[]; settingYears: number[] } | undefined;

  constructor(
    readonly text: string,
    readonly tokens: Token[],
    readonly mentions: Mention[],
    readonly byId: Map<string, Mention[]>,
    readonly anaphors: SentenceView['anaphors'],
    private readonly language: MatchIndex['language'],
    readonly written?: string,
  ) {}

  get figures(): Figure[] {
    return (this.#figures ??= readFigures(this.tokens, this.language));
  }

  get cues(): CueFlags {
    return (this.#cues ??= readCues(this.tokens, this.language, figureTokens(this.figures), this.written ?? this.text));
  }

  get years(): number[] {
    return this.times().years;
  }

  get months(): number[] {
    return this.times().months;
  }

  get settingYears(): number[] {
    return this.times().settingYears;
  }

  private times(): { years: number[]; months: number[]; settingYears: number[] } {
    if (this.#times) return this.#times;
    const years: number[] = [];
    const months: number[] = [];
    const settingYears: number[] = [];
    for (const f of this.figures) {
      // (A start is no time the sentence is set in: "since the invasion … in February 2022".)
      if ((f.kind === 'year' || f.kind === 'date') && f.since) continue;
      const year = f.kind === 'year' || f.kind === 'date' ? f.year : undefined;
      if (year !== undefined) {
        years.push(year);
        if (f.at <= SETTING_REACH) settingYears.push(year);
      } else if (f.kind === 'date') months.push(f.month);
    }
    return (this.#times = { years, months, settingYears });
  }
}

/** Words after "it" read for a sign that it is a placeholder ("it is unclear whether"). */
const EXPLETIVE_REACH = 4;

/** "It is unclear whether…", "it could not be verified…": "it" stands for nothing. */
function isExpletive(tokens: Token[], m: Mention, index: MatchIndex): boolean {
  if (!isPlaceholderPronoun(tokens[m.first]?.text ?? '', index.language)) return false;
  // (Not where a verb of its own follows at once: "It explored possible ventures", "It called the
  // reports false"; "It was later confirmed" and "It remains unclear" are placeholders.)
  const next = tokens[m.last + 1];
  if (next?.kind === 'word' && !index.language.stopwords.has(next.text) && !index.language.expletiveMarkers.has(next.stem)) return false;
  for (let k = m.last + 1; k <= m.last + EXPLETIVE_REACH && k < tokens.length; k++) {
    if (index.language.expletiveMarkers.has(tokens[k]!.stem)) return true;
  }
  return false;
}

/** Tokens around a predicate where the place it happened in is read ("led a delegation to Washington", "held in New Delhi, attended by"). */
export const PLACE_REACH = 6;

/** Places the sentence sets its predicate in ("talks in New Delhi"), by entity id. */
export function placesSetIn(view: SentenceView, index: MatchIndex, predicate: { first: number; last: number }): string[] {
  const prepositions = index.language.placePrepositions ?? DEFAULT_PLACE_PREPOSITIONS;
  const verbs = index.language.placeVerbs;
  return view.mentions
    .filter(
      (m) =>
        m.kind === 'entity' &&
        index.entities.get(m.id)?.kind === 'place' &&
        // ("in Moscow", "visited Washington", and "at the Dubai Airshow")
        (prepositions.has(view.tokens[m.first - 1]?.text ?? '') ||
          (verbs?.has(view.tokens[m.first - 1]?.text ?? '') ?? false) ||
          (index.language.definiteWords?.has(view.tokens[m.first - 1]?.text ?? '') === true && prepositions.has(view.tokens[m.first - 2]?.text ?? ''))) &&
        // (One after the predicate in a clause of its own sets that clause: "were never public, and
        // nobody in Delhi wanted them to be".)
        (m.first > predicate.last ? m.first - predicate.last <= PLACE_REACH && !clauseBetween(view, predicate.last, m.first, index.language) : predicate.first - m.last <= PLACE_REACH),
    )
    .map((m) => m.id);
}

/** Does a clause end between the two tokens (a boundary word, or a comma and a word joining clauses)? */
function clauseBetween(view: SentenceView, from: number, to: number, language: MatchIndex['language']): boolean {
  for (let k = from + 1; k < to; k++) {
    if (view.cues.clause[k] !== view.cues.clause[from]) return true;
    if (joinsClause(view.tokens, k, language)) return true;
  }
  return false;
}

/** Does the sentence name another event or place that shares the story's words? */
export function namesDistractor(view: SentenceView, index: MatchIndex): string | undefined {
  return view.mentions.find((m) => m.kind === 'entity' && index.entities.get(m.id)?.distractor)?.id;
}
