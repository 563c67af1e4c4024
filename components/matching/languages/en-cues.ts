// The English cue table for negation, denial, falsity and hedging, with its boundaries and
// terminators (rows in the manner of NegEx/pyConTextNLP), for the matching core's readCues.
import type { CueRow } from './types';

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
export const ENGLISH_CUES: CueRow[] = [
  // Pseudo-negations first: longer rows win, and their words are then no cue.
  ...['not only', 'not just', 'not least', 'no fewer than', 'no less than', 'not fewer than', 'not less than', 'no more than', 'not more than', 'nowhere near as', 'nowhere near so', 'no doubt', 'no question that', 'no question about', 'no question ,', 'if true to form', 'no coincidence', 'no accident', 'no surprise', 'no wonder', 'nothing but', 'not to mention', 'no sooner', 'not unlike', 'not surprisingly', 'whether or not', 'no longer a secret', 'if anything',
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
    'could not independently verify', 'unable to verify', 'unable to independently verify', 'unable to confirm', 'not able to verify', 'not able to confirm', 'would neither confirm nor deny', 'declined to confirm', 'refused to confirm', 'did not deny', 'has not denied', 'not ruled out', 'not rule out', 'not ruling out', 'not yet ruled out', 'did not rule out', 'does not rule out', 'do not rule out', 'would not rule out', 'could not rule out', 'cannot rule out', 'can not rule out', 'refused to rule out', 'refuses to rule out', 'declined to rule out', 'declines to rule out', 'unwilling to rule out',
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
  ...['no question of', 'not', 'never', 'nor', 'without', 'failed to', 'declined to', 'refused to', 'refusal to', 'did not', 'lack', 'lacked', 'no longer', 'yet to', 'nowhere near']
    .map((phrase): CueRow => ({ phrase, category: 'negation', direction: 'forward', window: 10 })),
  // Staying away, said with a verb of its own: "skipped the Moscow meetings", "stayed away from the talks".
  ...['skipped', 'skip', 'skips', 'skipping', 'stayed away from', 'stay away from', 'stays away from', 'kept away from', 'steered clear of', 'sat out', 'absent from', 'missing from']
    .map((phrase): CueRow => ({ phrase, category: 'negation', direction: 'forward', window: 4, until: [',', 'and', 'or', 'for', 'because', 'to'] })),
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
    'disown', 'disowned', 'disowns', 'disowning', 'disavow', 'disavowed', 'disavows',
    // "Ruled out" only of what was said or done ("ruled out that …"; "ruled out any role" below),
    // not of what is to come ("ruled out building drones with Russian partners").
    'ruled out that', 'rules out that', 'ruling out that']
    .map((phrase): CueRow => ({ phrase, category: 'denial', direction: 'forward', window: 25 })),
  // The same with "any" and a word for what is said ("rebuffed any participation", "any notion that
  // …"), that word denied too; not with what is turned down or criticised ("rebuffed any offer",
  // "any criticism, saying its executives met …").
  ...['negated any', 'negates any', 'rebuffed any', 'rebuffs any', 'ruled out any', 'rules out any', 'ruling out any', 'ruled out', 'rules out', 'ruling out'].flatMap((verb) => ['suggestion', 'suggestions', 'notion', 'idea', 'report', 'reports', 'claim', 'claims', 'involvement',
    'participation', 'representation', 'attendance', 'travel', 'role', 'link', 'links', 'connection', 'association', 'presence', 'ties'].map((object) => `${verb} ${object}`))
    .map((phrase): CueRow => ({ phrase, category: 'denial', direction: 'forward', window: 25, lastWordToo: true })),
  // Falsity: "reports that X attended are false", "it is untrue that X attended".
  ...['false', 'untrue', 'baseless', 'incorrect', 'inaccurate', 'unfounded', 'fabricated', 'misleading', 'wrong', 'erroneous', 'without basis', 'no basis', 'factually incorrect', 'not true', 'not correct']
    .map((phrase): CueRow => ({ phrase, category: 'falsity', direction: 'both', window: 25 })),
  // Boundaries: a new clause, which no cue before it reaches and no claim spans.
  ...['but', 'however', 'although', 'though', 'yet', 'whereas', 'while', 'whilst', 'instead', 'meanwhile', 'nevertheless', 'nonetheless', 'despite', 'notwithstanding', 'even as', ';',
    // "… the people said, … because the talks were confidential": a reason of its own.
    'because']
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
