// The comparison of a draft with a hand pack, on two tiny packs: claims paired one to one by
// overlapping quotes, the largest pairing found, a lone quote counted only when taken the same way.
import { describe, expect, it } from 'vitest';
import type { Claim, StoryPack } from '../../data/schema';
import { comparePacks } from './compare';

const SEEDS = {
  'a.txt': 'The bridge opened on Monday. Two thousand people crossed it. The mayor cut the ribbon.',
  'b.txt': 'Crowds filled the new bridge on Monday when it opened. About 2,000 walked across. The mayor was absent.',
  'c.txt': 'The bridge opened on Monday after a delay. The mayor cut the ribbon, officials said.',
};
const outlets = (ids: string[]) => ids.map((id, i) => ({ id, name: id, seed: ['a.txt', 'b.txt', 'c.txt'][i]!, url: `https://example.org/${id}` }));
const claim = (id: string, stances: Array<[string, Claim['stances'][number]['stance'], string]>): Claim => ({
  id,
  text: id,
  topic: 'context',
  frame: { subject: ['x'], predicate: ['x'] },
  stances: stances.map(([outlet, stance, quote]) => ({ outlet, stance, quote, ...(stance === 'confirms' ? {} : { note: 'differs' }) })),
});
const pack = (ids: string[], claims: Claim[]) => ({ story: {}, outlets: outlets(ids), claims, entities: [], concepts: [], signals: [] }) as unknown as StoryPack;

const hand = pack(['ha', 'hb', 'hc'], [
  claim('opened-monday', [['ha', 'confirms', 'The bridge opened on Monday.'], ['hb', 'confirms', 'when it opened'], ['hc', 'confirms', 'The bridge opened on Monday']]),
  claim('crowd-2000', [['ha', 'confirms', 'Two thousand people crossed it.'], ['hb', 'confirms', 'About 2,000 walked across.']]),
  claim('mayor-cut-ribbon', [['ha', 'confirms', 'The mayor cut the ribbon.'], ['hb', 'disputes', 'The mayor was absent.'], ['hc', 'confirms', 'The mayor cut the ribbon']]),
  claim('delay', [['hc', 'confirms', 'after a delay']]),
]);

describe('comparePacks', () => {
  it('pairs claims by overlapping quotes, whatever the outlets are called', () => {
    const draft = pack(['a', 'b', 'c'], [
      // Whole sentences overlap the hand quotes; b's first sentence holds both "opened" and "Monday".
      claim('d-open', [['a', 'confirms', 'The bridge opened on Monday.'], ['b', 'confirms', 'Crowds filled the new bridge on Monday when it opened.']]),
      claim('d-mayor', [['a', 'confirms', 'The mayor cut the ribbon.'], ['b', 'confirms', 'The mayor was absent.'], ['c', 'confirms', 'The mayor cut the ribbon, officials said.']]),
      claim('d-noise', [['a', 'confirms', 'Two thousand people crossed it.'], ['c', 'confirms', 'after a delay']]),
    ]);
    const result = comparePacks(draft, hand, SEEDS);
    // d-noise overlaps crowd-2000 on one outlet only (of two): not enough; delay, a claim of one
    // outlet, it stands for: the lone quote overlaps and is taken the same way.
    expect(result.pairs.map((p) => [p.hand, p.draft])).toEqual([
      ['opened-monday', 'd-open'],
      ['mayor-cut-ribbon', 'd-mayor'],
      ['delay', 'd-noise'],
    ]);
    expect(result.recall).toBe(3 / 4);
    expect(result.unmatchedHand).toEqual(['crowd-2000']);
    expect(result.draftMatching).toBe(3);
    // b says the mayor was absent: the hand pack has it as a dispute, the draft as a confirmation.
    expect(result.stances).toEqual({ agree: 5, total: 6, share: 5 / 6 });
  });

  it('finds the largest one-to-one pairing, not the greediest', () => {
    // d-both overlaps both hand claims equally; d-open overlaps only the first: the pairing gives
    // d-open the first and d-both the second.
    const draft = pack(['a', 'b', 'c'], [
      claim('d-both', [['a', 'confirms', 'The bridge opened on Monday. Two thousand people crossed it.'], ['b', 'confirms', 'when it opened. About 2,000 walked across.']]),
      claim('d-open', [['a', 'confirms', 'The bridge opened on Monday.'], ['c', 'confirms', 'The bridge opened on Monday after a delay.']]),
    ]);
    const pairs = comparePacks(draft, hand, SEEDS).pairs.map((p) => [p.hand, p.draft]);
    expect(pairs).toEqual([
      ['opened-monday', 'd-open'],
      ['crowd-2000', 'd-both'],
    ]);
  });

  it('surfaces a key difference only when the draft gives the outlets different stances, with a note', () => {
    const draft = pack(['a', 'b', 'c'], [
      claim('d-mayor', [['a', 'confirms', 'The mayor cut the ribbon.'], ['b', 'disputes', 'The mayor was absent.'], ['c', 'confirms', 'The mayor cut the ribbon']]),
    ]);
    const keys = [
      { id: 'mayor', label: 'the mayor', claim: 'mayor-cut-ribbon', outlets: ['ha', 'hb'], requires: 'differs' as const },
      { id: 'crowd', label: 'the crowd', claim: 'crowd-2000', outlets: ['ha', 'hb'], requires: 'present' as const },
    ];
    const result = comparePacks(draft, hand, SEEDS, keys);
    expect(result.keyDifferences.map((k) => [k.id, k.surfaced])).toEqual([
      ['mayor', true],
      ['crowd', false],
    ]);
  });
});
