import { describe, expect, it } from 'vitest';
import { BoundedMemo } from './bounded-memo';

describe('BoundedMemo', () => {
  it('remembers what was set, undefined for what was not', () => {
    const memo = new BoundedMemo<string, string | null>(4);
    memo.set('troops', 'troop');
    memo.set('unknown', null);
    expect(memo.get('troops')).toBe('troop');
    expect(memo.get('unknown')).toBeNull();
    expect(memo.get('never')).toBeUndefined();
  });

  it('never holds more than two generations, however many keys come', () => {
    const memo = new BoundedMemo<string, number>(100);
    for (let i = 0; i < 10_000; i++) {
      memo.set(`word${i}`, i);
      expect(memo.size).toBeLessThanOrEqual(200);
    }
    expect(memo.get('word9999')).toBe(9999);
    expect(memo.get('word0')).toBeUndefined();
  });

  it('keeps an entry in use through a generation change, and drops one not used since', () => {
    const memo = new BoundedMemo<string, number>(3);
    memo.set('kept', 1);
    memo.set('dropped', 2);
    memo.set('a', 3);
    memo.set('b', 4); // young was full: {kept, dropped, a} is old now
    expect(memo.get('kept')).toBe(1); // moved back to the young generation
    memo.set('c', 5);
    memo.set('d', 6); // young {b, kept, c} full: old now; {kept…} survives, {dropped, a} go
    expect(memo.get('kept')).toBe(1);
    expect(memo.get('dropped')).toBeUndefined();
  });
});
