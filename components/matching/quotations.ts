// Quotations in a sentence's text. Quotation marks are no tokens, so the text is asked; typographic
// quotes are read as '"' (normalise.ts), and marks pair up in order within the sentence.

/** The quotation (its marks' offsets) that holds the text from `start` to `end`, if any. */
export function quotationAround(text: string, start: number, end: number): { open: number; close: number } | undefined {
  let open = -1;
  for (let q = text.indexOf('"'); q >= 0 && q < start; q = text.indexOf('"', q + 1)) open = open < 0 ? q : -1;
  if (open < 0) return text.includes('"') ? undefined : singleQuotation(text, start, end);
  const close = text.indexOf('"', end);
  return close < 0 ? undefined : { open, close };
}

/** A single mark that opens a quotation: at a word's start ("'We sent no one,' she said"). */
const opensAt = (text: string, q: number) => (q === 0 || /[\s([—–]/u.test(text[q - 1]!)) && /[\p{L}\p{N}]/u.test(text[q + 1] ?? '');
/** Does a quotation open in `text` from `from` on: a double mark, or a single one at a word's start? */
export function opensQuotationFrom(text: string, from: number): boolean {
  if (text.indexOf('"', from) >= 0) return true;
  for (let q = text.indexOf("'", from); q >= 0; q = text.indexOf("'", q + 1)) if (opensAt(text, q)) return true;
  return false;
}

/** A single mark that closes one: after a word or its punctuation, before a space or punctuation (not "Adani's"). */
const closesAt = (text: string, q: number) => q > 0 && /[\p{L}\p{N}.,!?]/u.test(text[q - 1]!) && (q + 1 === text.length || /[\s.,;:!?)\]—–]/u.test(text[q + 1]!));

/**
 * In a sentence with no double marks, single ones as British copy writes them: the last opening
 * mark before `start` not closed before it, and the first closing mark after `end`. (An apostrophe
 * that ends a plural possessive, "the companies' denials", reads as a closing mark.)
 */
function singleQuotation(text: string, start: number, end: number): { open: number; close: number } | undefined {
  let open = -1;
  for (let q = text.indexOf("'"); q >= 0 && q < start; q = text.indexOf("'", q + 1)) {
    if (opensAt(text, q)) open = q;
    else if (open >= 0 && closesAt(text, q)) open = -1;
  }
  if (open < 0) return undefined;
  for (let q = text.indexOf("'", end); q >= 0; q = text.indexOf("'", q + 1)) if (closesAt(text, q)) return { open, close: q };
  return undefined;
}
