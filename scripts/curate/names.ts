// Finds the names a sentence writes (as written, with offsets): runs of capitalised words joined
// by "of", "&" or a closing "and" ("Adani Defence and Aerospace"), split at titles ("CEO",
// "President"), without the common words that open a sentence, and acronyms given in brackets.
import { english } from '../../components/matching/languages/en';
import { isCommonWord, isNationality, isPlaceNoun, isTimeWord, isTitle, knownNameKind } from './word-knowledge';

export interface NameMention {
  text: string;
  /** Offsets in the text the sentence was read from. */
  start: number;
  end: number;
  /** A title stood next to it ("President Vladimir Putin", "Ashish Rajvanshi CEO of"): a person. */
  titled: boolean;
  /** The acronym written in brackets right after it ("Society of Indian Defence Manufacturers (SIDM)"). */
  acronym?: string;
  /** An age follows it ("Saman Kunan, 38,"): a person. */
  aged?: boolean;
  /** A place noun follows it ("Chiang Rai province", "Tham Luang cave"): a place. */
  placed?: boolean;
}

interface Word {
  text: string;
  start: number;
  end: number;
  capital: boolean;
  /** Ends a name: a possessive or punctuation follows. */
  closes: boolean;
}

const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’.]\p{L}[\p{L}\p{M}\p{N}]*|-\p{N}+)*(?:['’]s?)?|\p{N}+(?:-\p{L}+)?|&/gu;
/** Joiners inside a name when a capitalised word follows ("Ministry of Defence", "Larsen & Toubro"). */
const JOINERS = new Set(['of', '&', 'for', 'de', 'du', 'van', 'von', 'bin', 'al']);
/** A line mostly in capitals is a headline or heading: its capitals mark no names. */
export const TITLE_CASE_SHARE = 0.7;

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w) || /\p{Lu}.*\p{N}|\p{N}.*\p{Lu}/u.test(w);
const isAcronym = (w: string) => /^\p{Lu}{2,}s?$/u.test(w) && w.length <= 8;

function words(sentence: string): Word[] {
  const out: Word[] = [];
  for (const m of sentence.matchAll(WORD)) {
    let text = m[0];
    let closes = false;
    if (/['’]s?$/.test(text) && text.length > 2) {
      text = text.replace(/['’]s?$/, '');
      closes = true;
    }
    const start = m.index;
    const next = sentence.slice(start + m[0].length).match(/^\s*(\S?)/)?.[1] ?? '';
    if (next && !/[\p{L}\p{N}&]/u.test(next)) closes = true;
    out.push({ text, start, end: start + text.length, capital: text !== '&' && isCapitalised(text), closes });
  }
  return out;
}

/** Is the line title case ("Indian Defense Firms Hold Secret Talks")? */
export function isTitleCase(line: string): boolean {
  const content = words(line).filter((w) => w.text !== '&' && !english.stopwords.has(w.text.toLowerCase()));
  return content.length >= 3 && content.filter((w) => w.capital).length / content.length >= TITLE_CASE_SHARE;
}

/**
 * Names in one sentence. `lowerInCorpus(word)`: the articles also write the word in lower case
 * (so a capital at a sentence's start marks no name).
 */
export function findNames(sentence: string, offset: number, lowerInCorpus: (word: string) => boolean): NameMention[] {
  const ws = words(sentence);
  const runs: Word[][] = [];
  let run: Word[] = [];
  const flush = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  ws.forEach((w, i) => {
    const next = ws[i + 1];
    // "Society of Indian Defence Manufacturers", "Ministry of Defence": a joiner continues a name of
    // common words; after a proper name ("Marta Lindqvist of Orvane Shipping") it starts another.
    const joiner =
      JOINERS.has(w.text.toLowerCase()) && run.length > 0 && next?.capital && !run[run.length - 1]!.closes && (w.text === '&' || run.every((r) => isCommonWord(r.text) || lowerInCorpus(r.text) || isNationality(r.text) || isTitle(r.text)));
    // "and" joins a last common word: "Adani Defence and Aerospace", not "India and Russia".
    const closingAnd =
      w.text === 'and' && run.length > 1 && !run[run.length - 1]!.closes && next?.capital && !ws[i + 2]?.capital && isCommonWord(next.text);
    if (w.capital && !isTimeWord(w.text) && !isCompoundOfPlaces(w.text)) {
      run.push(w);
      if (w.closes) flush();
    } else if (joiner || closingAnd) run.push(w);
    else flush();
  });
  flush();
  const out: NameMention[] = [];
  for (const r of runs) {
    for (const part of splitAtTitles(r, ws[0] === r[0], lowerInCorpus)) {
      const words = trimJoiners(part.words);
      if (words.length === 0) continue;
      const allCommon = words.every((w) => JOINERS.has(w.text.toLowerCase()) || w.text === 'and' || isCommonWord(w.text) || lowerInCorpus(w.text));
      if (allCommon && (words.length === 1 || part.atStart)) continue;
      if (words.length === 1 && (isNationality(words[0]!.text) || isTitle(words[0]!.text) || english.stopwords.has(words[0]!.text.toLowerCase()))) continue;
      // "Lieutenant General": a title without the name.
      if (allCommon && isTitle(words[words.length - 1]!.text)) continue;
      const first = words[0]!;
      const last = words[words.length - 1]!;
      const rest = sentence.slice(last.end);
      const after = rest.match(/^\s*\((\p{Lu}[\p{Lu}&]{1,7})\)/u)?.[1];
      const aged = /^,\s*\d{1,3},/.test(rest);
      const next = rest.match(/^\s+(\p{Ll}+)/u)?.[1];
      const placed = !!next && isPlaceNoun(next);
      out.push({
        text: sentence.slice(first.start, last.end),
        start: offset + first.start,
        end: offset + last.end,
        titled: part.titled,
        ...(after ? { acronym: after } : {}),
        ...(aged ? { aged } : {}),
        ...(placed ? { placed } : {}),
      });
    }
  }
  return out;
}

/** "Russian-origin", "India-Russia": a compound of places or peoples, not a name. */
function isCompoundOfPlaces(word: string): boolean {
  const parts = word.split('-');
  return parts.length > 1 && /^\p{L}+$/u.test(parts[0]!) && (isNationality(parts[0]!) || knownNameKind(parts[0]!) === 'place') && !/\p{N}/u.test(word);
}

function trimJoiners(ws: Word[]): Word[] {
  let a = 0;
  let b = ws.length;
  while (a < b && (JOINERS.has(ws[a]!.text.toLowerCase()) || ws[a]!.text === 'and')) a++;
  while (b > a && (JOINERS.has(ws[b - 1]!.text.toLowerCase()) || ws[b - 1]!.text === 'and')) b--;
  return ws.slice(a, b);
}

/**
 * Splits a run at its title words: "Russian President Vladimir Putin" -> "Vladimir Putin" (titled),
 * "Ashish Rajvanshi CEO of Adani Defence" -> "Ashish Rajvanshi" (titled), "Adani Defence". A title
 * splits only before a name or, after a name, before "of": "Tata Sons" and "Society of Indian
 * Defence Manufacturers" stay whole. Common words opening a sentence ("Senior", "The") are dropped
 * unless the dictionary knows the whole run as a name ("New Delhi").
 */
function splitAtTitles(run: Word[], atSentenceStart: boolean, lowerInCorpus: (w: string) => boolean) {
  const isProper = (w: Word | undefined) =>
    !!w && w.capital && !JOINERS.has(w.text.toLowerCase()) && !isCommonWord(w.text) && !lowerInCorpus(w.text) && !isNationality(w.text);
  const parts: Array<{ words: Word[]; titled: boolean; atStart: boolean }> = [];
  let current: Word[] = [];
  let titled = false;
  let start = atSentenceStart && !knownNameKind(run.map((w) => w.text).join(' '));
  run.forEach((w, i) => {
    const lower = w.text.toLowerCase();
    const next = run[i + 1];
    const hasName = current.some(isProper);
    // A title before a name, or after one ("Ashish Rajvanshi CEO of …", the run ending at "of").
    // A plural closing a name is part of it ("Tata Sons"), not a role.
    const role = next !== undefined || isAcronym(w.text) || !/s$/.test(w.text);
    const title = isTitle(w.text) && (isProper(next) || (hasName && role && (next === undefined || next.text === 'of')));
    if (!title && current.length === 0 && start && (english.stopwords.has(lower) || isCommonWord(w.text) || lowerInCorpus(w.text)) && !isAcronym(w.text)) return;
    if (title) {
      // Words before a title that name nothing are part of it ("Defence Production Secretary").
      if (hasName) parts.push({ words: current, titled: titled || next === undefined || next.text === 'of', atStart: start });
      current = [];
      titled = isProper(next);
      start = false;
      return;
    }
    // "Russian President Vladimir Putin": a nationality before a title; "Nordic Ferry Council" keeps it.
    if (current.length === 0 && isNationality(w.text) && !!next && isTitle(next.text)) return;
    current.push(w);
  });
  if (current.length) parts.push({ words: current, titled, atStart: start });
  return parts;
}
