// English number and date words for the English language module (en.ts): units, multipliers,
// phrases ("half a dozen"), fractions ("a third"), percent markers, bounds before and after a figure
// ("at least six", "six or so"), month names and the parts of a month ("late October").
import type { DateWords, NumberWords } from './types';

const UNITS = new Map(
  Object.entries({
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
    twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
  }),
);

const MONTHS = new Map(
  Object.entries({
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
    nov: 11, december: 12, dec: 12,
  }),
);

export const ENGLISH_NUMBERS: NumberWords = {
  units: UNITS,
  multipliers: new Map([['hundred', 100], ['thousand', 1000]]),
  phrases: [['half a dozen', 6], ['half-a-dozen', 6], ['half-dozen', 6], ['half dozen', 6], ['a half dozen', 6], ['a half-dozen', 6], ['a dozen', 12], ['a handful', 5], ['a couple of', 2]],
  fractions: [
    ['a third', 100 / 3], ['one third', 100 / 3], ['one-third', 100 / 3], ['a quarter', 25], ['one quarter', 25],
    ['two-fifths', 40], ['two fifths', 40], ['half', 50], ['a half', 50], ['one half', 50], ['two-thirds', 200 / 3],
    ['two thirds', 200 / 3], ['three quarters', 75], ['three-quarters', 75], ['a fifth', 20], ['one-fifth', 20],
    // Ordinals in digits, as spun copy writes them: "over a 3rd of".
    ['a 3rd', 100 / 3], ['one 3rd', 100 / 3], ['two 3rds', 200 / 3], ['a 4th', 25], ['a 5th', 20],
  ],
  // "in line with cent", "consistent with cent" are a spinner's "per cent" (per -> in line with); "p.c." is read as its letters and dots.
  percentMarkers: ['%', 'percent', 'per cent', 'pc', 'p . c', 'per-cent', 'in line with cent', 'consistent with cent'],
  approximately: ['about', 'around', 'roughly', 'some', 'approximately', 'nearly', 'almost', 'close to', 'an estimated', 'just over', 'just under', 'circa', 'approx'],
  atLeast: ['at least', 'over', 'more than', 'above', 'upwards of', 'north of', 'no fewer than', 'no less than', 'not fewer than', 'not less than', 'not under', 'in excess of', 'a minimum of', 'at minimum', 'at the very least'],
  atMost: ['under', 'less than', 'fewer than', 'below', 'up to', 'at most', 'no more than', 'not more than', 'not over', 'a maximum of', 'at the most'],
  atLeastAfter: ['plus', 'or more', 'odd', 'something', 'at least', 'at a minimum', 'at minimum', 'or above'],
  countsBack: ['of them', 'of whom', 'who', 'in all', 'in total', 'all told'],
  ratios: ['in', 'in every', 'out of', 'out of every'],
  aboutAfter: ['or so', 'or thereabouts', 'give or take'],
  clockAfter: ['am', 'pm', 'a', 'p', 'hrs', 'ist', 'gmt', 'utc', 'bst', 'cet', 'msk'],
  notRatioWholes: ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'games', 'matches', 'attempts', 'tries', 'rounds'],
};

export const ENGLISH_DATES: DateWords = {
  months: MONTHS,
  monthParts: [['late', 'late'], ['end of', 'late'], ['the end of', 'late'], ['last week of', 'late'], ['the last days of', 'late'], ['the last two days of', 'late'], ['last days of', 'late'], ['the final days of', 'late'], ['final days of', 'late'], ['the closing days of', 'late'], ['closing days of', 'late'], ['the last week of', 'late'], ['the tail end of', 'late'],
    ['early', 'early'], ['start of', 'early'], ['beginning of', 'early'], ['the first week of', 'early'], ['the first days of', 'early'], ['the opening days of', 'early'], ['the start of', 'early'], ['the beginning of', 'early'], ['the middle of', 'mid'], ['mid', 'mid'], ['middle of', 'mid']],
  since: ['since', 'after', 'from'],
  until: ['until', 'till', 'up until', 'up till'],
  sinceEvent: { since: ['since'], yearIn: 'in', reach: 12, verbs: ['did', 'does', 'do', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'been', 'not', 'will', 'would'] },
  at: ['in', 'during', 'on', 'at', 'of', 'back in'],
  reportDated: ['published', 'posted', 'released', 'filed', 'dated', 'updated'],
  numericDateOpeners: ['on', 'dated'],
};
