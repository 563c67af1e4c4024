// A predicate alternative's `notTopic` (story.json frames): not where it stands after a topic word,
// as what something else is about. Shown on the second test story (Tham Luang), so the core is seen
// to do it for any story, with sentences written here.
import { describe, expect, it } from 'vitest';
import type { StoryPack } from '../../data/schema';
import { importablePack } from '../../tests/stories/packs';
import { paragraphClaims } from './fixtures/paragraph-claims';
import { english } from './languages/en';
import { buildMatchIndex } from './story-index';

function packWithTopic(notTopic: boolean): StoryPack {
  const pack = structuredClone(importablePack());
  const claim = pack.claims.find((c) => c.id === 'narongsak-led-the-rescue')!;
  claim.frame.predicate = [{ id: 'lead', with: ['tham-luang'], ...(notTopic ? { notTopic: true } : {}) }];
  return pack;
}

const topic = buildMatchIndex(packWithTopic(true), english);
const plain = buildMatchIndex(packWithTopic(false), english);

describe('a predicate alternative that is no topic', () => {
  it('is none after a topic word, with function words and names between', () => {
    expect(paragraphClaims(plain, ['Reporters questioned Narongsak about being in charge at Tham Luang.'])).toEqual(['narongsak-led-the-rescue:a']);
    expect(paragraphClaims(topic, ['Reporters questioned Narongsak about being in charge at Tham Luang.'])).toEqual([]);
  });

  it('is the predicate after a topic word that may be a particle, or after a possessive', () => {
    expect(paragraphClaims(topic, ['Narongsak went on to lead the search at Tham Luang.'])).toEqual(['narongsak-led-the-rescue:a']);
    expect(paragraphClaims(topic, ['Narongsak spoke about his command at Tham Luang.'])).toEqual(['narongsak-led-the-rescue:a']);
  });

  it('is the predicate anywhere else', () => {
    expect(paragraphClaims(topic, ['Narongsak was in charge at Tham Luang.'])).toEqual(['narongsak-led-the-rescue:a']);
    expect(paragraphClaims(topic, ['About a week in, Narongsak was in charge at Tham Luang.'])).toEqual(['narongsak-led-the-rescue:a']);
  });
});
