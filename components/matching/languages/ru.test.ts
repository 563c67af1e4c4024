// Russian for the matching core, as tables: stems of inflected names and verbs, numbers in every
// case, dates, the scope of each kind of cue (and every row of the cue table read as its own),
// and sentence splitting around abbreviations. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { readCues } from '../cues';
import { figureTokens, readFigures, type Figure } from '../figures';
import { normaliseForMatching } from '../normalise';
import { splitSentences } from '../sentences';
import { stemOf, tokenize } from '../words';
import { russian } from './ru';
import { RUSSIAN_CUES } from './ru-cues';

const stem = (word: string) => stemOf(word, russian);
const figures = (sentence: string): Figure[] => readFigures(tokenize(normaliseForMatching(sentence), russian), russian);
// (What a count counts, and whether it counts back, is the story matcher's; here, the value and bound.)
const strip = (f: Figure) => {
  const { at: _at, ...rest } = f;
  if (!('nouns' in rest)) return rest;
  const { back: _back, ...count } = rest;
  return { ...count, nouns: undefined };
};

describe('russian stems', () => {
  it.each([
    ['встреча', 'встречи', 'встречах', 'встречались'],
    ['обсуждали', 'обсуждать', 'обсуждалась'],
    ['отрицает', 'отрицали', 'отрицать'],
    ['представлял', 'представлена', 'представлять'],
    ['Кумар', 'Кумара', 'Кумаром'],
    ['Москва', 'Москве', 'Москву', 'Москвы'],
    ['прошли', 'пройти'],
    ['шли', 'идти'],
    ['был', 'были', 'быть'],
    ['вертолётов', 'вертолеты'],
  ])('%s and its forms share a stem', (...words) => {
    expect(new Set(words.map((w) => stem(w.toLowerCase()))).size).toBe(1);
  });

  it.each([
    ['ии', 'и'],
    ['комплектующие', 'комплект'],
    ['отрицательный', 'отрицает'],
    ['россия', 'российский'],
  ])('%s is not %s', (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });

  it('keeps function words as written', () => {
    expect(stem('этой')).toBe('этой');
  });
});

describe('russian numbers', () => {
  it.each([
    ['в поездке было шесть человек', 6, 'exact'],
    ['не менее шести руководителей', 6, 'atLeast'],
    ['по меньшей мере шестью компаниями', 6, 'atLeast'],
    ['как минимум шестеро менеджеров', 6, 'atLeast'],
    ['полдюжины директоров', 6, 'exact'],
    ['около тридцати шести', 36, 'about'],
    ['свыше пятисот компаний', 500, 'atLeast'],
    ['более 500 компаний', 500, 'atLeast'],
    ['шесть с лишним руководителей', 6, 'atLeast'],
    ['не более двух фирм', 2, 'atMost'],
    ['трёх источников', 3, 'exact'],
  ])('%s', (sentence, value, bound) => {
    expect(figures(sentence).map(strip)).toEqual([{ kind: 'count', value, bound, nouns: undefined }]);
  });

  it.each([
    ['36% арсенала', 36, 'exact'],
    ['примерно 36 процентов техники', 36, 'about'],
    ['порядка тридцати шести процентов', 36, 'about'],
    ['около трети вооружений', 100 / 3, 'about'],
    ['более трети вооружений', 100 / 3, 'atLeast'],
    ['две трети закупок', 200 / 3, 'about'],
    ['половина импорта', 50, 'about'],
  ])('%s is a share', (sentence, value, bound) => {
    expect(figures(sentence).map(strip)).toEqual([{ kind: 'percent', value, bound }]);
  });

  it('reads no count in "один из источников" nor in "ни один"', () => {
    expect(figures('один из источников сказал, что ни один директор не поехал')).toEqual([]);
  });
});

describe('russian dates', () => {
  it.each([
    ['встречи прошли 29–30 октября', { month: 10, days: [29, 30] }],
    ['встречи прошли 29 и 30 октября 2025 года', { month: 10, days: [29, 30], year: 2025 }],
    ['с 29 по 30 октября', { month: 10, days: [29, 30] }],
    ['4–5 декабря', { month: 12, days: [4, 5] }],
    ['в конце октября', { month: 10, days: [], part: 'late' }],
    ['в середине мая', { month: 5, days: [], part: 'mid' }],
    ['в октябре 2025 года', { month: 10, days: [], year: 2025 }],
    ['к 29 окт.', { month: 10, days: [29] }],
  ])('%s', (sentence, date) => {
    expect(figures(sentence).map(strip)).toEqual([{ kind: 'date', ...date }]);
  });

  it.each([
    ['с 2022 года', true],
    ['начиная с 2021 года', true],
    ['в 2019 году', false],
  ])('%s starts a period: %s', (sentence, since) => {
    expect(figures(sentence).map(strip)).toEqual([{ kind: 'year', year: Number(/\d{4}/.exec(sentence)![0]), since }]);
  });
});

interface Read {
  negated: string[];
  hedged: string[];
  clauses: number;
}
const read = (sentence: string): Read => {
  const tokens = tokenize(normaliseForMatching(sentence), russian);
  const flags = readCues(tokens, russian, figureTokens(readFigures(tokens, russian)));
  const words = (marks: boolean[]) => tokens.filter((t, i) => marks[i] && t.kind !== 'punct').map((t) => t.text);
  return { negated: words(flags.negated), hedged: words(flags.hedged), clauses: new Set(flags.clause).size };
};

describe('russian cues: what each kind bears on', () => {
  it.each([
    ['"не" before the verb', 'компания не участвовала в переговорах', ['компания', 'участвовала', 'в', 'переговорах'], []],
    ['"не" after the complement', 'ее люди в переговорах не участвовали', ['в', 'переговорах', 'участвовали'], []],
    ['", не" bears on nothing before the comma', 'фирма участвовала, не раскрывая деталей', ['раскрывая', 'деталей'], []],
    ['"ни …, ни …" and "не"', 'ни тата, ни бэл своих людей не прислали', ['тата', 'ни', 'бэл', 'своих', 'людей', 'не', 'прислали'], []],
    ['"никто из" reaches the verb at the end', 'никто из сотрудников холдинга с 2021 года в россию не ездил', ['из', 'сотрудников', 'холдинга', 'с', '2021', 'года', 'в', 'россию', 'не', 'ездил'], []],
    ['"не было" bears on what stands before it', 'представителей тата на встречах не было', ['представителей', 'тата', 'на', 'встречах'], []],
    ['"без"', 'переговоры закончились без подписания соглашений', ['подписания', 'соглашений'], []],
    ['"воздержались"', 'в ведомстве воздержались от комментариев', ['от', 'комментариев'], []],
    ['a denial reports its clause', 'холдинг опроверг, что его люди ездили в москву', ['холдинг', 'что', 'его', 'люди', 'ездили', 'в', 'москву'], []],
    ['a denial bears on its object just before it', 'в холдинге участие опровергли', ['в', 'холдинге', 'участие'], []],
    ['falsity bears both ways', 'сообщения об их поездке ложны', ['сообщения', 'об', 'их', 'поездке'], []],
    ['"не соответствует действительности" is one falsity', 'это не соответствует действительности', ['это'], []],
    ['"якобы" is a hedge, as "allegedly"', 'компания якобы направила сотрудника', [], ['направила', 'сотрудника']],
    ['"возможно"', 'возможно, там были и стартапы', [], ['там', 'были', 'и', 'стартапы']],
    ['"если"', 'если это так, фирма была в москве', [], ['это', 'так', 'фирма', 'была', 'в', 'москве']],
    ['"не подтвердил" hedges, it does not deny', 'министр не подтвердил визит', [], ['визит']],
    ['"не исключено"', 'не исключено, что они встречались', [], ['что', 'они', 'встречались']],
    ['"неясно" bears both ways', 'он участвовал, неясно', [], ['он', 'участвовал']],
    ['"ли" asks about the word before it', 'ездил ли он в москву', [], ['ездил', 'он', 'в', 'москву']],
    ['"по неподтверждённым данным" (ё folded)', 'по неподтверждённым данным, визит состоялся', [], ['визит', 'состоялся']],
    ['a question', 'фирма была на встречах?', [], ['фирма', 'была', 'на', 'встречах']],
    ['"почему" takes its question as given', 'почему тата не поехала?', ['почему', 'тата', 'поехала'], []],
    ['"не только" is no negation', 'участвовали не только крупные фирмы, но и стартапы', [], []],
    ['"не менее" is no negation', 'не менее шести директоров поехали', [], []],
    ['"тем не менее" is a boundary, no negation', 'тем не менее компания поехала', [], []],
  ])('%s', (_name, sentence, negated, hedged) => {
    const r = read(sentence);
    expect(r.negated).toEqual(negated);
    expect(r.hedged).toEqual(hedged);
  });

  it.each([
    ['"но" ends the scope and starts a clause', 'тата не поехала, но холдинг участвовал', ['тата', 'поехала'], 2],
    ['"а" too', 'тата не поехала, а холдинг участвовал', ['тата', 'поехала'], 2],
    ['"который" ends the scope, in one clause', 'фирма не участвовала во встречах, которые прошли в москве', ['фирма', 'участвовала', 'во', 'встречах'], 1],
    ['an attribution after a comma ends the scope', 'их там не было, уточняют источники', ['их', 'там'], 1],
  ])('%s', (_name, sentence, negated, clauses) => {
    const r = read(sentence);
    expect(r.negated).toEqual(negated);
    expect(r.clauses).toBe(clauses);
  });

  // Every row of the table is reachable: said alone, it is read as its own row, not shadowed by another.
  it.each(RUSSIAN_CUES.map((row) => [row.phrase, row.category] as const))('%s is read as a %s cue', (phrase, category) => {
    const sentence = phrase.replace(/\*/g, 'ый');
    const tokens = tokenize(sentence, russian);
    const cues = readCues(tokens, russian).cues;
    expect(cues[0]).toMatchObject({ phrase, category, first: 0 });
  });
});

describe('russian sentence splitting', () => {
  const split = (text: string) => splitSentences(text, 0, russian).map((s) => text.slice(s.start, s.end));

  it.each([
    ['Делегацию возглавлял г-н С. Кумар. Он вернулся в Дели.', ['Делегацию возглавлял г-н С. Кумар.', 'Он вернулся в Дели.']],
    ['В 2019 г. делегация была в Москве. Затем она уехала.', ['В 2019 г. делегация была в Москве.', 'Затем она уехала.']],
    ['Ген. Сахни, т.е. советник Tata, был в ноябре в Москве.', ['Ген. Сахни, т.е. советник Tata, был в ноябре в Москве.']],
    ['Сделка на 5 млн. долларов не состоялась.', ['Сделка на 5 млн. долларов не состоялась.']],
    ['Обсуждали танки, вертолеты и т.д. Договоренностей нет.', ['Обсуждали танки, вертолеты и т.д.', 'Договоренностей нет.']],
    ['Встреча прошла на ул. Знаменка, в здании им. Жукова.', ['Встреча прошла на ул. Знаменка, в здании им. Жукова.']],
  ])('%j', (text, sentences) => {
    expect(split(text)).toEqual(sentences);
  });
});
