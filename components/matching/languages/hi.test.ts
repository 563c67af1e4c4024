import { describe, expect, it } from 'vitest';
import { readCues } from '../cues';
import { figureTokens, readFigures, type Figure } from '../figures';
import { normaliseForMatching } from '../normalise';
import { splitSentences } from '../sentences';
import { tokenize } from '../words';
import { hindi } from './hi';

const tokens = (sentence: string) => tokenize(normaliseForMatching(sentence), hindi);
const stems = (sentence: string) => tokens(sentence).filter((t) => t.kind !== 'punct').map((t) => t.stem);
const figures = (sentence: string): Figure[] => readFigures(tokens(sentence), hindi);
const only = (sentence: string): Figure => {
  const found = figures(sentence);
  expect(found, `figures of ${JSON.stringify(sentence)}`).toHaveLength(1);
  return found[0]!;
};

describe('hindi: spellings and inflections stem alike', () => {
  it.each([
    ['nukta or none', 'भारत फ़ोर्ज', 'भारत फोर्ज'],
    ['the English "o" or "a"', 'मॉस्को', 'मास्को'],
    ['a nasal consonant or anusvara', 'दिसम्बर डिफेन्स', 'दिसंबर डिफेंस'],
    ['chandrabindu or anusvara', 'पहुँचे', 'पहुंचे'],
    ['"-ये" or "-ए"', 'गये किये नये', 'गए किए नए'],
    ['an English plural', 'स्टार्टअप्स', 'स्टार्टअप'],
    ['a plural noun', 'बैठकें', 'बैठक'],
    ['an oblique plural', 'बैठकों', 'बैठक'],
    ['an oblique "-ओं" of a feminine noun', 'संभावनाओं', 'संभावना'],
    ['an irregular past of "to take"', 'भाग लिया', 'भाग लेने'],
    ['an irregular past of "to go"', 'रूस गए', 'रूस जाना'],
    ['an irregular past of "to happen"', 'हुईं', 'होने'],
    ['"to make" in any form', 'बनाती', 'बनाए'],
    ['Devanagari digits as ASCII', '२९', '29'],
  ])('%s: %s ~ %s', (_name, a, b) => {
    expect(stems(a)).toEqual(stems(b));
  });

  it.each([
    ['Russian is not Russia', 'रूसी', 'रूस'],
    ['"earlier" is not "first"', 'पहले', 'पहला'],
    ['"to make" is not "to become"', 'बनाती', 'बनती'],
    ['"together" is not "met"', 'मिलकर', 'मिले'],
    ['a singular "company" is not the plural (what "कंपनी ने" points back with)', 'कंपनी', 'कंपनियों'],
  ])('%s: %s / %s', (_name, a, b) => {
    expect(stems(a)).not.toEqual(stems(b));
  });

  it('keeps function words as written', () => {
    expect(stems('का के की में से ने पर है था')).toEqual(['का', 'के', 'की', 'में', 'से', 'ने', 'पर', 'है', 'था']);
  });
});

describe('hindi: numbers', () => {
  it.each([
    ['digits and "प्रतिशत"', 'करीब 36 प्रतिशत हिस्सा', 36, 'about'],
    ['"फ़ीसदी" with nukta', '36 फ़ीसदी उपकरण', 36, 'exact'],
    ['"फीसदी" without', 'लगभग 36 फीसदी उपकरण', 36, 'about'],
    ['a percent sign', 'तकरीबन 36% हथियार', 36, 'about'],
    ['a number word', 'छत्तीस प्रतिशत उपकरण', 36, 'exact'],
    ['"more than" after the number', '40 प्रतिशत से अधिक हिस्सा', 40, 'atLeast'],
  ])('a share: %s', (_name, sentence, value, bound) => {
    expect(only(sentence)).toMatchObject({ kind: 'percent', value, bound });
  });

  it.each([
    ['"एक तिहाई"', 'एक तिहाई हथियार', 100 / 3],
    ['"एक-तिहाई"', 'करीब एक-तिहाई हिस्सा', 100 / 3],
    ['"आधे"', 'आधे उपकरण', 50],
  ])('a fraction is a share, never exact: %s', (_name, sentence, value) => {
    const f = only(sentence);
    expect(f).toMatchObject({ kind: 'percent', bound: 'about' });
    expect(f.kind === 'percent' && f.value).toBeCloseTo(value, 5);
  });

  it.each([
    ['"कम से कम" before', 'कम से कम छह अधिकारी', 6, 'atLeast'],
    ['"कम-से-कम" hyphenated, "छः" with visarga', 'कम-से-कम छः अधिकारी', 6, 'atLeast'],
    ['"आधा दर्जन"', 'करीब आधा दर्जन अधिकारी', 6, 'about'],
    ['"से अधिक" after', '500 से अधिक कंपनियां', 500, 'atLeast'],
    ['hundreds in words', 'पांच सौ से ज़्यादा कंपनियां', 500, 'atLeast'],
    ['"पाँच" with chandrabindu', 'पाँच अधिकारी', 5, 'exact'],
    ['a plain count', 'सात कंपनियां', 7, 'exact'],
  ])('a count: %s', (_name, sentence, value, bound) => {
    expect(only(sentence)).toMatchObject({ kind: 'count', value, bound });
  });

  it('reads "एक" (one) as the article it mostly is, not a count', () => {
    expect(figures('भारत फोर्ज का एक वरिष्ठ अधिकारी')).toEqual([]);
  });
});

describe('hindi: dates', () => {
  it.each([
    ['a range with a hyphen', '29-30 अक्टूबर को', { month: 10, days: [29, 30] }],
    ['"और" between the days', '29 और 30 अक्टूबर को', { month: 10, days: [29, 30] }],
    ['"व" between the days', '29 व 30 अक्टूबर को', { month: 10, days: [29, 30] }],
    ['Devanagari digits and "अक्तूबर"', '२९-३० अक्तूबर को', { month: 10, days: [29, 30] }],
    ['a year after the day and month', '4-5 दिसंबर 2025 को', { month: 12, days: [4, 5], year: 2025 }],
    ['"दिसम्बर" with a nasal consonant', '5 दिसम्बर को', { month: 12, days: [5] }],
    ['a month and a year', 'अक्टूबर 2025 में', { month: 10, days: [], year: 2025 }],
  ])('%s', (_name, sentence, date) => {
    expect(only(sentence)).toMatchObject({ kind: 'date', ...date });
  });

  it.each([
    ['"से" after the year', '2022 से कोई दौरा नहीं', true],
    ['"के बाद से" after the year', '2021 के बाद से कोई प्रतिनिधि नहीं गया', true],
    ['"के बाद" after the year', '2022 के बाद पहला दौरा', true],
    ['"में" after the year', '2019 में एक दौरा', false],
    ['a postposition further on', '2022 में यूक्रेन पर हमले के बाद', false],
  ])('a year is a start or a point: %s', (_name, sentence, since) => {
    expect(figures(sentence).find((f) => f.kind === 'year')).toMatchObject({ since });
  });
});

/** The words (not punctuation) a sentence's cues mark, as written. */
const marked = (sentence: string) => {
  const t = tokens(sentence);
  const flags = readCues(t, hindi, figureTokens(readFigures(t, hindi)));
  const words = (marks: boolean[]) => t.filter((w, i) => marks[i] && w.kind !== 'punct').map((w) => w.text);
  return { negated: words(flags.negated), hedged: words(flags.hedged), cues: flags.cues.map((c) => c.category) };
};

describe('hindi: cues and their scope', () => {
  it.each([
    ['"नहीं" bears on the predicate before it', 'अडानी ने बैठक में भाग नहीं लिया', 'भाग', true],
    ['"नहीं" does not reach a clause three words back', 'अडानी डिफेंस ने भाग लिया और टाटा कंपनी शामिल नहीं हुई', 'भाग', false],
    ['"न तो … न ही" negate what follows them', 'वह न तो मौजूद था और न ही शामिल हुआ', 'मौजूद', true],
    ['"कोई भी … नहीं" negates all between them', 'कोई भी प्रतिनिधि किसी बैठक के लिए रूस नहीं गया', 'प्रतिनिधि', true],
    ['"किसी भी" without a particle is "any"', 'निवेशक किसी भी साझेदारी पर नजर रखेंगे', 'साझेदारी', false],
    ['"बिना" negates what follows', 'बैठकें बिना समझौते के खत्म हुईं', 'समझौते', true],
    ['"मना" (refused) reaches back', 'मंत्रालय ने टिप्पणी करने से मना कर दिया', 'टिप्पणी', true],
    ['"इनकार" reports a denial of what stands before', 'समूह ने बैठकों में किसी भी भागीदारी से इनकार किया', 'भागीदारी', true],
    ['"इनकार करते हुए कहा" of what follows', 'कंपनी ने इनकार करते हुए कहा कि उसके अधिकारी मॉस्को नहीं गए', 'मॉस्को', true],
    ['"खंडन" of what stands before', 'भारत फोर्ज ने रिपोर्ट में बताई गई भागीदारी का खंडन किया', 'भागीदारी', true],
    ['"झूठी" (false) of the report', 'कंपनी के मौजूद रहने की खबरें झूठी हैं', 'मौजूद', true],
    ['"बेबुनियाद" (baseless)', 'प्रवक्ता ने शामिल होने के दावे को बेबुनियाद बताया', 'शामिल', true],
    ['a relative clause after a denial is what is denied', 'समूह ने उन खबरों को गलत बताया जिनमें कहा गया कि उसके अधिकारी शामिल थे', 'शामिल', true],
    ['"लेकिन" ends a denial\'s reach', 'भारत फोर्ज ने इनकार किया, लेकिन सूत्रों ने कहा कि वह शामिल थी', 'शामिल', false],
    ['", पर" (but) ends a clause', 'वे मॉस्को में थे, पर बैठकों में शामिल हुए', 'शामिल', false],
    ['"खंडन के बाद" is a time, no denial', 'खंडन के बाद भी सूत्र अपनी बात पर टिके रहे', 'सूत्र', false],
    ['"नाम न छापने" (anonymity) is no negation', 'तीन सूत्रों ने नाम न छापने की शर्त पर बात की', 'सूत्रों', false],
    ['"न केवल" (not only) is no negation', 'न केवल अडानी बल्कि भारत फोर्ज भी शामिल थी', 'अडानी', false],
  ])('negation: %s', (_name, sentence, word, isNegated) => {
    expect(marked(sentence).negated.includes(word)).toBe(isNegated);
  });

  it.each([
    ['"शायद" (perhaps)', 'अडानी डिफेंस शायद बैठकों में शामिल थी', 'शामिल', true],
    ['"संभवतः" (probably)', 'ये बैठकें संभवतः पुतिन की यात्रा की तैयारी थीं', 'तैयारी', true],
    ['"हो सकता है" after what it bears on', 'अडानी के अधिकारी वहां मौजूद रहे हो सकता है', 'मौजूद', true],
    ['"पुष्टि नहीं" (did not confirm) is a hedge, not a negation', 'रॉयटर्स सीईओ के शामिल होने की पुष्टि नहीं कर सका', 'शामिल', true],
    ['"स्पष्ट नहीं है कि" (unclear whether)', 'यह स्पष्ट नहीं है कि भारत फोर्ज शामिल थी', 'शामिल', true],
    ['"साफ नहीं" after what it bears on', 'इस दौरे से क्या निकला, यह साफ नहीं है', 'निकला', true],
    ['"अगर" (if)', 'अगर अडानी शामिल थी तो यह अहम है', 'शामिल', true],
    ['"इनकार नहीं किया" (did not deny) leaves it open', 'कंपनी ने शामिल होने से इनकार नहीं किया', 'शामिल', true],
    ['a yes/no question', 'क्या भारत फोर्ज बैठकों में शामिल थी?', 'शामिल', true],
    ['"क्यों" anywhere takes the question as given', 'टाटा इन बैठकों से दूर क्यों रही?', 'दूर', false],
    ['"कथित तौर पर" (reportedly) is no hedge, as "reportedly" in English', 'कथित तौर पर अडानी के सीईओ बैठकों में शामिल हुए', 'शामिल', false],
  ])('hedge: %s', (_name, sentence, word, isHedged) => {
    expect(marked(sentence).hedged.includes(word)).toBe(isHedged);
  });

  it('does not read a denial under a negation ("इनकार नहीं", a hedge row) as a denial', () => {
    expect(marked('कंपनी ने इनकार नहीं किया').cues).toEqual(['hedge']);
  });
});

describe('hindi: sentences', () => {
  const split = (text: string) => splitSentences(text, 0, hindi).map((s) => text.slice(s.start, s.end));

  it('ends sentences at the danda, the double danda and question marks', () => {
    expect(split('बैठकें हुईं। रॉयटर्स रिपोर्ट पर कायम है॥ क्या अडानी वहां थी? हां।')).toEqual([
      'बैठकें हुईं।',
      'रॉयटर्स रिपोर्ट पर कायम है॥',
      'क्या अडानी वहां थी?',
      'हां।',
    ]);
  });

  it('does not break after titles, initials and abbreviations in brackets', () => {
    expect(split('ले. जन. (रि.) अरुण साहनी मॉस्को में थे। डॉ. एस. जयशंकर ने कुछ नहीं कहा।')).toEqual([
      'ले. जन. (रि.) अरुण साहनी मॉस्को में थे।',
      'डॉ. एस. जयशंकर ने कुछ नहीं कहा।',
    ]);
  });

  it('ends a quoted sentence inside a sentence at its danda', () => {
    expect(split('सूत्र ने कहा, "कुछ तय नहीं हुआ।" फिर बात आगे बढ़ी।')).toEqual(['सूत्र ने कहा, "कुछ तय नहीं हुआ।"', 'फिर बात आगे बढ़ी।']);
  });
});
