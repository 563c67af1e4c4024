// The story gate's terms as regular expressions: each phrase of a signal group compiled to a
// pattern tolerant of how pages write it, and many terms' patterns made into one alternation.

/**
 * Letters and digits of the scripts the gates are written in (Latin, Greek, Cyrillic, Hebrew,
 * Arabic, the Indic scripts…), as a class that needs no Unicode flag (see scannable).
 */
export const LETTER_OR_DIGIT = '0-9a-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u02af\\u0370-\\u052f\\u0590-\\u06ff\\u0900-\\u0dff\\u0e00-\\u0eff\\u1e00-\\u1fff';

const MONTHS: Record<string, string> = {
  january: 'jan', february: 'feb', march: 'mar', april: 'apr', june: 'jun', july: 'jul',
  august: 'aug', september: 'sept?', october: 'oct', november: 'nov', december: 'dec',
};

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiles a plain phrase from the claim set into a pattern tolerant of how pages write it:
 * any whitespace, typographic dashes and apostrophes, "defence"/"defense", "Oct."/"October",
 * and "29-30"/"29–30"/"29 and 30"/"29 to 30".
 */
export function compilePhrase(phrase: string): string {
  return phrase
    .toLowerCase()
    .trim()
    .split(/\s+/)
    // A word of punctuation alone ("-", "–") says nothing, and beside the whitespace around it would
    // let a pattern match one run of spaces in many ways.
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .map((word) => {
      const range = /^(\d+)-(\d+)$/.exec(word);
      if (range) return `${range[1]}(?:st|nd|rd|th)?\\s*(?:[-\\u2010-\\u2015]|and|to)\\s*${range[2]}(?:st|nd|rd|th)?`;
      const month = Object.hasOwn(MONTHS, word) ? MONTHS[word] : undefined;
      if (month) return `${month}(?:${escapeRegExp(word.slice(month.replace('?', '').length))}|\\.)?`;
      // "москв*": the word with any ending (Russian, Hindi and French inflect what English does not).
      const prefix = word.length > 1 && word.endsWith('*');
      return (
        escapeRegExp(prefix ? word.slice(0, -1) : word)
          .replace(/defen[cs]e/g, 'defen[cs]e')
          .replace(/'/g, "['\\u2019]")
          .replace(/-+/g, '[-\\u2010-\\u2015\\s]?') + (prefix ? `[${LETTER_OR_DIGIT}]*` : '')
      );
    })
    .join('[\\s\\u00a0]+');
}

/** Terms' patterns as one pattern for any text (case-insensitive, Unicode) and one for lower-cased text (see scannable). */
export function termPatterns(terms: string[]): { pattern: RegExp; lowerPattern: RegExp } {
  // No lookbehind for the word boundary before a hit: checked on each hit instead (containsTerm),
  // a lookbehind made every position of every page cost a Unicode test.
  const alternation = mergeAlternatives(terms);
  return {
    pattern: new RegExp(`(?:${alternation})(?![\\p{L}\\p{N}])`, 'giu'),
    lowerPattern: new RegExp(`(?:${alternation})(?![${LETTER_OR_DIGIT}])`, 'g'),
  };
}

// Many terms' patterns as one alternation, merged on their first characters: "stands by…|stood
// by…|sanjeev kumar" becomes "s(?:tands by…|tood by…|anjeev kumar)". V8's regex engine tries the
// alternatives one after another at every position whose character may start one; merged, such a
// position is tried only for the terms that start with its character, once each. A long page that
// holds none of the story gate's terms (most pages) is so scanned in about a third of the time.
//
// Merging keeps every string the alternation matches at every position, so a scan finds hits at
// the same positions; only which of several terms matched at one position may change, and the
// callers ask no more than whether there is a hit.

/** A plain character that begins a pattern (not a regex operator, not half of a surrogate pair, not quantified). */
const LEADING_LITERAL = /^[^\\^$.*+?()[\]{}|\ud800-\udfff](?![?*+{])/;

/** The patterns (none with a top-level `|`) as one alternation's source, merged on their leading characters. */
export function mergeAlternatives(patterns: ReadonlyArray<string>): string {
  const parts: Array<{ lead: string; rests: string[] } | string> = [];
  const byLead = new Map<string, string[]>();
  for (const pattern of patterns) {
    if (!LEADING_LITERAL.test(pattern)) {
      parts.push(pattern);
      continue;
    }
    const lead = pattern[0]!;
    let rests = byLead.get(lead);
    if (!rests) {
      byLead.set(lead, (rests = []));
      parts.push({ lead, rests });
    }
    rests.push(pattern.slice(1));
  }
  return parts
    .map((part) => (typeof part === 'string' ? part : part.rests.length === 1 ? part.lead + part.rests[0] : `${part.lead}(?:${part.rests.join('|')})`))
    .join('|');
}

/** The characters the patterns start with, or null when one starts with something else (a class, an escape, nothing). */
export function leadingCharacters(patterns: ReadonlyArray<string>): Set<string> | null {
  return patterns.every((p) => LEADING_LITERAL.test(p)) ? new Set(patterns.map((p) => p[0]!)) : null;
}
