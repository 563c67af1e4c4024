// French morphology, figures and sentence splitting, as tables: each row a form French pages write.
import { describe, expect, it } from 'vitest';
import { readFigures, type Figure } from '../figures';
import { normaliseForMatching } from '../normalise';
import { splitSentences } from '../sentences';
import { stemOf, tokenize } from '../words';
import { french } from './fr';

const tokens = (text: string) => tokenize(normaliseForMatching(text), french);
const stems = (text: string) => tokens(text).filter((t) => t.kind !== 'punct').map((t) => t.stem);
/** A figure without its place in the sentence (each kind of the union on its own). */
type WithoutAt<F> = F extends unknown ? Omit<F, 'at'> : never;
type Read = WithoutAt<Figure>;
const figures = (text: string): Read[] => readFigures(tokens(text), french).map(({ at: _at, ...f }) => f as Read);

describe('French words: elisions, lemmas, stems', () => {
  it.each([
    ["l'entreprise", ['le', 'entrepris']],
    ['l’entreprise, typographic apostrophe', ['le', 'entrepris', 'typographic', 'apostroph']],
    ["n'a pas", ['ne', 'avoir', 'pas']],
    ["qu'il s'est rendu jusqu'à Moscou", ['que', 'il', 'se', 'etre', 'rendr', 'jusque', 'à', 'moscou']],
    ["lorsqu'elle, puisqu'on, c'était", ['lorsque', 'elle', 'puisque', 'on', 'ce', 'etre']],
  ])('%s', (text, expected) => {
    expect(stems(text)).toEqual(expected);
  });

  it.each([
    // Irregular verbs meet their infinitive; regular ones meet through the stemmer.
    ['pris', 'prendre'], ['prennent', 'prendre'], ['conduite', 'conduire'], ['conduisait', 'conduire'], ['rendue', 'rendre'],
    ['rendus', 'rendre'], ['tenues', 'tenir'], ['reçus', 'recevoir'], ['démentent', 'démentir'], ['démenti', 'démentir'],
    ['ont', 'avoir'], ['avait', 'avoir'], ['eu', 'avoir'], ['sont', 'être'], ['était', 'être'], ['été', 'être'], ['fait', 'faire'],
    ['participé', 'participer'], ['participaient', 'participation'], ['rencontré', 'rencontrer'], ['rencontres', 'rencontre'],
    ['délégations', 'délégation'], ['coentreprises', 'coentreprise'], ['représentée', 'représentés'],
  ])('%s stems like %s', (form, base) => {
    expect(stemOf(form, french)).toBe(stemOf(base, french));
  });

  it('folds accents after stemming, so a page without them still meets the vocabulary', () => {
    expect(stemOf('delegation', french)).toBe(stemOf('délégation', french));
    expect(stemOf('Etats'.toLowerCase(), french)).toBe(stemOf('états', french));
  });

  it('keeps function words as written', () => {
    expect(stems('les dirigeants de la société')).toEqual(['les', 'dirig', 'de', 'la', 'societ']);
  });
});

describe('French figures', () => {
  it.each<[string, Read[]]>([
    ['six dirigeants', [{ kind: 'count', value: 6, bound: 'exact', nouns: ['dirig'] }]],
    ['au moins six cadres', [{ kind: 'count', value: 6, bound: 'atLeast', nouns: ['cadr'] }]],
    ['pas moins de six patrons', [{ kind: 'count', value: 6, bound: 'atLeast', nouns: ['patron'] }]],
    ['une demi-douzaine de patrons', [{ kind: 'count', value: 6, bound: 'exact', nouns: ['de', 'patron'] }]],
    ['trente-six pour cent', [{ kind: 'percent', value: 36, bound: 'exact' }]],
    ['36\u202f% du parc', [{ kind: 'percent', value: 36, bound: 'exact' }]],
    ['36\u00a0pour cent', [{ kind: 'percent', value: 36, bound: 'exact' }]],
    ['environ 36 %', [{ kind: 'percent', value: 36, bound: 'about' }]],
    ['près de 36 %', [{ kind: 'percent', value: 36, bound: 'about' }]],
    ['quelque 36 %', [{ kind: 'percent', value: 36, bound: 'about' }]],
    ["plus d'un tiers", [{ kind: 'percent', value: 100 / 3, bound: 'atLeast' }]],
    ['la moitié', [{ kind: 'percent', value: 50, bound: 'about' }]],
    ['soixante-seize pour cent', [{ kind: 'percent', value: 76, bound: 'exact' }]],
    ['septante-six pour cent', [{ kind: 'percent', value: 76, bound: 'exact' }]],
    ['quatre-vingt-dix pour cent', [{ kind: 'percent', value: 90, bound: 'exact' }]],
    ['vingt et un membres', [{ kind: 'count', value: 21, bound: 'exact', nouns: ['membr'] }]],
    ['plus de 500 entreprises', [{ kind: 'count', value: 500, bound: 'atLeast', nouns: ['entrepris'] }]],
    ['cinq cents entreprises', [{ kind: 'count', value: 500, bound: 'exact', nouns: ['entrepris'] }]],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('French dates', () => {
  it.each<[string, Read[]]>([
    ['les 29 et 30 octobre', [{ kind: 'date', month: 10, days: [29, 30] }]],
    ['les 29-30 octobre 2025', [{ kind: 'date', month: 10, days: [29, 30], year: 2025 }]],
    ['du 29 au 30 octobre', [{ kind: 'date', month: 10, days: [29, 30] }]],
    ['le 9 décembre 2025', [{ kind: 'date', month: 12, days: [9], year: 2025 }]],
    ['déc. 2025', [{ kind: 'date', month: 12, days: [], year: 2025 }]],
    ['fin octobre', [{ kind: 'date', month: 10, days: [], part: 'late' }]],
    ["à la fin d'octobre", [{ kind: 'date', month: 10, days: [], part: 'late' }]],
    ['début décembre', [{ kind: 'date', month: 12, days: [], part: 'early' }]],
    ['à la mi-novembre', [{ kind: 'date', month: 11, days: [], part: 'mid' }]],
    ['depuis 2022', [{ kind: 'year', year: 2022, since: true }]],
    ['dès 2021', [{ kind: 'year', year: 2021, since: true }]],
    ['en 2019', [{ kind: 'year', year: 2019, since: false }]],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it('reads the hour after a date as no day of it', () => {
    expect(figures('le 9 décembre 2025 à 18 h 42').filter((f) => f.kind === 'date')).toEqual([{ kind: 'date', month: 12, days: [9], year: 2025 }]);
  });
});

describe('French sentences', () => {
  const split = (text: string) => splitSentences(text, 0, french).map((s) => text.slice(s.start, s.end));

  it.each([
    ['a title', 'M. Kumar conduisait la délégation. Elle est rentrée le 31.', ['M. Kumar conduisait la délégation.', 'Elle est rentrée le 31.']],
    ['Mme and Dr', 'Mme Rao et le Dr. Sen ont parlé. Puis ils sont partis.', ['Mme Rao et le Dr. Sen ont parlé.', 'Puis ils sont partis.']],
    ['a rank', 'Le gén. Sahni était à Moscou. Il y allait seul.', ['Le gén. Sahni était à Moscou.', 'Il y allait seul.']],
    ['a month', 'Les 29 et 30 oct. 2025, des dirigeants ont voyagé. Ils ont parlé.', ['Les 29 et 30 oct. 2025, des dirigeants ont voyagé.', 'Ils ont parlé.']],
    ['initials', 'Selon A. K. Sen, la visite a eu lieu. Rien ne fut signé.', ['Selon A. K. Sen, la visite a eu lieu.', 'Rien ne fut signé.']],
    ['a question with a space', 'Adani était-il présent ? Nul ne le sait.', ['Adani était-il présent ?', 'Nul ne le sait.']],
    ['etc. before a capital', 'Des chars, des avions, etc. Le reste est flou.', ['Des chars, des avions, etc.', 'Le reste est flou.']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});
