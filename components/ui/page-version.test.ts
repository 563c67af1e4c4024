import { describe, expect, it } from 'vitest';
import type { Difference, Polarity } from '../messaging';
import { pageVersionText } from './page-version';

// The words come from public/_locales/en/messages.json (the fake browser has no i18n).
describe('pageVersionText', () => {
  it.each<[string, Polarity, Difference[], string | undefined]>([
    ['the outlets’ version', 'affirms', [], undefined],
    ['a denial', 'denies', [], 'says it is not so'],
    ['an open question', 'uncertain', [], 'leaves it open (a question or a hedge)'],
    ['another percentage', 'affirms', [{ kind: 'percent', page: 76, claim: 36 }], 'gives 76% where the outlets give 36%'],
    ['another count', 'affirms', [{ kind: 'count', page: 4, claim: 6 }], 'gives 4 where the outlets give 6'],
    [
      'another date',
      'affirms',
      [{ kind: 'date', page: { month: 11, days: [2] }, claim: { month: 10, days: [29, 30] } }],
      'gives 2 Nov where the outlets give 29–30 Oct',
    ],
    ['another measure', 'affirms', [{ kind: 'measure', page: 'arms imports' }], 'gives it as a share of arms imports, another measure'],
    [
      'a denial with another figure',
      'denies',
      [{ kind: 'percent', page: 40.5, claim: 36 }],
      'says it is not so; gives 40.5% where the outlets give 36%',
    ],
  ])('%s', (_name, polarity, differences, expected) => {
    expect(pageVersionText({ polarity, differences })).toBe(expected);
  });
});
