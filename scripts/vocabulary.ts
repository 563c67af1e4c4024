// `npm run vocabulary -- propose [PACK_DIR] [--concept ID]`: proposes synonyms and related forms
// for each concept of a story pack's vocabulary from WordNet (its first senses' synonyms and
// derivationally related forms), leaving out what the vocabulary already has or has refused.
// `npm run vocabulary -- accept|reject PACK_DIR CONCEPT PHRASE...`: records a review decision in
// the pack's vocabulary.json (accepted phrases join `phrases`, refused ones `rejected`).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { english } from '../components/matching/languages/en';
import { phraseStems } from '../components/matching/lexicon';
import { WordNet } from './vocabulary/wordnet';

const DEFAULT_PACK = join(import.meta.dirname, '..', 'data', 'stories', 'india-russia-defence-jv-talks-2025');
/** Senses of each word asked for: WordNet orders senses by frequency, and later ones drift. */
export const SENSES_PER_WORD = 2;
const USAGE = 'usage: npm run vocabulary -- propose [PACK_DIR] [--concept ID]\n       npm run vocabulary -- accept|reject PACK_DIR CONCEPT PHRASE...';

interface Concept { id: string; phrases: string[]; rejected?: string[] }
interface Vocabulary { concepts: Concept[] }

export function proposals(concept: Concept, wordnet: WordNet): string[] {
  const known = new Set([...concept.phrases, ...(concept.rejected ?? [])].map((p) => p.toLowerCase()));
  const knownStems = new Set(concept.phrases.map((p) => phraseStems(p, english).join(' ')));
  const out = new Set<string>();
  for (const phrase of concept.phrases) {
    if (phrase.split(/\s+/).length > 2) continue;
    for (const sense of wordnet.senses(phrase, SENSES_PER_WORD)) {
      for (const word of [...sense.words, ...sense.related]) {
        const w = word.toLowerCase();
        if (!/^[a-z][a-z -]*$/.test(w) || w.split(' ').length > 3 || known.has(w)) continue;
        if (knownStems.has(phraseStems(w, english).join(' '))) continue;
        out.add(w);
      }
    }
  }
  return [...out].sort();
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === 'propose') {
    const conceptAt = rest.indexOf('--concept');
    const only = conceptAt >= 0 ? rest[conceptAt + 1] : undefined;
    const dir = rest.find((a, i) => !a.startsWith('--') && (conceptAt < 0 || i !== conceptAt + 1)) ?? DEFAULT_PACK;
    const vocabulary = JSON.parse(readFileSync(join(dir, 'vocabulary.json'), 'utf8')) as Vocabulary;
    const wordnet = new WordNet();
    for (const concept of vocabulary.concepts) {
      if (only && concept.id !== only) continue;
      const found = proposals(concept, wordnet);
      if (found.length) console.log(`${concept.id}: ${found.join('; ')}`);
    }
    return 0;
  }
  if ((command === 'accept' || command === 'reject') && rest.length >= 3) {
    const [dir, id, ...phrases] = rest as [string, string, ...string[]];
    const file = join(dir, 'vocabulary.json');
    const vocabulary = JSON.parse(readFileSync(file, 'utf8')) as Vocabulary;
    const concept = vocabulary.concepts.find((c) => c.id === id);
    if (!concept) {
      console.error(`error: no concept "${id}" in ${file}`);
      return 1;
    }
    const list = command === 'accept' ? concept.phrases : (concept.rejected ??= []);
    for (const p of phrases) if (!list.includes(p)) list.push(p);
    writeFileSync(file, `${JSON.stringify(vocabulary, null, 1)}\n`);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
