// The French cue table, a row per cue: which words each negation, denial, falsity or hedge bears on.
import { describe, expect, it } from 'vitest';
import { readCues } from '../cues';
import { normaliseForMatching } from '../normalise';
import { tokenize } from '../words';
import { french } from './fr';

const read = (sentence: string) => {
  const tokens = tokenize(normaliseForMatching(sentence), french);
  const flags = readCues(tokens, french);
  const words = (marks: boolean[]) => tokens.filter((t, i) => marks[i] && t.kind !== 'punct').map((t) => t.text);
  return { negated: words(flags.negated), hedged: words(flags.hedged), categories: flags.cues.map((c) => c.category), clause: flags.clause, tokens };
};

/** Is `word` under a negation (N), a hedge (H), both (NH) or neither ('')? */
const mark = (sentence: string, word: string) => {
  const r = read(sentence);
  return `${r.negated.includes(word) ? 'N' : ''}${r.hedged.includes(word) ? 'H' : ''}`;
};

describe('French cues: what bears on the verb', () => {
  it.each([
    // Negation
    ['ne … pas', 'Korrin n’a pas participé aux réunions.', 'participé', 'N'],
    ['ne … jamais', 'Korrin ne s’est jamais rendue à Orsk.', 'rendue', 'N'],
    ['ne … ni … ni', 'Korrin n’a ni assisté ni participé.', 'participé', 'N'],
    ['aucun, subject', 'Aucun cadre de Korrin n’a fait le voyage.', 'fait', 'N'],
    ['aucune personne, subject', 'Aucune personne représentant Korrin ne s’est rendue à Orsk.', 'rendue', 'N'],
    ['personne ne', 'Personne ne représentait Korrin.', 'représentait', 'N'],
    ['personne after its verb', 'Korrin affirme n’avoir envoyé personne.', 'envoyé', 'N'],
    ['personne, a noun', 'Une personne de Korrin a assisté aux débats.', 'assisté', ''],
    ['rien, subject', 'Rien n’a été signé à Orsk.', 'signé', 'N'],
    ['aucun … ne: the verb after "ne"', 'Aucun accord n’a été signé lors des réunions d’Orsk.', 'signé', 'N'],
    ['aucun … ne: not what follows the verb', 'Aucun accord n’a été signé lors des réunions d’Orsk.', 'réunions', ''],
    ['aucun without "ne" reaches on', 'Les discussions ont abouti à aucun accord signé.', 'signé', 'N'],
    ['sans', 'La visite s’est achevée sans accord.', 'accord', 'N'],
    ['non, one word', 'Des sources non identifiées disent que Korrin a participé.', 'participé', ''],
    ['refusé de', 'Le ministère a refusé de commenter.', 'commenter', 'N'],
    ['s’est refusé à', 'Le ministère s’est refusé à tout commentaire.', 'commentaire', 'N'],
    ['pas stops short of the next main verb', 'Ces rencontres, qui n’avaient pas été révélées jusqu’ici, ont réuni six cadres.', 'réuni', ''],
    // Denial and falsity
    ['dément', 'Korrin dément avoir participé aux réunions.', 'participé', 'N'],
    ['a démenti toute', 'Le groupe a démenti toute implication.', 'implication', 'N'],
    ['nie', 'Korrin nie toute présence à Orsk.', 'présence', 'N'],
    ['rejette … selon lesquelles', 'Korrin a rejeté les informations selon lesquelles elle aurait participé.', 'participé', 'N'],
    ['a passive denial bears backward', 'Sa présence à Orsk est contestée par Korrin.', 'présence', 'N'],
    ['rejette', 'Korrin rejette les informations sur sa participation.', 'participation', 'N'],
    ['conteste', 'Korrin conteste avoir envoyé un cadre.', 'envoyé', 'N'],
    ['se défend d’', 'Korrin se défend d’avoir négocié.', 'négocié', 'N'],
    ['faux, backward', 'Que Korrin ait participé est faux.', 'participé', 'N'],
    ['sans fondement', 'Sa participation est sans fondement, dit-elle.', 'participation', 'N'],
    ['infondées', 'Les informations sur sa présence sont infondées.', 'présence', 'N'],
    ['mensongères', 'Des affirmations mensongères sur sa venue.', 'venue', 'N'],
    ['erronée', 'Une information erronée sur sa présence.', 'présence', 'N'],
    // Hedges
    ['peut-être', 'Korrin a peut-être participé.', 'participé', 'H'],
    ['aurait pu', 'Korrin aurait pu participer.', 'participer', 'H'],
    ['pourrait', 'La délégation pourrait compter Korrin.', 'korrin', 'H'],
    ['si', 'Si Korrin a participé, le contrat suivra.', 'participé', 'H'],
    ['on ignore si', 'On ignore si Korrin a participé.', 'participé', 'H'],
    ['il n’est pas exclu que', 'Il n’est pas exclu que Korrin ait participé.', 'participé', 'H'],
    ['il est possible que', 'Il est possible que Korrin ait participé.', 'participé', 'H'],
    ['n’a pas confirmé', 'Le ministère n’a pas confirmé la présence de Korrin.', 'présence', 'H'],
    ['n’a pu être confirmé, backward', 'La présence de Korrin n’a pu être confirmée.', 'présence', 'H'],
    ['non confirmées', 'Selon des sources non confirmées, Korrin a participé.', 'participé', 'H'],
    ['ni confirmé ni démenti', 'Korrin n’a ni confirmé ni démenti sa présence.', 'présence', 'H'],
    ['question', 'Korrin a-t-elle participé ?', 'participé', 'H'],
    ['pourquoi takes it as given', 'Pourquoi Korrin n’a-t-elle pas participé ?', 'participé', 'N'],
    // The conditional of reported speech is no hedge: it reads as "reportedly".
    ['aurait participé', 'Korrin aurait participé aux réunions.', 'participé', ''],
    ['selon', 'Selon Reuters, Korrin a participé.', 'participé', ''],
    // Pseudo-negations
    ['non seulement', 'Non seulement Korrin a participé, elle a signé.', 'participé', ''],
    ['pas moins de', 'Pas moins de six cadres ont participé.', 'participé', ''],
    ['ne … que (only)', 'Korrin n’a envoyé qu’un cadre.', 'envoyé', ''],
    ['sans doute', 'Korrin a sans doute participé.', 'participé', ''],
    ['ce n’est pas un hasard', 'Ce n’est pas un hasard si Korrin a participé.', 'participé', ''],
  ])('%s', (_name, sentence, word, expected) => {
    expect(mark(sentence, word.toLowerCase())).toBe(expected);
  });
});

describe('French clause ends', () => {
  it.each([
    ['mais', 'Korrin n’a pas signé, mais elle a participé.', 'participé'],
    ['cependant after a comma', 'Korrin n’a pas signé, cependant elle a participé.', 'participé'],
    ['alors que', 'Korrin n’a pas signé alors que Dalmex a participé.', 'participé'],
    ['a relative "qui"', 'Korrin dément, tout comme Reuters qui maintient que Dalmex a participé.', 'participé'],
    ['a semicolon', 'Korrin n’a pas signé ; Dalmex a participé.', 'participé'],
  ])('%s ends the scope before it', (_name, sentence, word) => {
    expect(mark(sentence, word)).toBe('');
  });

  it('a connector inside the clause ("n’ont, en revanche, pas participé") starts no new clause', () => {
    const r = read('Korrin et Dalmex n’ont, en revanche, pas participé.');
    expect(new Set(r.clause)).toEqual(new Set([0]));
    expect(r.negated).toContain('participé');
  });

  it('a connector after a comma ("…, toutefois Dalmex…") starts one', () => {
    expect(read('Korrin a signé, toutefois Dalmex a participé.').categories).toContain('boundary');
  });
});
