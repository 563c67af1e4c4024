// Makes the draft story pack from one story's articles: paragraphs and furniture, names and
// entities, sentences read by the matching core, claims aligned across outlets with each
// outlet's stance, frames and concepts, the gate checked; then the pack validated as data/ would.
import { english } from '../../components/matching/languages/en';
import { splitSentences } from '../../components/matching/sentences';
import type { Claim, StoryPack } from '../../data/schema';
import { MIN_CLAIMS_PER_OUTLET, validateStoryPack } from '../../data/validate';
import { alignSentences, termWeights, type AlignedClaim } from './align';
import { claimId, neutralText, quoteOf, topicOf } from './claim-text';
import { readMembers, type MemberReading } from './differences';
import { mergeDuplicates, splitFacets } from './facets';
import { proposeEntities, type ProposedEntity, type SeenName } from './entities';
import { ConceptBook, frameFor } from './frames';
import { findFurniture, type Skipped } from './furniture';
import { checkGate, proposeSignals, type GateProposal } from './gate';
import { findNames, isTitleCase } from './names';
import { InputError, type ArticleFile } from './read-articles';
import type { OutletInfo } from './outlets-table';
import { storyMeta } from './story-meta';
import { entityIndex, paragraphsOf, unitsOf, type Paragraph, type Unit } from './units';

export interface DraftInput {
  articles: ArticleFile[];
  outlets: OutletInfo[];
  nearMisses: ReadonlyArray<{ file: string; text: string }>;
  storyId?: string;
}

export interface DraftClaim {
  claim: Claim;
  aligned: AlignedClaim;
  readings: MemberReading[];
  /** Article whose words the neutral text was taken from. */
  textFrom: number;
}

export interface Draft {
  pack: StoryPack;
  /** Seed file name -> the article text the quotes come from. */
  seeds: Record<string, string>;
  claims: DraftClaim[];
  entities: ProposedEntity[];
  wordnetPhrases: Map<string, string[]>;
  skipped: Skipped[];
  gate: GateProposal;
  /** What an editor must check or write, one line each. */
  review: string[];
}


function namesIn(paragraphs: readonly Paragraph[], articles: readonly ArticleFile[], lowerInCorpus: (w: string) => boolean): SeenName[] {
  const seen: SeenName[] = [];
  for (const p of paragraphs) {
    if (isTitleCase(p.text)) continue;
    const text = articles[p.article]!.text;
    for (const s of splitSentences(p.text, p.start, english)) for (const n of findNames(text.slice(s.start, s.end), s.start, lowerInCorpus)) seen.push({ ...n, article: p.article });
  }
  return seen;
}

/** Paragraphs read once with every name, to tell the article from its furniture. */
function furnitureOf(paragraphs: Paragraph[], articles: readonly ArticleFile[], lowerInCorpus: (w: string) => boolean, outletNames: string[]): Skipped[] {
  const entities = proposeEntities(namesIn(paragraphs, articles, lowerInCorpus), outletNames);
  const units = unitsOf(paragraphs, articles.map((a) => a.text), entityIndex(entities.map((e) => e.entity)));
  const where = new Map<string, Set<number>>();
  for (const u of units) for (const t of u.terms) where.set(t, (where.get(t) ?? new Set()).add(u.article));
  return findFurniture(
    paragraphs.map((p) => {
      const terms = new Set(units.filter((u) => u.article === p.article && u.paragraph === p.index).flatMap((u) => [...u.terms]));
      const shared = [...terms].filter((t) => [...where.get(t)!].some((a) => a !== p.article)).length;
      return { article: p.article, index: p.index, text: p.text, shared: shared / Math.max(1, terms.size) };
    }),
  );
}

export function makeDraft(input: DraftInput): Draft {
  const { articles, outlets } = input;
  const texts = articles.map((a) => a.text);
  const lower = new Set(texts.join('\n').match(/(?<![.!?:]\s|^)\b\p{Ll}[\p{L}'’-]*/gmu) ?? []);
  const lowerInCorpus = (w: string) => lower.has(w.toLowerCase());
  const paragraphs = articles.flatMap((a, i) => paragraphsOf(a.text, i));
  const skipped = furnitureOf(paragraphs, articles, lowerInCorpus, outlets.map((o) => o.name));
  const kept = paragraphs.filter((p) => !skipped.some((s) => s.article === p.article && s.paragraph === p.index));
  const entities = proposeEntities(namesIn(kept, articles, lowerInCorpus), outlets.map((o) => o.name));
  const units: Unit[] = unitsOf(kept, texts, entityIndex(entities.map((e) => e.entity)));
  const w = termWeights(units);
  const aligned = mergeDuplicates(alignSentences(units, w).flatMap((c) => splitFacets(c, units, w)));
  checkShared(aligned, articles);

  const meta = storyMeta(units, articles, aligned, input.storyId);
  const names = new Map(entities.map((e) => [e.entity.id, e.entity.names[0]!]));
  const entityMap = new Map(entities.map((e) => [e.entity.id, e.entity]));
  const book = new ConceptBook(new Set(entities.map((e) => e.entity.id)));
  const used = new Set<string>();
  const claims: DraftClaim[] = aligned.map((a) => {
    const readings = readMembers(a, w, names, new Set(meta.story.period.years));
    const { text, from } = neutralText(readings);
    const claim: Claim = {
      id: claimId(a, used),
      text,
      topic: topicOf(a),
      frame: frameFor(a, w, entityMap, book),
      stances: readings.map((r) => ({ outlet: outlets[r.article]!.id, stance: r.stance, quote: quoteOf(r), ...(r.note ? { note: r.note } : {}) })),
    };
    return { claim, aligned: a, readings, textFrom: from };
  });
  const gate = checkGate(proposeSignals(units, entities, articles.length), articles.map((a) => ({ file: a.file, text: a.text })), input.nearMisses);
  const pack: StoryPack = {
    story: meta.story,
    outlets: outlets.map((o, i) => ({ id: o.id, name: o.name, seed: articles[i]!.file, url: o.url })),
    claims: claims.map((c) => c.claim),
    entities: entities.map((e) => e.entity),
    concepts: book.list(),
    signals: gate.signals,
  };
  const seeds = Object.fromEntries(articles.map((a) => [a.file, a.text]));
  const problems = validateStoryPack(pack, seeds);
  if (problems.length) throw new Error(`the draft does not validate (a fault in curate, please report it):\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  return {
    pack,
    seeds,
    claims,
    entities,
    wordnetPhrases: new Map([...book.concepts].map(([id, c]) => [id, c.fromWordNet])),
    skipped,
    gate,
    review: reviewItems(meta.review, outlets, entities, claims, gate),
  };
}

/** Every article must share enough claims with the others to be the same story. */
function checkShared(aligned: readonly AlignedClaim[], articles: readonly ArticleFile[]): void {
  if (aligned.length === 0) throw new InputError(`the articles share no story: no sentence of one reports what a sentence of another does (${articles.map((a) => a.file).join(', ')})`);
  const alone = articles.filter((_, i) => aligned.filter((c) => c.members.has(i) && c.members.size >= 2).length < MIN_CLAIMS_PER_OUTLET);
  if (alone.length) {
    throw new InputError(
      `${alone.map((a) => a.file).join(', ')} ${alone.length === 1 ? 'shares' : 'share'} no story with the other articles: fewer than ${MIN_CLAIMS_PER_OUTLET} of ${alone.length === 1 ? 'its' : 'their'} sentences report what another outlet reports`,
    );
  }
}

function reviewItems(metaReview: string[], outlets: OutletInfo[], entities: ProposedEntity[], claims: DraftClaim[], gate: GateProposal): string[] {
  const items = [...metaReview];
  for (const o of outlets) for (const r of o.review) items.push(`outlet ${o.id}: ${r}`);
  for (const e of entities) if (e.kindFrom === 'guess') items.push(`entity ${e.entity.id}: kind "${e.entity.kind}" is a guess`);
  items.push(`every claim's text (${claims.length}) is one outlet's sentence without its attribution: rewrite each neutrally; check its topic and frame (subject, predicate, figure)`);
  // Claims quoting the same sentence for two outlets may be one fact seen twice, or two facts of one sentence.
  claims.forEach((c, i) => {
    const twin = claims.slice(0, i).find((o) => c.readings.filter((r) => o.readings.some((x) => x.unit === r.unit)).length >= 2);
    if (twin) items.push(`claim ${c.claim.id} quotes the same sentences as ${twin.claim.id} for two outlets or more: one fact twice (merge) or two facts of one sentence (keep, narrow the quotes)`);
  });
  for (const c of claims) if (c.claim.stances.some((s) => s.stance !== 'confirms')) items.push(`claim ${c.claim.id}: check the stances that differ (${c.claim.stances.filter((s) => s.stance !== 'confirms').map((s) => `${s.outlet} ${s.stance}`).join(', ')})`);
  for (const a of gate.articles) if (!a.verdict.detected) items.push(`gate: does not accept the article ${a.file} (score ${a.verdict.score})`);
  for (const m of gate.nearMisses) if (m.verdict.detected) items.push(`gate: accepts the near miss ${m.file} (score ${m.verdict.score})`);
  items.push('developments after publication (denials, corrections) are not in the articles: add them by hand');
  return items;
}
