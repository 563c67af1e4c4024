// French for the matching core: elisions, irregular verb forms, the Snowball stemmer with accents
// folded after it, stopwords, sentence rules, and number and date words; the cue table is fr-cues.ts.
import { stemmer } from '@orama/stemmers/french';
import { FRENCH_ANAPHORS, FRENCH_CUES } from './fr-cues';
import type { Language } from './types';

/** Elided words as the word they stand for: "l'entreprise" is "le entreprise" to matching. */
const ELISIONS = new Map(
  Object.entries({
    "l'": 'le', "d'": 'de', "n'": 'ne', "qu'": 'que', "s'": 'se', "c'": 'ce', "j'": 'je', "m'": 'me', "t'": 'te',
    "jusqu'": 'jusque', "lorsqu'": 'lorsque', "puisqu'": 'puisque', "quoiqu'": 'quoique', "presqu'": 'presque',
  }),
);

/**
 * Irregular verb forms the stemmer leaves apart, each group mapped to its infinitive (which the
 * stemmer then stems): "ont pris part" and "prendre part" must meet, and "a été représenté" and
 * "sont représentés" (the auxiliaries are lemmatised, not kept as stopwords). Only verbs a report
 * of meetings, visits and denials uses; regular -er verbs ("participé", "rencontré") need none.
 */
const IRREGULAR: Readonly<Record<string, string>> = {
  avoir: 'a ont avait avaient eu eue eus eues aura auront aurait auraient ayant avons avez',
  être: 'est sont était étaient été fut furent sera seront serait seraient soit soient étant sommes êtes',
  faire: 'fait faite faits faites font fera feront ferait feraient faisait faisaient faisant',
  prendre: 'pris prise prises prend prennent prenait prenaient prenant prendra prendront prendrait prendraient',
  dire: 'dit dite dits dites disent disait disaient disant dira',
  tenir: 'tenu tenue tenus tenues tient tiennent tenait tenaient tenant tiendra tiendront',
  entretenir: 'entretenu entretenus entretenue entretenues entretient entretiennent entretenait entretenaient entretenant',
  venir: 'venu venue venus venues vient viennent venait venaient',
  rendre: 'rendu rendue rendus rendues rend rendent rendait rendaient rendant rendra rendront rendrait',
  conduire: 'conduit conduite conduits conduites conduisait conduisaient conduisent conduisant conduira',
  recevoir: 'reçu reçue reçus reçues reçoit reçoivent recevait recevaient',
  mettre: 'mis mise mises met mettent mettait mettaient',
  démentir: 'dément démentent démentait démentaient démenti démentie démentis démenties démentant',
  rejeter: 'rejette rejettent rejetait rejetaient',
  maintenir: 'maintient maintiennent maintenu maintenue maintenait maintenaient',
  produire: 'produit produite produits produites produisent produisait produisaient produisant produira',
  aller: 'allé allée allés allées va vont allait allaient ira iront',
  voir: 'vu vue vus vues voit voient voyait voyaient',
  rejoindre: 'rejoint rejointe rejoints rejoignent rejoignait',
  vendre: 'vendu vendue vendus vendues vend vendent vendait',
  craindre: 'craint craignent craignait craignaient craignant',
  envoyer: 'envoie envoient enverra',
  pouvoir: 'pu peut peuvent pouvait pouvaient pourra pourront',
};
const LEMMAS = new Map(Object.entries(IRREGULAR).flatMap(([infinitive, forms]) => forms.split(' ').map((form) => [form, infinitive] as const)));

/** The stem, accents folded: "délégation" and a page's "delegation" meet, and "É" needs no rule. */
const ACCENTS = /[\u0300-\u036f]/g;
function stem(word: string): string {
  return stemmer(word).normalize('NFD').replace(ACCENTS, '').normalize('NFC');
}

/** Ligatures NFKC keeps: "œuvre" is written "oeuvre" as often. */
const LIGATURES = /[œæ]/g;
/** A country the stemmer would make its adjective ("Russie" and "russe" both stem "russ"), by its English name. */
const COUNTRIES = new Map([['russie', 'russia']]);
const fold = (word: string): string => COUNTRIES.get(word) ?? word.replace(LIGATURES, (l) => (l === 'œ' ? 'oe' : 'ae'));

const STOPWORDS = new Set(
  ('le la les un une des du de au aux à en dans par pour sur sous avec sans chez vers entre contre et ou ni mais donc or car ' +
    'ce cet cette ces ça cela ceci celui celle ceux celles qui que quoi dont où lequel laquelle lesquels lesquelles ' +
    'il elle ils elles on se lui leur leurs eux son sa ses mon ma mes ton ta tes notre nos votre vos je me tu te nous vous y ' +
    'ne pas aussi ainsi comme si tout tous toute toutes ' +
    'très plus moins déjà encore même autre autres jusque lorsque puisque quand alors puis bien cependant lors selon').split(' '),
);

/** A word as a token's stem: function words as written, irregular forms by their infinitive. */
const stemOfWord = (word: string): string => (STOPWORDS.has(word) ? word : stem(fold(LEMMAS.get(word) ?? word)));

const UNITS = new Map(
  Object.entries({
    zéro: 0, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13,
    quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
    // Belgian and Swiss tens.
    septante: 70, huitante: 80, octante: 80, nonante: 90,
  }),
);

/** Numbers French writes in several words: "vingt et un", "soixante-seize", "quatre-vingt-dix", longest first. */
function compoundNumbers(): Array<readonly [string, number]> {
  const out: Array<readonly [string, number]> = [];
  const units = ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
  const teens = ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
  ['vingt', 'trente', 'quarante', 'cinquante', 'soixante'].forEach((tens, k) => {
    out.push([`${tens} et un`, 21 + 10 * k], [`${tens}-et-un`, 21 + 10 * k]);
  });
  teens.forEach((teen, k) => {
    out.push([`soixante-${teen}`, 70 + k], [`quatre-vingt-${teen}`, 90 + k]);
    if (k === 1) out.push(['soixante et onze', 71]);
  });
  units.forEach((unit, k) => out.push([`quatre-vingt-${unit}`, 81 + k]));
  out.push(['quatre-vingts', 80], ['quatre-vingt', 80]);
  return out;
}

const PHRASES: Array<readonly [string, number]> = ([
  ['une demi-douzaine', 6], ['demi-douzaine', 6], ['une douzaine', 12], ['douzaine', 12], ['une poignée', 5], ['une vingtaine', 20],
  ['une trentaine', 30], ['une centaine', 100], ['dix-sept', 17], ['dix-huit', 18], ['dix-neuf', 19], ...compoundNumbers(),
] as Array<readonly [string, number]>).sort((a, b) => b[0].length - a[0].length);

const MONTHS = new Map(
  Object.entries({
    janvier: 1, janv: 1, février: 2, févr: 2, fevrier: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7,
    août: 8, aout: 8, septembre: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, décembre: 12, déc: 12, decembre: 12,
  }),
);

/**
 * Verb stems that, soon after "il", make it impersonal ("il est possible que", "il s'agit",
 * "il reste à savoir", "il y a"): "il" then stands for nothing.
 */
const EXPLETIVE_MARKERS = [
  'possible', 'impossible', 'probable', 'improbable', 'clair', 'certain', 'vrai', 'faux', 'exclu', 'établi', 'acquis', 'avéré', 'prévu',
  'question', 'difficile', 'important', 'notable', 'frappant', 'rare', 'temps', 'semble', 'semblait', 'paraît', 'reste', 'restait',
  'faut', 'fallait', 'agit', 'agissait', 'importe', 'convient', 'existe', 'manque', 'y', 'vraisemblable', 'peu',
];

export const french: Language = {
  code: 'fr',
  titles: new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'mgr', 'gén', 'gal', 'lt', 'col', 'cdt', 'cne', 'adm', 'st', 'ste', 'cf', 'no']),
  softAbbreviations: new Set([
    'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'av', 'apr', 'etc', 'env', 'vol', 'p', 'ex', 'min', 'éd', 'cie', 'inc', 'ltd',
  ]),
  elisions: ELISIONS,
  fold,
  lemmas: LEMMAS,
  stem,
  stopwords: STOPWORDS,
  // Number phrases are written as the words tokenise: "plus d'un tiers" reads "plus de un tiers".
  numbers: {
    units: UNITS,
    multipliers: new Map([['cent', 100], ['cents', 100], ['mille', 1000]]),
    phrases: PHRASES,
    fractions: [
      ['un tiers', 100 / 3], ['le tiers', 100 / 3], ['un sur trois', 100 / 3], ['un quart', 25], ['le quart', 25], ['deux cinquièmes', 40],
      ['la moitié', 50], ['moitié', 50], ['deux tiers', 200 / 3], ['les deux tiers', 200 / 3], ['trois quarts', 75], ['les trois quarts', 75],
      ['un cinquième', 20], ['le cinquième', 20],
    ],
    percentMarkers: ['%', 'pour cent', 'pour-cent', 'pourcent', 'pc'],
    approximately: ['environ', 'près de', 'quelque', 'quelques', 'autour de', 'approximativement', 'presque', 'quasiment', 'à peu près',
      'plus ou moins', 'grosso modo', 'de le ordre de', 'aux alentours de', 'un peu plus de', 'un peu moins de', 'pratiquement', 'avoisinant'],
    atLeast: ['au moins', 'plus de', 'pas moins de', 'au minimum', 'au bas mot', 'bien plus de', 'largement plus de', 'supérieur à', 'plus que'],
    atMost: ['moins de', 'au plus', 'tout au plus', 'au maximum', 'jusque à', 'pas plus de', 'inférieur à'],
    atLeastAfter: ['ou plus', 'et plus', 'au moins', 'au bas mot'],
  },
  dates: {
    months: MONTHS,
    monthParts: [['fin', 'late'], ['fin de', 'late'], ['à la fin de', 'late'], ['fin du mois de', 'late'], ['à la fin du mois de', 'late'],
      ['dernière semaine de', 'late'], ['derniers jours de', 'late'], ['début', 'early'], ['début de', 'early'], ['au début de', 'early'],
      ['début du mois de', 'early'], ['première semaine de', 'early'], ['mi', 'mid'], ['milieu de', 'mid'], ['à la mi', 'mid']],
    since: ['depuis', 'dès', 'à partir de', 'à compter de', 'après'],
    at: ['en', 'au', 'le', 'les', 'lors de', 'pendant', 'durant', 'courant'],
    dayJoiners: ['-', 'et', 'au', '&'],
    dayMonthLinks: [],
  },
  cues: FRENCH_CUES,
  anaphors: FRENCH_ANAPHORS,
  // Singular only: "les dirigeants" are a group, not the one chief executive named before.
  nounAnaphors: { before: ['le', 'la', 'ce', 'cet', 'cette'] },
  questionMarks: ['?'],
  presupposingQuestions: ['pourquoi', 'pour quelle raison', 'comment expliquer'],
  topicWords: new Set(['sur', 'concernant', 'quant']),
  aboutWords: new Set(['sur', 'concernant']),
  reportWords: new Set(
    ['dit', 'déclaré', 'déclare', 'indiqué', 'indique', 'affirmé', 'affirme', 'précisé', 'précise', 'selon', 'ajouté', 'ajoute', 'confié',
      'confie', 'expliqué', 'explique', 'souligné', 'souligne', 'assuré', 'assure', 'rapporté', 'rapporte', 'raconté', 'confirmé', 'confirme',
      'réaffirmé', 'maintenu', 'insisté', 'écrit', 'écrivait', 'estimé', 'estime', 'annoncé', 'annonce', 'révélé', 'relaté', 'soutient', 'déclarait',
      'affirmait', 'affirment', 'assurent', 'indiquent', 'précisent', 'rapportent', 'écrivent']
      .map(stemOfWord),
  ),
  agentMarkers: new Set(['par']),
  expletiveMarkers: new Set(EXPLETIVE_MARKERS.map(stemOfWord)),
  expletivePronouns: new Set(['il']),
  placePrepositions: new Set(['à', 'au', 'aux', 'en', 'vers', 'dans']),
  adjectivesFollow: true,
};
