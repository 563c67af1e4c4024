// The French cue table (negation, denial, falsity, hedging, pseudo-negations, clause ends), rows
// in the manner of NegEx/pyConTextNLP, and the French anaphors. Rows are matched on the words as
// written, elisions read as their word ("n'a pas" is "ne a pas"), so each form is its own row.
import type { AnaphorRow, CueRow } from './types';

/** Every gender and number of a phrase ending in a participle or adjective: "pas confirmé" -> … confirmée, … confirmés, … confirmées. */
const agreeing = (masculine: string): string[] =>
  masculine.endsWith('x') ? [masculine, `${masculine.slice(0, -1)}se`, `${masculine.slice(0, -1)}ses`] : [masculine, `${masculine}e`, `${masculine}s`, `${masculine}es`];
/** "n'a pu être confirmé", "n'ont pu être confirmés"…: each auxiliary with a phrase. */
const withAuxiliaries = (before: string, after: string): string[] =>
  ['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'est', 'sont', 'était', 'étaient'].map((aux) => `${before} ${aux} ${after}`.trim());

/** "cependant", "en revanche": a new clause after a comma, an aside between two commas. */
const ADVERBIAL_CONNECTORS = ['cependant', 'toutefois', 'néanmoins', 'pourtant', 'en revanche', 'par contre', 'au contraire'];

/** Words after "ne" a negated subject reaches: the verb group "s'est rendue", "a été finalisé". */
const NEGATED_VERB_WORDS = 3;

const rows = (category: CueRow['category'], direction: CueRow['direction'] | undefined, window: number | undefined, phrases: string[]): CueRow[] =>
  phrases.map((phrase) => ({ phrase, category, ...(direction ? { direction } : {}), ...(window ? { window } : {}) }));

/**
 * Windows count words after (or before) the cue, as in en.ts: a negated subject's reaches the verb of
 * "aucun des grands groupes, ni Tata ni Larsen & Toubro, n'a pris part" (16);
 * a denial reports a whole clause ("a démenti que quiconque la représentant ait assisté aux réunions").
 * The conditional of reported speech ("aurait participé") is no cue: French papers write it where
 * English ones write "reportedly", which affirms; "aurait pu", "pourrait" (may have) hedge.
 */
export const FRENCH_CUES: CueRow[] = [
  // Pseudo-negations first: longer rows win, and their words are then no cue.
  ...rows('pseudo', undefined, undefined, [
    'non seulement', 'pas seulement', 'pas uniquement', 'pas que', 'pas moins de', 'pas moins', 'non moins', 'sans doute', 'sans aucun doute',
    'nul doute', 'pas de doute', 'fait aucun doute', 'fait pas de doute', 'pas un hasard', 'pas un hasard si', 'pas par hasard', 'pas par hasard si', 'pas anodin', 'pas anodine',
    'pas étonnant', 'pas surprenant', 'non sans', 'pas manqué de', 'sans précédent', 'sans surprise', 'sans tarder', 'pas seul', 'pas seuls',
    'plus un secret', 'pas le seul', 'pas la seule', 'ne pas manquer', 'pas hésité à',
    // "les informations selon lesquelles il aurait été représenté": what a denial of them denies, no relative clause.
    'selon lesquelles', 'selon lesquels', 'selon laquelle', 'selon lequel',
  ]),
  // Open: neither affirmed nor denied.
  ...rows('hedge', 'forward', 12, [
    ...['pas confirmé', 'pas voulu confirmer', 'pas souhaité confirmer', 'pas pu confirmer', 'pas été en mesure de confirmer', 'pas en mesure de confirmer',
      'refusé de confirmer', 'refuse de confirmer', 'sans confirmer', 'ni confirmer ni démentir', 'ni confirmé ni démenti', 'pas pu vérifier',
      'pas démenti', 'pas nié', 'pas contesté', 'impossible de vérifier', 'impossible de confirmer'].flatMap((p) => (p.endsWith('é') ? agreeing(p) : [p])),
    'peut-être', 'possiblement', 'éventuellement', 'probablement', 'pourrait', 'pourraient', 'aurait pu', 'auraient pu', 'se pourrait', 'se peut',
    'il est possible que', 'il se peut que', "il n'est pas exclu que", 'pas exclu que', 'on ignore si', 'on ignore', 'on ne sait pas', 'on ne sait',
    'reste à savoir', 'restait à savoir', 'rien ne dit que', 'rien ne prouve que', 'rien ne permet de', "rien n'indique que", "rien n'atteste que", 'si', 'savoir si', 'supposément', 'prétendument',
    'présumé', 'présumée', 'présumés', 'présumées', 'doute', 'doutes', 'douter', 'douteux', 'rumeur', 'rumeurs', 'spéculation', 'spéculations',
    'hypothèse', 'serait-ce', 'se demander si', "s'interroge", "s'interrogent", 'interrogations',
  ]),
  // Passive and predicative hedges bear on what stands before them too: "la participation d'Adani
  // n'a pas pu être vérifiée", "si Adani était présent reste flou".
  ...rows('hedge', 'both', 12, [
    ...['non confirmé', 'non vérifié', 'pas été confirmé', 'pas été vérifié', 'pas pu être confirmé', 'pas pu être vérifié', 'pas encore confirmé',
      'pu être confirmé', 'pu être vérifié', 'incertain', 'invérifié'].flatMap(agreeing),
    ...withAuxiliaries('ne', 'pu être confirmé'), ...withAuxiliaries('ne', 'pu être vérifié'),
    'invérifiable', 'invérifiables', 'pas clair', 'pas claire', 'reste flou', 'restent floues', 'demeure flou', 'flou', 'incertitude', 'incertitudes',
    'reste à confirmer', 'restent à confirmer', 'pas établi', 'sans confirmation', 'aucune confirmation', 'pas de confirmation', 'sous réserve',
    'pas certain', 'pas sûr',
  ]),
  ...rows('hedge', 'backward', 12, ['inconnu', 'inconnue', 'reste à voir', 'reste à démontrer', 'reste à prouver']),
  // Negations: "ne" alone is no cue, so the restrictive "ne … que" (only) negates nothing.
  // "pas" stands right before the verb it negates ("n'ont pas pris part", "n'a pas, selon son
  // porte-parole, participé"): five words reach it, and stop short of a main verb after an aside
  // ("ces tractations, qui n'avaient pas été révélées jusqu'ici, ont réuni…").
  ...rows('negation', 'forward', 5, [
    'pas', 'jamais', 'nullement', 'aucunement', 'guère', 'plus jamais', 'pas encore', 'toujours pas', 'pas du tout', 'en rien',
  ]),
  // "ni … ni" before the verb coordinates its subjects: "ni le ministère ni les entreprises citées n'ont réagi".
  ...rows('negation', 'forward', 10, [
    'ni', 'refusé de', 'refuse de', 'refusent de', 'refusant de', 'refusé à', 'refuse à', 'refusent à', 'renoncé à', 'absence de',
  ]),
  // "sans" and "non" negate the few words after them: "des sources non identifiées ont indiqué que…" negates nothing said.
  ...rows('negation', 'forward', 6, ['sans', 'sans que']),
  ...rows('negation', 'forward', 1, ['non']),
  // A negated subject negates its clause's verb, however far: "aucune personne représentant
  // Bharat Forge ou une autre société du groupe ne s'est rendue en Russie"; the verb is the one
  // after "ne", within three words ("ne s'est rendue", "n'a été finalisé"), and no further.
  ...rows('negation', 'forward', 16, [
    'aucun', 'aucune', 'aucuns', 'aucune personne', 'nul', 'nulle', 'personne ne', 'rien', 'pas un', 'pas une', 'pas un seul', 'pas une seule', "ni l'un ni l'autre",
  ]).map((row): CueRow => ({ ...row, closedBy: { words: ['ne'], wordsAfter: NEGATED_VERB_WORDS } })),
  // "Personne" after its verb negates it ("n'a envoyé personne"); as a noun, it negates nothing.
  ...rows('negation', 'backward', 3, ['personne']),
  ...rows('pseudo', undefined, undefined, ['une personne', 'la personne', 'cette personne', 'toute personne', 'chaque personne', 'en personne', 'par personne']),
  // Denials report a whole clause.
  ...rows('denial', 'forward', 25, [
    'démentir', 'dément', 'démentent', 'démenti', 'démentie', 'démentis', 'démenties', 'démentait', 'démentaient', 'démentant',
    'nier', 'nie', 'nient', 'nié', 'niée', 'niés', 'niait', 'niaient', 'niant', 'dénégation', 'dénégations',
    'rejeter', 'rejette', 'rejettent', 'rejeté', 'rejetée', 'rejetait', 'rejetant', 'réfuter', 'réfute', 'réfutent', 'réfuté', 'réfutant',
    'contester', 'conteste', 'contestent', 'contesté', 'contestait', 'contestant', 'récuse', 'récusé', 'récusent', 'infirme', 'infirmé',
    'balaie', 'balayé', 'balayant', "se défend d'", "se défendent d'", "s'est défendu d'", "s'est défendue d'", 'oppose un démenti', 'opposé un démenti',
  ]),
  // A passive denial bears on what stands before it too: "sa présence à Moscou est contestée par l'entreprise".
  ...rows('denial', 'both', 12, ['démenti', 'contesté', 'nié', 'rejeté', 'réfuté'].flatMap((p) => agreeing(p).flatMap((form) => [`est ${form}`, `été ${form}`, `sont ${form}`]))),
  // Falsity: "ces informations sont fausses", "une information dénuée de tout fondement".
  ...rows('falsity', 'both', 25, [
    ...['infondé', 'erroné', 'inexact'].flatMap(agreeing),
    ...agreeing('dénué').flatMap((d) => [`${d} de fondement`, `${d} de tout fondement`]),
    'faux', 'fausse', 'fausses', 'mensonger', 'mensongers', 'mensongère', 'mensongères', 'trompeur', 'trompeurs', 'trompeuse', 'trompeuses',
    'fantaisiste', 'fantaisistes', 'imaginaire', 'imaginaires',
    'sans fondement', 'sans aucun fondement', 'aucun fondement', 'pas vrai', 'pas exact', 'pas exacte', 'contraire à la vérité',
    'fausse information', 'fausses informations', 'fake news', 'pure invention', 'totalement faux',
  ]),
  // Boundaries: a new clause, which no cue before it reaches and no claim spans. French sets its
  // connecting adverbs inside a clause as often as at its head ("n'ont toutefois pas participé",
  // "n'a, en revanche, pas participé"): they start a clause only after a comma and before a word.
  ...rows('boundary', undefined, undefined, [
    'mais', 'alors que', 'tandis que', 'bien que', 'quoique', 'même si', 'malgré', 'en dépit de', 'or', ';',
    ...ADVERBIAL_CONNECTORS.map((a) => `, ${a}`),
  ]),
  ...rows('pseudo', undefined, undefined, ADVERBIAL_CONNECTORS.map((a) => `, ${a} ,`)),
  // Terminators: a relative or added clause the cue before it does not reach ("que" is also
  // "that" after a verb of saying or denying, so it ends nothing).
  ...rows('terminator', undefined, undefined, [
    'qui', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'auquel', 'auxquels', 'sauf', 'excepté', 'hormis', 'a ajouté', 'ajoutant',
    'et a ajouté', 'a-t-il ajouté', ':',
    // ", et" joins a clause of its own ("…n'ont pas souhaité être identifiées, et leur récit n'a pu être confirmé").
    ', et',
  ]),
];

export const FRENCH_ANAPHORS: AnaphorRow[] = [
  // "il"/"elle" stand for a firm as often as for a person: French gives every noun a gender.
  ...['il', 'elle', 'son', 'sa', 'ses', 'celle-ci', 'celui-ci', 'cette dernière', 'ce dernier', 'la société', "l'entreprise", 'le groupe', 'la firme',
    'le constructeur', 'le fabricant', 'le conglomérat', "l'industriel", "l'organisation", "l'association"]
    .map((phrase): AnaphorRow => ({ phrase, kind: 'organisation' })),
  ...['il', 'elle', 'son', 'sa', 'ses', 'lui', 'celui-ci', 'ce dernier', 'cette dernière', 'le dirigeant', 'le responsable', 'le général', 'le secrétaire',
    'le haut fonctionnaire', 'le patron']
    .map((phrase): AnaphorRow => ({ phrase, kind: 'person' })),
  // Nouns that name the story's people ("les dirigeants") are mentions of their concept, not anaphors.
  ...['ils', 'elles', 'leur', 'leurs', 'eux', 'la délégation', 'les visiteurs', "l'équipe", 'ces derniers']
    .map((phrase): AnaphorRow => ({ phrase, kind: 'group' })),
];
