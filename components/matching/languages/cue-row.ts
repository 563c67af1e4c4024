// One row of a language's cue table (negation, denial, falsity, hedge and their bounds) and the
// kinds of cue, after pyConTextNLP's categories.

/** How a cue bears on the words in its scope (after pyConTextNLP's categories). */
export type CueCategory =
  /** "not", "never", "no one": the words in scope are said not to be so. */
  | 'negation'
  /** "denied", "rejected": what the cue reports is said not to be so. */
  | 'denial'
  /** "false", "baseless": what the sentence reports is said not to be so. */
  | 'falsity'
  /** "may have", "unclear whether", "did not confirm": left open, neither affirmed nor denied. */
  | 'hedge'
  /** "not only", "no fewer than": look like a negation, are none; their words are no cue. */
  | 'pseudo'
  /** "which", "adding": ends the scope of every cue before it. */
  | 'terminator'
  /** "but", "however", ";": ends every scope and starts a new clause; a claim's subject and predicate stand in one clause. */
  | 'boundary';

export type CueDirection = 'forward' | 'backward' | 'both';

/** One row of the cue table: a new cue is a new row (and a test row beside it). */
export interface CueRow {
  /** Words of the cue, lower case, as written; matched on their stems. */
  phrase: string;
  category: CueCategory;
  /** Which words the cue bears on; terminators have none. */
  direction?: CueDirection;
  /** Most words in scope; the scope also ends at a terminator or the end of the sentence. */
  window?: number;
  /** For `both`: most words in scope before the cue, when fewer than after ("участие опровергли"). Unset: `window`. */
  backwardWindow?: number;
  /**
   * A negated subject reaching the verb marked by a later word (negative concord: Hindi "कोई …
   * नहीं", French "aucun … ne"): the forward scope ends at the first of `words` after the cue (or
   * ending it), or `wordsAfter` words past that word ("aucun accord n'a été signé lors des
   * réunions" reaches "signé", not "réunions"). `required`: the cue counts only when such a word
   * follows within its window and clause (Hindi "किसी भी" alone is "any").
   */
  closedBy?: { words: ReadonlyArray<string>; wordsAfter?: number; required?: boolean };
  /** For a terminator: the only categories of cue it ends ("and was" ends a "not", not a denial). Unset: all. */
  ends?: ReadonlyArray<CueCategory>;
  /**
   * The cue counts only where it opens the sentence, and then bears on all of it up to a boundary
   * or terminator, whatever `window` says: a conditional or open clause in front ("If the account
   * holds, …", "Should the talks prove …", "Whether the talks … is hard to say").
   */
  opening?: boolean;
  /**
   * A hedge of mere condition (an opening "If …," or "Should the talks …,"): it leaves open only
   * what is said as done, not a claim that itself says what may happen (a risk, a plan).
   */
  possibility?: boolean;
  /** A negated object: the word right before the cue, a verb taking it, is negated too ("sent no one"). */
  object?: boolean;
  /** The cue's last word is what it bears on too ("rebuffed any participation": the participation is denied). */
  lastWordToo?: boolean;
  /** Words that end its forward scope, what follows them its own ("skipped the briefing and flew home"). */
  until?: ReadonlyArray<string>;
  /**
   * A hedge that withholds confirmation, in a short clause of its own after a boundary, leaves the
   * clause before it open too. `subject`: said of what was confirmed, a pronoun or a definite noun
   * phrase before it there ("…, though this could not be confirmed", "…, although the details
   * could not be verified"; not "…, though Korrin's order is unconfirmed"). `object`: said by
   * someone, of one of `objects` right after it ("…, though the ministry has not confirmed it";
   * not "…, but Korrin did not confirm"). `own`: the hedge names what it doubts itself, only
   * stopwords before it there ("…, though estimates vary", "…, though other estimates run higher").
   */
  reachesBack?: { kind: 'subject' } | { kind: 'object'; objects: ReadonlyArray<string> } | { kind: 'own' };
  /**
   * A correlative's second words ("not only … but"): the first boundary after the cue, when it is
   * one of them, goes on with the cue's clause ("rejecting not just X but any suggestion that Y").
   */
  pairs?: ReadonlyArray<string>;
  /**
   * An opening hedge that, with one of these phrases later in the sentence, is a condition contrary
   * to fact and says the opposite: "Had Tata attended, the talks would have …" (Tata did not).
   */
  counterfactual?: ReadonlyArray<string>;
}
