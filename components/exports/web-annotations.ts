// A page's highlights as a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/):
// one `Annotation` per highlighted sentence, its target the page with a TextQuoteSelector (the
// exact words, a little before and after) and a TextPositionSelector (offsets in the body's text),
// its bodies the claims the sentence makes: the claim's text (purpose "describing"), its standing
// as a tag ("confirmed", "disputed", "contested"; purpose "tagging") and the claim's id in the
// JSON-LD export (purpose "identifying"). The annotations sit in the collection's first (only)
// AnnotationPage, as the model lays collections out.
//
// Offsets are the content script's, in UTF-16 code units as JavaScript counts them (as Hypothesis
// does); the model counts code points, which differ only around characters outside the Basic
// Multilingual Plane (emoji), where the quote selector still anchors the text. Pure.
import type { ClaimSet } from '../../data/schema';
import { claimStanding } from '../claim-status';
import { isClaimId, type PageAnnotation } from '../messaging';
import { claimId } from './claims-json-ld';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The media type the Web Annotation protocol gives these documents. */
export const ANNOTATION_TYPE = 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"';

/** Longest quote and context accepted from a page (the reader cuts sentences at 1,200 characters). */
const MAX_EXACT_CHARS = 2_000;
const MAX_CONTEXT_CHARS = 200;

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'describing' | 'tagging';
  format: 'text/plain';
  language?: string;
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'describing';
  body: Array<TextualBody | { id: string; purpose: 'identifying' }>;
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator?: { type: 'Software'; name: string };
  first?: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

export interface AnnotationOptions {
  /** Makes each id (collection, page, annotations); `urn:uuid:` ids by default. */
  newId?: () => string;
  /** The extension's name, as the collection's generator. */
  generator?: string;
}

const isOffset = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** A highlight as the content script sends it; anything else (an older or a broken answer) is left out. */
export function isPageAnnotation(value: unknown): value is PageAnnotation {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return (
    Array.isArray(a.claimIds) &&
    a.claimIds.every(isClaimId) &&
    isText(a.exact, MAX_EXACT_CHARS) &&
    a.exact.trim() !== '' &&
    isText(a.prefix, MAX_CONTEXT_CHARS) &&
    isText(a.suffix, MAX_CONTEXT_CHARS) &&
    isOffset(a.start) &&
    isOffset(a.end) &&
    a.start < a.end
  );
}

const isWebUrl = (url: string) => /^https?:\/\/[^/\s]/i.test(url);
const uuid = () => `urn:uuid:${globalThis.crypto.randomUUID()}`;

/** The highlights of the page at `url` (an http(s) address) whose claims the set knows, as one collection. */
export function pageAnnotations(
  url: string,
  annotations: readonly unknown[],
  claimSet: ClaimSet,
  options: AnnotationOptions = {},
): AnnotationCollection {
  if (!isWebUrl(url)) throw new Error(`Web annotations need the page's http(s) address, not "${url}"`);
  const newId = options.newId ?? uuid;
  const claims = new Map(claimSet.claims.map((c) => [c.id, c]));
  const items: Annotation[] = [];
  for (const a of annotations) {
    if (!isPageAnnotation(a)) continue;
    const known = [...new Set(a.claimIds)].flatMap((id) => claims.get(id) ?? []);
    if (known.length === 0) continue;
    items.push({
      id: newId(),
      type: 'Annotation',
      motivation: 'describing',
      body: known.flatMap((claim) => [
        { type: 'TextualBody' as const, value: claim.text, purpose: 'describing' as const, format: 'text/plain' as const, language: claimSet.story.language },
        { type: 'TextualBody' as const, value: claimStanding(claim, claimSet), purpose: 'tagging' as const, format: 'text/plain' as const },
        { id: claimId(claimSet, claim), purpose: 'identifying' as const },
      ]),
      target: {
        source: url,
        selector: [
          { type: 'TextQuoteSelector', exact: a.exact, prefix: a.prefix, suffix: a.suffix },
          { type: 'TextPositionSelector', start: a.start, end: a.end },
        ],
      },
    });
  }
  return {
    '@context': ANNOTATION_CONTEXT,
    id: newId(),
    type: 'AnnotationCollection',
    label: claimSet.story.title,
    total: items.length,
    ...(options.generator ? { generator: { type: 'Software' as const, name: options.generator } } : {}),
    ...(items.length ? { first: { id: newId(), type: 'AnnotationPage' as const, startIndex: 0 as const, items } } : {}),
  };
}
