// The Hindi cue table: negation, denial, falsity and hedging with their scope, rows in the manner
// of NegEx/pyConTextNLP. Hindi is verb-final: the cue mostly follows what it bears on.
import type { CueCategory, CueDirection, CueRow } from './types';
import { spellings } from './hi-numbers';

/**
 * Words a negation particle reaches back. "नहीं" stands between the predicate and its verb
 * ("भाग नहीं लिया", "शामिल नहीं हुए", "कोई समझौता नहीं हुआ"), so three words reach the predicate
 * without crossing into the clause before ("अडानी ने भाग लिया और टाटा शामिल नहीं हुई").
 */
const NEGATION_REACH = 3;
/** A negated pronoun ("कोई भी … नहीं") reaches its clause's predicate, however far (as in en.ts). */
const NEGATED_SUBJECT_REACH = 12;
/** Denials report a whole clause: "… किसी भी बैठक में भागीदारी से इनकार किया", "इनकार करते हुए कहा कि …". */
const DENIAL_REACH = 25;
/** Hedges reach a clause, as in en.ts. */
const HEDGE_REACH = 12;

const rows = (category: CueCategory, direction: CueDirection | undefined, window: number | undefined, phrases: string[]): CueRow[] =>
  phrases.flatMap(spellings).map((phrase) => ({ phrase, category, ...(direction ? { direction } : {}), ...(window ? { window } : {}) }));

/** The particles that close a negative concord ("कोई भी प्रतिनिधि रूस नहीं गया"). */
const NEGATIVE_PARTICLES = ['नहीं', 'नही', 'न'];

export const HINDI_CUES: CueRow[] = [
  // Pseudo-negations first: longer rows win, and their words are then no cue.
  ...rows('pseudo', undefined, undefined, [
    'न केवल', 'न सिर्फ', 'न सिर्फ़', 'ही नहीं', 'नहीं तो', 'या नहीं', 'कोई शक नहीं', 'कोई संदेह नहीं', 'इसमें शक नहीं', 'कम नहीं',
    'किसी से छिपा नहीं', 'नहीं रहा कोई रहस्य',
    // On condition of anonymity ("नाम न छापने की शर्त पर"): no negation of what the sources said.
    'नाम न', 'नाम नहीं', 'पहचान न', 'पहचान उजागर न', 'पहचान जाहिर न', 'नाम जाहिर न', 'नाम जाहिर नहीं', 'नाम उजागर न', 'नाम उजागर नहीं',
    // "After the denial, the sources stood by it": the denial is a time, not what the clause says.
    'खंडन के बाद', 'इनकार के बाद', 'खंडन के बावजूद', 'इनकार के बावजूद', 'खंडन के बाद भी', 'इनकार के बाद भी',
  ]),
  // Open questions and hedges that bear on what follows: "शायद", "संभवतः", "अगर".
  ...rows('hedge', 'forward', HEDGE_REACH, [
    'शायद', 'संभवतः', 'संभवत:', 'संभवत', 'मुमकिन है', 'संभव है कि', 'हो सकता है कि', 'हो सकती है कि', 'हो सकते हैं कि', 'अगर', 'यदि',
    'अटकलें', 'अटकल', 'कयास', 'अफवाह', 'अफ़वाह', 'सवाल यह है कि', 'सवाल उठता है कि', 'संदेह', 'शक',
    'स्पष्ट नहीं है कि', 'साफ नहीं है कि', 'साफ़ नहीं है कि', 'पता नहीं कि',
  ]),
  // Hedges after what they bear on, the Hindi order: "… शामिल थे या नहीं, यह स्पष्ट नहीं है",
  // "रॉयटर्स इसकी स्वतंत्र रूप से पुष्टि नहीं कर सका", "… मौजूद रहे हो सकते हैं".
  ...rows('hedge', 'both', HEDGE_REACH, [
    'स्पष्ट नहीं', 'साफ नहीं', 'साफ़ नहीं', 'अस्पष्ट', 'पता नहीं', 'पुष्टि नहीं', 'पुष्टि नहीं की', 'पता नहीं चल सका', 'मालूम नहीं', 'पुष्टि नहीं हो सकी', 'पुष्टि नहीं कर सका',
    'पुष्टि नहीं कर सकी', 'पुष्टि नहीं कर सके', 'पुष्टि नहीं हुई', 'पुष्टि नहीं हो पाई', 'सत्यापित नहीं', 'सत्यापन नहीं', 'अपुष्ट',
    'हो सकता है', 'हो सकती है', 'हो सकते हैं', 'रहा हो', 'रहे हों', 'रही हो', 'न तो पुष्टि की और न ही खंडन', 'न पुष्टि की न खंडन',
    'इनकार नहीं किया', 'इनकार नहीं', 'खंडन नहीं किया', 'खंडन नहीं',
  ]),
  // Negations: the particle before the verb bears on the predicate before it.
  ...rows('negation', 'backward', NEGATION_REACH, ['नहीं', 'नही', 'मना']),
  // "न" precedes what it negates in "न तो मौजूद था और न ही शामिल हुआ", and follows it in "उजागर न करने".
  ...rows('negation', 'both', NEGATION_REACH, ['न', 'न तो', 'न ही', 'मत']),
  ...rows('negation', 'forward', NEGATION_REACH + 2, ['बिना', 'बगैर', 'बग़ैर', 'के बिना']),
  // A negated subject or object ("कोई भी प्रतिनिधि रूस नहीं गया", "किसी भी बैठक में … शामिल नहीं
  // हुआ"): the pronoun and the particle at the verb negate all between them. Without the particle
  // the pronoun is "any" ("किसी भी भागीदारी से इनकार", a denial's own object).
  ...rows('negation', 'forward', NEGATED_SUBJECT_REACH, ['कोई', 'कोई भी', 'किसी', 'किसी भी', 'किसी ने', 'किसी ने भी', 'कभी', 'कभी भी'])
    .map((row): CueRow => ({ ...row, closedBy: { words: NEGATIVE_PARTICLES, required: true } })),
  ...rows('negation', 'backward', NEGATED_SUBJECT_REACH, ['कोई नहीं', 'कोई भी नहीं', 'किसी ने नहीं', 'कभी नहीं', 'बिल्कुल नहीं', 'कतई नहीं', 'हरगिज़ नहीं']),
  // Denials report a whole clause, before them ("भागीदारी से इनकार किया") or after ("इनकार करते हुए कहा कि").
  ...rows('denial', 'both', DENIAL_REACH, [
    'इनकार', 'इंकार', 'खंडन', 'नकारा', 'नकार', 'नकारी', 'नकारते', 'नकारते हुए', 'नकार दिया', 'खारिज', 'ख़ारिज', 'अस्वीकार', 'झुठलाया',
    'झुठलाते', 'सिरे से नकार', 'गलत बताया', 'ग़लत बताया', 'झूठा बताया', 'बेबुनियाद बताया', 'निराधार बताया',
  ]),
  // Falsity: "ऐसी खबरें झूठी हैं", "यह दावा निराधार है".
  ...rows('falsity', 'both', DENIAL_REACH, [
    'झूठी', 'झूठा', 'झूठे', 'गलत', 'ग़लत', 'निराधार', 'बेबुनियाद', 'असत्य', 'सच नहीं', 'सही नहीं', 'तथ्यहीन', 'भ्रामक', 'मनगढ़ंत',
    'बेसिर-पैर', 'आधारहीन', 'तथ्यों से परे',
  ]),
  // Boundaries: a new clause, which no cue before it reaches and no claim spans. "पर" is "but"
  // only after a comma (it is also "on").
  ...rows('boundary', undefined, undefined, [
    'लेकिन', 'परंतु', 'परन्तु', 'किंतु', 'किन्तु', 'मगर', 'हालांकि', 'हालाँकि', 'जबकि', 'बल्कि', 'अलबत्ता', 'वहीं', 'उधर', 'फिर भी',
    'इसके बावजूद', 'बावजूद', 'दूसरी ओर', 'दूसरी तरफ', ', पर', ';',
  ]),
  // Terminators: a relative or added clause that the cue before it does not reach. Not "जिसमें",
  // "जिनमें" (in which): after a denial they carry what is denied ("उन खबरों का खंडन किया जिनमें
  // कहा गया था कि …").
  ...rows('terminator', undefined, undefined, [
    'जो', 'जिसने', 'जिन्होंने', 'जिसे', 'जिन्हें', 'जिसका', 'जिसकी', 'जिसके', 'जिनका', 'जिनकी', 'जिनके', 'जहां',
    'जहाँ', 'और कहा', 'साथ ही', 'इसके अलावा', 'क्योंकि', ':',
  ]),
];
