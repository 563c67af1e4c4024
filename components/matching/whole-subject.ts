// A bare statement's subject written whole (judgeClaim's `bare` frames): no word of another name
// beside it, and no foreign word inside or before a concept's head noun ("no trade deal").
import type { Mention } from './lexicon';
import type { SentenceView } from './sentence-view';
import type { MatchIndex } from './story-index';
import { writtenCapitalised } from './words';

/** A word inside a gapped mention that is none of its concept's own words ("no trade deal" for "no deal"). */
export const hasForeignWord = (view: SentenceView, m: Mention, index: MatchIndex) => {
  const own = index.lexicon.conceptWords.get(m.id);
  return view.tokens.slice(m.first, m.last + 1).some((t) => t.kind === 'word' && !(own?.has(t.stem) ?? false) && !index.language.stopwords.has(t.text));
};

/**
 * A subject written whole, not part of a longer name or compound the story does not know: no
 * capitalised word of another name beside it ("Tata Steel", "Ashok Sahni"), and no word before a
 * concept's head noun that makes it another thing ("no trade deal", "no S-400 deal").
 */
export function standsWhole(view: SentenceView, m: Mention, index: MatchIndex): boolean {
  const { stopwords } = index.language;
  const covered = (k: number) => view.mentions.some((o) => o !== m && o.first <= k && o.last >= k);
  const nameGoesOn = (k: number) => {
    const t = view.tokens[k];
    return t?.kind === 'word' && !stopwords.has(t.text) && !covered(k) && view.written !== undefined && writtenCapitalised(view.written, t);
  };
  if (m.kind === 'entity' && (nameGoesOn(m.first - 1) || nameGoesOn(m.last + 1))) return false;
  // (A phrase of more than one word, "no deal", "the meetings", opens with its own word.)
  if (m.kind !== 'concept' || m.last > m.first) return true;
  const k = view.tokens[m.first - 1]?.text === '-' ? m.first - 2 : m.first - 1;
  const before = view.tokens[k];
  // (A word of a longer mention that holds the subject too is its own: "no concrete agreement".)
  // (Nor a word the story knows: "the rescue operations" in a rescue story; nor a cue's: "not a single agreement".)
  return !before || before.kind === 'punct' || stopwords.has(before.text) || (before.kind === 'word' && index.lexicon.own.has(before.stem)) ||
    view.mentions.some((o) => o !== m && o.first <= k && o.last >= m.first) || view.cues.cues.some((c) => c.first <= k && k <= c.last);
}
