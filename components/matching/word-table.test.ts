import { describe, expect, it } from 'vitest';
import { hashWord, WordTable } from './word-table';

describe('WordTable', () => {
  it('finds a word where it stands in a text, as the one string it was added as', () => {
    const table = new WordTable<string>(100);
    const added = table.add('talks', hashWord('talks'), 'talk');
    const text = 'the talks ended';
    expect(table.find(text, 4, 9, hashWord('talks'))).toBe(added);
    expect(table.find(text, 4, 9, hashWord('talks'))?.word).toBe('talks');
  });

  it('tells apart words of one hash, or one start', () => {
    const table = new WordTable<number>(100);
    table.add('talk', 7, 1);
    table.add('talks', 7, 2);
    expect(table.find('talks', 0, 4, 7)?.value).toBe(1);
    expect(table.find('talks', 0, 5, 7)?.value).toBe(2);
    expect(table.find('tale', 0, 4, 7)).toBeUndefined();
  });

  it('holds two generations at most, keeping the words in use', () => {
    const table = new WordTable<number>(3);
    for (const [i, w] of ['a', 'b', 'c'].entries()) table.add(w, hashWord(w), i);
    // "a" found in the old generation once "d" starts a new one: kept in the young one.
    table.add('d', hashWord('d'), 3);
    expect(table.find('a', 0, 1, hashWord('a'))?.value).toBe(0);
    for (const w of ['e', 'f']) table.add(w, hashWord(w), 9);
    expect(table.find('a', 0, 1, hashWord('a'))?.value).toBe(0);
    expect(table.find('b', 0, 1, hashWord('b'))).toBeUndefined();
    expect(table.size).toBeLessThanOrEqual(6);
  });

  it('finds every word of a long page among many', () => {
    const table = new WordTable<number>(5_000);
    const words = Array.from({ length: 4_000 }, (_, i) => `w${i.toString(36)}x`);
    words.forEach((w, i) => table.add(w, hashWord(w), i));
    expect(words.every((w, i) => table.find(`.${w}.`, 1, w.length + 1, hashWord(w))?.value === i)).toBe(true);
  });
});
