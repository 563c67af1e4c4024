import { describe, expect, it } from 'vitest';
import { storyPack } from '../../data/packs';
import { compilePhrase, mergeAlternatives } from './story-gate-terms';

/** Every position where the alternation matches. */
function hits(source: string, text: string, flags: string): number[] {
  const pattern = new RegExp(`(?:${source})`, `${flags}y`);
  const at: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    pattern.lastIndex = i;
    if (pattern.test(text)) at.push(i);
  }
  return at;
}

describe('mergeAlternatives', () => {
  it('merges on leading characters, leaving operators and quantified characters alone', () => {
    expect(mergeAlternatives(['stands', 'stood', 'sanjeev', 'arun'])).toBe('s(?:tands|tood|anjeev)|arun');
    expect(mergeAlternatives(['ab', 'a?c', '\\.x', '[ab]c', 'ad'])).toBe('a(?:b|d)|a?c|\\.x|[ab]c');
    expect(mergeAlternatives([])).toBe('');
  });

  it('matches at the same positions as the terms side by side', () => {
    const terms = storyPack.signals.flatMap((g) => g.terms.map(compilePhrase));
    const text = storyPack.signals.flatMap((g) => g.terms).join(' and, in Oct. 29 to 30th, ') + ' sanjeev  kumar stood by its reporting';
    for (const flags of ['i', 'iu']) {
      expect(hits(mergeAlternatives(terms), text.toLowerCase(), flags)).toEqual(hits(terms.join('|'), text.toLowerCase(), flags));
      expect(hits(mergeAlternatives(terms), text, flags)).toEqual(hits(terms.join('|'), text, flags));
    }
  });
});
