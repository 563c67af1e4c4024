// Quotations in a sentence's text. Quotation marks are no tokens, so the text is asked; typographic
// quotes are read as '"' (normalise.ts), and marks pair up in order within the sentence.

/** The quotation (its marks' offsets) that holds the text from `start` to `end`, if any. */
export function quotationAround(text: string, start: number, end: number): { open: number; close: number } | undefined {
  let open = -1;
  for (let q = text.indexOf('"'); q >= 0 && q < start; q = text.indexOf('"', q + 1)) open = open < 0 ? q : -1;
  if (open < 0) return undefined;
  const close = text.indexOf('"', end);
  return close < 0 ? undefined : { open, close };
}
