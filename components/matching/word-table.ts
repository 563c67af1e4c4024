// What words read as, remembered by their characters: a word read before is found where it stands
// in its sentence, by a hash taken while its characters are read, without cutting it out of the
// sentence and hashing it again (a Map lookup of a word just cut out cost more than reading it).
// Two generations, as BoundedMemo: a tab reading page after page holds the words of the last pages.

/** A word's hash, one character at a time: start with WORD_HASH_SEED, then hashStep(hash, code) for each. */
export const WORD_HASH_SEED = 0x811c9dc5 | 0;
export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);

export function hashWord(word: string): number {
  let hash = WORD_HASH_SEED;
  for (let k = 0; k < word.length; k++) hash = hashStep(hash, word.charCodeAt(k));
  return hash;
}

/** An entry: the word (one string for every time it is read) and what it reads as. */
export interface WordEntry<V> {
  readonly word: string;
  readonly value: V;
}

/** One generation: open addressing, linear probing, at most half full. */
class Generation<V> {
  readonly hashes: Int32Array;
  readonly entries: Array<WordEntry<V> | undefined>;
  readonly mask: number;
  size = 0;

  constructor(capacity: number) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.hashes = new Int32Array(slots);
    this.entries = new Array<WordEntry<V> | undefined>(slots).fill(undefined);
    this.mask = slots - 1;
  }

  find(text: string, start: number, end: number, hash: number): WordEntry<V> | undefined {
    const length = end - start;
    for (let slot = mix(hash) & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.entries[slot];
      if (!entry) return undefined;
      if (this.hashes[slot] === hash && entry.word.length === length && sameCharacters(entry.word, text, start)) return entry;
    }
  }

  add(entry: WordEntry<V>, hash: number): void {
    let slot = mix(hash) & this.mask;
    while (this.entries[slot]) slot = (slot + 1) & this.mask;
    this.hashes[slot] = hash;
    this.entries[slot] = entry;
    this.size++;
  }
}

/** Spreads the hash's bits over the low ones, which pick the slot. */
function mix(hash: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}

function sameCharacters(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

export class WordTable<V> {
  #young: Generation<V>;
  #old: Generation<V> | undefined;

  /** `generation`: words a generation holds; the table never holds more than twice as many. */
  constructor(readonly generation: number) {
    this.#young = new Generation(generation);
  }

  /** The entry of the word text[start, end), whose hash is `hash` (hashWord), if it was added. */
  find(text: string, start: number, end: number, hash: number): WordEntry<V> | undefined {
    const young = this.#young.find(text, start, end, hash);
    if (young) return young;
    const old = this.#old?.find(text, start, end, hash);
    if (old) this.#keep(old, hash);
    return old;
  }

  /** Adds a word not in the table; returns its entry. */
  add(word: string, hash: number, value: V): WordEntry<V> {
    const entry = { word, value };
    this.#keep(entry, hash);
    return entry;
  }

  #keep(entry: WordEntry<V>, hash: number): void {
    if (this.#young.size >= this.generation) {
      this.#old = this.#young;
      this.#young = new Generation(this.generation);
    }
    this.#young.add(entry, hash);
  }

  /** Entries held (an entry found in the old generation counts in both until that one goes). */
  get size(): number {
    return this.#young.size + (this.#old?.size ?? 0);
  }
}
