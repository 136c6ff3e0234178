// A table of words looked up straight from a stretch of text, without slicing the word out of it.

/**
 * Values by word, looked up from a stretch of text without slicing it out: the clause engine and the language
 * guess look up every word they read, and a string per word (hashed again by a Map) was their largest single cost.
 * Open addressing with linear probing over a table at most half full.
 */
export class WordTable {
  private readonly keys: (string | undefined)[];
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(values: ReadonlyMap<string, number>) {
    let size = 16;
    while (size < values.size * 2) size *= 2;
    this.keys = new Array<string | undefined>(size);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    for (const [word, value] of values) {
      let slot = WordTable.hash(word, 0, word.length) & this.mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.keys[slot] = word;
      this.values[slot] = value;
    }
  }

  /** FNV-1a over the characters from `start` to `end`. */
  private static hash(text: string, start: number, end: number): number {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    return hash >>> 0;
  }

  /** The value of the word written in `text` from `start` to `end`, or -1. */
  valueAt(text: string, start: number, end: number): number {
    const length = end - start;
    for (let slot = WordTable.hash(text, start, end) & this.mask; ; slot = (slot + 1) & this.mask) {
      const key = this.keys[slot];
      if (key === undefined) return -1;
      if (key.length === length && sameText(key, text, start)) return this.values[slot];
    }
  }
}

function sameText(key: string, text: string, start: number): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
