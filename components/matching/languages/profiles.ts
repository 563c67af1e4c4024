// The commonest function words of the languages the extension reads, and of the languages that
// share their scripts (so a Spanish page is not taken for French, nor a Ukrainian one for
// Russian; their lists hold only words the neighbour does not share): enough to tell a page's language from a few hundred of its words. Small on purpose:
// the content script every page loads carries it. Other languages are named by the browser
// (i18n.detectLanguage) or the page's `lang`.

export interface LanguageProfile {
  code: string;
  /** Function words, lower case; each word once across a script's profiles where it can be. */
  words: ReadonlySet<string>;
}

const profile = (code: string, words: string): LanguageProfile => ({ code, words: new Set(words.split(' ')) });

export const PROFILES: readonly LanguageProfile[] = [
  profile('en', 'the and of to in is was that for with said by at from it as an were has have had be which this its their they not but'),
  profile('fr', 'le la les des du et est un une dans pour qui sur au aux été par avec ne pas il elle ont sont cette ces leur selon mais'),
  profile('es', 'el los las y en del por con es para una lo su al fue según pero como más sus también'),
  profile('it', 'gli e di che della delle nel per con è sono anche dei alla stato secondo'),
  profile('pt', 'o os e do da dos das em no na para com não uma foi são pelo pela também'),
  profile('de', 'der die das und ist nicht ein eine mit den dem des auf für von zu im sich wurde auch'),
  profile('ru', 'и в не на что с по к из за о от для это как а но его их был были была также он она они же'),
  profile('uk', 'і та що з від це як але його їх був були була він вона вони й є який яка які'),
  profile('bg', 'че към това са е се беше бяха който която които ще му ги във със'),
  profile('hi', 'है हैं के की का में और से को ने पर था थे थी यह वह नहीं भी लिए कि गया गई'),
  profile('mr', 'आहे आणि या च्या हे ते की व मध्ये होते आहेत केले त्या'),
  profile('ne', 'छ र को मा ले हो गरेको छन् पनि गर्न भएको थियो'),
];
