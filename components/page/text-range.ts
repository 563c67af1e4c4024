// Turns a span of `PageText` offsets back into a DOM Range over the text nodes it came from.
import type { PageText, TextChunk } from './page-text';

/**
 * A Range covering `pageText.text[start, end)`. Offsets outside chunks (block separators, the
 * space for a `<br>` or a source newline) snap inward: the start forward to the next chunk, the
 * end back to the previous one. Null if the span covers no chunk, or the DOM has changed under
 * it (a node detached or shortened) so the offsets no longer point where they did.
 */
export function rangeFromOffsets(pageText: PageText, start: number, end: number, doc: Document): Range | null {
  const { chunks } = pageText;
  const first = chunks[firstIndexWhere(chunks, (chunk) => chunk.end > start)];
  const last = chunks[firstIndexWhere(chunks, (chunk) => chunk.start >= end) - 1];
  // Chunks are sorted and disjoint, so the span covers some chunk iff first comes at or before last.
  if (!first || !last || first.start > last.start || start >= end) return null;

  const startOffset = first.nodeStart + Math.max(start, first.start) - first.start;
  const endOffset = last.nodeStart + Math.min(end, last.end) - last.start;
  if (!first.node.isConnected || !last.node.isConnected) return null;
  if (startOffset > first.node.length || endOffset > last.node.length) return null;

  const range = doc.createRange();
  range.setStart(first.node, startOffset);
  range.setEnd(last.node, endOffset);
  // Nodes reordered since extraction put the end before the start, and the Range collapses.
  return range.collapsed ? null : range;
}

/** Index of the first chunk satisfying `test`, which is false then true along the chunks. */
function firstIndexWhere(chunks: readonly TextChunk[], test: (chunk: TextChunk) => boolean): number {
  let low = 0;
  let high = chunks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const chunk = chunks[middle];
    if (chunk && test(chunk)) high = middle;
    else low = middle + 1;
  }
  return low;
}
