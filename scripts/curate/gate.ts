// Proposes the story gate's signal groups from what the outlets share (the story's own people and
// dates as anchors, its firms and bodies, phrases, figures, places), then checks them: the gate must
// accept every input article and reject every near-miss page. A term a near miss shows is dropped
// while every article stays accepted.
import { compileSignalGroups, containsTerm, judgeStory, type StoryVerdict } from '../../components/matching/story-gate';
import { english } from '../../components/matching/languages/en';
import type { StorySignalGroup } from '../../data/schema';
import type { ProposedEntity } from './entities';
import type { Unit } from './units';

export interface GateCheck {
  file: string;
  verdict: StoryVerdict;
}

export interface GateProposal {
  signals: StorySignalGroup[];
  articles: GateCheck[];
  nearMisses: GateCheck[];
  /** Terms dropped because a near-miss page showed them. */
  dropped: Array<{ group: string; term: string; nearMiss: string }>;
  ok: boolean;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A phrase marks the story when at least this share of the articles write it (on the seeds: "joint ventures", "spare parts"). */
export const PHRASE_MIN_SHARE = 0.6;
/** Group weights, as the hand-made gate weighs them: names and dates say more than a phrase, a place least. */
const WEIGHTS = { people: 3, dates: 3, organisations: 2, phrases: 2, figures: 1, places: 1 } as const;

/** The story's dates as written: "October 29-30" and "29-30 October" for each shared day range, and shared month phrases. */
function dateTerms(units: readonly Unit[]): string[] {
  const seen = new Map<string, Set<number>>();
  const spoken = new Map<string, Set<number>>();
  for (const u of units) {
    for (const f of u.view.figures) {
      if (f.kind !== 'date') continue;
      const month = MONTH_NAMES[f.month - 1]!;
      if (f.days.length) seen.set(`${month} ${f.days.join('-')}`, (seen.get(`${month} ${f.days.join('-')}`) ?? new Set()).add(u.article));
      else if (f.part || f.year) {
        const phrase = f.part ? `${f.part} ${month}` : `${month} ${f.year}`;
        spoken.set(phrase, (spoken.get(phrase) ?? new Set()).add(u.article));
      }
    }
  }
  const shared = [...seen].filter(([, a]) => a.size >= 2).map(([t]) => t);
  const months = new Set(shared.map((t) => t.split(' ')[0]));
  return [
    ...shared.flatMap((t) => [t, `${t.split(' ')[1]} ${t.split(' ')[0]}`]),
    // "late October", "October 2025": the same month, less precisely.
    ...[...spoken.keys()].filter((p) => months.has(p.split(' ').find((w) => MONTH_NAMES.includes(w))!)),
  ];
}

/** Pairs of adjacent content words most articles write ("joint ventures", "spare parts"), as first written. */
function phraseTerms(units: readonly Unit[], articles: number): string[] {
  const where = new Map<string, { articles: Set<number>; text: string }>();
  for (const u of units) {
    const named = new Set<number>();
    for (const m of u.view.mentions) for (let k = m.first; k <= m.last; k++) named.add(k);
    const t = u.view.tokens;
    for (let i = 0; i + 1 < t.length; i++) {
      const [a, b] = [t[i]!, t[i + 1]!];
      if (a.kind !== 'word' || b.kind !== 'word' || named.has(i) || named.has(i + 1)) continue;
      if (english.stopwords.has(a.text) || english.stopwords.has(b.text) || a.text.length < 3 || b.text.length < 3) continue;
      const key = `${a.stem} ${b.stem}`;
      const entry = where.get(key) ?? { articles: new Set<number>(), text: `${a.text} ${b.text}` };
      entry.articles.add(u.article);
      where.set(key, entry);
    }
  }
  return [...where.values()].filter((e) => e.articles.size >= Math.max(2, Math.ceil(PHRASE_MIN_SHARE * articles))).map((e) => e.text);
}

function percentTerms(units: readonly Unit[]): string[] {
  const where = new Map<number, Set<number>>();
  for (const u of units) for (const f of u.view.figures) if (f.kind === 'percent' && Number.isInteger(f.value)) where.set(f.value, (where.get(f.value) ?? new Set()).add(u.article));
  return [...where].filter(([, a]) => a.size >= 2).flatMap(([v]) => [`${v}%`, `${v} percent`, `${v} per cent`]);
}

export function proposeSignals(units: readonly Unit[], entities: readonly ProposedEntity[], articles: number): StorySignalGroup[] {
  const shared = entities.filter((e) => e.articles.size >= 2);
  const names = (list: ProposedEntity[]) => [...new Set(list.flatMap((e) => e.entity.names.filter((n) => n.includes(' ') || n.length >= 4)))];
  const groups: StorySignalGroup[] = [
    { id: 'people', weight: WEIGHTS.people, anchor: true, terms: names(shared.filter((e) => e.entity.kind === 'person' && !e.known)) },
    { id: 'dates', weight: WEIGHTS.dates, anchor: true, terms: dateTerms(units) },
    { id: 'organisations', weight: WEIGHTS.organisations, terms: names(shared.filter((e) => ['organisation', 'equipment'].includes(e.entity.kind) && !e.known)) },
    { id: 'phrases', weight: WEIGHTS.phrases, terms: phraseTerms(units, articles) },
    { id: 'figures', weight: WEIGHTS.figures, terms: percentTerms(units) },
    { id: 'places', weight: WEIGHTS.places, terms: names(entities.filter((e) => e.entity.kind === 'place' && e.articles.size * 2 > articles)) },
  ];
  return groups.filter((g) => g.terms.length > 0);
}

const judge = (signals: StorySignalGroup[], text: string) => judgeStory(text, compileSignalGroups(signals));

/** Checks the gate on the articles and near misses, dropping near-miss terms that no article needs. */
export function checkGate(proposed: StorySignalGroup[], articles: ReadonlyArray<{ file: string; text: string }>, nearMisses: ReadonlyArray<{ file: string; text: string }>): GateProposal {
  let signals = proposed.map((g) => ({ ...g, terms: [...g.terms] }));
  const dropped: GateProposal['dropped'] = [];
  const allAccepted = (s: StorySignalGroup[]) => articles.every((a) => judge(s, a.text).detected);
  for (const miss of nearMisses) {
    if (!judge(signals, miss.text).detected) continue;
    // Its terms, the ones fewest articles rely on first.
    const shows = (text: string, term: string) => containsTerm(text, compileSignalGroups([{ id: 'term', weight: 1, terms: [term] }])[0]!);
    const found = signals.flatMap((g) => g.terms.filter((t) => shows(miss.text, t)).map((t) => ({ g: g.id, t })));
    const reliance = (t: string) => articles.filter((a) => shows(a.text, t)).length;
    for (const { g, t } of found.sort((a, b) => reliance(a.t) - reliance(b.t))) {
      const trial = signals.map((s) => (s.id === g ? { ...s, terms: s.terms.filter((x) => x !== t) } : s)).filter((s) => s.terms.length > 0);
      if (!trial.some((s) => s.anchor) || !allAccepted(trial)) continue;
      signals = trial;
      dropped.push({ group: g, term: t, nearMiss: miss.file });
      if (!judge(signals, miss.text).detected) break;
    }
  }
  const articleChecks = articles.map((a) => ({ file: a.file, verdict: judge(signals, a.text) }));
  const missChecks = nearMisses.map((m) => ({ file: m.file, verdict: judge(signals, m.text) }));
  return {
    signals,
    articles: articleChecks,
    nearMisses: missChecks,
    dropped,
    ok: articleChecks.every((c) => c.verdict.detected) && missChecks.every((c) => !c.verdict.detected),
  };
}
