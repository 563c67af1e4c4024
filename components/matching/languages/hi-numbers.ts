// Hindi number words (each of 1-99 is a word of its own), shares, bounds and dates, for the Hindi
// language module (hi.ts); written in NFKC, the form normalised text is in, with spelling variants.
import type { DateWords, NumberWords } from './types';

/**
 * The written variants of a Hindi word, in NFKC (nukta as a separate mark): as given, with
 * chandrabindu for anusvara and back ("पाँच"/"पांच"), and without nukta ("ज़्यादा"/"ज्यादा").
 * Number, date and cue words are compared as written, so every spelling pages use is listed.
 */
export function spellings(word: string): string[] {
  const base = word.normalize('NFKC');
  const forms = new Set([base, base.replace(/\u0901/g, '\u0902'), base.replace(/\u0902/g, '\u0901'), base.replace(/\u093c/g, '')]);
  forms.add(base.replace(/\u093c/g, '').replace(/\u0901/g, '\u0902'));
  return [...forms];
}

const withSpellings = (entries: Record<string, number>): Map<string, number> =>
  new Map(Object.entries(entries).flatMap(([word, value]) => spellings(word).map((w) => [w, value] as const)));

const phrases = (list: string[]): string[] => [...new Set(list.flatMap(spellings))];

/**
 * 0-99 in words. "एक" (one) is left out: it is the indefinite article far more often than a count
 * ("एक वरिष्ठ अधिकारी", a senior official), and read as a count it would contradict "at least six".
 */
const UNITS = withSpellings({
  शून्य: 0, दो: 2, तीन: 3, चार: 4, पांच: 5, छह: 6, छः: 6, छै: 6, सात: 7, आठ: 8, नौ: 9, दस: 10,
  ग्यारह: 11, बारह: 12, तेरह: 13, चौदह: 14, पंद्रह: 15, पन्द्रह: 15, सोलह: 16, सत्रह: 17, अठारह: 18, उन्नीस: 19, बीस: 20,
  इक्कीस: 21, बाईस: 22, तेईस: 23, चौबीस: 24, पच्चीस: 25, छब्बीस: 26, सत्ताईस: 27, अट्ठाईस: 28, अठ्ठाईस: 28, उनतीस: 29, तीस: 30,
  इकतीस: 31, बत्तीस: 32, तैंतीस: 33, चौंतीस: 34, पैंतीस: 35, छत्तीस: 36, सैंतीस: 37, अड़तीस: 38, उनतालीस: 39, चालीस: 40,
  इकतालीस: 41, बयालीस: 42, तैंतालीस: 43, चवालीस: 44, चौवालीस: 44, पैंतालीस: 45, छियालीस: 46, सैंतालीस: 47, अड़तालीस: 48, उनचास: 49, पचास: 50,
  इक्यावन: 51, बावन: 52, तिरपन: 53, चौवन: 54, पचपन: 55, छप्पन: 56, सत्तावन: 57, अट्ठावन: 58, उनसठ: 59, साठ: 60,
  इकसठ: 61, बासठ: 62, तिरसठ: 63, चौंसठ: 64, पैंसठ: 65, छियासठ: 66, सड़सठ: 67, अड़सठ: 68, उनहत्तर: 69, सत्तर: 70,
  इकहत्तर: 71, बहत्तर: 72, तिहत्तर: 73, चौहत्तर: 74, पचहत्तर: 75, छिहत्तर: 76, सतहत्तर: 77, अठहत्तर: 78, उन्यासी: 79, अस्सी: 80,
  इक्यासी: 81, बयासी: 82, तिरासी: 83, चौरासी: 84, पचासी: 85, छियासी: 86, सत्तासी: 87, अट्ठासी: 88, नवासी: 89, नब्बे: 90,
  इक्यानबे: 91, बानबे: 92, तिरानबे: 93, चौरानबे: 94, पचानबे: 95, छियानबे: 96, सत्तानबे: 97, अट्ठानबे: 98, निन्यानबे: 99,
  दर्जन: 12,
});

const MULTIPLIERS = withSpellings({ सौ: 100, हजार: 1000, हज़ार: 1000, लाख: 100_000, करोड़: 10_000_000 });

export const HINDI_NUMBERS: NumberWords = {
  units: UNITS,
  multipliers: MULTIPLIERS,
  phrases: [
    ...phrases(['आधा दर्जन', 'आधा-दर्जन', 'आधे दर्जन']).map((p) => [p, 6] as const),
    ...phrases(['एक दर्जन']).map((p) => [p, 12] as const),
    ...phrases(['एक सौ']).map((p) => [p, 100] as const),
  ],
  fractions: [
    ...phrases(['एक तिहाई', 'एक-तिहाई', 'तिहाई']).map((p) => [p, 100 / 3] as const),
    ...phrases(['दो तिहाई', 'दो-तिहाई']).map((p) => [p, 200 / 3] as const),
    ...phrases(['एक चौथाई', 'एक-चौथाई', 'चौथाई']).map((p) => [p, 25] as const),
    ...phrases(['तीन चौथाई', 'तीन-चौथाई']).map((p) => [p, 75] as const),
    ...phrases(['आधा', 'आधे', 'आधी']).map((p) => [p, 50] as const),
    ...phrases(['पांचवां हिस्सा', 'पांचवें हिस्से']).map((p) => [p, 20] as const),
  ],
  percentMarkers: phrases(['%', 'प्रतिशत', 'फ़ीसदी', 'फीसद', 'फ़ीसद', 'पर्सेंट', 'परसेंट', 'पर्सेन्ट', 'प्रति शत']),
  approximately: phrases(['लगभग', 'करीब', 'क़रीब', 'तकरीबन', 'तक़रीबन', 'करीब-करीब', 'क़रीब-क़रीब', 'अनुमानित', 'कोई']),
  atLeast: phrases(['कम से कम', 'कम-से-कम', 'न्यूनतम']),
  atMost: phrases(['अधिकतम', 'ज़्यादा से ज़्यादा', 'ज़्यादा-से-ज़्यादा']),
  // Hindi puts "more than" after the number: "500 से अधिक कंपनियां", "छह से ज़्यादा अधिकारी".
  atLeastAfter: phrases(['से अधिक', 'से ज़्यादा', 'से ऊपर', 'से भी अधिक', 'से भी ज़्यादा', 'या अधिक', 'या ज़्यादा', 'प्लस']),
};

const MONTHS = withSpellings({
  जनवरी: 1, फ़रवरी: 2, फरवरी: 2, मार्च: 3, अप्रैल: 4, अप्रेल: 4, मई: 5, जून: 6, जुलाई: 7, अगस्त: 8,
  सितंबर: 9, सितम्बर: 9, अक्टूबर: 10, अक्तूबर: 10, अक्टुबर: 10, ऑक्टोबर: 10, नवंबर: 11, नवम्बर: 11, दिसंबर: 12, दिसम्बर: 12,
});

export const HINDI_DATES: DateWords = {
  months: MONTHS,
  // Hindi writes the part of the month after it ("अक्टूबर के अंत में"); the core reads parts
  // before the month only, and a month without days already agrees with any date in it.
  monthParts: [],
  since: [],
  // "2022 से", "2022 के बाद से", "2022 के बाद": the postposition follows the year.
  sinceAfter: phrases(['से', 'के बाद', 'के बाद से', 'से लेकर', 'से अब तक', 'के पश्चात']),
  at: phrases(['में', 'को']),
  // "29-30 अक्टूबर", "29 और 30 अक्टूबर", "29 व 30 अक्टूबर", "29 से 30 अक्टूबर".
  dayJoiners: ['-', '&', ...phrases(['और', 'व', 'एवं', 'तथा', 'से'])],
};
