import { describe, expect, it } from 'vitest';
import { claimSet } from '../../data';
import { mockClaimSet } from './fixtures/mock-story';
import { createClaimSearch } from './search-claims';

const sorted = (found: ReadonlySet<string> | null) => (found === null ? null : [...found].sort());

describe('createClaimSearch on the mock story', () => {
  const search = createClaimSearch(mockClaimSet.claims);

  it('is off (null) for an empty or one-letter query', () => {
    expect(search('')).toBeNull();
    expect(search('   ')).toBeNull();
    expect(search('m')).toBeNull();
  });

  it("finds words of a claim's text", () => {
    expect(sorted(search('mayor'))).toEqual(['mayor-ordered-closure']);
  });

  it("finds a claim by its translation into the reader's language (claim-text.ts)", () => {
    const claims = mockClaimSet.claims.map((c) => (c.id === 'mayor-ordered-closure' ? { ...c, texts: { ru: 'Закрыть мост распорядился мэр.' } } : c));
    expect(sorted(createClaimSearch(claims)('распорядился мэр'))).toEqual(['mayor-ordered-closure']);
    expect(search('распорядился')).toEqual(new Set());
  });

  it('finds words only in a quote', () => {
    expect(sorted(search('council'))).toEqual(['repair-cost-4m']);
    expect(sorted(search('regional engineer'))).toEqual(['mayor-ordered-closure']);
  });

  it("does not search the matcher's frame (entity and concept ids)", () => {
    expect(mockClaimSet.claims.find((c) => c.id === 'repair-cost-4m')!.frame.figure).toMatchObject({ counts: ['euros'] });
    expect(search('euros')?.size).toBe(0);
  });

  it('narrows as words are added', () => {
    const one = search('bridge')!;
    const two = search('bridge spring')!;
    expect(one.size).toBeGreaterThan(two.size);
    expect(sorted(two)).toEqual(['reopen-in-spring']);
  });

  it('forgives a typo', () => {
    expect(sorted(search('inspecters'))).toEqual(['cracks-found-in-june']);
  });

  it('finds nothing for unrelated words', () => {
    expect(search('zebra quantum')?.size).toBe(0);
  });
});

describe('createClaimSearch on the bundled claim set', () => {
  const search = createClaimSearch(claimSet.claims);

  it.each([
    ['Rajvanshi', 'adani-ceo-rajvanshi-represented-adani'],
    ['rajvansi', 'adani-ceo-rajvanshi-represented-adani'],
    ['MiG-29', 'mig-29-and-air-defence-parts-discussed'],
    ['sanctions', 'secondary-sanctions-risk'],
    ['36%', 'russian-origin-36-percent-of-inventory'],
    ['Putin visit', 'meetings-prepared-putin-visit'],
  ])('%s finds %s', (query, id) => {
    expect(search(query)?.has(id)).toBe(true);
  });
});
