// What the matching core knows about a language: its morphology (folding, lemmas, stemming),
// its number words, and its cue table for negation, denial, hedging and their scope. Nothing
// here knows a story: names, synonyms and gate terms come from the story's data.
import type { SentenceRules } from '../sentences';
import type { Token } from '../words';
import type { DateWords, NumberWords } from './number-words';
import type { CueRow } from './cue-row';

export type { DateWords, NumberWords } from './number-words';

export type { CueCategory, CueDirection, CueRow } from './cue-row';

/** An anaphor and the kind of entity it can stand for ("the company" -> an organisation). */
export interface AnaphorRow {
  phrase: string;
  /** `speaker`: a first-person pronoun inside a quotation ("we"), standing for whoever the sentence says is speaking. */
  kind: 'organisation' | 'person' | 'group' | 'speaker';
}

/**
 * The words that make an entity's noun an anaphor. With neither list, the bare noun is one (a
 * language without articles: Russian "компания"). Rows of the language's `anaphors` (groups
 * aside) that open with one of `before` and a noun ("the company", "la société") are left to the
 * entities' nouns, which say whom they fit.
 */
export interface NounAnaphorWords {
  /** Determiners before the noun: English "the", French "le", "la", "ce"; Hindi "इस" ("इस कंपनी के"). */
  before: ReadonlyArray<string>;
  /** Postpositions after it, in languages that mark case after the noun (Hindi "कंपनी ने"). */
  after?: ReadonlyArray<string>;
}

export interface Language extends SentenceRules {
  /** BCP 47 code, also the Intl.Segmenter locale. */
  code: string;
  /** Elided words written with an apostrophe, as the word they stand for ("n'" -> "ne", "l'" -> "le"). */
  elisions?: ReadonlyMap<string, string>;
  /** Spelling variants folded before stemming ("defense" -> "defence", "-ize" -> "-ise"). */
  fold(word: string): string;
  /**
   * Letters folded in the whole sentence before it is split into words, so cues, numbers and
   * months are read folded too (Russian "ё" -> "е"). Must keep the text's length. Unset: none.
   */
  foldText?(text: string): string;
  /** Irregular forms -> the form stemming can reach ("met" -> "meet", "led" -> "lead"). */
  lemmas: ReadonlyMap<string, string>;
  /** The stemmer (Snowball/Porter from @orama/stemmers for English). */
  stem(word: string): string;
  /** Function words: never a name or a predicate on their own. */
  stopwords: ReadonlySet<string>;
  /** Words that say whose the noun after them is ("its chief executive"); unset: a possessive name's "'s" only. */
  possessivePronouns?: ReadonlySet<string>;
  /**
   * A sentence opening with one of `openers` and then one of `auxiliaries` ("Neither did the
   * ministry.", "Nor has Adani.") says of its subject what the sentence before said. Unset: none.
   */
  ellipsis?: {
    openers: ReadonlySet<string>;
    auxiliaries: ReadonlySet<string>;
    /**
     * "…joined the delegation, as did an official from the SIDM": after a comma past the predicate,
     * one of `words`, one of `auxiliaries` (what was done, not "could": a condition), then the
     * subject, opened by a word that is no stopword or by one of `determiners` (not "as has been
     * the case"), say the same of that subject. Unset: none.
     */
    alike?: { words: ReadonlySet<string>; auxiliaries: ReadonlySet<string>; determiners: ReadonlySet<string> };
  };
  /**
   * Word sequences never read as words of a story's phrase, however they stem: English "going to"
   * (the future: "is not going to change") stems like "went to". Each as its words. Unset: none.
   */
  idioms?: ReadonlyArray<ReadonlyArray<string>>;
  numbers: NumberWords;
  dates: DateWords;
  cues: ReadonlyArray<CueRow>;
  anaphors: ReadonlyArray<AnaphorRow>;
  /**
   * How an entity's noun ("company", entities.json `nouns`) refers back to the entity named before.
   * Unset: English, "the" + noun.
   */
  nounAnaphors?: NounAnaphorWords;
  /**
   * Does the noun anaphor at tokens first..last refer back to one entity named before? Not a
   * plural ("другие компании"), nor a name's head noun ("компании «Бхарат Фордж»"), in a language
   * without articles whose noun stems are alike in both numbers. Unset: it does (English "the
   * company" is marked by its article, and "the companies" does not stem like it).
   * `headsName`: a name of the story stands right after the noun.
   */
  refersBack?(tokens: ReadonlyArray<Token>, first: number, last: number, headsName: boolean): boolean;
  /** A sentence ending with one of these asks, it does not state. */
  questionMarks: ReadonlyArray<string>;
  /** A question opening with one of these takes its content as given ("Why were Tata and L&T absent?"). */
  presupposingQuestions: ReadonlyArray<string>;
  /**
   * Question words that also take what they name as given ("Which drone start-ups were in the
   * room?", "What did the SIDM representative discuss in Moscow?"), but for the words after a
   * colon or dash that list the answers ("— six, or more?") and a yes/no question joined on ("…,
   * and was it really Sanjeev Kumar?"). Not one that asks a degree ("How many executives went?"):
   * list only the words that open a question of which or how it was. Unset: none.
   */
  whQuestions?: ReadonlyArray<string>;
  /** Openings of those that doubt what they name, whose question stays open ("Who says Bharat Forge was there?"). Unset: none. */
  doubtingQuestions?: ReadonlyArray<string>;
  /** Words offering alternatives ("or"): after a comma in such a question, the answers it offers. Unset: none. */
  alternativeWords?: ReadonlySet<string>;
  /**
   * Verbs that open a yes/no question ahead of their subject ("Was Bharat Forge there?", "Is 36%
   * of the arsenal Russian?"): in such a question, a phrase that opens with one of them is also
   * read from its second word; after a predicate that opens a sentence, the subject follows them
   * ("Absent from the talks were …"). Unset: none.
   */
  questionCopulas?: ReadonlySet<string>;
  /** Question words stand where the answer would, not first ("टाटा दूर क्यों रहीं?"): they presuppose from anywhere. */
  whInSitu?: boolean;
  /** Words that introduce what a statement is about ("comment on", "talks about"). */
  topicWords: ReadonlySet<string>;
  /**
   * Topic words that are never a particle of the verb before ("about", not the "on" of "went on to
   * meet"), read before what they are about; unset: none (Hindi, whose "के बारे में" follows it).
   */
  aboutWords?: ReadonlySet<string>;
  /** Words that open a relative clause ("which", "who"): one set off by commas is an aside; unset: none. */
  relativeWords?: ReadonlySet<string>;
  /**
   * A participle and the prepositions after it that open an aside, where a comma closes it ("The
   * talks, held in October, …"), and the negations that may stand before it ("not named in …");
   * unset: none.
   */
  participleAsides?: { participle: RegExp; then: ReadonlySet<string>; negations: ReadonlySet<string> };
  /** Relative words that own the noun after them ("whose"); unset: none. */
  possessiveRelatives?: ReadonlySet<string>;
  /** Boundary cues that open a subordinate clause before the sentence's own ("despite", "although"); unset: none. */
  subordinators?: ReadonlySet<string>;
  /** Words that open a phrase set off by commas inside a clause ("including", "a", "an"); unset: none. */
  setOffOpeners?: ReadonlySet<string>;
  /** Prepositions that bind the name after them to the verb before it ("travelled from New Delhi", "led by"); unset: none. */
  boundPrepositions?: ReadonlySet<string>;
  /** Gerunds, told by their form ("meeting", "attending"); unset: none told. */
  gerund?: RegExp;
  /** Adverbs, told by their form ("publicly", "officially"); unset: none told. */
  adverb?: RegExp;
  /** Words after a noun that name whose it is ("the presence of officials"); unset: none. */
  ofWords?: ReadonlySet<string>;
  /**
   * Openings of a correction's account of what an earlier version said ("an earlier version of
   * this"), read with a report verb after the piece's noun ("… story said"; see isRetracted). Unset: none.
   */
  retractedOpeners?: ReadonlyArray<string>;
  /** Words after a noun that name where it comes from ("executives from Turkish firms"); unset: none. */
  originWords?: ReadonlySet<string>;
  /** Words before a verb that put it ahead ("will", "expected to"); unset: none. */
  aheadWords?: ReadonlySet<string>;
  /** Those that make it a plan or a forecast, for frames of something done ("will", "expected to"); unset: none. */
  plannedWords?: ReadonlySet<string>;
  /** Those that make it a possibility ("could", "might"): for frames of something done, and a relative clause's verb that is one is its own; unset: none. */
  possibleWords?: ReadonlySet<string>;
  /** The word before a verb's infinitive ("to"): a plan's or a wish's verb ("plan to travel"); unset: none. */
  infinitiveMarker?: string;
  /** Words that make a noun one already spoken of ("the", "these"); unset: the language does not mark it (every noun may be). */
  definiteWords?: ReadonlySet<string>;
  /** Words that open what a report or a denial says ("a report that it had missed its forecast"); unset: none. */
  contentMarkers?: ReadonlySet<string>;
  /** Nouns that speak for their owner ("statement", "filing", "spokesperson"): "Adani's spokesperson said …" is said by Adani; unset: none. */
  speakingNouns?: ReadonlySet<string>;
  /** Nouns of something said ("denial") that, owned, with words asking only whether it is true after them ("holds up", "if accurate"), take it as said; unset: none. */
  givenSayings?: { nouns: ReadonlySet<string>; truth: ReadonlySet<string> };
  /** Nouns for someone acting in their owner's name ("representative", "delegate"): "Bharat Forge's delegate attended" says Bharat Forge did; unset: none. */
  agentNouns?: ReadonlySet<string>;
  /** Reporting verbs ("said", "told"): when the clause after one names its own subject, the subject before is only the speaker. */
  reportWords: ReadonlySet<string>;
  /** Words after a report verb that make it no report but a hedge of what follows ("said to have attended", "reported to be"); unset: none. */
  raisedAfter?: ReadonlyArray<readonly string[]>;
  /** A correction of an agent ("not by A but by B"): B is the predicate's agent, across the clause "but" opens; unset: none. */
  correction?: { negated: readonly string[]; then: readonly string[] };
  /** Words after which the subject may stand further on: a passive's agent ("represented by its chief executive"), a cleft's clause (English "the first time … that Indian executives went"). */
  agentMarkers: ReadonlySet<string>;
  /**
   * Attributions written as asides, their speaker after the report verb: a report verb right after
   * a comma, or after a comma and one of these words ("…, уточняет агентство", "…, как пишет
   * «Рейтер», …"), makes the name before it neither the speaker nor someone reported on. Unset: no
   * asides (English "Reuters, citing three sources, reported": Reuters reports).
   */
  attributionAsides?: ReadonlyArray<string>;
  /** Report words whose speaker always follows them, aside or not ("according to"); unset: none. */
  speakerFollows?: ReadonlySet<string>;
  /** Words that open another clause after a predicate, leaving it bare ("took place and that …"); see isBare. */
  clauseOpeners?: ReadonlySet<string>;
  /** Words article spinners put for others ("protection" for "defence"), each with its spun forms; see spun-forms.ts. */
  spunForms?: ReadonlyArray<readonly [string, ReadonlyArray<string>]>;
  /** Words that may stand before a spun form opening with a swapped word; any other unknown word makes it a compound of its own. */
  spunOpeners?: ReadonlySet<string>;
  /** The verb follows its object ("बैठकों में शामिल हुए"): "attended the meetings" is read after the meetings too. */
  verbFinal?: boolean;
  /** Words that, soon after "it", make it a placeholder, not an anaphor ("it is unclear", "it could not be verified"). */
  expletiveMarkers: ReadonlySet<string>;
  /** Words that open a sentence as an existential's empty subject ("there"): a hedge right after one bears on its whole clause. */
  existentialSubjects?: ReadonlySet<string>;
  /** The pronouns that can be such a placeholder; unset: "it" (French "il", Hindi "यह"). */
  expletivePronouns?: ReadonlySet<string>;
  /** Adjectives follow their noun ("des dirigeants chinois"): a nationality right after a subject makes it foreign too. */
  adjectivesFollow?: boolean;
  /** Stems of words that name a time, not a topic, after "on" ("on Friday", "on both occasions"); unset: none. */
  timeWords?: ReadonlySet<string>;
  /** Objects that say nothing of their own after a verb ("did not send anyone"): the verb still ends its clause (see isBare); unset: none. */
  emptyObjects?: ReadonlySet<string>;
  /**
   * Phrases that add nothing of their own after a predicate, only stress it: "had not been there in
   * any capacity", "took no part whatsoever". A predicate they follow still ends what is said.
   */
  emptyAdjuncts?: ReadonlyArray<string>;
  /**
   * Prepositions of time that make "the" and a noun after them background, not what the sentence
   * says ("told Reuters after the denials"); not a noun with its owner after it ("despite the
   * absence of Tata"). Unset: none.
   */
  backgroundPrepositions?: ReadonlySet<string>;
  /**
   * Words that make a condition opening the sentence a doubt of the account, not a mere condition
   * (CueRow.possibility): "If the sources are right, …", "Should the report prove accurate, …".
   */
  doubtedConditions?: ReadonlySet<string>;
  /** Words before a place that make it where something happened ("talks in New Delhi"); unset: "in", "at", "to". */
  placePrepositions?: ReadonlySet<string>;
  /** Verbs that set what follows them where the sentence's event happened ("visited Washington"), for placesSetIn only; unset: none. */
  placeVerbs?: ReadonlySet<string>;
  /**
   * A clause after a boundary may leave its subject unsaid ("Сахни был в Москве, однако во
   * встречах не участвовал"): a clause naming no one before its predicate then takes the subject
   * of the clause before it (English only after `elidedSubjectOpeners`). Unset: every clause
   * names its own.
   */
  elidedSubjects?: boolean;
  /**
   * Where a language leaves a clause's subject unsaid only in a verb phrase joined to the one before
   * ("He was in Moscow, but did not attend"), the words such a phrase opens with (auxiliaries,
   * "not"): the clause must go on with one after its boundary or after one of `clauseJoiners`.
   * Unset: any clause naming no one before its predicate.
   */
  elidedSubjectOpeners?: ReadonlySet<string>;
  /**
   * Boundary words that may open a contrast set off by commas, which opens no clause when the
   * subject goes on after it (", but on a private visit, and did not attend"); unset: none.
   */
  contrastAsideWords?: ReadonlySet<string>;
  /**
   * Words that name their members after them ("…, including Bharat Forge", "such as Tata"): a name
   * before one is what holds the members, not one of them. Unset: none.
   */
  membersFollow?: ReadonlySet<string>;
  /** Words that join two verb phrases within a clause ("and", "or"). */
  clauseJoiners?: ReadonlySet<string>;
  /**
   * Words after a predicate where its subject may stand. Unset: POST_SUBJECT_REACH (English puts
   * only an agent or a list there); a language that puts the subject after its verb as a rule
   * ("в переговорах участвовали не только крупные производители, но и стартапы") reaches further.
   */
  postSubjectReach?: number;
  /**
   * Verbs of knowing whose object stands whether or not one knows it ("nobody had heard of the
   * October meetings"): a negation before one bears on the knowing and ends there. Unset: none.
   */
  factives?: ReadonlySet<string>;
}
