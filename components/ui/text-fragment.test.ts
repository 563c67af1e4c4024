import { describe, expect, it } from 'vitest';
import { EDGE_WORDS, encodeFragmentTerm, textDirective, textFragmentUrl, WHOLE_QUOTE_MAX_WORDS } from './text-fragment';

describe('encodeFragmentTerm', () => {
  it.each([
    ['hair-line', 'hair%2Dline'],
    ['a, b', 'a%2C%20b'],
    ['Smith & Sons', 'Smith%20%26%20Sons'],
    ['36% of €4.5m', '36%25%20of%20%E2%82%AC4.5m'],
    ['“quoted”', '%E2%80%9Cquoted%E2%80%9D'],
    ['a#b?c=d', 'a%23b%3Fc%3Dd'],
  ])('%s -> %s', (term, encoded) => {
    expect(encodeFragmentTerm(term)).toBe(encoded);
  });

  it('leaves no character that a text directive gives a meaning to', () => {
    expect(encodeFragmentTerm('-,&- , &')).not.toMatch(/[-,&]/);
  });
});

describe('textDirective', () => {
  it('uses a short quote whole, with its whitespace collapsed', () => {
    expect(textDirective('  the bridge\n was   shut ')).toBe('the%20bridge%20was%20shut');
  });

  it(`uses a quote of ${WHOLE_QUOTE_MAX_WORDS} words whole`, () => {
    const quote = 'one two three four five six seven eight nine ten';
    expect(textDirective(quote)).toBe(encodeFragmentTerm(quote));
  });

  it(`uses the first and last ${EDGE_WORDS} words of a longer quote as start and end`, () => {
    const quote =
      'Inspectors from the Smith & Sons firm found hair-line cracks, some a metre long, in the supports, mid-June';
    expect(textDirective(quote)).toBe('Inspectors%20from%20the%20Smith,in%20the%20supports%2C%20mid%2DJune');
  });
});

describe('textFragmentUrl', () => {
  const url = 'https://example.org/news/story';

  it('appends a text directive', () => {
    expect(textFragmentUrl(url, 'held talks in Moscow')).toBe(`${url}#:~:text=held%20talks%20in%20Moscow`);
  });

  it("keeps the article's own fragment in front of the directive", () => {
    expect(textFragmentUrl(`${url}#part-2`, 'talks')).toBe(`${url}#part-2:~:text=talks`);
  });

  it('replaces an existing directive rather than adding a second', () => {
    expect(textFragmentUrl(`${url}#:~:text=old`, 'new')).toBe(`${url}#:~:text=new`);
  });

  it('keeps the query string', () => {
    expect(textFragmentUrl(`${url}?id=7`, 'talks')).toBe(`${url}?id=7#:~:text=talks`);
  });

  it('returns the address unchanged for an empty quote', () => {
    expect(textFragmentUrl(url, '   ')).toBe(url);
  });
});
