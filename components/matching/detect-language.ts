// Which language a text is in, from its commonest words (languages/profiles.ts), with the page's
// declared `lang` as the fallback: pages declare a wrong language often enough (a Russian article
// on a site whose template says `lang="en"`) that the words decide when they are clear.
import { PROFILES, type LanguageProfile } from './languages/profiles';

/** Words read from the text: enough for a clear verdict, cheap on a long page. */
export const SAMPLE_WORDS = 400;
/** Fewer profile words than this and the text says too little (a caption, a list of names). */
export const MIN_HITS = 6;
/**
 * Share of the sample's words the best profile must hold. Running prose in any of the profiled
 * languages holds 20-40% function words; a page of names and numbers, or another language that
 * shares a few words, far fewer.
 */
export const MIN_SHARE = 0.08;
/** The best profile must beat the next by this factor (French and Spanish share "la", "de", "que"). */
export const MIN_LEAD = 1.5;

export interface DetectedLanguage {
  /** BCP 47 primary subtag, lower case ("ru"); undefined when neither the words nor the page say. */
  code?: string;
  /** Where the answer came from. */
  from: 'text' | 'declared' | 'none';
}

const WORD = /[\p{L}\p{M}]+/gu;

/** The primary subtag of a `lang` attribute ("en-GB" -> "en"), or undefined when it is not one. */
export function primaryLanguage(lang: string | null | undefined): string | undefined {
  const code = /^\s*([a-z]{2,3})(?:[-_][a-z0-9-]*)?\s*$/i.exec(lang ?? '')?.[1];
  return code?.toLowerCase();
}

/** The profile whose words the sample holds most of, if the sample says clearly. */
export function languageOfWords(text: string, profiles: readonly LanguageProfile[] = PROFILES): string | undefined {
  const hits = new Map<string, number>();
  let words = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m && words < SAMPLE_WORDS; m = WORD.exec(text)) {
    words++;
    const word = m[0].toLowerCase();
    for (const p of profiles) if (p.words.has(word)) hits.set(p.code, (hits.get(p.code) ?? 0) + 1);
  }
  const ranked = [...hits.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_HITS || best[1] / words < MIN_SHARE) return undefined;
  if (second && best[1] < second[1] * MIN_LEAD) return undefined;
  return best[0];
}

/** The text's language by its words, else the declared one (the article's `lang`, else the page's). */
export function detectLanguage(text: string, declared?: string | null): DetectedLanguage {
  const byWords = languageOfWords(text);
  if (byWords) return { code: byWords, from: 'text' };
  const code = primaryLanguage(declared);
  return code ? { code, from: 'declared' } : { from: 'none' };
}
