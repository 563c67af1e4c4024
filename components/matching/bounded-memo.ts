// A memo that stays small and keeps what is in use: two generations of at most `generation`
// entries each. When the young one is full, the old one is dropped and the young one becomes old;
// an entry found in the old one moves back to the young one. A tab that reads page after page
// (a single-page news app) so holds the words of the last pages it read, never of all of them.

export class BoundedMemo<K, V> {
  #young = new Map<K, V>();
  #old = new Map<K, V>();

  constructor(readonly generation: number) {}

  get(key: K): V | undefined {
    // One lookup for a key found (the memos' common case), unless the value held is `undefined`.
    const young = this.#young.get(key);
    if (young !== undefined || this.#young.has(key)) return young;
    if (!this.#old.has(key)) return undefined;
    const value = this.#old.get(key) as V;
    this.#old.delete(key);
    this.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    if (!this.#young.has(key) && this.#young.size >= this.generation) {
      this.#old = this.#young;
      this.#young = new Map();
    }
    this.#young.set(key, value);
  }

  /** Entries held, at most twice `generation`. */
  get size(): number {
    return this.#young.size + this.#old.size;
  }
}
