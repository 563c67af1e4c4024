// The story pack read in French: its language folder validates, sentences written for this test
// (none from the evaluation set) make the right claims with the right polarity, and sentences and
// pages of neighbouring stories make none.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packInLanguage, readLanguageFolder, readPackFolder } from '../../../scripts/validate-packs';
import { parseStoryPack } from '../../../data/validate';
import { mergePackFiles } from '../../../data/pack-files';
import { conceptsWithoutWords } from '../../../data/validate-language';
import { createTextAnalyser } from '../analyse-text';
import { paragraphClaims } from '../fixtures/paragraph-claims';
import { buildMatchIndex } from '../story-index';
import { french } from './fr';

const STORY_DIR = join(import.meta.dirname, '../../../data/stories/india-russia-defence-jv-talks-2025');
const pack = packInLanguage(STORY_DIR, 'fr');
const index = buildMatchIndex(pack, french);

const claimsOf = (...paragraph: string[]) => paragraphClaims(index, paragraph);

describe('the French folder of the story pack', () => {
  it('validates against the pack and gives words to every concept a frame uses', () => {
    const english = parseStoryPack(mergePackFiles(readPackFolder(STORY_DIR)));
    const files = readLanguageFolder(STORY_DIR, 'fr', english);
    expect(conceptsWithoutWords(english, files)).toEqual([]);
    expect(files.claims.claims.map((c) => c.id).sort()).toEqual(english.claims.map((c) => c.id).sort());
    expect(pack.story.language).toBe('fr');
  });
});

describe('French sentences that make the claims', () => {
  it.each([
    ['Six hauts dirigeants de groupes d’armement indiens se sont entretenus fin octobre à Moscou avec des représentants du gouvernement russe.',
      ['at-least-six-executives-state-and-private:a', 'executives-met-russian-officials-in-moscow:a', 'meetings-held-october-29-30:a']],
    ['Les rencontres se sont déroulées le 12 novembre à Moscou.', ['meetings-held-october-29-30:a*']],
    ['Ce voyage n’avait jamais été rendu public.', ['meetings-not-previously-reported:a']],
    ['Adani Defence and Aerospace aurait participé aux discussions de Moscou.', ['adani-defence-attended:a']],
    ['Adani Defence and Aerospace a peut-être participé aux discussions de Moscou.', ['adani-defence-attended:u']],
    ['Bharat Forge affirme n’avoir envoyé personne à Moscou.', ['bharat-forge-attended:d']],
    ['On ignore si Bharat Forge a pris part aux discussions.', ['bharat-forge-attended:u']],
    ['La présence d’un cadre de Bharat Forge à Moscou n’a pas été confirmée.', ['bharat-forge-attended:u']],
    ['Cinq dirigeants indiens ont participé aux réunions de Moscou.', ['at-least-six-executives-state-and-private:a*']],
    ['La SIDM, qui fédère plus de 500 entreprises, était représentée à Moscou.', ['sidm-over-500-members:a', 'sidm-representative-attended:a']],
    ['Ni Tata, ni Larsen & Toubro, ni Bharat Electronics n’ont pris part aux réunions.', ['tata-lt-bel-did-not-participate:a']],
    ['Le groupe Adani a qualifié de « faux et sans fondement » les informations sur sa participation aux réunions.',
      ['adani-defence-attended:d', 'adani-group-denied-involvement:a']],
    ['Sanjeev Kumar conduisait la délégation officielle à Moscou.', ['sanjeev-kumar-led-delegation:a']],
    ['Il a été question de fabriquer en Inde des pièces de rechange pour les MiG-29 et les systèmes de défense aérienne.',
      ['mig-29-and-air-defence-parts-discussed:a']],
    ['Trente-six pour cent des équipements militaires indiens sont de fabrication russe.', ['russian-origin-36-percent-of-inventory:a']],
    ['Près de la moitié de l’arsenal indien est d’origine russe.', ['russian-origin-36-percent-of-inventory:a*']],
    ['Les entreprises indiennes craignent des sanctions secondaires américaines si elles coopèrent avec la Russie.', ['secondary-sanctions-risk:a']],
    ['Ces informations reposent sur trois sources anonymes proches du dossier.', ['account-rests-on-unnamed-sources:a']],
  ])('%s', (sentence, expected) => {
    expect(claimsOf(sentence)).toEqual(expected);
  });

  it.each([
    // Calling the report false denies what it says of the group: that its people attended.
    [['Le groupe Adani a réagi jeudi.', 'Il a qualifié ces informations de fausses.'], ['adani-defence-attended:d', 'adani-group-denied-involvement:a']],
    [['Bharat Forge a publié un communiqué.', 'La société affirme qu’aucun de ses employés ne s’est rendu en Russie depuis 2021.'], ['bharat-forge-attended:d']],
    [['Une délégation d’industriels indiens s’est rendue à Moscou.', 'Il s’agissait de leur première visite depuis l’invasion de l’Ukraine en 2022.'],
      ['first-visit-since-2022:a']],
    // "Il" is impersonal here; "la société" is Bharat Forge.
    [['Bharat Forge a publié un communiqué.', 'Il est possible que la société ait participé aux réunions de Moscou.'], ['bharat-forge-attended:u']],
  ])('with its paragraph: %j', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

describe('French sentences of neighbouring stories', () => {
  it.each([
    'Une délégation de dirigeants chinois a rencontré des responsables russes à Moscou pour discuter de coentreprises.',
    'En 2019, des industriels indiens de la défense ont rencontré des responsables russes à Moscou.',
    'Vladimir Poutine est arrivé à New Delhi le 4 décembre pour un sommet avec Narendra Modi.',
    'Adani Defence and Aerospace a exposé ses drones au salon Aero India de Bangalore.',
    'Bharat Forge a publié un bénéfice net en hausse au troisième trimestre.',
    'Les ministres de la Défense des deux pays se réunissent chaque année au sein de la commission intergouvernementale.',
    'Des dirigeants d’entreprises françaises de défense ont rencontré des responsables indiens à New Delhi.',
    'La SIDM organise chaque année des rencontres entre industriels et délégations étrangères.',
    // Another place: "russes" is no mention of Russia.
    'Des dirigeants d’entreprises indiennes de défense se sont entretenus avec des responsables russes à Pékin.',
  ])('%s', (sentence) => {
    expect(claimsOf(sentence)).toEqual([]);
  });

  it('reads the SIPRI share of arms imports as another measure', () => {
    expect(claimsOf('Selon le SIPRI, la Russie a fourni 36 % des importations d’armes de l’Inde entre 2019 et 2023.')).toEqual([
      'russian-origin-36-percent-of-inventory:a*',
    ]);
  });
});

describe('French pages through the gate', () => {
  const analyser = createTextAnalyser(pack, french);

  it('detects a brief and a follow-up of the story', () => {
    const brief = 'Des dirigeants d’entreprises indiennes de défense, dont Adani et Bharat Forge, ont rencontré fin octobre à Moscou des responsables russes pour discuter de coentreprises, selon Reuters.';
    const followUp = 'Bharat Forge a démenti mercredi avoir participé à des réunions en Russie. Dans une déclaration à la Bourse, le groupe affirme qu’aucun de ses représentants ne s’est rendu en Russie depuis 2021. Reuters maintient ses informations.';
    expect(analyser.analyse(brief).story.detected).toBe(true);
    const followed = analyser.analyse(followUp);
    expect(followed.story.detected).toBe(true);
    expect(followed.matches.map((m) => `${m.claimId}:${m.polarity}`)).toContain('bharat-forge-attended:denies');
  });

  it.each([
    ['a 2019 delegation', 'En novembre 2019, une délégation du ministère indien de la Défense s’est rendue à Moscou pour la commission intergouvernementale. Les deux pays ont discuté de coentreprises pour les pièces détachées des MiG-29. Des dirigeants de Bharat Forge accompagnaient la délégation.'],
    ['a SIPRI report', 'Selon le SIPRI, la Russie reste le premier fournisseur d’armes de l’Inde, avec 36 % des importations entre 2019 et 2023. New Delhi veut produire davantage en Inde, notamment dans le cadre de coentreprises.'],
    ['an arms fair', 'Le salon Aero India s’est ouvert à Bangalore. Adani Defence and Aerospace y présente ses drones et Bharat Forge des pièces d’artillerie. Des industriels russes y ont rencontré des dirigeants indiens pour évoquer des coentreprises.'],
    ['Putin’s visit itself', 'Vladimir Poutine est arrivé jeudi à New Delhi pour une visite d’État, les 4 et 5 décembre. Les deux dirigeants devraient réorienter leur partenariat vers la coproduction, malgré la crainte de sanctions secondaires.'],
  ])('leaves out %s', (_name, text) => {
    expect(analyser.analyse(text).story.detected).toBe(false);
  });
});
