// English for the matching core: spelling folds, irregular forms, the cue table for negation,
// denial, falsity and hedging (rows in the manner of NegEx/pyConTextNLP) and the words of its
// grammar the core asks for; number and date words are in en-numbers.ts.
import { ENGLISH_DATES, ENGLISH_NUMBERS } from './en-numbers';
import { ENGLISH_SPUN_FORMS, ENGLISH_SPUN_OPENERS } from './en-spun';
import { stemmer } from '@orama/stemmers/english';
import { ENGLISH_SENTENCES } from '../sentences';
import { ENGLISH_CUES } from './en-cues';
import type { Language } from './types';

/** British spelling is the canonical one; US forms fold to it before stemming. */
const SPELLING: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(defen|offen|licen|pretens)se(s?)$/, '$1ce$2'],
  [/^(.{3,})iz(e|ed|es|ing|ation|ations|er|ers)$/, '$1is$2'],
  [/^(.{2,})yz(e|ed|es|ing)$/, '$1ys$2'],
  [/^(cent|met|theat|fib)er(s?)$/, '$1re$2'],
  [/^(travel|model|cancel|label|fuel|signal)(ed|ing|er|ers)$/, '$1l$2'],
  [/^program(s?)$/, 'programme$1'],
];

function fold(word: string): string {
  for (const [pattern, replacement] of SPELLING) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}

/**
 * Irregular verb forms the stemmer cannot reach, mapped to a form it stems like the base. Only
 * verbs: nouns inflect regularly enough for the stemmer. A closed list of the language.
 */
const LEMMAS = new Map(
  Object.entries({
    met: 'meet', led: 'lead', took: 'take', taken: 'take', sent: 'send', held: 'hold', went: 'go', gone: 'go',
    made: 'make', sought: 'seek', brought: 'bring', spoke: 'speak', spoken: 'speak', told: 'tell', said: 'say',
    flew: 'fly', flown: 'fly', began: 'begin', begun: 'begin', came: 'come', gave: 'give', given: 'give',
    left: 'leave', kept: 'keep', struck: 'strike', won: 'win', wrote: 'write', written: 'write', saw: 'see',
    seen: 'see', knew: 'know', known: 'know', thought: 'think', found: 'find', got: 'get', gotten: 'get',
    drew: 'draw', drawn: 'draw', undertook: 'undertake', undertaken: 'undertake', withheld: 'withhold',
    stood: 'stand', withstood: 'withstand', chose: 'choose', chosen: 'choose', rose: 'rise', risen: 'rise',
    fell: 'fall', fallen: 'fall', built: 'build', sold: 'sell', bought: 'buy', paid: 'pay', laid: 'lay',
    spent: 'spend', felt: 'feel', heard: 'hear', meant: 'mean', understood: 'understand', shown: 'show',
    forbade: 'forbid', forbidden: 'forbid', foresaw: 'foresee', overseen: 'oversee', oversaw: 'oversee',
    sat: 'sit', broke: 'break', broken: 'break', hid: 'hide', hidden: 'hide', froze: 'freeze', frozen: 'freeze',
    // (The stemmer makes these "us", the stem of the country's name, and "use" is stemmed too: read
    // as their synonym "utilise", "parts used in missiles" names no American.)
    use: 'utilise', used: 'utilise', uses: 'utilise', using: 'utilise',
  }),
);

const STOPWORDS = new Set(
  ('a an the and or of in on at to for from by with as into onto about over after before than then that this these those ' +
    'is are was were be been being am has have had do does did will would could should may might can shall must ' +
    'it its they them their there here he she his her him we our us you your i me my who whom whose which what when ' +
    'where why how also such some any each other more most very just only so if while whilst though although because since ' +
    'until upon per via both either all one own same too s').split(' '),
);

/** Confirmation withheld by someone ("has not confirmed"): of a pronoun after it, it reaches back (see CueRow.reachesBack). */
export const english: Language = {
  // "He was in Moscow in November, but on a personal visit, and did not join the meetings."
  elidedSubjects: true,
  contrastAsideWords: new Set(['but']),
  elidedSubjectOpeners: new Set(['did', 'does', 'do', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'not', 'never', 'would', 'could', 'will', 'stayed', 'kept']),
  clauseJoiners: new Set(['and', 'or', 'nor']),
  ...ENGLISH_SENTENCES,
  code: 'en',
  fold,
  lemmas: LEMMAS,
  stem: (word) => stemmer(word),
  stopwords: STOPWORDS,
  idioms: [['going', 'to']],
  possessivePronouns: new Set(['its', 'their', 'his', 'her']),
  ellipsis: {
    openers: new Set(['neither', 'nor']),
    auxiliaries: new Set(['did', 'do', 'does', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'could', 'would', 'will', 'can']),
    alike: {
      words: new Set(['as']),
      auxiliaries: new Set(['did', 'was', 'were', 'has', 'had']),
      determiners: new Set(['a', 'an', 'the', 'its', 'their', 'some', 'several', 'one', 'two', 'three', 'both', 'other']),
    },
  },
  numbers: ENGLISH_NUMBERS,
  dates: ENGLISH_DATES,
  cues: ENGLISH_CUES,
  anaphors: [
    ...['it', 'its', 'the company', 'the firm', 'the group', 'the conglomerate', 'the manufacturer', 'the maker', 'the body', 'the association',
      'the industry body', 'the organisation', 'the business', 'the unit', 'the outfit', 'the concern', 'the defence firm', 'the defence company',
      'the defence maker', 'the company\'s', 'the firm\'s', 'the group\'s']
      .map((phrase) => ({ phrase, kind: 'organisation' as const })),
    ...['he', 'his', 'him', 'she', 'her', 'the executive', 'the official', 'the officer', 'the general', 'the secretary', 'the bureaucrat', 'the chief', 'the adviser']
      .map((phrase) => ({ phrase, kind: 'person' as const })),
    ...['they', 'their', 'them', 'the delegation', 'the executives', 'the team', 'the visitors',
      // Two named before, each: "Adani Defence and Bharat Forge … Both companies deny taking part."
      'both companies', 'both firms', 'both groups', 'the two companies', 'the two firms', 'the two groups']
      .map((phrase) => ({ phrase, kind: 'group' as const })),
    // '"We were not there," a Bharat Forge executive said': the speaker's firm.
    ...['we', 'us'].map((phrase) => ({ phrase, kind: 'speaker' as const })),
  ],
  questionMarks: ['?'],
  presupposingQuestions: ['why', 'how come', 'why did', 'why were', 'why was'],
  // ("How" only before its verb: "How did the trip stay secret?"; "How many went?", "How exposed would
  // they be?" ask a degree.)
  whQuestions: ['who', 'what', 'which', 'where', 'when', ...['did', 'do', 'does', 'can', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will'].map((verb) => `how ${verb}`)],
  // (Those that doubt what they name: "What evidence is there that …?", "Who says …?"; "How could …?"
  // opens with no question word above, so it stays open anyway.)
  doubtingQuestions: ['what evidence', 'what proof', 'where is the evidence', 'where is the proof', 'who says', 'who claims', 'who said'],
  alternativeWords: new Set(['or']),
  questionCopulas: new Set(['is', 'are', 'was', 'were']),
  topicWords: new Set(['on', 'about', 'regarding', 'over', 'concerning', 'of']),
  aboutWords: new Set(['about', 'regarding', 'concerning']),
  contentMarkers: new Set(['that']),
  ofWords: new Set(['of']),
  originWords: new Set(['from', 'of', 'at']),
  retractedOpeners: ['an earlier version of this', 'an earlier version of the', 'a previous version of this', 'a previous version of the', 'earlier versions of this'],
  timeWords: new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'occasion', 'occasions', 'day', 'weekend'].map((w) => stemmer(w))),
  emptyObjects: new Set(['anyone', 'anybody', 'anything', 'someone', 'somebody', 'nobody']),
  doubtedConditions: new Set(['were', 'right', 'true', 'accurate', 'correct', 'confirmed', 'borne', 'report', 'reports', 'sources', 'account', 'accounts']),
  backgroundPrepositions: new Set(['after', 'following', 'since', 'before']),
  emptyAdjuncts: ['in any capacity', 'throughout', 'too', 'in any form', 'in any way', 'at all', 'whatsoever', 'at any point', 'at any stage', 'either', 'officially or otherwise'],
  placeVerbs: new Set(['visited', 'visiting']),
  // ("included" may be a passive: "Adani was included in the delegation".)
  membersFollow: new Set(['including', 'include', 'includes', 'such', 'comprising']),
  aheadWords: new Set(['will', 'shall', 'expected', 'plans', 'planned', 'plan', 'set', 'due', 'would']),
  // (Not "plan", "plans", "planned" or "due": nouns and adjectives as often, "plans to build
  // factories in India", "due to sanctions"; their verb's "to" tells: infinitiveMarker.)
  plannedWords: new Set(['will', 'shall', 'expected']),
  possibleWords: new Set(['would', 'could', 'may', 'might']),
  infinitiveMarker: 'to',
  relativeWords: new Set(['which', 'who', 'whose', 'whom']),
  possessiveRelatives: new Set(['whose']),
  participleAsides: {
    // (Not the words that only end like one: "indeed", "need", "hundred", "speed", "proceed".)
    participle: /^(?!(?:indeed|need|hundred|speed|proceed|feed|seed|breed|exceed|succeed)$)(?:[a-z]+ed|held|led|made|known|seen|sent|given|taken|built|told|kept|met|brought)$/,
    then: new Set(['by', 'in', 'on', 'at', 'as', 'to', 'for', 'with', 'from', 'during', 'under', 'over', 'since', 'after', 'before']),
    negations: new Set(['not', 'never']),
  },
  definiteWords: new Set(['the', 'these', 'those', 'this', 'that', 'its', 'their']),
  gerund: /^[a-z]{3,}ing$/,
  boundPrepositions: new Set(['from', 'by', 'with']),
  factives: new Set(['know', 'knew', 'known', 'hear', 'heard', 'aware', 'learn', 'learned', 'learnt', 'realise', 'realised', 'realize', 'realized', 'notice', 'noticed']),
  // (Not "but", "yet", "however", "nevertheless": they open the sentence's own clause.)
  subordinators: new Set(['despite', 'although', 'though', 'while', 'whilst', 'whereas', 'even as', 'notwithstanding', 'because']),
  setOffOpeners: new Set(['including', 'a', 'an', 'the', 'among', 'such']),
  // (Not the nouns and adjectives that only end like one.)
  adverb: /^(?!(?:only|early|family|italy|rally|supply|reply|ally|july|likely|unlikely|friendly|elderly|holy|daily|weekly|monthly|yearly)$)[a-z]{3,}ly$/,
  reportWords: new Set(
    ['say', 'said', 'told', 'tell', 'report', 'reported', 'added', 'claimed', 'insisted', 'confirmed', 'according', 'corroborated', 'reaffirmed', 'reiterated', 'maintained', 'stated', 'wrote']
      .map((w) => stemmer(LEMMAS.get(w) ?? w)),
  ),
  raisedAfter: [['to', 'have'], ['to', 'be']],
  existentialSubjects: new Set(['there']),
  speakingNouns: new Set(['statement', 'filing', 'disclosure', 'spokesperson', 'spokesman', 'spokeswoman', 'letter', 'notice', 'release', 'response', 'reply', 'clarification', 'rebuttal']
    .map((w) => stemmer(w))),
  givenSayings: {
    nouns: new Set(['denial', 'denials', 'rebuttal', 'rebuttals', 'rejection', 'refutation', 'repudiation', 'insistence'].map((w) => stemmer(w))),
    truth: new Set(['hold', 'holds', 'stands', 'true', 'correct', 'accurate', 'right', 'wrong', 'false', 'untrue', 'inaccurate', 'incorrect'].map((w) => stemmer(w))),
  },
  agentNouns: new Set(['representative', 'representatives', 'delegate', 'delegates', 'envoy', 'emissary'].map((w) => stemmer(w))),
  // "led not by a minister but by the secretary": the agent after "but by" is the predicate's.
  correction: { negated: ['not', 'by'], then: ['but', 'by'] },
  // "Rajvanshi, according to the report, …": its speaker stands after it.
  speakerFollows: new Set(['according']),
  spunForms: ENGLISH_SPUN_FORMS,
  spunOpeners: ENGLISH_SPUN_OPENERS,
  clauseOpeners: new Set(['and', 'but', 'as', 'after', 'despite', 'though', 'although', 'while', 'whilst', 'or']),
  // "represented by its chief executive"; and the clause of a cleft, whose subject stands after
  // its "that": "the first time since the invasion that Indian executives went to Russia".
  agentMarkers: new Set(['by', 'that']),
  expletiveMarkers: new Set(
    ['unclear', 'clear', 'possible', 'likely', 'unlikely', 'understood', 'believed', 'thought', 'reported', 'known', 'true', 'false',
      'verified', 'confirmed', 'seen', 'worth', 'important', 'notable', 'expected', 'difficult', 'hard', 'easy', 'remains', 'seems',
      'appears', 'emerged', 'noteworthy', 'significant', 'striking', 'telling', 'ironic', 'odd', 'rare', 'unusual', 'time'].map((w) => stemmer(w)),
  ),
};
