// The Russian cue table: negation, denial, falsity and hedging with their scope, pseudo-negations,
// clause boundaries and terminators, as rows in the manner of NegEx/pyConTextNLP (see types.ts).
// Words are matched as written ("ё" folded to "е"); "ложн*" stands for every form of the word.
import type { CueCategory, CueDirection, CueRow } from './types';

const rows = (category: CueCategory, phrases: string[], direction?: CueDirection, window?: number, backwardWindow?: number): CueRow[] =>
  phrases.map((phrase) => ({ phrase, category, ...(direction ? { direction, window } : {}), ...(backwardWindow ? { backwardWindow } : {}) }));

/** Past forms of a verb from its past stem: "отрица" -> отрицал, отрицала, отрицало, отрицали. */
const past = (stem: string): string[] => ['л', 'ла', 'ло', 'ли'].map((ending) => stem + ending);
/** "не" before each form: "не подтвердил", "не подтвердила"… */
const not = (forms: string[]): string[] => forms.map((form) => `не ${form}`);

/**
 * Scope windows count words, as in en.ts. A Russian "не" stands right before the word it negates,
 * so its window is shorter than English "not" (8: "не была представлена и не участвовала во
 * встречах в Москве"); a negated subject ("никто из", "ни один") negates its clause's verb, at
 * the clause's end in Russian ("никто из представителей компании … в Россию не выезжал").
 */
const NEGATION_WINDOW = 8;
const NEGATED_SUBJECT_WINDOW = 16;
/** Words before "не" it bears on: the complement before the verb ("в переговорах не участвовали"). */
const COMPLEMENT_WINDOW = 2;
/** "Не было" at the clause's end negates what stands before it ("представителей Tata на встречах не было"). */
const EXISTENTIAL_WINDOW = 6;
const HEDGE_WINDOW = 12;
/** "Ли" marks the word before it as asked about ("участвовала ли компания во встречах"). */
const QUESTION_PARTICLE_WINDOW = 6;
const DENIAL_WINDOW = 25;
/** A denial also bears on its object standing just before it ("участие в переговорах опровергли"). */
const DENIAL_BACKWARD_WINDOW = 4;

/** Reporting verbs that open an attribution after what they report. */
const REPORTED_AFTER_COMMA = ['сообщает', 'сообщают', 'сообщил', 'сообщила', 'сообщили', 'сообщило', 'пишет', 'пишут', 'уточняет', 'уточняют',
  'уточнил', 'уточнила', 'уточнили', 'заявил', 'заявила', 'заявили', 'заявило', 'сказал', 'сказала', 'сказали', 'говорится', 'говорят',
  'говорит', 'утверждает', 'утверждают', 'передает', 'передало', 'отмечает', 'отмечают', 'отметил', 'отметила', 'подчеркнул', 'подчеркнула',
  'рассказал', 'рассказала', 'рассказали', 'считают', 'полагают'];

export const RUSSIAN_CUES: CueRow[] = [
  // Pseudo-negations first: longer rows win, and their words are then no cue. "А также", "но и"
  // ("не только …, но и …") and "а именно" join, they do not contrast.
  ...rows('pseudo', ['не только', 'не просто', 'не менее', 'не меньше', 'не более', 'не больше', 'не раз', 'не однажды', 'не впервой',
    'не позднее', 'не позже', 'не ранее', 'не раньше', 'не случайно', 'не секрет', 'не говоря уже', 'не считая', 'чуть ли не', 'едва ли не',
    'ни много ни мало', 'не иначе как', 'не так давно', 'не без', 'нет-нет да', 'не то чтобы', 'а также', 'а именно', 'но и', 'но также',
    'не в последнюю очередь', 'не прочь']),
  // Hedges: left open, neither affirmed nor denied. "Якобы" and "будто бы" cast doubt on what
  // they report, like English "allegedly" (a hedge in en.ts); "по данным", like "reportedly", affirms.
  ...rows('hedge', ['возможно', 'вероятно', 'предположительно', 'якобы', 'будто бы', 'будто', 'как будто', 'вроде бы', 'может быть', 'могло быть',
    'не исключено', 'не исключают', 'не исключает', 'если', 'если бы', 'в случае если', 'по неподтвержденным данным', 'по непроверенным данным',
    'по слухам', 'ходят слухи', 'слухи', 'спекуляции', 'сомнения', 'сомневаются', 'сомнительно', 'под сомнением', 'задаются вопросом',
    'спрашивают', 'вопрос о том', 'до конца не ясно',
    ...not(past('подтверди')), ...not(['подтверждает', 'подтверждают', 'подтвердит', 'подтвердят', 'стали подтверждать', 'стал подтверждать', 'стала подтверждать']),
    ...not(past('опроверг').concat('опроверг', 'опровергает', 'опровергают')), ...not(past('отрица').concat('отрицает', 'отрицают')),
    'не удалось подтвердить', 'не удалось проверить', 'не удалось независимо подтвердить', 'не удалось независимо проверить',
    'не смогли подтвердить', 'не смог подтвердить', 'не смогло подтвердить', 'не может подтвердить', 'не могут подтвердить',
    'отказались подтвердить', 'отказался подтвердить', 'отказалась подтвердить', 'ни подтвердить, ни опровергнуть',
    'не стали ни подтверждать, ни опровергать', 'не стал ни подтверждать, ни опровергать', 'не стала ни подтверждать, ни опровергать'],
  'forward', HEDGE_WINDOW),
  // Passive and predicative hedges bear on what stands before them too: "подтвердить это не удалось",
  // "участвовала ли компания, неизвестно".
  ...rows('hedge', ['не подтверждено', 'не подтверждена', 'не подтвержден', 'не подтверждены', 'неподтвержденн*', 'подтвердить не удалось',
    'проверить не удалось', 'независимо проверить не удалось', 'остается неясным', 'остается открытым', 'под вопросом', 'неизвестно', 'неясно',
    'не ясно', 'непонятно'], 'both', HEDGE_WINDOW),
  ...rows('hedge', ['ли'], 'both', QUESTION_PARTICLE_WINDOW),
  // Negations. "Не" also bears on the two words before it, where Russian puts the verb's
  // complement ("в переговорах не участвовали", "на встречи не направили"), but not across the
  // comma before a gerund ("участвовала, не раскрывая деталей"). "Отказались", "воздержались"
  // negate what they refuse ("воздержались от комментариев").
  ...rows('negation', ['не'], 'both', NEGATION_WINDOW, COMPLEMENT_WINDOW),
  ...rows('negation', [', не'], 'forward', NEGATION_WINDOW),
  ...rows('negation', ['ни', 'без', 'так и не', 'отказал*', 'отказыва*', 'воздержал*', 'воздержива*', 'больше не', 'еще не', 'пока не', 'никогда', 'нигде', 'ни разу'],
  'forward', NEGATION_WINDOW),
  ...rows('negation', ['никто', 'никого', 'никому', 'никем', 'ничего', 'ничто', 'ничем', 'ни один', 'ни одна', 'ни одно', 'ни одного', 'ни одной',
    'ни одним', 'никакой', 'никакая', 'никакое', 'никакие', 'никакого', 'никаких', 'никаким', 'никакими', 'никакую', 'ни единого'],
  'forward', NEGATED_SUBJECT_WINDOW),
  ...rows('negation', ['не было', 'не был', 'не была', 'не были', ', не было', ', не был', ', не была', ', не были', 'нет', 'отсутствовал*'],
    'both', EXISTENTIAL_WINDOW),
  // Denials report a whole clause.
  ...rows('denial', [...past('отрица'), 'отрицает', 'отрицают', 'отрицая', 'отрицание', 'отрицания', 'отрицании', 'отрицанием', 'опроверг*',
    'опровержен*', 'отверг*', 'дезавуир*', 'открестил*', 'открещива*'], 'both', DENIAL_WINDOW, DENIAL_BACKWARD_WINDOW),
  // Falsity: "сообщения о том, что X участвовала, ложны", "назвала публикацию фейком".
  ...rows('falsity', ['ложн*', 'ложь', 'лжи', 'неправд*', 'не соответству* действительности', 'не соответству* истине', 'не является правдой',
    'безосновательн*', 'необоснованн*', 'голословн*', 'беспочвенн*', 'надуман*', 'фейк*', 'вымысел', 'вымысл*', 'выдумк*', 'недостоверн*',
    'неверн*', 'ошибочн*', 'дезинформац*', 'не имеют ничего общего с действительностью', 'не имеет ничего общего с действительностью',
    'не имеет под собой оснований', 'не имеют под собой оснований'], 'both', DENIAL_WINDOW),
  // Boundaries: a new clause, which no cue before it reaches and no claim spans.
  ...rows('boundary', ['но', 'однако', 'хотя', 'хоть', 'зато', 'а', 'тогда как', 'в то время как', 'тем не менее', 'несмотря на', 'вместо',
    'между тем', 'впрочем', 'при этом', 'вместе с тем', ';']),
  // Terminators: a relative or added clause that the cue before it does not reach, and an
  // attribution after a comma ("…, уточняют собеседники агентства", "…, сообщила компания").
  ...rows('terminator', REPORTED_AFTER_COMMA.map((verb) => `, ${verb}`)),
  ...rows('terminator', ['который', 'которая', 'которое', 'которые', 'которого', 'которой', 'котором', 'которых', 'которым', 'которыми',
    'которую', 'где', 'куда', 'кто', 'кроме', 'за исключением', 'добавил', 'добавила', 'добавили', 'добавив', 'отметив', ':']),
];
