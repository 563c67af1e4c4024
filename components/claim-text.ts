// Story text in the reader's language when the data has it, and the language each text is in (for
// `lang` attributes): the one seam through which translated claim texts reach the popup, the
// comparison page and the card. Outlets' quotes always stay in the outlet's own language.

/** A claim's text in other languages, by BCP 47 code: `{ "ru": "…", "hi": "…", "fr": "…" }`. */
export type ClaimTexts = Readonly<Record<string, string>>;

/** What a claim offers: its own `text` (in the story's language) and, optionally, translations. */
export interface TranslatableClaim {
  text: string;
  texts?: ClaimTexts;
}

/** A text and the language it is written in. */
export interface TextInLanguage {
  text: string;
  lang: string;
}

/** "pt-BR" -> ["pt-BR", "pt"]: the exact tag first, then its language. */
function tagsToTry(locale: string): string[] {
  const tag = locale.replace(/_/g, '-');
  const language = tag.split('-')[0]!;
  return tag === language ? [tag] : [tag, language];
}

/**
 * The claim's text for a reader of `readerLocale`: its translation into that language when
 * `claim.texts` has one (exact tag, then the bare language), else its own text, which is in the
 * story's language.
 */
export function claimTextFor(claim: TranslatableClaim, readerLocale: string, storyLanguage: string): TextInLanguage {
  for (const tag of tagsToTry(readerLocale)) {
    const translated = claim.texts?.[tag]?.trim();
    if (translated) return { text: translated, lang: tag };
  }
  return { text: claim.text, lang: storyLanguage };
}

/**
 * The language an outlet's quotes are in: the outlet's own `language` when the data gives one,
 * else the story's (today's data is English only, and outlets carry no language yet).
 */
export function outletLanguage(outlet: { id: string; language?: string }, storyLanguage: string): string {
  return outlet.language?.trim() || storyLanguage || 'en';
}
