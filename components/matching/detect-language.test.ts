import { describe, expect, it } from 'vitest';
import { detectLanguage, languageOfWords, primaryLanguage } from './detect-language';

// Our own sentences, a short paragraph each, in the way a news page runs on.
const PROSE: Record<string, string> = {
  en: 'The ministry said on Tuesday that the talks had been useful, but it gave no details of what was agreed. Officials from both sides were at the meeting, which lasted for most of the day, and they are expected to meet again in the spring.',
  fr: "Le ministère a indiqué mardi que les discussions avaient été utiles, mais il n'a donné aucun détail sur ce qui a été convenu. Des responsables des deux pays étaient présents à la réunion, qui a duré presque toute la journée, et ils doivent se revoir au printemps.",
  es: 'El ministerio dijo el martes que las conversaciones fueron útiles, pero no dio detalles de lo acordado. Los funcionarios de ambos países asistieron a la reunión, que duró casi todo el día, y se espera que vuelvan a reunirse en primavera.',
  ru: 'Во вторник в министерстве заявили, что переговоры были полезными, но не сообщили, о чём удалось договориться. На встрече, которая продолжалась почти весь день, были представители обеих сторон, и они должны снова встретиться весной.',
  uk: 'У вівторок у міністерстві заявили, що переговори були корисними, але не повідомили, про що вдалося домовитися. На зустрічі, яка тривала майже весь день, були представники обох сторін, і вони мають знову зустрітися навесні.',
  hi: 'मंत्रालय ने मंगलवार को कहा कि बातचीत उपयोगी रही, लेकिन यह नहीं बताया कि किन बातों पर सहमति बनी। बैठक में दोनों देशों के अधिकारी मौजूद थे, जो लगभग पूरे दिन चली, और वे वसंत में फिर से मिलेंगे।',
};

describe('languageOfWords', () => {
  it.each(Object.entries(PROSE))('tells %s prose by its function words', (code, text) => {
    expect(languageOfWords(text)).toBe(code);
  });

  it('says nothing on a list of names and figures', () => {
    expect(languageOfWords('Adani Defence · Bharat Forge · MiG-29 · 36% · Moscow · 29-30')).toBeUndefined();
  });

  it('says nothing when two languages run even (a bilingual caption)', () => {
    expect(languageOfWords(`${PROSE.en!.slice(0, 120)} ${PROSE.fr!.slice(0, 120)}`)).toBeUndefined();
  });
});

describe('detectLanguage', () => {
  it('lets the words overrule a wrong declared language', () => {
    expect(detectLanguage(PROSE.ru!, 'en')).toEqual({ code: 'ru', from: 'text' });
  });

  it('falls back on the declared language when the words do not tell', () => {
    expect(detectLanguage('MiG-29 · Su-30MKI · T-90', 'hi-IN')).toEqual({ code: 'hi', from: 'declared' });
  });

  it('knows nothing when neither says', () => {
    expect(detectLanguage('', '')).toEqual({ from: 'none' });
    expect(detectLanguage('', 'not a code!')).toEqual({ from: 'none' });
  });
});

describe('primaryLanguage', () => {
  it.each([
    ['en-GB', 'en'],
    ['FR', 'fr'],
    [' ru_RU ', 'ru'],
    ['x', undefined],
    ['english', undefined],
    [null, undefined],
  ])('%s -> %s', (lang, code) => {
    expect(primaryLanguage(lang)).toBe(code);
  });
});
