// The story pack read in Hindi: its language folder validates, and sentences written for this test
// (not taken from the evaluation set) make the right claims with the right polarity, or none.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conceptsWithoutWords } from '../../../data/validate-language';
import { mergePackFiles } from '../../../data/pack-files';
import { parseStoryPack } from '../../../data/validate';
import { packInLanguage, readLanguageFolder, readPackFolder } from '../../../scripts/validate-packs';
import { createTextAnalyser } from '../analyse-text';
import { matchSentenceView } from '../match-text';
import { viewSentence } from '../sentence-view';
import { buildMatchIndex } from '../story-index';
import { hindi } from './hi';

const DIR = join(import.meta.dirname, '..', '..', '..', 'data', 'stories', 'india-russia-defence-jv-talks-2025');
const pack = packInLanguage(DIR, 'hi');
const index = buildMatchIndex(pack, hindi);

/** Claim id -> polarity of every claim the sentence makes, after the sentences of `context`. */
function claimsOf(sentence: string, context: string[] = []): Record<string, string> {
  const before = context.map((s) => viewSentence(s, index));
  const named = new Set(before.flatMap((v) => v.mentions.map((m) => m.id)));
  return Object.fromEntries(matchSentenceView(viewSentence(sentence, index), { before, named }, index).map((m) => [m.claimId, m.polarity]));
}

describe('the Hindi language folder', () => {
  const english = parseStoryPack(mergePackFiles(readPackFolder(DIR)));
  const files = readLanguageFolder(DIR, 'hi', english);

  it('validates against the pack and gives words for every concept a frame uses', () => {
    expect(conceptsWithoutWords(english, files)).toEqual([]);
  });

  it('says every claim in Hindi', () => {
    expect(files.claims.claims.map((c) => c.id).sort()).toEqual(english.claims.map((c) => c.id).sort());
    for (const c of files.claims.claims) expect(c.text, c.id).toMatch(/[\u0900-\u097f]/);
  });

  it('keeps the gate lean: every page loads it', () => {
    expect(files.gate.signals.flatMap((g) => g.terms).length).toBeLessThan(110);
  });
});

describe('Hindi sentences make the claims they state', () => {
  it.each([
    ['भारत की कुछ बड़ी रक्षा कंपनियों के शीर्ष अधिकारी अक्टूबर के आखिर में मॉस्को गए और वहां रूसी सरकारी अधिकारियों से मिले।',
      { 'executives-met-russian-officials-in-moscow': 'affirms', 'meetings-held-october-29-30': 'affirms' }],
    ['ये मुलाकातें 29 और 30 अक्टूबर को मॉस्को में हुईं।', { 'meetings-held-october-29-30': 'affirms' }],
    ['इस दौरे की खबर अब तक सार्वजनिक नहीं हुई थी।', { 'meetings-not-previously-reported': 'affirms' }],
    ['यूक्रेन युद्ध छिड़ने के बाद किसी भारतीय रक्षा प्रतिनिधिमंडल की यह पहली रूस यात्रा थी।', { 'first-visit-since-2022': 'affirms' }],
    ['अडानी डिफ़ेंस के एक शीर्ष अधिकारी भी इन बैठकों में मौजूद थे।', { 'adani-defence-attended': 'affirms' }],
    ['अदाणी समूह ने साफ कहा कि उसका कोई भी अधिकारी मॉस्को नहीं गया।', { 'adani-defence-attended': 'denies', 'adani-group-denied-involvement': 'affirms' }],
    ['क्या अडानी डिफेंस सचमुच मॉस्को की बैठकों में शामिल थी?', { 'adani-defence-attended': 'uncertain' }],
    ['अडानी डिफेंस के प्रतिनिधि शायद इन बैठकों में मौजूद थे।', { 'adani-defence-attended': 'uncertain' }],
    ['भारत फोर्ज ने कहा है कि उसने मॉस्को में किसी बैठक में हिस्सा नहीं लिया।', { 'bharat-forge-attended': 'denies' }],
    ['भारत फ़ोर्ज ने बीएसई को बताया कि 2021 से उसका कोई भी कर्मचारी रूस नहीं गया है।', { 'bharat-forge-attended': 'denies' }],
    ['यह स्पष्ट नहीं है कि भारत फोर्ज के अधिकारी बैठकों में मौजूद थे या नहीं।', { 'bharat-forge-attended': 'uncertain' }],
    ['करीब आधा दर्जन अधिकारियों ने मॉस्को की बैठकों में भाग लिया।', { 'at-least-six-executives-state-and-private': 'affirms' }],
    ['एसआईडीएम का एक प्रतिनिधि भी दल में शामिल था।', { 'sidm-representative-attended': 'affirms' }],
    ['टाटा सन्स, एलएंडटी और बीईएल जैसी बड़ी कंपनियां इन बैठकों में नहीं थीं।', { 'tata-lt-bel-did-not-participate': 'affirms' }],
    ['टाटा और एलएंडटी इन बैठकों से दूर क्यों रहीं?', { 'tata-lt-bel-did-not-participate': 'affirms' }],
    ['टाटा समूह ने इन बैठकों में भाग नहीं लिया, जबकि अडानी डिफेंस और भारत फोर्ज के अधिकारी वहां मौजूद थे।',
      { 'tata-lt-bel-did-not-participate': 'affirms', 'adani-defence-attended': 'affirms', 'bharat-forge-attended': 'affirms' }],
    ['इस प्रतिनिधिमंडल का नेतृत्व रक्षा उत्पादन सचिव संजीव कुमार ने किया।', { 'sanjeev-kumar-led-delegation': 'affirms' }],
    ['कंपनियों की ये बैठकें सरकारी प्रतिनिधिमंडल के मॉस्को दौरे से इतर आयोजित की गईं।', { 'meetings-on-sidelines-of-official-delegation': 'affirms' }],
    ['बातचीत का केंद्र मिग-29 विमानों और वायु रक्षा प्रणालियों के पुर्जे भारत में बनाना था।', { 'mig-29-and-air-defence-parts-discussed': 'affirms' }],
    ['मॉस्को की इन बैठकों में किसी समझौते पर हस्ताक्षर नहीं हुए।', { 'no-concrete-agreement-finalised': 'affirms' }],
    ['रक्षा मंत्रालय ने रिपोर्ट पर टिप्पणी करने से मना कर दिया।', { 'ministry-and-companies-did-not-comment': 'affirms' }],
    ['भारतीय सेनाओं के छत्तीस प्रतिशत उपकरण रूस में बने हैं।', { 'russian-origin-36-percent-of-inventory': 'affirms' }],
    ['अमेरिकी प्रतिबंधों के खतरे की वजह से भारतीय कंपनियां रूस के साथ सौदे करने से कतराती हैं।', { 'secondary-sanctions-risk': 'affirms' }],
    ['कल्याणी समूह की कंपनी भारत फोर्ज तोपखाने और मिसाइलों के पुर्जे बनाती है।', { 'bharat-forge-makes-missile-artillery-components': 'affirms' }],
  ])('%s', (sentence, claims) => {
    expect(claimsOf(sentence)).toEqual(claims);
  });

  it.each([
    [['भारत फोर्ज ने बुधवार को स्टॉक एक्सचेंज को स्पष्टीकरण भेजा।'], 'कंपनी ने कहा कि उसका कोई प्रतिनिधि मॉस्को नहीं गया था।', { 'bharat-forge-attended': 'denies' }],
    [['भारत फोर्ज पुणे की जानी-मानी कंपनी है।'], 'उसने मिसाइलों और तोपों के पुर्जे बनाने में महारत हासिल की है।', { 'bharat-forge-makes-missile-artillery-components': 'affirms' }],
    [['एसआईडीएम रक्षा निर्माताओं का सबसे बड़ा संगठन है।'], 'यह संगठन पांच सौ से अधिक रक्षा कंपनियों का प्रतिनिधित्व करता है।', { 'sidm-over-500-members': 'affirms' }],
  ])('a noun or pronoun stands for the firm named before: %s %s', (context, sentence, claims) => {
    expect(claimsOf(sentence, context)).toEqual(claims);
  });

  it.each([
    ['another delegation, another year', '2019 में भारतीय रक्षा कंपनियों का एक बड़ा प्रतिनिधिमंडल मॉस्को गया था और रूसी कंपनियों से मिला था।'],
    ["Putin's visit itself", 'पुतिन 4-5 दिसंबर को नई दिल्ली आए, जहां दोनों देशों ने कई समझौतों पर हस्ताक्षर किए।'],
    ["officials before Putin's visit", 'रूसी राष्ट्रपति पुतिन की यात्रा से पहले दोनों देशों के अधिकारियों ने व्यापार पर चर्चा की।'],
    ['SIPRI', 'सिपरी की नई रिपोर्ट के मुताबिक 2020-24 में यूक्रेन दुनिया का सबसे बड़ा हथियार आयातक रहा।'],
    ['an air show', 'रक्षा उत्पादन सचिव संजीव कुमार ने बेंगलुरु में एयरो इंडिया के दौरान विदेशी कंपनियों से बात की।'],
    ['the intergovernmental commission', 'भारत और रूस के बीच सैन्य-तकनीकी सहयोग पर अंतर-सरकारी आयोग की बैठक नई दिल्ली में हुई।'],
    ['BrahMos', 'ब्रह्मोस मिसाइल के संयुक्त उत्पादन पर भारत और रूस के अधिकारियों ने मॉस्को में बात की।'],
    ['company results', 'अडानी एंटरप्राइजेज ने तिमाही नतीजों में शुद्ध मुनाफे में 20 प्रतिशत की बढ़ोतरी दर्ज की।'],
    ['the adviser is not Tata', 'टाटा की रक्षा इकाई के सलाहकार ने बताया कि वे नवंबर में मॉस्को गए थे।'],
    ['Reuters standing by its report', 'रॉयटर्स के प्रवक्ता ने कहा कि एजेंसी अपनी खबर पर कायम है।'],
  ])('a near miss makes none: %s', (_name, sentence) => {
    expect(Object.keys(claimsOf(sentence)).filter((id) => id !== 'arun-sahni-not-at-meetings')).toEqual([]);
  });
});

describe('the Hindi gate', () => {
  const analyser = createTextAnalyser(pack, hindi);

  it('takes a short follow-up on the denial for the story', () => {
    const text = 'भारत फोर्ज ने रूस यात्रा की खबरों का खंडन किया\nकल्याणी समूह की कंपनी ने शेयर बाजारों को बताया कि 2021 के बाद से उसका कोई प्रतिनिधि रूस नहीं गया है।';
    const { story, matches } = analyser.analyse(text);
    expect(story.detected).toBe(true);
    expect(matches.map((m) => [m.claimId, m.polarity])).toContainEqual(['bharat-forge-attended', 'denies']);
  });

  it.each([
    ['Putin\'s visit', 'रूसी राष्ट्रपति व्लादिमीर पुतिन 4 दिसंबर को नई दिल्ली पहुंचे।\nदोनों देशों ने रक्षा क्षेत्र में संयुक्त अनुसंधान और सह-उत्पादन पर सहमति जताई। रूसी मूल के हथियारों के स्पेयर पार्ट्स भारत में बनाने पर भी चर्चा हुई।'],
    ['a 2019 delegation', 'नवंबर 2019 में भारतीय रक्षा कंपनियों का एक बड़ा प्रतिनिधिमंडल मॉस्को पहुंचा।\nसम्मेलन में मिग-29 के कलपुर्जों के संयुक्त उत्पादन पर जोर दिया गया। अडानी समूह और भारत फोर्ज के अधिकारी शामिल हुए।'],
    ['SIPRI', 'सिपरी के अनुसार भारत के हथियार आयात में रूस की हिस्सेदारी घटकर 36 प्रतिशत रह गई।\nपश्चिमी प्रतिबंधों के चलते भारत फ्रांस से खरीद बढ़ा रहा है।'],
    ['Adani business news', 'अडानी डिफेंस एंड एयरोस्पेस ने कानपुर में मिसाइल निर्माण परिसर का उद्घाटन किया।\nकंपनी के सीईओ आशीष राजवंशी ने कहा कि इससे निर्यात के अवसर खुलेंगे।'],
  ])('leaves a near-miss page alone: %s', (_name, text) => {
    expect(analyser.analyse(text).story.detected).toBe(false);
  });
});
