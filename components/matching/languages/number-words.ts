// A language's number and date words, the tables figures.ts reads ("half a dozen", "four in ten",
// "29-30 October"); part of the Language (types.ts).
export interface NumberWords {
  /** "six" -> 6, "dozen" -> 12, "thirty" -> 30. */
  units: ReadonlyMap<string, number>;
  /** "hundred" -> 100: multiplies the number before it. */
  multipliers: ReadonlyMap<string, number>;
  /** Phrases that are a number on their own: "half a dozen" -> 6, "a dozen" -> 12. */
  phrases: ReadonlyArray<readonly [string, number]>;
  /** Phrases that are a share, as a percentage: "a third" -> 33.3, "half" -> 50. */
  fractions: ReadonlyArray<readonly [string, number]>;
  /** Words that make the number before them a percentage: "%", "percent", "per cent", "pc". */
  percentMarkers: ReadonlyArray<string>;
  /** Qualifiers before a figure: "about 36%", "at least six", "under half". */
  approximately: ReadonlyArray<string>;
  atLeast: ReadonlyArray<string>;
  atMost: ReadonlyArray<string>;
  /** Words after a count that make it a lower bound: "six-plus", "six or more". */
  atLeastAfter: ReadonlyArray<string>;
  /**
   * Words after a count that make it count a noun before it ("executives, at least six of them",
   * "among at least six who met"); punctuation right after a count does too. Unset: none.
   */
  countsBack?: ReadonlyArray<string>;
  /** Words after a number that make it approximate: "six or so", "500 or thereabouts". Unset: none. */
  aboutAfter?: ReadonlyArray<string>;
  /** Words after a number that make it a time of day: "6 pm", "14.05 hrs" (one letter only before a point: "6 p.m."). Unset: none. */
  clockAfter?: ReadonlyArray<string>;
  /** Words joining two numbers into a share: "four in ten", "one out of three" (40%, 33.3%). Unset: none. */
  ratios?: ReadonlyArray<string>;
  /** Words after a ratio's whole that make it a measure, not a share: "6 in 10 minutes", "3 in 5 matches". Unset: none. */
  notRatioWholes?: ReadonlyArray<string>;
}

export interface DateWords {
  /** Month names and their abbreviations -> 1..12. */
  months: ReadonlyMap<string, number>;
  /** "late October", "end of October" -> the part of the month. */
  monthParts: ReadonlyArray<readonly [string, 'early' | 'mid' | 'late']>;
  /** Words before a year that make it a start, not a point: "since 2022". */
  since: ReadonlyArray<string>;
  /**
   * Words before a date (a month part between them: "until late December") that make it an end,
   * not the time of what the sentence reports: "nobody heard of the trip until December". Unset: none.
   */
  until?: ReadonlyArray<string>;
  /** Words before a year or date that make it a point: "in 2019", "on October 29". */
  at: ReadonlyArray<string>;
  /**
   * "since Russia's full-scale invasion of Ukraine in 2022": words opening a start that names its
   * event first and dates it after, with `yearIn` ("in") before the year; unset: none.
   */
  sinceEvent?: {
    since: ReadonlyArray<string>;
    yearIn: string;
    reach: number;
    /** Words that make what follows "since" a clause ("since Tata did not attend …"), not an event's name. */
    verbs: ReadonlyArray<string>;
  };
  /** Words after a year that make it a start, in languages with postpositions ("2022 से", Hindi "since 2022"). */
  sinceAfter?: ReadonlyArray<string>;
  /**
   * Words that date a report, not what it reports, right before a date and its `at` word: "the
   * report, published on Dec. 9, said …". Unset: none.
   */
  reportDated?: ReadonlyArray<string>;
  /** Words joining the days of one date ("29-30", "29 and 30"); unset: "-", "and", "to", "&", "through". */
  dayJoiners?: ReadonlyArray<string>;
  /** Words that may stand between the days and the month ("29th and 30th of October"); unset: "of". */
  dayMonthLinks?: ReadonlyArray<string>;
  /** Words after which a day/month written in numbers stands as a date without its year ("on 29/10"); unset: none. */
  numericDateOpeners?: ReadonlyArray<string>;
}
