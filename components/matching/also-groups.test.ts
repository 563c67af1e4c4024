// A frame's `also` groups (story.json): each must be named in the sentence by the story's own words,
// and not read off the predicate's words as another concept. Shown on the second test story (Tham
// Luang), so the core is seen to do it for any story, with sentences written here.
import { describe, expect, it } from 'vitest';
import type { StoryPack } from '../../data/schema';
import { importablePack } from '../../tests/stories/packs';
import { paragraphClaims } from './fixtures/paragraph-claims';
import { english } from './languages/en';
import { buildMatchIndex } from './story-index';

function packWith(extraOperations: string[]): StoryPack {
  const pack = structuredClone(importablePack());
  // "evacuations" and "evacuated" say both how the boys came out (bring-out) and what the rescue was (operations).
  for (const concept of pack.concepts) if (concept.id === 'operations') concept.phrases.push(...extraOperations);
  pack.concepts.find((c) => c.id === 'bring-out')!.phrases.push('evacuations');
  return pack;
}

const index = buildMatchIndex(packWith(['evacuated', 'evacuations']), english);

describe("a frame's also group", () => {
  it('is not filled by the predicate read as another concept', () => {
    // "evacuated" is the predicate (bring-out) and an operations word; the frame asks for both.
    expect(paragraphClaims(index, ['The boys were evacuated from the flooded cave.'])).toEqual([]);
  });

  it('is filled by another word of the sentence', () => {
    expect(paragraphClaims(index, ['The boys were evacuated in three operations.'])).toEqual(['brought-out-over-three-days:a']);
    expect(paragraphClaims(index, ['The boys were brought out in three evacuations.'])).toEqual(['brought-out-over-three-days:a']);
  });

  it('may be filled by the predicate where the group names its own concept', () => {
    const pack = packWith([]);
    pack.claims.find((c) => c.id === 'brought-out-over-three-days')!.frame.also = [['days', 'bring-out']];
    expect(paragraphClaims(buildMatchIndex(pack, english), ['The boys were brought out of the flooded cave.'])).toEqual(['brought-out-over-three-days:a']);
  });
});
