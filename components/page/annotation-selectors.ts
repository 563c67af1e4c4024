// W3C Web Annotation selectors for the page's highlights: a TextQuoteSelector (the exact text with
// a little before and after) and a TextPositionSelector (offsets in the body's text content, as
// Hypothesis and other annotation tools count them). Computed only when a reader exports them.

/** Characters of context kept before and after the quote, as Hypothesis does. */
export const SELECTOR_CONTEXT_CHARS = 32;

export interface TextSelectors {
  exact: string;
  prefix: string;
  suffix: string;
  /** Offsets in the concatenated text of every text node under <body>. */
  start: number;
  end: number;
}

const SHOW_TEXT = 0x4;

/** Selectors for each range (null for one outside the body's text), in one walk over the body's text nodes. */
export function textSelectors(doc: Document, ranges: readonly Range[]): Array<TextSelectors | null> {
  const body = doc.body ?? doc.documentElement;
  if (!body) return ranges.map(() => null);
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  const offsets = new Map<Node, number>();
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    offsets.set(node, text.length);
    text += (node as Text).data;
  }
  const at = (container: Node, offset: number): number | undefined => {
    const base = offsets.get(container);
    return base === undefined ? undefined : base + offset;
  };
  const out: Array<TextSelectors | null> = [];
  for (const range of ranges) {
    const start = at(range.startContainer, range.startOffset);
    const end = at(range.endContainer, range.endOffset);
    if (start === undefined || end === undefined || end <= start) {
      out.push(null);
      continue;
    }
    out.push({
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - SELECTOR_CONTEXT_CHARS), start),
      suffix: text.slice(end, end + SELECTOR_CONTEXT_CHARS),
      start,
      end,
    });
  }
  return out;
}
