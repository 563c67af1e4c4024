import { describe, expect, it } from 'vitest';
import { claimSet } from '../../data';
import { mockCompareSet } from '../ui/compare/fixtures/mock-compare';
import { claimId, claimSetToJsonLd, DEVELOPMENT_KIND_SET_ID, SCHEMA_CONTEXT, STANCE_SET_ID, storyId } from './claims-json-ld';
import { jsonLdProblems } from './fixtures/export-validators';

type Node = Record<string, unknown>;
const claimsOf = (doc: { '@graph': Node[] }) => doc['@graph'].filter((n) => n['@type'] === 'Claim');
const codes = (keywords: unknown) => [keywords].flat().map((k) => (k as Node).termCode);

describe('claimSetToJsonLd', () => {
  it('is valid schema.org JSON-LD for the bundled story, and round-trips through JSON', () => {
    const doc = claimSetToJsonLd(claimSet);
    expect(jsonLdProblems(doc)).toEqual([]);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    expect(doc['@context']).toBe(SCHEMA_CONTEXT);
  });

  it('has one Claim per claim, with its id, text and one appearance per outlet that addresses it', () => {
    const doc = claimSetToJsonLd(claimSet);
    const claims = claimsOf(doc);
    expect(claims.map((c) => c['@id'])).toEqual(claimSet.claims.map((c) => claimId(claimSet, c)));
    for (const [at, claim] of claimSet.claims.entries()) {
      const node = claims[at]!;
      expect(node).toMatchObject({ name: claim.text, text: claim.text, inLanguage: 'en', isPartOf: { '@id': storyId(claimSet) } });
      const appearances = node.appearance as Node[];
      expect(appearances).toHaveLength(claim.stances.length);
      for (const [i, stance] of claim.stances.entries()) {
        const outlet = claimSet.outlets.find((o) => o.id === stance.outlet)!;
        expect(appearances[i]).toMatchObject({
          '@type': 'CreativeWork',
          url: outlet.url,
          publisher: { '@type': 'Organization', name: outlet.name },
          text: stance.quote,
          keywords: { '@type': 'DefinedTerm', '@id': `${STANCE_SET_ID}/${stance.stance}`, termCode: stance.stance, inDefinedTermSet: { '@id': STANCE_SET_ID } },
        });
        expect(appearances[i]!.description).toBe(stance.note);
      }
    }
  });

  it('puts each development on the claims it bears on, as a dated CreativeWork with its source, maker and direction', () => {
    const doc = claimSetToJsonLd(claimSet);
    const bharat = claimsOf(doc).find((c) => c['@id'] === claimId(claimSet, { id: 'bharat-forge-attended' }))!;
    const since = bharat.subjectOf as Node[];
    expect(since.map((d) => d['@id'])).toEqual(
      ['bharat-forge-denial', 'sources-reconfirm', 'reuters-stands-by-report'].map((id) => `${storyId(claimSet)}/developments/${id}`),
    );
    expect(since[0]).toMatchObject({
      '@type': 'CreativeWork',
      datePublished: '2025-12-10',
      url: 'https://www.businesstoday.in/markets/stocks/story/bharat-forge-clarifies-on-report-of-meeting-over-russia-jvs-says-this-505948-2025-12-10',
      publisher: { '@type': 'Organization', name: 'Business Today' },
      author: { '@type': 'Organization', name: 'Bharat Forge' },
    });
    expect(codes(since[0]!.keywords)).toEqual(['disputes', 'denial']);
    expect(codes(since[1]!.keywords)).toEqual(['confirms', 're-confirmation']);
    // The first report is on the claims it bears on too, and a claim nothing happened to has no subjectOf.
    const met = claimsOf(doc).find((c) => c['@id'] === claimId(claimSet, { id: 'executives-met-russian-officials-in-moscow' }))!;
    expect(codes((met.subjectOf as Node[])[0]!.keywords)).toEqual(['confirms', 'report']);
    const dates = claimsOf(doc).find((c) => c['@id'] === claimId(claimSet, { id: 'meetings-held-october-29-30' }))!;
    expect(dates.subjectOf).toBeUndefined();
  });

  it('declares the stance and development-kind vocabularies it uses, and the story with its claims as parts', () => {
    const graph = claimSetToJsonLd(claimSet)['@graph'];
    const sets = graph.filter((n) => n['@type'] === 'DefinedTermSet');
    expect(sets.map((s) => s['@id'])).toEqual([STANCE_SET_ID, DEVELOPMENT_KIND_SET_ID]);
    expect((sets[0]!.hasDefinedTerm as Node[]).map((t) => t.termCode)).toEqual(['confirms', 'disputes', 'qualifies']);
    const story = graph.find((n) => n['@id'] === storyId(claimSet))!;
    expect(story).toMatchObject({ '@type': 'CreativeWork', name: claimSet.story.title, abstract: claimSet.story.summary });
    expect(story.hasPart).toHaveLength(claimSet.claims.length);
    // Every term a node uses is declared.
    const declared = new Set(sets.flatMap((s) => (s.hasDefinedTerm as Node[]).map((t) => t['@id'])));
    const used = JSON.stringify(graph).match(/"@id":"[^"]+\/(stances|development-kinds)\/[^"]+"/g) ?? [];
    for (const use of used) expect(declared.has(use.slice(7, -1))).toBe(true);
  });

  it('types the maker of a development by who it is', () => {
    const doc = claimSetToJsonLd(mockCompareSet);
    const mayor = claimsOf(doc).find((c) => c['@id'] === claimId(mockCompareSet, { id: 'mayor-ordered-closure' }))!;
    expect((mayor.subjectOf as Node[])[0]!.author).toEqual({ '@type': 'Person', name: 'Mayor Ana Ruiz' });
  });

  it('keeps markup in a quote as text, which the validator then flags', () => {
    const doc = claimSetToJsonLd(mockCompareSet);
    const reopen = claimsOf(doc).find((c) => c['@id'] === claimId(mockCompareSet, { id: 'reopen-in-spring' }))!;
    expect((reopen.appearance as Node[])[0]!.text).toBe('Officials said the <b>bridge</b> should reopen in spring');
    expect(jsonLdProblems(doc)).toEqual([expect.stringMatching(/appearance\[0\]\.text: HTML in a text value$/)]);
  });
});

describe('jsonLdProblems (the validator)', () => {
  const valid = () => claimSetToJsonLd(claimSet);

  it('names what is missing or wrong', () => {
    const doc = valid() as unknown as { '@context': string; '@graph': Node[] };
    doc['@context'] = 'https://example.org';
    const claim = claimsOf(doc)[0]!;
    delete claim['@id'];
    const appearance = (claim.appearance as Node[])[0]!;
    appearance.url = '/relative/path';
    appearance.publisher = { name: 'No type' };
    delete appearance.keywords;
    expect(jsonLdProblems(doc)).toEqual([
      '@context: not schema.org',
      'Claim undefined: @id is not an IRI',
      'Claim undefined.appearance[0].url: not an absolute http(s) URL',
      'Claim undefined.appearance[0].publisher: not an Organization with a name',
      'Claim undefined.appearance[0].keywords: not exactly one stance term',
      expect.stringMatching(/appearance\[0\]\.url: not an absolute http\(s\) URL$/),
    ]);
  });

  it('rejects a document without claims, and a development without a date', () => {
    expect(jsonLdProblems({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Thing' }] })).toEqual(['@graph: no Claim']);
    const doc = valid();
    const bharat = claimsOf(doc).find((c) => c['@id'] === claimId(claimSet, { id: 'bharat-forge-attended' }))!;
    delete (bharat.subjectOf as Node[])[0]!.datePublished;
    expect(jsonLdProblems(doc)).toEqual([expect.stringMatching(/subjectOf\[0\]\.datePublished: not a date$/)]);
  });
});
