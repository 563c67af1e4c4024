// Links that open an outlet's article scrolled to a quote: URL text fragments
// (`#:~:text=start,end`, https://wicg.github.io/scroll-to-text-fragment/). Pure string work.

/**
 * Quotes of up to this many words are matched whole. Longer ones are matched from their first
 * EDGE_WORDS words to their last EDGE_WORDS: the link stays short, and a small difference in the
 * middle of a long quote (a dash, a line break in the article) cannot break it.
 */
export const WHOLE_QUOTE_MAX_WORDS = 10;
/** Four words are enough to be unique within one article and short enough to survive edits. */
export const EDGE_WORDS = 4;

/**
 * Percent-encodes one text-fragment term. `encodeURIComponent` leaves `-` alone, but in a text
 * directive `-` marks a prefix or suffix; `,` and `&` (which it does encode) separate terms
 * and directives. The other characters it leaves (`!'()*~._`) have no meaning there.
 */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** The `text=` directive's value for a quote: the whole quote, or its start and end words. */
export function textDirective(quote: string): string {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length <= WHOLE_QUOTE_MAX_WORDS) return encodeFragmentTerm(words.join(' '));
  const start = words.slice(0, EDGE_WORDS).join(' ');
  const end = words.slice(-EDGE_WORDS).join(' ');
  return `${encodeFragmentTerm(start)},${encodeFragmentTerm(end)}`;
}

/**
 * `url` with a text fragment pointing at `quote`. The article's own fragment (`#section`) is kept
 * in front of the directive, as the specification allows. An empty quote returns `url` unchanged.
 */
export function textFragmentUrl(url: string, quote: string): string {
  if (!quote.trim()) return url;
  const hashAt = url.indexOf('#');
  const base = hashAt === -1 ? url : url.slice(0, hashAt);
  // A fragment that already holds a directive (`:~:`) is replaced, not extended.
  const ownFragment = hashAt === -1 ? '' : url.slice(hashAt + 1).split(':~:')[0];
  return `${base}#${ownFragment}:~:text=${textDirective(quote)}`;
}
