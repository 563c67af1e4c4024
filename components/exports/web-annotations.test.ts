import { describe, expect, it } from 'vitest';
import { claimSet } from '../../data';
import type { PageAnnotation } from '../messaging';
import { claimId } from './claims-json-ld';
import { webAnnotationProblems } from './fixtures/export-validators';
import { ANNOTATION_CONTEXT, isPageAnnotation, pageAnnotations } from './web-annotations';

const URL_ = 'https://news.example/world/india-russia-talks?ref=home';
const sequentialIds = () => {
  let n = 0;
  return () => `urn:uuid:00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
};

const highlights: PageAnnotation[] = [
  {
    claimIds: ['sanjeev-kumar-led-delegation'],
    exact: 'The delegation was led by Sanjeev Kumar, the head of the ministry’s defence production department.',
    prefix: 'gathered in the Russian capital. ',
    suffix: ' The talks ran over two days.',
    start: 1204,
    end: 1304,
  },
  {
    claimIds: ['adani-ceo-rajvanshi-represented-adani', 'adani-defence-attended'],
    exact: 'Adani Defence was represented by its chief executive, Ashish Rajvanshi.',
    prefix: '',
    suffix: '',
    start: 40,
    end: 111,
  },
];

describe('pageAnnotations', () => {
  it('is a valid W3C Web Annotation collection, one annotation per highlight', () => {
    const doc = pageAnnotations(URL_, highlights, claimSet, { newId: sequentialIds(), generator: 'Claim Cross-Check' });
    expect(webAnnotationProblems(doc)).toEqual([]);
    expect(doc).toMatchObject({ '@context': ANNOTATION_CONTEXT, type: 'AnnotationCollection', total: 2, label: claimSet.story.title });
    expect(doc.generator).toEqual({ type: 'Software', name: 'Claim Cross-Check' });
    expect(doc.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0 });
    expect(new Set([doc.id, doc.first!.id, ...doc.first!.items.map((a) => a.id)]).size).toBe(4);
  });

  it('targets the page with both selectors, as the content script gave them', () => {
    const [first] = pageAnnotations(URL_, highlights, claimSet, { newId: sequentialIds() }).first!.items;
    expect(first!.target).toEqual({
      source: URL_,
      selector: [
        { type: 'TextQuoteSelector', exact: highlights[0]!.exact, prefix: highlights[0]!.prefix, suffix: highlights[0]!.suffix },
        { type: 'TextPositionSelector', start: 1204, end: 1304 },
      ],
    });
    expect(first!.motivation).toBe('describing');
  });

  it('describes each claim the sentence makes: its text, its standing as a tag, and its id in the JSON-LD export', () => {
    const [, adani] = pageAnnotations(URL_, highlights, claimSet, { newId: sequentialIds() }).first!.items;
    const claim = (id: string) => claimSet.claims.find((c) => c.id === id)!;
    expect(adani!.body).toEqual([
      { type: 'TextualBody', value: claim('adani-ceo-rajvanshi-represented-adani').text, purpose: 'describing', format: 'text/plain', language: 'en' },
      { type: 'TextualBody', value: 'disputed', purpose: 'tagging', format: 'text/plain' },
      { id: claimId(claimSet, { id: 'adani-ceo-rajvanshi-represented-adani' }), purpose: 'identifying' },
      { type: 'TextualBody', value: claim('adani-defence-attended').text, purpose: 'describing', format: 'text/plain', language: 'en' },
      { type: 'TextualBody', value: 'contested', purpose: 'tagging', format: 'text/plain' },
      { id: claimId(claimSet, { id: 'adani-defence-attended' }), purpose: 'identifying' },
    ]);
  });

  it('leaves out malformed highlights and claims the set does not know', () => {
    const broken: unknown[] = [
      null,
      'text',
      { ...highlights[0], start: 10, end: 10 },
      { ...highlights[0], start: -1 },
      { ...highlights[0], exact: '   ' },
      { ...highlights[0], claimIds: ['Not A Slug'] },
      { ...highlights[0], prefix: 'x'.repeat(500) },
      { ...highlights[0], claimIds: ['retired-claim'] },
      { ...highlights[0], claimIds: [] },
    ];
    expect(broken.filter(isPageAnnotation)).toHaveLength(2);
    const doc = pageAnnotations(URL_, [...broken, highlights[1]], claimSet, { newId: sequentialIds() });
    expect(doc.total).toBe(1);
    expect(webAnnotationProblems(doc)).toEqual([]);
  });

  it('is an empty, valid collection when nothing is highlighted', () => {
    const doc = pageAnnotations(URL_, [], claimSet, { newId: sequentialIds() });
    expect(doc.total).toBe(0);
    expect(doc.first).toBeUndefined();
    expect(webAnnotationProblems(doc)).toEqual([]);
  });

  it('refuses a page that is not an http(s) address', () => {
    expect(() => pageAnnotations('file:///home/me/page.html', highlights, claimSet)).toThrow(/http\(s\)/);
    expect(() => pageAnnotations('/relative', highlights, claimSet)).toThrow();
  });

  it('makes urn:uuid ids by default', () => {
    const doc = pageAnnotations(URL_, highlights, claimSet);
    expect(doc.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(webAnnotationProblems(doc)).toEqual([]);
  });
});

describe('webAnnotationProblems (the validator)', () => {
  it('names what is missing or wrong', () => {
    const doc = JSON.parse(JSON.stringify(pageAnnotations(URL_, highlights, claimSet, { newId: sequentialIds() })));
    doc['@context'] = 'https://schema.org';
    doc.total = 5;
    const [a] = doc.first.items;
    a.type = 'Note';
    a.motivation = 'liking';
    a.target.source = 'news.example/page';
    a.target.selector = [{ type: 'TextPositionSelector', start: 9, end: 3 }];
    a.body[0].value = 'A <em>claim</em>';
    expect(webAnnotationProblems(doc)).toEqual([
      '@context: not http://www.w3.org/ns/anno.jsonld',
      'total: 5, but 2 items',
      'first.items[0].type: not "Annotation"',
      'first.items[0].motivation: not a known motivation',
      'first.items[0].target[0].source: not an absolute http(s) URL',
      'first.items[0].target[0]: no TextQuoteSelector with exact text',
      'first.items[0].target[0]: TextPositionSelector start not before end',
      'document.first.items[0].body[0].value: HTML in a text value',
      'document.first.items[0].target.source: not an absolute http(s) URL',
    ]);
  });
});
