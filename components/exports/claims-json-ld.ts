// The claim set as schema.org JSON-LD: one `Claim` per claim, each outlet that addresses it as an
// `appearance` (a CreativeWork: the article's url, its publisher, the verbatim quote as `text`),
// and what happened since publication as `subjectOf` (dated CreativeWorks with their source).
//
// The stance. schema.org has no property for "this source confirms / disputes / qualifies this
// claim". `additionalProperty` is not in CreativeWork's domain (Product, Place, Offer…), and a
// `ClaimReview` with a `reviewRating` would present the outlets as fact-checkers rating the claim
// (and is what fact-check search tools harvest), which is not what they did. So each appearance
// carries `keywords` holding a `DefinedTerm` (keywords accepts DefinedTerm) from a
// `DefinedTermSet` declared in the same document: machine-readable (`termCode`), valid
// schema.org, and the appearance stays a plain CreativeWork any consumer reads. A development's
// direction (`bears`) and kind use the same device; its maker is the `author`, the outlet that
// carried it the `publisher`.
//
// Ids are `tag:` URIs (RFC 4151) under the add-on's own id: stable, global, and claiming no web
// address we do not serve. Pure: no DOM, no browser API.
import { DEVELOPMENT_KINDS, STANCES, type Claim, type ClaimSet, type Development, type Outlet } from '../../data/schema';
import { developmentsOf } from '../claim-status';

export const SCHEMA_CONTEXT = 'https://schema.org';
/** The tagging authority: the add-on's id (wxt.config.ts, Firefox's `gecko.id`) and the year it was minted. */
export const TAG_AUTHORITY = 'tag:claim-crosscheck@example.org,2025:';
export const JSON_LD_TYPE = 'application/ld+json';

export const STANCE_SET_ID = `${TAG_AUTHORITY}stances`;
export const DEVELOPMENT_KIND_SET_ID = `${TAG_AUTHORITY}development-kinds`;

/** What each stance means (the file's own vocabulary, in the claim set's language). */
const STANCE_DESCRIPTIONS: Record<(typeof STANCES)[number], string> = {
  confirms: 'The source reports the claim as stated.',
  disputes: 'The source contradicts the claim.',
  qualifies: 'The source reports the claim differently: another number, a vaguer or a narrower version.',
};

export const storyId = (set: Pick<ClaimSet, 'story'>) => `${TAG_AUTHORITY}${set.story.id}`;
export const claimId = (set: Pick<ClaimSet, 'story'>, claim: Pick<Claim, 'id'>) => `${storyId(set)}/claims/${claim.id}`;
const termId = (setId: string, code: string) => `${setId}/${code}`;

type Node = Record<string, unknown>;

function term(setId: string, code: string): Node {
  return { '@type': 'DefinedTerm', '@id': termId(setId, code), termCode: code, name: code, inDefinedTermSet: { '@id': setId } };
}

function termSets(): Node[] {
  return [
    {
      '@type': 'DefinedTermSet',
      '@id': STANCE_SET_ID,
      name: 'Stances of a source on a claim',
      hasDefinedTerm: STANCES.map((code) => ({ ...term(STANCE_SET_ID, code), description: STANCE_DESCRIPTIONS[code] })),
    },
    {
      '@type': 'DefinedTermSet',
      '@id': DEVELOPMENT_KIND_SET_ID,
      name: 'Kinds of development after publication',
      hasDefinedTerm: DEVELOPMENT_KINDS.map((code) => term(DEVELOPMENT_KIND_SET_ID, code)),
    },
  ];
}

const organisation = (name: string): Node => ({ '@type': 'Organization', name });

const ACTOR_TYPES: Record<Development['who']['kind'], string> = {
  company: 'Organization',
  outlet: 'NewsMediaOrganization',
  agency: 'Organization', // a news agency or a government one: the data does not say which
  government: 'GovernmentOrganization',
  person: 'Person',
};

function appearance(outlet: Outlet, stance: Claim['stances'][number]): Node {
  return {
    '@type': 'CreativeWork',
    url: outlet.url,
    publisher: organisation(outlet.name),
    text: stance.quote,
    ...(stance.note ? { description: stance.note } : {}),
    keywords: term(STANCE_SET_ID, stance.stance),
  };
}

function development(set: ClaimSet, d: Development & { bears: 'confirms' | 'disputes' }): Node {
  return {
    '@type': 'CreativeWork',
    '@id': `${storyId(set)}/developments/${d.id}`,
    datePublished: d.date,
    url: d.source.url,
    publisher: organisation(d.source.name),
    author: { '@type': ACTOR_TYPES[d.who.kind], name: d.who.name },
    description: d.summary,
    keywords: [term(STANCE_SET_ID, d.bears), term(DEVELOPMENT_KIND_SET_ID, d.kind)],
  };
}

function claimNode(set: ClaimSet, claim: Claim): Node {
  const outlets = new Map(set.outlets.map((o) => [o.id, o]));
  const appearances = claim.stances.flatMap((s) => {
    const outlet = outlets.get(s.outlet);
    return outlet ? [appearance(outlet, s)] : [];
  });
  const since = developmentsOf(claim.id, set).map((d) => development(set, d));
  return {
    '@type': 'Claim',
    '@id': claimId(set, claim),
    name: claim.text,
    text: claim.text,
    inLanguage: set.story.language,
    isPartOf: { '@id': storyId(set) },
    appearance: appearances,
    ...(since.length ? { subjectOf: since } : {}),
  };
}

/** The JSON-LD document: the two term sets, the story (a CreativeWork with its claims as parts), then every claim. */
export function claimSetToJsonLd(set: ClaimSet): { '@context': string; '@graph': Node[] } {
  const story: Node = {
    '@type': 'CreativeWork',
    '@id': storyId(set),
    name: set.story.title,
    abstract: set.story.summary,
    inLanguage: set.story.language,
    hasPart: set.claims.map((c) => ({ '@id': claimId(set, c) })),
  };
  return { '@context': SCHEMA_CONTEXT, '@graph': [...termSets(), story, ...set.claims.map((c) => claimNode(set, c))] };
}
