// English for the matching core: spelling folds, irregular forms, the cue table for negation,
// denial, falsity and hedging (rows in the manner of NegEx/pyConTextNLP) and the words of its
// grammar the core asks for; number and date words are in en-numbers.ts.
import { ENGLISH_DATES, ENGLISH_NUMBERS } from './en-numbers';
import { ENGLISH_SPUN_FORMS, ENGLISH_SPUN_OPENERS } from './en-spun';
import { stemmer } from '@orama/stemmers/english';
import { ENGLISH_SENTENCES } from '../sentences';
import type { CueRow, Language } from './types';

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
const WITHHELD_BY_SOMEONE = /^((did|do|does|would|will|has|have|could) not|declined to|refused to|unable to) (independently )?(confirm|confirmed|verify)$/;
const WITHHELD_OF_OBJECT = { kind: 'object', objects: ['it', 'this', 'that', 'so'] } as const;

/**
 * Hedges of mere condition (CueRow.possibility), opening the sentence: "If …, …", "Should …, …".
 * Not "assuming" or "supposing", which doubt what follows, nor "may" or "might" ("may be wary of
 * sanctions" doubts the wariness), nor an "if" inside a sentence, often "whether" ("did not say if").
 */
const POSSIBILITY = new Set(['if', 'should', 'unless', 'provided that']);

/**
 * The cue table. Windows count words (not punctuation) after (or before) the cue; a terminator
 * or the sentence's end closes every scope first. A negation's window reaches the verb in
 * "None of Tata Sons, Larsen & Toubro or Bharat Electronics took part" (10); a denial reports a whole
 * clause ("denied that anyone representing it had attended the meetings in Moscow").
 */
const CUES: CueRow[] = [
  // Pseudo-negations first: longer rows win, and their words are then no cue.
  ...['not only', 'not just', 'not least', 'no fewer than', 'no less than', 'not fewer than', 'not less than', 'no more than', 'not more than', 'nowhere near as', 'nowhere near so', 'no doubt', 'no question', 'if true to form', 'no coincidence', 'no accident', 'no surprise', 'no wonder', 'nothing but', 'not to mention', 'no sooner', 'not unlike', 'not surprisingly', 'whether or not', 'no longer a secret', 'if anything',
    // "an apparently unrelated move", "apparently unconcerned by the report", "in dispute with a
    // supplier": said of something else, no hedge of the clause.
    'an apparently', 'apparently un*', 'in dispute with',
    // "Whether by accident or design, …": no open question.
    'whether by', 'whether in', 'whether through', 'whether for', 'whether at', 'whether out of',
    // "Assuming the role of delegation head, …": taking it on, no condition.
    'assuming the role', 'assuming the post', 'assuming the office', 'assuming the chair', 'assuming the leadership', 'assuming the mantle', 'assuming that role', 'assuming this role', 'assuming the position',
    // "because of the risk": a cause, not a clause (see "because" among the boundaries).
    'because of']
    .map((phrase): CueRow => ({ phrase, category: 'pseudo', ...(phrase === 'not only' || phrase === 'not just' ? { pairs: ['but'] } : {}) })),
  // A conditional or open clause in front leaves the whole sentence open: "If the account holds, …",
  // "Should the meetings prove …", "Had Tata attended, …", "Supposing the sources are right, …", "Whether the talks … is hard to
  // establish". (Before the other rows: where two rows of one length fit, the first wins.)
  // ("Assuming the talks took place, …" opens a condition; "Assuming charge in October, …", "Assuming
  // the role of …" do not: pseudo rows above.)
  ...['if', 'if confirmed', 'should', 'whether', 'were', 'had', 'unless', 'supposing', 'assuming the', 'assuming that', 'assuming this', 'assuming these', 'assuming it', 'assuming they', 'provided that']
    .map((phrase): CueRow => ({ phrase, category: 'hedge', direction: 'forward', opening: true, ...(phrase === 'had' ? { counterfactual: ['would have', 'could have', 'might have'] } : {}), ...(POSSIBILITY.has(phrase) ? { possibility: true } : {}) })),
  // Set off after what it doubts: "Rajvanshi's reported presence, if true, would make …" leaves
  // the presence open, as it does what follows.
  ...['if true', 'if accurate', 'if correct', 'if confirmed', 'if borne out']
    .map((phrase): CueRow => ({ phrase, category: 'hedge', direction: 'both', window: 12, backwardWindow: 8 })),
  // Open questions and hedges: the sentence neither affirms nor denies.
  ...['did not confirm', 'do not confirm', 'does not confirm', 'would not confirm', 'will not confirm', 'has not confirmed', 'have not confirmed', 'could not confirm', 'could not independently confirm', 'could not verify',
    'could not independently verify', 'unable to verify', 'unable to independently verify', 'unable to confirm', 'not able to verify', 'not able to confirm', 'would neither confirm nor deny', 'declined to confirm', 'refused to confirm', 'did not deny', 'has not denied', 'not ruled out', 'not rule out', 'not ruling out', 'not yet ruled out', 'did not rule out', 'does not rule out', 'do not rule out', 'would not rule out', 'could not rule out', 'cannot rule out', 'can not rule out',
    'have not denied', 'unverified', 'unclear whether', 'unclear if', 'not clear whether', 'not clear if', 'not yet clear whether', 'not yet clear if', 'not yet known whether', 'not known whether', 'not known if', 'unknown whether',
    'uncertain whether', 'uncertain if', 'asked whether', 'ask whether',

    // (Before the predicative rows below: "…, and it was not clear whether X" leaves X open, not the clause before.)
    'is unclear whether', 'is unclear if', 'was unclear whether', 'was unclear if', 'is not clear whether', 'is not clear if', 'was not clear whether', 'was not clear if',
    'remains unclear whether', 'remains unclear if',
    // An open question reported: "declined to say whether the meetings took place".
    'say whether', 'said whether', 'says whether', 'saying whether', 'tell whether', 'confirm whether', 'disclose whether', 'comment on whether',
    // Withheld by a speaker: "would not discuss the presence of officials" leaves it open.
    'would not discuss', 'declined to discuss', 'refused to discuss',
    // Not knowing, or wondering: "no one knows whether a deal was signed", "analysts wonder whether …".
    'know whether', 'knows whether', 'knew whether', 'known whether', 'sure whether', 'sure if', 'certain whether', 'determine whether', 'establish whether',
    'verify whether', 'wonder whether', 'wonders whether', 'wondered whether', 'wondering whether', 'questions whether', 'questioned whether', 'asks whether',
    // Left unanswered: "did not address whether he had been in Moscow".
    'address whether', 'addressed whether', 'answer whether', 'answered whether', 'clarify whether', 'clarified whether', 'specify whether', 'specified whether',
    'explain whether', 'explained whether', 'state whether', 'stated whether',
    'may', 'might',
    'may have', 'might have', 'possibly', 'perhaps', 'if', 'if confirmed', 'could have', 'speculation', 'speculate', 'rumour', 'rumoured',
    'question whether', 'doubt', 'doubts', 'doubtful', 'allegedly', 'purportedly', 'supposedly', 'presumably', 'conceivably', 'apparently', 'probably', 'not immediately clear', 'not immediately known']
    .map((phrase): CueRow => ({ phrase, category: 'hedge', direction: 'forward', window: 12, ...(WITHHELD_BY_SOMEONE.test(phrase) ? { reachesBack: WITHHELD_OF_OBJECT } : {}) })),
  // (Before the negation "without": "…, without confirming that anyone had attended" leaves open
  // what follows, for a few words: not past the aside or the clause it stands in.)
  ...['without confirming', 'without confirming or denying', 'without denying', 'neither confirming nor denying', 'without either confirming or denying']
    .map((phrase): CueRow => ({ phrase, category: 'hedge', direction: 'forward', window: 8 })),
  // Hedges of what follows them: "it is possible the meetings were …", "appears to have been led by …".
  ...['it is possible', 'it was possible', 'possible that', 'appears to', 'appear to', 'appeared to', 'seems to', 'seem to', 'seemed to',
    'is thought to', 'are thought to', 'were thought to', 'was thought to']
    .map((phrase): CueRow => ({ phrase, category: 'hedge', direction: 'forward', window: 12 })),
  // Passive and predicative hedges bear on what stands before them too: "claims that X attended
  // could not be verified", "whether X attended is unclear", "it is unclear whether X attended".
  // Those said of what was confirmed also reach back over a boundary from a short clause of their
  // own: "…, though this could not be confirmed" (see CueRow.reachesBack).
  ...['could not be confirmed', 'could not be independently confirmed', 'could not be verified', 'could not be independently verified',
    'not independently verified', 'not been verified', 'not been independently verified', 'not been confirmed', 'not independently confirmed', 'unconfirmed',
    // ("…, though the figures are disputed.")
    'is disputed', 'are disputed', 'was disputed', 'were disputed', 'remains disputed', 'remain disputed', 'is contested', 'are contested']
    .map((phrase): CueRow => ({ phrase, category: 'hedge', direction: 'both', window: 12, reachesBack: { kind: 'subject' } })),
  // Estimates or accounts at odds, in a clause of their own: "…, though estimates vary".
  ...['estimates vary', 'estimates differ', 'estimates run higher', 'estimates run lower', 'estimates are higher', 'figures vary', 'figures differ', 'accounts vary', 'accounts differ', 'versions differ']
    .map((phrase): CueRow => ({ phrase, category: 'hedge', direction: 'forward', window: 12, reachesBack: { kind: 'own' } })),
  ...['could not be determined', 'could not be established', 'not been established', 'not been determined', 'unable to establish', 'could not establish', 'not able to establish', 'unable to determine', 'could not be independently established', 'difficult to establish', 'hard to establish',
    'difficult to verify', 'hard to verify', 'neither confirmed nor denied', 'no independent confirmation', 'no confirmation', 'no official confirmation',
    'in dispute', 'is unclear', 'remains unclear', 'was unclear', 'remains uncertain', 'is uncertain', 'is not known', 'is not clear', 'was not clear']
    .map((phrase): CueRow => ({ phrase, category: 'hedge', direction: 'both', window: 12 })),
  ...['unknown', 'remains to be seen']
    .map((phrase): CueRow => ({ phrase, category: 'hedge', direction: 'backward', window: 12 })),
  // Negations.
  ...['not', 'never', 'nor', 'without', 'failed to', 'declined to', 'refused to', 'refusal to', 'did not', 'lack', 'lacked', 'no longer', 'yet to', 'nowhere near']
    .map((phrase): CueRow => ({ phrase, category: 'negation', direction: 'forward', window: 10 })),
  // Staying away, said with a verb of its own: "skipped the Moscow meetings", "stayed away from the talks".
  ...['skipped', 'skip', 'skips', 'skipping', 'stayed away from', 'stay away from', 'stays away from', 'kept away from', 'steered clear of', 'sat out', 'absent from', 'missing from']
    .map((phrase): CueRow => ({ phrase, category: 'negation', direction: 'forward', window: 6 })),
  // A negated subject ("no one", "none of them") negates its clause's verb, however far: "no person
  // representing Bharat Forge or any Kalyani Group company had travelled to Russia".
  // Right after a verb, one is its object and negates it too: "sent no one", "attended none of them".
  // (In a relative clause, "none of which", "neither of whom", the relative word is the cue's own.)
  ...['no', 'none', 'none of', 'no one', 'nobody', 'nothing', 'neither', 'no person', 'not one', 'not a single', 'zero',
    'none of which', 'none of whom', 'neither of which', 'neither of whom']
    .map((phrase): CueRow => ({ phrase, category: 'negation', direction: 'forward', window: 16, object: !(phrase.startsWith('neither') || phrase.includes(' of wh')) })),
  // Denials report a whole clause.
  ...['deny', 'denied', 'denies', 'denying', 'denial', 'reject', 'rejected', 'rejects', 'rejecting', 'refute', 'refuted', 'refuting', 'dismiss', 'dismissed', 'dismissing',
    'rubbish', 'rubbished', 'disputed', 'disputing', 'disputes the', 'disputes any', 'disputes its', 'disputes reports', 'disputes claims', 'disputes that', 'dispute that', 'contradicted',
    // Spun copy's words for "denied", only with what they deny ("Sanctions negated the benefit …"
    // cancels it out; "rebuffed any Russian approach" turns something down).
    ...['negated', 'negates', 'rebuffed', 'rebuffs'].flatMap((verb) => ['the report', 'the reports', 'reports', 'claims', 'the claim', 'the claims'].map((object) => `${verb} ${object}`)),
    'disown', 'disowned', 'disowns', 'disowning', 'disavow', 'disavowed', 'disavows', 'ruled out', 'rules out', 'ruling out']
    .map((phrase): CueRow => ({ phrase, category: 'denial', direction: 'forward', window: 25 })),
  // The same with "any" and a word for what is said ("rebuffed any participation", "any notion that
  // …"), that word denied too; not with what is turned down or criticised ("rebuffed any offer",
  // "any criticism, saying its executives met …").
  ...['negated any', 'negates any', 'rebuffed any', 'rebuffs any'].flatMap((verb) => ['suggestion', 'suggestions', 'notion', 'idea', 'report', 'reports', 'claim', 'claims', 'involvement',
    'participation', 'representation', 'role', 'link', 'links', 'connection', 'association', 'presence', 'ties'].map((object) => `${verb} ${object}`))
    .map((phrase): CueRow => ({ phrase, category: 'denial', direction: 'forward', window: 25, lastWordToo: true })),
  // Falsity: "reports that X attended are false", "it is untrue that X attended".
  ...['false', 'untrue', 'baseless', 'incorrect', 'inaccurate', 'unfounded', 'fabricated', 'misleading', 'wrong', 'erroneous', 'without basis', 'no basis', 'factually incorrect', 'not true', 'not correct']
    .map((phrase): CueRow => ({ phrase, category: 'falsity', direction: 'both', window: 25 })),
  // Boundaries: a new clause, which no cue before it reaches and no claim spans.
  ...['but', 'however', 'although', 'though', 'yet', 'whereas', 'while', 'whilst', 'instead', 'meanwhile', 'nevertheless', 'nonetheless', 'despite', 'notwithstanding', 'even as', ';',
    // "… the people said, … because the talks were confidential": a reason of its own.
    'because', 'given that']
    .map((phrase): CueRow => ({ phrase, category: 'boundary' })),
  // Terminators: a relative or added clause that the cue before it does not reach.
  ...['which', 'who', 'except', 'and said', 'and called', 'and described', 'and termed', 'and branded', 'and labelled', 'adding', 'added', ':']
    .map((phrase): CueRow => ({ phrase, category: 'terminator' })),
  // A verb phrase added after a plain negation: "had not been made public and was the first …"
  // (a denial reaches on: "denied that its executives travelled and were present").
  ...['and was', 'and were'].map((phrase): CueRow => ({ phrase, category: 'terminator', ends: ['negation'] })),
  // What a statement answers, set after it: "did not take part, responding to a report that …".
  ...['responding to', 'replying to', 'in response to', 'in reply to'].map((phrase): CueRow => ({ phrase, category: 'terminator', ends: ['negation'] })),
];

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
  cues: CUES,
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
  agentNouns: new Set(['representative', 'representatives', 'delegate', 'delegates', 'man', 'woman', 'envoy', 'emissary', 'team'].map((w) => stemmer(w))),
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
