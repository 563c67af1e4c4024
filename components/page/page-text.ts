// The text of a page as a reader sees it (whitespace collapsed, one "\n" between blocks) and the
// map from its offsets back to DOM text nodes; built incrementally by the page walker.

/**
 * A run of `PageText.text`, [start, end), that is also a contiguous run of one text node's data,
 * starting at `node.data[nodeStart]`: `text.slice(start, end) === node.data.slice(nodeStart,
 * nodeStart + end - start)` always holds.
 */
export interface TextChunk {
  node: Text;
  start: number;
  end: number;
  nodeStart: number;
}

/**
 * Chunks are in text order and never overlap. Characters of `text` in no chunk are synthesised:
 * the "\n" between blocks, the space standing for a `<br>`, and the space standing for a
 * whitespace run that does not start with a plain space (a source newline or tab).
 */
export interface PageText {
  text: string;
  chunks: TextChunk[];
}

/** Whitespace that HTML rendering collapses; not NBSP, which renders as a visible space. */
const COLLAPSIBLE_WHITESPACE = /[ \t\n\r\f]+/g;

/** Accumulates text node by node, collapsing whitespace the way `white-space: normal` renders. */
export class PageTextBuilder {
  private readonly parts: string[] = [];
  private readonly chunks: TextChunk[] = [];
  private length = 0;
  private breakPending = false;
  /** The pending break starts a new passage (a heading, a section): written as a blank line. */
  private passagePending = false;
  private spacePending = false;
  /** A `<br>` was the last thing read: a second one in a row ends the paragraph. */
  private afterBr = false;
  /** The text node and offset of the whitespace a pending space stands for; null if synthesised. */
  private spaceNode: Text | null = null;
  private spaceOffset = 0;
  /** True once `maxChars` characters have been written; everything after is dropped. */
  full = false;

  constructor(private readonly maxChars: number) {
    if (maxChars <= 0) this.full = true;
  }

  /** A block starts or ends here: the next text goes on a new line. */
  lineBreak(): void {
    if (this.length > 0) this.breakPending = true;
  }

  /** A heading or section starts here: the next text starts a new passage, after a blank line. */
  passageBreak(): void {
    if (this.length > 0) this.breakPending = this.passagePending = true;
  }

  /**
   * A `<br>`: rendered as a line break, read as one space joining the sentence around it (a line
   * wrapped by hand); two in a row (`<br><br>`) end a paragraph, as they do on the screen.
   */
  br(): void {
    if (this.afterBr) {
      this.lineBreak();
      this.spacePending = false;
      return;
    }
    this.afterBr = true;
    if (this.length === 0 || this.breakPending || this.spacePending) return;
    this.spacePending = true;
    this.spaceNode = null;
  }

  addText(node: Text): void {
    const data = node.data;
    // Shared regex: safe because addText never yields midway.
    const whitespace = COLLAPSIBLE_WHITESPACE;
    whitespace.lastIndex = 0;
    let at = 0;
    for (let match = whitespace.exec(data); match && !this.full; match = whitespace.exec(data)) {
      if (match.index > at) this.addRun(node, data, at, match.index);
      this.addWhitespace(node, data, match.index);
      at = match.index + match[0].length;
    }
    if (at < data.length) this.addRun(node, data, at, data.length);
  }

  finish(): PageText {
    return { text: this.parts.join(''), chunks: this.chunks };
  }

  private addWhitespace(node: Text, data: string, offset: number): void {
    // Whitespace at the start of a line is not rendered, and a run collapses to its first space.
    if (this.length === 0 || this.breakPending || this.spacePending) return;
    this.spacePending = true;
    this.spaceNode = data[offset] === ' ' ? node : null;
    this.spaceOffset = offset;
  }

  private addRun(node: Text, data: string, from: number, to: number): void {
    if (this.breakPending) {
      this.write(this.passagePending ? '\n\n' : '\n', null, 0);
    } else if (this.spacePending) {
      this.write(' ', this.spaceNode, this.spaceOffset);
    }
    this.breakPending = false;
    this.passagePending = false;
    this.spacePending = false;
    this.afterBr = false;
    this.write(data.slice(from, to), node, from);
  }

  /** Appends `value`; if `node` is given it is `node.data` from `nodeStart` and joins a chunk. */
  private write(value: string, node: Text | null, nodeStart: number): void {
    if (this.full) return;
    const room = this.maxChars - this.length;
    if (value.length >= room) {
      this.full = true;
      let cut = room;
      // Never end on the first half of a surrogate pair.
      const last = value.charCodeAt(cut - 1);
      if (cut < value.length && last >= 0xd800 && last <= 0xdbff) cut -= 1;
      value = value.slice(0, cut);
      if (value.length === 0) return;
    }
    const start = this.length;
    this.parts.push(value);
    this.length += value.length;
    if (!node) return;
    const previous = this.chunks[this.chunks.length - 1];
    if (previous && previous.node === node && previous.end === start && previous.nodeStart + (previous.end - previous.start) === nodeStart) {
      previous.end = this.length;
    } else {
      this.chunks.push({ node, start, end: this.length, nodeStart });
    }
  }
}
