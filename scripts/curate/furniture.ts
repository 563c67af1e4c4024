// Page furniture the capture kept around an article: section headings, "Also Read" links, a
// donation appeal, other stories' headlines at the end. Found by marker phrases and by how little
// a paragraph shares with the other outlets' articles; never a source of claims, always reported.
import { isTitleCase } from './names';

export interface Skipped {
  article: number;
  paragraph: number;
  text: string;
  reason: string;
}

/** Lines that open furniture in English-language pages (a language resource, not a story's). */
const MARKERS = /^(also read|read more|read also|related (stories|articles|reading)|recommended|more from|more on|post(ed)? by\b|written by|dear readers|a message from|subscribe|sign up|advertisement|sponsored|share (this|on)|follow us|remind me later|support us|donate|click here|copyright|©|all rights reserved|trending|most read|you may also like|editor'?s picks?)/i;

/**
 * A paragraph sharing less than this share of its terms with the other articles can open the
 * furniture at an article's end. On the seeds the unrelated headlines and the appeal's opening
 * share 0 to 0.3, every article paragraph 0.48 or more.
 */
export const FURNITURE_MAX_SHARED = 0.3;
/** Every paragraph after the opening one must share less than this: the appeal's paragraphs share up to 0.5. */
export const TAIL_MAX_SHARED = 0.6;

export interface ParagraphInfo {
  article: number;
  index: number;
  text: string;
  /** Share of its terms that another article has too. */
  shared: number;
}

/** A byline: "By our Asia correspondent", "By Jane Doe" (a few words, no sentence). */
const BYLINE = /^by\s+[^.!?]{2,40}$/i;

/** Longer lines are prose even without a full stop. */
const HEADING_MAX_WORDS = 10;

/** A heading: a short line with no full stop whose words are capitalised ("Scope of the Discussions"), or a title-case line. */
export function isHeading(text: string): boolean {
  const line = text.trim();
  const words = line.split(/\s+/);
  if (isTitleCase(line)) return true;
  if (words.length > HEADING_MAX_WORDS || /[.!?:;,"”]$/.test(line)) return false;
  const content = words.filter((w) => /^\p{L}/u.test(w) && !['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'with', 'at', 'by'].includes(w.toLowerCase()));
  return content.length > 0 && content.every((w) => /^\p{Lu}/u.test(w));
}

export const isMarker = (text: string) => MARKERS.test(text.trim()) || (BYLINE.test(text.trim()) && text.trim().split(/\s+/).length <= 6);

/** The paragraphs to skip, with why; `paragraphs` in article order. */
export function findFurniture(paragraphs: readonly ParagraphInfo[]): Skipped[] {
  const skipped: Skipped[] = [];
  const byArticle = new Map<number, ParagraphInfo[]>();
  for (const p of paragraphs) byArticle.set(p.article, [...(byArticle.get(p.article) ?? []), p]);
  for (const list of byArticle.values()) {
    // The furniture at the end: from the first weak or marked paragraph after which nothing is article again.
    let tail = list.length;
    for (let k = list.length - 1; k > 0; k--) {
      if (list[k]!.shared >= TAIL_MAX_SHARED && !isMarker(list[k]!.text)) break;
      if (isMarker(list[k]!.text) || list[k]!.shared < FURNITURE_MAX_SHARED) tail = k;
    }
    list.forEach((p, k) => {
      const reason =
        k >= tail
          ? `after the article's end (${k === tail ? (isMarker(p.text) ? 'a marker line' : 'shares little with the other articles') : 'furniture continues'})`
          : isMarker(p.text)
            ? 'a furniture line (link, byline or appeal)'
            : k > 0 && isHeading(p.text)
              ? 'a section heading'
              : undefined;
      if (reason) skipped.push({ article: p.article, paragraph: p.index, text: p.text, reason });
    });
  }
  return skipped;
}
