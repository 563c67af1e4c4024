// A concept's `masks` (vocabulary.json): its phrases hold another concept's word in another sense,
// and a mention inside one of its mentions is none. Shown on the second test story (Tham Luang), so
// the core is seen to do it for any story, with sentences written here.
import { describe, expect, it } from 'vitest';
import type { StoryPack } from '../../data/schema';
import { importablePack } from '../../tests/stories/packs';
import { paragraphClaims } from './fixtures/paragraph-claims';
import { english } from './languages/en';
import { viewSentence } from './sentence-view';
import { buildMatchIndex } from './story-index';

function packWithMask(masks: boolean): StoryPack {
  const pack = structuredClone(importablePack());
  pack.concepts.push({ id: 'briefing', phrases: ['led the press conference', 'led a news conference'], ...(masks ? { masks: true } : {}) });
  return pack;
}

const masking = buildMatchIndex(packWithMask(true), english);
const plain = buildMatchIndex(packWithMask(false), english);

describe('a masking concept', () => {
  const sentence = 'Narongsak led the press conference at the cave entrance on Sunday.';

  it('hides the other concepts inside its mentions', () => {
    expect(paragraphClaims(plain, [sentence])).toEqual(['narongsak-led-the-rescue:a']);
    expect(paragraphClaims(masking, [sentence])).toEqual([]);
    expect(viewSentence(sentence, masking).mentions.map((m) => m.id)).not.toContain('lead');
  });

  it('hides nothing outside them, nor itself', () => {
    const both = 'Narongsak led the press conference after he had led the rescue from the cave entrance.';
    expect(paragraphClaims(masking, [both])).toEqual(['narongsak-led-the-rescue:a']);
    expect(viewSentence(both, masking).mentions.map((m) => m.id)).toContain('briefing');
    expect(paragraphClaims(masking, ['Narongsak led the rescue.'])).toEqual(['narongsak-led-the-rescue:a']);
  });
});
