// What a general dictionary (WordNet, via scripts/vocabulary/wordnet.ts) says about a capitalised
// word or name: a common word written with a capital, a title ("President", "CEO"), a nationality
// ("Indian"), a time ("Tuesday"), or a name it knows (famous, so no mark of one story) and of what kind.
import { WordNet } from '../vocabulary/wordnet';

/** WordNet's lexicographer files used here (wndb(5WN)). */
const LEX = { artifact: 6, group: 14, location: 15, object: 17, person: 18, time: 28, act: 4, event: 11 } as const;
/** Senses read per word: WordNet orders senses by frequency; the first three cover the usual readings. */
const SENSES_READ = 3;

export type KnownKind = 'person' | 'place' | 'organisation' | 'equipment' | 'event';

let shared: WordNet | undefined;
const wordnet = (): WordNet => (shared ??= new WordNet());
const memo = new Map<string, ReturnType<WordNet['senses']>>();
function senses(word: string) {
  let found = memo.get(word);
  if (!found) memo.set(word, (found = wordnet().senses(word, SENSES_READ)));
  return found;
}

/** The word and the singulars it may be the plural of ("sources" -> "source"): WordNet lists base forms. */
function baseForms(lower: string): string[] {
  const forms = [lower];
  if (lower.endsWith('ies')) forms.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith('es')) forms.push(lower.slice(0, -2));
  if (lower.endsWith('s')) forms.push(lower.slice(0, -1));
  return forms;
}

/** The dictionary has the word in lower case ("forge", "president", "sources"): not a name on its own. */
export function isCommonWord(word: string): boolean {
  return baseForms(word.toLowerCase()).some((lower) => senses(lower).some((s) => s.words.some((w) => w === lower)));
}

/** A person noun written before a name: "President", "Secretary", "CEO", "General". */
export function isTitle(word: string): boolean {
  const isAcronym = /^\p{Lu}{2,}$/u.test(word);
  return baseForms(word.toLowerCase()).some((lower) => senses(lower).some((s) => s.pos === 'noun' && s.lexFile === LEX.person && s.words.some((w) => w === lower || (isAcronym && w === word))));
}

/** "Indian", "Russian", "Western": an adjective of a place or people, not a name by itself. */
export function isNationality(word: string): boolean {
  return senses(word.toLowerCase()).some((s) => s.pos === 'adj' && s.words.some((w) => w === word && w !== w.toLowerCase()));
}

/** Days, months, seasons: "Tuesday", "October". */
export function isTimeWord(word: string): boolean {
  return senses(word.toLowerCase()).some((s) => s.pos === 'noun' && s.lexFile === LEX.time && s.words.some((w) => w === word && w !== w.toLowerCase()));
}

/**
 * The kind of a name the dictionary knows as a name ("Moscow", "Vladimir Putin", "NASA"), or
 * undefined. Known names are famous: they mark no one story, so the gate does not lean on them.
 */
export function knownNameKind(name: string): KnownKind | undefined {
  const key = name.trim();
  for (const s of senses(key.toLowerCase())) {
    if (s.pos !== 'noun' || !s.words.some((w) => w === key || w.toLowerCase() === key.toLowerCase()) || s.words.every((w) => w === w.toLowerCase())) continue;
    if (s.lexFile === LEX.person) return 'person';
    if (s.lexFile === LEX.location) return 'place';
    if (s.lexFile === LEX.group) return 'organisation';
    if (s.lexFile === LEX.artifact) return 'equipment';
    if (s.lexFile === LEX.act || s.lexFile === LEX.event) return 'event';
  }
  return undefined;
}

/** The lower-case noun is a group or organisation word ("group", "society", "ministry"). */
export function isGroupNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return senses(lower).some((s) => s.pos === 'noun' && s.lexFile === LEX.group && s.words.includes(lower));
}

/** A noun for a place or a natural feature ("province", "district", "cave", "beach"): a name it follows or ends with is a place. */
export function isPlaceNoun(word: string): boolean {
  const lower = word.toLowerCase();
  const first = senses(lower).find((s) => s.pos === 'noun' && s.words.includes(lower));
  return !!first && (first.lexFile === LEX.location || first.lexFile === LEX.object);
}
