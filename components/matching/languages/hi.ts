// Hindi for the matching core: spelling folds (nukta, chandrabindu, nasal clusters, English
// loanwords), irregular verb forms, the light Hindi stemmer, anaphors, and the cue table (hi-cues.ts).
import { stemmer } from '@orama/stemmers/indian';
import { ENGLISH_SENTENCES } from '../sentences';
import { HINDI_CUES } from './hi-cues';
import { HINDI_DATES, HINDI_NUMBERS, spellings } from './hi-numbers';
import type { AnaphorRow, Language } from './types';

/**
 * Spelling variants pages write for one word, folded to one form before stemming: nukta dropped
 * ("फ़ोर्ज"/"फोर्ज"), chandrabindu as anusvara ("पहुँचे"/"पहुंचे"), the English "o" (ॉ) as "a"
 * ("मॉस्को"/"मास्को"), a nasal consonant before its own class as anusvara ("दिसम्बर"/"दिसंबर",
 * "डिफेन्स"/"डिफेंस"), "-ये"/"-यी" endings as "-ए"/"-ई" ("गये"/"गए"), and the English plural
 * "-्स" of loanwords ("स्टार्टअप्स"/"स्टार्टअप").
 */
const SPELLING: ReadonlyArray<readonly [RegExp, string]> = [
  [/\u093c/g, ''],
  [/\u0901/g, '\u0902'],
  [/\u0949/g, '\u093e'],
  [/\u0911/g, '\u0906'],
  [/ङ्(?=[कखगघ])|ञ्(?=[चछजझ])|ण्(?=[टठडढ])|न्(?=[तथदधसश])|म्(?=[पफबभ])/g, '\u0902'],
  [/^(.+)ये$/, '$1ए'],
  [/^(.+)यी$/, '$1ई'],
  [/(.{3,})्स$/, '$1'],
];

function fold(word: string): string {
  return SPELLING.reduce((w, [pattern, replacement]) => w.replace(pattern, replacement), word);
}

/**
 * Forms of the commonest irregular verbs (do, take, be, go, give, stay), mapped to the infinitive
 * whose stem they share: "लिया", "ली", "लेकर" are all "लेना" ("भाग लिया", "भाग लेने"). A closed
 * list of the language; regular verbs ("मिले", "मिलना") the stemmer unifies itself. The perfective
 * of "to do" stays apart: "प्रतिनिधित्व किया" (represented, at the talks) is not "प्रतिनिधित्व
 * करता है" (represents, as SIDM its members).
 */
const VERB_FORMS: Record<string, string> = {
  करना: 'करके करकर करा करें करेगा करेगी करेंगे करो',
  किया: 'किये किए कीं',
  लेना: 'लिया ली लीं लेकर ले लेने लेते लेती लेता लेंगे लेगा लेगी लें',
  होना: 'हुआ हुए हुये हुई हुईं हुयी होने होते होती होता होगा होगी होंगे हो होकर',
  जाना: 'गया गये गए गई गयी गईं जाने जाते जाती जाता जाएगा जाएगी जाएंगे जाकर जा',
  देना: 'दिया दिये दिए दी दीं देकर देने देते देती देता देगा देंगे दे',
  रहना: 'रहा रहे रही रहीं रहकर',
  // "to make", kept apart from "to become" (बनना: "बनती", "बने"), which the stemmer makes alike.
  बनाना: 'बनाती बनाता बनाते बनाने बनाए बनाये बनाई बनायी बनाया बनाकर बनाएं बनाएगी बनाएगा बनाएंगे',
};
const LEMMAS = new Map(Object.entries(VERB_FORMS).flatMap(([base, forms]) => forms.split(' ').flatMap(spellings).map((f) => [f, base] as const)));

/**
 * Words the light stemmer would make another word: "रूसी" (Russian) would be "रूस" (Russia), as
 * English stems keep "Russian" apart from "Russia"; "मिलकर" (together) would be "मिले" (met),
 * "एआई" (AI) a bare "ए", "बनाना" (to make) "बनना" (to become).
 */
const UNSTEMMED = new Set(['रूसी', 'भारतीय', 'अमेरिकी', 'चीनी', 'यूक्रेनी', 'मिलकर', 'एआई', 'बनाना']);

const stem = (word: string): string => (UNSTEMMED.has(word) ? word : stemmer(word));

/** The stem a word gets in a sentence (see words.ts), for the word sets below. */
const stemOfWord = (word: string): string => stem(LEMMAS.get(word) ?? fold(word.normalize('NFKC')));

/**
 * Function words, kept as written: postpositions, auxiliaries, pronouns, conjunctions and
 * particles. "पहले" (earlier) is one: the stemmer would make it "पहला" (first); "लिए" is the
 * postposition "के लिए"/"के लिये" (for), not "took".
 */
const STOPWORDS = new Set(
  ('का के की को में से ने पर तक और या एवं व तथा है हैं था थे थी थीं हूं हूँ भी ही तो कि जो यह वह ये वे इस उस इन उन इसे उसे इन्हें उन्हें ' +
    'इसका इसकी इसके उसका उसकी उसके इनका इनकी इनके उनका उनकी उनके अपना अपनी अपने लिए साथ द्वारा बाद पहले दौरान बीच ओर तरफ़ तरफ ' +
    'एक कोई किसी कुछ सभी सब हर अब तब जब यहां यहाँ वहां वहाँ क्या कौन कैसे क्यों कहां कहाँ ऐसा ऐसी ऐसे वैसे जैसे जैसा जैसी ' +
    'बहुत अधिक कम सिर्फ़ सिर्फ केवल मात्र जिस जिन जिसे जिन्हें यानी अर्थात इसलिए क्योंकि अगर यदि तो फिर लिये')
    .split(' ')
    .flatMap(spellings),
);

const ANAPHORS: AnaphorRow[] = [
  // Hindi has no "it": the third-person pronouns stand for firms and people alike.
  ...['उसने', 'इसने', 'उसका', 'उसकी', 'उसके', 'इसका', 'इसकी', 'इसके', 'यह', 'वह'].flatMap((phrase) => [
    { phrase, kind: 'organisation' as const },
    { phrase, kind: 'person' as const },
  ]),
  ...['उन्होंने', 'वे', 'उनका', 'उनकी', 'उनके'].map((phrase) => ({ phrase, kind: 'person' as const })),
  ...['इनके बारे में', 'उनके बारे में', 'ये लोग', 'वे लोग', 'इन लोगों', 'उन लोगों', 'प्रतिनिधिमंडल', 'प्रतिनिधिमंडल ने', 'ये अधिकारी', 'इन अधिकारियों', 'दल ने', 'टीम']
    .map((phrase) => ({ phrase, kind: 'group' as const })),
];

/** Initials of names written in Devanagari ("एस. जयशंकर", "ए. के. एंटनी") and titles ("ले. जन.", "डॉ."). */
const TITLES = [
  'ले', 'जन', 'ले.जन', 'डॉ', 'डा', 'श्री', 'सु', 'प्रो', 'मे', 'कर्न', 'ब्रिग', 'रि', 'सेवानि', 'मि', 'श्रीमती', 'प्रा', 'कं',
  'ए', 'बी', 'सी', 'डी', 'ई', 'एफ', 'जी', 'एच', 'आई', 'जे', 'के', 'एल', 'एम', 'एन', 'ओ', 'पी', 'क्यू', 'आर', 'एस', 'टी', 'यू', 'वी',
  'डब्ल्यू', 'एक्स', 'वाई', 'जेड',
];

export const hindi: Language = {
  code: 'hi',
  titles: new Set([...ENGLISH_SENTENCES.titles, ...TITLES.flatMap(spellings)]),
  softAbbreviations: new Set([...ENGLISH_SENTENCES.softAbbreviations, ...['लि', 'अक्टू', 'नवं', 'दिसं'].flatMap(spellings)]),
  fold,
  lemmas: LEMMAS,
  stem,
  stopwords: STOPWORDS,
  numbers: HINDI_NUMBERS,
  dates: HINDI_DATES,
  cues: HINDI_CUES,
  anaphors: ANAPHORS,
  verbFinal: true,
  // "कंपनी ने कहा", "इस कंपनी के प्रवक्ता": a noun points back through a demonstrative or a
  // postposition; alone it is as often any company.
  nounAnaphors: { before: ['यह', 'इस', 'उस', 'वह'], after: ['ने', 'के', 'का', 'की', 'को'] },
  questionMarks: ['?'],
  presupposingQuestions: ['क्यों', 'किस वजह से', 'किस कारण'],
  whInSitu: true,
  topicWords: new Set(['पर', 'बारे']),
  // Verbs only: "के अनुसार", "के हवाले से" (according to, citing) follow the source they name
  // ("तीन सूत्रों के हवाले से"), which is then no speaker standing apart from the claim; "दावा"
  // (claim) is mostly the noun ("भागीदारी संबंधी दावे को खारिज किया").
  reportWords: new Set(
    ['कहा', 'कहना', 'कहते', 'कहती', 'कहता', 'बताया', 'बताते', 'बताती', 'बताता', 'बताना', 'दोहराया', 'पुष्टि', 'लिखा']
      .map(stemOfWord),
  ),
  agentMarkers: new Set(['द्वारा']),
  // "यह साफ नहीं है कि …", "यह कहना मुश्किल है कि …": "यह" (it) stands for nothing.
  expletivePronouns: new Set(['यह']),
  expletiveMarkers: new Set(
    ['स्पष्ट', 'साफ', 'संभव', 'मुमकिन', 'ज़रूरी', 'जरूरी', 'अहम', 'दिलचस्प', 'गौरतलब', 'तय', 'कहना', 'मुश्किल', 'माना', 'पता', 'सच', 'गलत', 'बात'].map(stemOfWord),
  ),
};
