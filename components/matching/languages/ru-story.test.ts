// The story pack read in Russian: its Russian folder validates against the pack, and sentences
// written for this test (never taken from the evaluation set) make the right claims with the right
// polarity, while sentences about neighbouring stories make none and their pages fail the gate.
import { describe, expect, it } from 'vitest';
import entitiesFile from '../../../data/stories/india-russia-defence-jv-talks-2025/languages/ru/entities.json';
import vocabularyFile from '../../../data/stories/india-russia-defence-jv-talks-2025/languages/ru/vocabulary.json';
import gateFile from '../../../data/stories/india-russia-defence-jv-talks-2025/languages/ru/gate.json';
import claimsFile from '../../../data/stories/india-russia-defence-jv-talks-2025/languages/ru/claims.json';
import type { LanguageFiles } from '../../../data/language-schema';
import { withLanguage } from '../../../data/pack-files';
import { storyPack } from '../../../data/packs';
import { conceptsWithoutWords, validateLanguageFolder } from '../../../data/validate-language';
import { createTextAnalyser } from '../analyse-text';
import { matchSentenceView } from '../match-text';
import { viewSentence } from '../sentence-view';
import { splitSentences } from '../sentences';
import { buildMatchIndex } from '../story-index';
import { russian } from './ru';

const files = { entities: entitiesFile, vocabulary: vocabularyFile, gate: gateFile, claims: claimsFile } as unknown as LanguageFiles;
const pack = withLanguage(storyPack, {
  language: 'ru',
  entities: files.entities.entities,
  concepts: files.vocabulary.concepts,
  signals: files.gate.signals,
  claims: files.claims.claims,
});
const index = buildMatchIndex(pack, russian);

/** The paragraph before a sentence, when it needs one; by default a sentence that sets the story's scene. */
const SCENE = 'Reuters сообщило о переговорах индийских оборонных компаний с российскими чиновниками в Москве.';

function claimsOf(sentence: string, context = SCENE): string[] {
  const before = splitSentences(context, 0, russian).map((s) => viewSentence(context.slice(s.start, s.end), index));
  const named = new Set(before.flatMap((v) => v.mentions.map((m) => m.id)));
  return matchSentenceView(viewSentence(sentence, index), { before, named }, index)
    .map((m) => `${m.claimId}:${m.polarity}`)
    .sort();
}

describe('the Russian folder of the story pack', () => {
  it('validates against the pack', () => {
    expect(validateLanguageFolder(storyPack, 'ru', files as unknown as Parameters<typeof validateLanguageFolder>[2])).toEqual([]);
  });

  it('gives words for every concept a frame uses', () => {
    expect(conceptsWithoutWords(storyPack, files)).toEqual([]);
  });

  it('says every claim in Russian', () => {
    expect(files.claims.claims.map((c) => c.id).sort()).toEqual(storyPack.claims.map((c) => c.id).sort());
    for (const claim of files.claims.claims) expect(claim.text).toMatch(/[а-яё]/i);
  });
});

describe('Russian sentences make the story\'s claims', () => {
  it.each([
    ['Руководители индийских оборонных фирм провели в Москве консультации с представителями Рособоронэкспорта.', ['executives-met-russian-officials-in-moscow:affirms']],
    ['Переговоры в российской столице прошли 29 и 30 октября.', ['meetings-held-october-29-30:affirms']],
    ['Во главе индийской делегации стоял секретарь по оборонному производству Санджив Кумар.', ['sanjeev-kumar-led-delegation:affirms']],
    ['В Москву отправились полдюжины топ-менеджеров государственных и частных оборонных компаний.', ['at-least-six-executives-state-and-private:affirms']],
    ['Компанию Adani Defence and Aerospace на переговорах представлял ее гендиректор Ашиш Раджванши.',
      ['adani-ceo-rajvanshi-represented-adani:affirms', 'adani-defence-attended:affirms']],
    ['Ни Tata, ни Larsen & Toubro, ни Bharat Electronics в поездке участия не принимали.', ['tata-lt-bel-did-not-participate:affirms']],
    ['Сахни приезжал в Москву по личным делам, однако в официальных встречах не участвовал.', ['arun-sahni-not-at-meetings:affirms']],
    ['Стороны обсуждали выпуск комплектующих для истребителей МиГ-29 и систем ПВО.', ['mig-29-and-air-defence-parts-discussed:affirms']],
    ['Конкретных договоренностей по итогам встреч достигнуто не было.', ['no-concrete-agreement-finalised:affirms']],
    ['Более трети индийского арсенала составляет техника российского производства.', ['russian-origin-36-percent-of-inventory:affirms']],
    ['Индийские оборонные компании осторожничают из-за угрозы вторичных санкций со стороны США.', ['secondary-sanctions-risk:affirms']],
    ['Индийское Минобороны от комментариев отказалось.', ['ministry-and-companies-did-not-comment:affirms']],
  ])('%s', (sentence, claims) => {
    expect(claimsOf(sentence)).toEqual(claims);
  });

  it.each([
    ['В Adani Group категорически отвергли сообщения о том, что представители группы присутствовали на встречах.',
      ['adani-defence-attended:denies', 'adani-group-denied-involvement:affirms']],
    ['Bharat Forge отрицает, что ее сотрудники участвовали в каких-либо встречах в Москве.', ['bharat-forge-attended:denies']],
    ['Reuters не удалось независимо подтвердить, что представитель Adani присутствовал на встречах.', ['adani-defence-attended:uncertain']],
    ['Bharat Forge якобы направила в Москву своего сотрудника.', ['bharat-forge-attended:uncertain']],
    ['Участвовала ли Bharat Forge во встречах в Москве?', ['bharat-forge-attended:uncertain']],
  ])('with its polarity: %s', (sentence, claims) => {
    expect(claimsOf(sentence)).toEqual(claims);
  });

  it('reads "компания" as the firm named before it, not "другие компании" nor "компания" heading a name', () => {
    const context = 'Bharat Forge выступила с заявлением для бирж.';
    expect(claimsOf('Компания утверждает, что не направляла своих сотрудников в Москву.', context)).toEqual(['bharat-forge-attended:denies']);
    expect(claimsOf('Другие индийские компании тоже участвовали во встречах.', context)).toEqual([]);
    const adani = 'Глава Adani Defence тоже был на переговорах.';
    expect(claimsOf('В Москву ездил и сотрудник компании «Бхарат Фордж».', adani)).toEqual(['bharat-forge-attended:affirms']);
  });

  it('takes the name before an attribution aside for no speaker, and Putin\'s visit for no subject', () => {
    const claim = ['meetings-prepared-putin-visit:affirms'];
    expect(claimsOf('Государственный визит Путина в Индию готовился в том числе на московских встречах, сообщает агентство.')).toEqual(claim);
    expect(claimsOf('Московские встречи, как пишет Reuters, были частью подготовки визита Путина в Индию.')).toEqual(claim);
  });

  it('takes attending something else for no attendance at the meetings', () => {
    expect(claimsOf('Tata и L&T участвуют в программе строительства подводных лодок.')).toEqual([]);
  });

  it.each([
    'В 2019 году делегация индийских оборонных компаний посетила Москву и провела переговоры с российскими коллегами.',
    'Владимир Путин прибыл в Нью-Дели 4 декабря с двухдневным государственным визитом.',
    'По данным SIPRI, Индия остается крупнейшим импортером оружия в мире.',
    'На авиасалоне МАКС индийские компании провели переговоры с российскими производителями.',
    'Индия получила очередной полковой комплект С-400.',
    'Китайские топ-менеджеры встретились в Москве с российскими чиновниками.',
    'Делегация индийских промышленников во главе с министром побывала на выставке в Абу-Даби.',
    'Индийские НПЗ опасаются вторичных санкций из-за закупок российской нефти.',
  ])('a neighbouring story makes no claim: %s', (sentence) => {
    expect(claimsOf(sentence)).toEqual([]);
  });
});

describe('the Russian gate', () => {
  const analyser = createTextAnalyser(pack, russian);

  it.each([
    'В конце октября руководители индийских оборонных компаний, в том числе Adani Defence и Bharat Forge, провели в Москве переговоры о совместных предприятиях. Об этом сообщило агентство Reuters.',
    'Bharat Forge опровергла участие в переговорах в Москве: по словам компании, никто из ее сотрудников не выезжал в Россию с 2021 года.',
  ])('takes a page of the story: %s', (text) => {
    expect(analyser.judge(text).detected).toBe(true);
  });

  it.each([
    'Президент России Владимир Путин 4 декабря прибыл в Индию. Стороны обсудили поставки нефти и совместное производство вооружений.',
    'Россия поставит Индии оставшиеся полковые комплекты С-400 в 2026 году. Индийские военные ждут и запчастей для МиГ-29.',
    'В августе 2022 года делегация индийских производителей оборонной продукции посетила форум «Армия-2022» в Кубинке под Москвой.',
    'Adani Enterprises в третьем квартале увеличила чистую прибыль; оборонное подразделение Adani Defence нарастило выручку.',
  ])('leaves a neighbouring story: %s', (text) => {
    expect(analyser.judge(text).detected).toBe(false);
  });
});
