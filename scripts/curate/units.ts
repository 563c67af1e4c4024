// The articles cut into paragraphs and sentences, each sentence read by the matching core (tokens,
// the proposed entities it names, figures, negation and hedging cues) and reduced to the terms
// alignment compares: content stems, `@entity` ids and figure keys ("%36", "date:10:29-30").
import { english } from '../../components/matching/languages/en';
import { splitSentences } from '../../components/matching/sentences';
import { viewSentence, type SentenceView } from '../../components/matching/sentence-view';
import { buildMatchIndex, type MatchIndex } from '../../components/matching/story-index';
import type { Entity, StoryPack } from '../../data/schema';
import type { Figure } from '../../components/matching/figures';

export interface Paragraph {
  article: number;
  /** Index among the article's paragraphs. */
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface Unit {
  id: number;
  article: number;
  paragraph: number;
  /** Offsets in the article text: the sentence is text.slice(start, end), verbatim. */
  start: number;
  end: number;
  text: string;
  view: SentenceView;
  /** Entity ids named. */
  entities: Set<string>;
  terms: Set<string>;
}

/** Shorter words say too little to align sentences on ("set", "new" are already three). */
const MIN_STEM_CHARS = 3;

export function paragraphsOf(text: string, article: number): Paragraph[] {
  const out: Paragraph[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({ article, index: out.length, start: at, end: at + line.length, text: line });
    at += line.length + 1;
  }
  return out;
}

/** A matcher index that knows only the story's proposed entities: the core reads sentences with it. */
export function entityIndex(entities: readonly Entity[]): MatchIndex {
  const pack = { story: { id: 'draft', title: 'draft', summary: 'draft', language: 'en', period: { years: [] } }, outlets: [], claims: [], entities, concepts: [], signals: [] };
  return buildMatchIndex(pack as unknown as StoryPack, english);
}

/** A count that is someone's age: "25-year-old", "Saman Kunan, 38, died". */
export function isAge(f: Figure, view: SentenceView): boolean {
  if (f.kind !== 'count' || !Number.isInteger(f.value) || f.value > 120) return false;
  const t = view.tokens;
  const yearsOld = f.nouns[0] === 'year' && f.nouns.includes('old');
  return yearsOld || (t[f.at - 1]?.text === ',' && t[f.at + 1]?.text === ',' && t[f.at - 2]?.kind === 'word');
}

export function figureKeys(f: Figure, view?: SentenceView): string[] {
  switch (f.kind) {
    case 'percent':
      return [`%${Math.round(f.value * 10) / 10}`];
    case 'count':
      if (view && isAge(f, view)) return [`age:${f.value}`];
      return f.value >= 2 ? [`#${f.value}`] : [];
    case 'date':
      return [`month:${f.month}`, ...(f.days.length ? [`date:${f.month}:${f.days.join('-')}`] : [])];
    case 'year':
      return [`year:${f.year}`, ...(f.since ? [`since:${f.year}`] : [])];
  }
}

/** The terms of a read sentence: what two outlets' sentences must share to report the same thing. */
export function termsOf(view: SentenceView): { terms: Set<string>; entities: Set<string> } {
  const terms = new Set<string>();
  const entities = new Set<string>();
  const inName = new Set<number>();
  for (const m of view.mentions) {
    if (m.kind !== 'entity') continue;
    entities.add(m.id);
    terms.add(`@${m.id}`);
    for (let k = m.first; k <= m.last; k++) inName.add(k);
  }
  view.tokens.forEach((t, i) => {
    // Reporting verbs ("said", "reported") say who tells, not what: no outlet's fact is in them.
    if (t.kind === 'word' && !inName.has(i) && t.stem.length >= MIN_STEM_CHARS && !english.stopwords.has(t.text) && !english.reportWords.has(t.stem)) terms.add(t.stem);
  });
  // A number inside a name ("MiG-29") is the name's, not a figure.
  for (const f of view.figures) if (!inName.has(f.at)) figureKeys(f, view).forEach((k) => terms.add(k));
  return { terms, entities };
}

/** Every sentence of the given paragraphs, read. */
export function unitsOf(paragraphs: readonly Paragraph[], texts: readonly string[], index: MatchIndex): Unit[] {
  const units: Unit[] = [];
  for (const p of paragraphs) {
    for (const span of splitSentences(p.text, p.start, english)) {
      const text = texts[p.article]!.slice(span.start, span.end);
      const view = viewSentence(text, index);
      units.push({ id: units.length, article: p.article, paragraph: p.index, start: span.start, end: span.end, text, view, ...termsOf(view) });
    }
  }
  return units;
}
