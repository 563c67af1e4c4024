// Russian for the matching core: "ё" folded to "е", suppletive verb forms, the Snowball stemmer
// with a last vowel cut, function words, anaphors, and the sentence rules; number and date words
// are in ru-numbers.ts, the cue table in ru-cues.ts.
import { stemmer } from '@orama/stemmers/russian';
import { RUSSIAN_CUES } from './ru-cues';
import { RUSSIAN_DATES, RUSSIAN_NUMBERS } from './ru-numbers';
import type { Token } from '../words';
import type { AnaphorRow, Language } from './types';

/** "ё" is written "е" in most print: both spellings are one letter to matching. */
const foldYo = (text: string): string => text.replace(/ё/g, 'е');

/**
 * Forms the stemmer cannot bring to their verb's stem: suppletive pasts of "идти" and its
 * prefixed verbs, "был" and "мог". A closed list of the language.
 */
const LEMMAS = new Map(
  Object.entries({
    шел: 'идти', шла: 'идти', шло: 'идти', шли: 'идти', пошел: 'пойти', пошла: 'пойти', пошло: 'пойти', пошли: 'пойти',
    прошел: 'пройти', прошла: 'пройти', прошло: 'пройти', прошли: 'пройти', пришел: 'прийти', пришла: 'прийти', пришли: 'прийти',
    вышел: 'выйти', вышла: 'выйти', вышли: 'выйти', вошел: 'войти', вошла: 'войти', вошли: 'войти', ушел: 'уйти', ушла: 'уйти',
    ушли: 'уйти', нашел: 'найти', нашла: 'найти', нашли: 'найти', зашла: 'зайти', зашли: 'зайти', зашел: 'зайти',
    вел: 'вести', вела: 'вести', вели: 'вести', провел: 'провести', провела: 'провести', провели: 'провести', провело: 'провести',
    был: 'быть', была: 'быть', было: 'быть', были: 'быть', мог: 'мочь', могла: 'мочь', могли: 'мочь', могло: 'мочь',
    смог: 'смочь', смогла: 'смочь', смогли: 'смочь',
    // A participle become a noun ("комплектующие", components) is kept apart from its root ("комплект", a set).
    ...Object.fromEntries(['ие', 'их', 'им', 'ими', 'ий', 'ей', 'ая', 'ую', 'ее', 'его', 'ему'].map((ending) => [`комплектующ${ending}`, 'комплектация'])),
  }),
);

/**
 * Stems shorter than this keep their last vowel: "росс" (Россия) and "виз" stay as they are.
 * Chosen on the story's words: at 5, "встреча" (the stem of "встречались") meets "встреч"
 * (встреча, встречи), "отрица" meets "отриц", and no two of the vocabulary's words fall together.
 */
const MIN_STEM_FOR_VOWEL_CUT = 5;
const STEM_FINAL_VOWEL = /[аеиоуыэюяйь]$/;

/** Words this short are abbreviations ("ИИ", "ПВО", "СП") or function words: never stemmed ("ии" is no "и"). */
const MAX_UNSTEMMED_LENGTH = 3;

/**
 * The Snowball stem, less a last vowel the stemmer leaves on verb stems ("обсужда" for
 * "обсуждали", "обсужд" for "обсуждение"), so a verb and its noun meet more often.
 */
function stem(word: string): string {
  if (word.length <= MAX_UNSTEMMED_LENGTH) return word;
  const snowball = stemmer(word);
  return snowball.length >= MIN_STEM_FOR_VOWEL_CUT && STEM_FINAL_VOWEL.test(snowball) ? snowball.slice(0, -1) : snowball;
}

const STOPWORDS = new Set(
  ('в во на с со к ко по о об обо от до из изо за для без при про над под перед через у и а но или либо что чтобы как ' +
    'когда если хотя ли же бы то также тоже не ни лишь только уже еще даже вот ведь я мы вы ты он она оно они его ее ' +
    'их ему ей им ими нем ней них него нее себя себе свой своя свое свои своих своей своим своего своими своем ' +
    'этот эта это эти этого этой этих этому этим этими этом эту тот та те того той тех тем теми том ту весь вся все ' +
    'всех всем всеми всего всей всю так там тут здесь где куда чем чего кому кем ним').split(' '),
);

/**
 * Words after a predicate where its subject may stand: Russian puts the subject after the verb
 * freely ("в Москве побывал и высокопоставленный сотрудник Bharat Forge"); 10 reaches past one
 * list item or a two-word title, not into the next clause.
 */
const RUSSIAN_POST_SUBJECT_REACH = 10;

/** Noun endings only the plural has ("компаний", "фирмам", "холдингах"); "компании" may be either. */
const PLURAL_NOUN_ENDING = /(?:ий|ов|ам|ям|ами|ями|ах|ях)$/;
/** Adjective endings only the plural has ("другие", "индийских", "крупнейшими"). */
const PLURAL_ADJECTIVE_ENDING = /(?:ие|ые|их|ых|ими|ыми)$/;

/**
 * "Компания", "компании" (of the company) refer back to one firm; "другие компании", "компаний"
 * do not, nor "компания" heading the name after it ("компании «Бхарат Фордж»").
 */
function refersBack(tokens: ReadonlyArray<Token>, first: number, last: number, headsName: boolean): boolean {
  if (headsName || PLURAL_NOUN_ENDING.test(tokens[last]!.text)) return false;
  for (let k = Math.max(0, first - 1); k < last; k++) if (tokens[k]!.kind === 'word' && PLURAL_ADJECTIVE_ENDING.test(tokens[k]!.text)) return false;
  return true;
}

const anaphors = (kind: AnaphorRow['kind'], phrases: string[]): AnaphorRow[] => phrases.map((phrase) => ({ phrase, kind }));

/**
 * "Он" stands for a person or a masculine organisation ("концерн", "холдинг"), "она" for a
 * feminine one ("компания", "группа") or a person: both kinds are rows. Nouns that stand for one
 * entity ("компания" for Bharat Forge) are the entities' `nouns` in the story's data.
 */
const ANAPHORS: AnaphorRow[] = [
  ...anaphors('organisation', ['она', 'ее', 'ей', 'нее', 'ней', 'он', 'его', 'него', 'нем', 'ему']),
  ...anaphors('person', ['он', 'его', 'него', 'нем', 'ему', 'она']),
  // Pronouns only: "делегация" is a concept of its own, and a noun stems alike in both numbers
  // ("представитель" is one person, not the group).
  ...anaphors('group', ['они', 'их', 'ими', 'них']),
];

/**
 * Reporting verbs (each form the stemmer keeps apart): the subject before one may be the speaker
 * only. Not "по словам", "по данным": the name after them is a source, never the clause's subject
 * ("Bharat Forge, по данным Reuters, направила в Москву представителя").
 */
const REPORT_WORDS = ['сказал', 'сказала', 'сказали', 'заявил', 'заявила', 'заявили', 'заявляет', 'заявляют', 'сообщил', 'сообщила', 'сообщили',
  'сообщает', 'сообщают', 'рассказал', 'рассказала', 'рассказали', 'утверждает', 'утверждают', 'утверждал', 'пишет',
  'пишут', 'писал', 'писало', 'уточнил', 'уточнила', 'уточнили', 'уточняет', 'уточняют', 'подчеркнул', 'подчеркнула',
  'подчеркнули', 'отметил', 'отметила', 'отметили', 'добавил', 'добавила', 'подтвердил', 'подтвердила', 'подтвердили', 'настаивает',
  'настаивают', 'говорится', 'говорит', 'говорят', 'считает', 'полагает'];

/** Question words that take the question's content as given ("Почему Tata не поехала?"). */
const PRESUPPOSING = ['почему', 'зачем', 'отчего', 'с какой целью', 'по какой причине', 'как получилось', 'как вышло'];

export const russian: Language = {
  code: 'ru',
  // Titles and abbreviations that never end a sentence ("г." year or city, "ген.", "им.", "т.е.").
  titles: new Set(['г', 'гг', 'ген', 'им', 'ул', 'т.е', 'т.к', 'т.н', 'напр', 'см', 'проф', 'акад', 'св', 'пос', 'обл', 'тов', 'гос']),
  // End a sentence only before a capitalised word ("5 млн. рублей", "… и т.д. Затем").
  softAbbreviations: new Set(['млн', 'млрд', 'трлн', 'тыс', 'руб', 'долл', 'др', 'т.д', 'т.п', 'пр', 'янв', 'февр', 'апр', 'авг', 'сент', 'окт', 'нояб', 'дек']),
  fold: foldYo,
  foldText: foldYo,
  lemmas: LEMMAS,
  stem,
  stopwords: STOPWORDS,
  numbers: RUSSIAN_NUMBERS,
  dates: RUSSIAN_DATES,
  cues: RUSSIAN_CUES,
  anaphors: ANAPHORS,
  // No article: the noun itself refers back ("Компания также подчеркнула…").
  nounAnaphors: { before: [] },
  refersBack,
  questionMarks: ['?'],
  presupposingQuestions: PRESUPPOSING,
  // "Комментировать о…", and "в"/"на" after a verb of attending: what it attended ("участвует в программе…").
  topicWords: new Set(['о', 'об', 'обо', 'относительно', 'насчет', 'касательно', 'в', 'во', 'на']),
  aboutWords: new Set(['о', 'об', 'обо', 'относительно', 'насчет', 'касательно']),
  reportWords: new Set(REPORT_WORDS.map(stem)),
  // "Adani была представлена в лице гендиректора": the agent follows "в лице".
  agentMarkers: new Set(['лице']),
  // "…, уточняет агентство", "Встречи, как пишет «Рейтер», предшествовали…": the speaker follows the verb.
  attributionAsides: ['как'],
  // Russian has no placeholder "it" ("неясно, …" has no pronoun).
  expletiveMarkers: new Set(),
  // "…, однако в официальных встречах не участвовал": the subject of a coordinated clause goes unsaid.
  elidedSubjects: true,
  // "В переговорах участвовали …, а также X": the subject after its verb, past a list.
  postSubjectReach: RUSSIAN_POST_SUBJECT_REACH,
};
