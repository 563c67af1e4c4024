// Posts (entities.json `posts`): "its coach" names whoever holds that post in what "its" stands
// for. Shown on the second test story (Tham Luang), so the core is seen to do it for any story,
// with sentences written here.
import { describe, expect, it } from 'vitest';
import type { StoryPack } from '../../data/schema';
import { importablePack } from '../../tests/stories/packs';
import { paragraphClaims } from './fixtures/paragraph-claims';
import { english } from './languages/en';
import { indexPosts, postHolder } from './posts';
import { viewSentence } from './sentence-view';
import { buildMatchIndex } from './story-index';

function packWithPosts(posts: boolean): StoryPack {
  const pack = structuredClone(importablePack());
  const coach = pack.entities.find((e) => e.id === 'ekapol')!;
  if (posts) coach.posts = [{ of: 'wild-boars', titles: ['coach', 'assistant coach'] }];
  return pack;
}

const withPosts = buildMatchIndex(packWithPosts(true), english);
const without = buildMatchIndex(packWithPosts(false), english);
const claims = (index: typeof withPosts, ...paragraph: string[]) => paragraphClaims(index, paragraph);

describe('a post named after a word standing for its entity', () => {
  it('is its holder: "its assistant coach" after the team', () => {
    const paragraph = ['The Wild Boars train most afternoons in Mae Sai.', 'Its assistant coach has no citizenship of any country.'];
    expect(claims(without, ...paragraph)).toEqual([]);
    expect(claims(withPosts, ...paragraph)).toEqual(['coach-and-three-boys-stateless:a']);
  });

  it('in the same sentence too', () => {
    expect(claims(without, 'The Wild Boars said its coach was stateless.')).toEqual([]);
    expect(claims(withPosts, 'The Wild Boars said its coach was stateless.')).toEqual(['coach-and-three-boys-stateless:a']);
  });

  it('is no one where the word stands for an entity the post is not in', () => {
    expect(claims(withPosts, 'SpaceX sponsors a youth club in Chiang Rai.', 'Its coach has no citizenship of any country.')).toEqual([]);
  });
});

describe('postHolder', () => {
  const posts = indexPosts(packWithPosts(true).entities, english);
  const view = viewSentence('The Wild Boars and its assistant coach left.', withPosts);
  const its = view.tokens.findIndex((t) => t.text === 'its');

  it('reads the longest title after the word', () => {
    expect(postHolder(view, its, 'wild-boars', posts, english)).toBe('ekapol');
  });

  it.each([
    ['a title that is another word form (a verb)', 'The Wild Boars train in Mae Sai. It coaches the under-12 side too.'],
    ['a title narrowed by "of"', 'The Wild Boars train in Mae Sai. Its coach of the year has no citizenship of any country.'],
    ['a word that is not possessive', 'The Wild Boars train in Mae Sai. It coach was stateless.'],
  ])('reads no post from %s', (_name, text) => {
    const [before, sentence] = text.split('. ');
    const view = viewSentence(sentence!, withPosts);
    const word = view.tokens.findIndex((t) => t.text === 'its' || t.text === 'it');
    expect(postHolder(view, word, 'wild-boars', posts, english), before).toBeUndefined();
  });

  it('reads a post followed by a name, a verb, a function word or punctuation', () => {
    for (const sentence of ['Its coach Ekapol left.', 'Its coach left.', 'Its coach was stateless.', 'Its coach, Ekapol, left.', 'Its coach']) {
      const view = viewSentence(sentence, withPosts);
      expect(postHolder(view, 0, 'wild-boars', posts, english), sentence).toBe('ekapol');
    }
  });

  it('finds no one for an entity without posts, or with no title after the word', () => {
    expect(postHolder(view, its, 'spacex', posts, english)).toBeUndefined();
    expect(postHolder(view, its - 1, 'wild-boars', posts, english)).toBeUndefined();
  });
});
