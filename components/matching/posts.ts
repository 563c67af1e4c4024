// Posts: "its chief executive", "the company's CEO" name the person who holds that post in the
// entity the word before stands for. The story's entities say which posts they hold (`posts` in
// entities.json: Adani Defence's chief executive); the core knows no title of its own.
import type { Entity } from '../../data/schema';
import type { Language } from './languages/types';
import { phraseStems } from './lexicon';
import type { SentenceView } from './sentence-view';

/** entity id -> the posts held in it: who holds each, and the stems of each of its titles. */
export type PostIndex = ReadonlyMap<string, ReadonlyArray<{ holder: string; titles: string[][] }>>;

export function indexPosts(entities: ReadonlyArray<Entity>, language: Language): PostIndex {
  const posts = new Map<string, Array<{ holder: string; titles: string[][] }>>();
  for (const e of entities) {
    for (const post of e.posts ?? []) {
      const list = posts.get(post.of) ?? [];
      list.push({ holder: e.id, titles: post.titles.map((t) => phraseStems(t, language)).filter((stems) => stems.length > 0) });
      posts.set(post.of, list);
    }
  }
  return posts;
}

/**
 * Who holds the post named right after the word at `last` ("its" + "chief executive"), that word
 * standing for entity `of`; the longest title wins ("chief executive" over "chief").
 */
export function postHolder(view: SentenceView, last: number, of: string, posts: PostIndex): string | undefined {
  let best: { holder: string; length: number } | undefined;
  for (const { holder, titles } of posts.get(of) ?? []) {
    for (const title of titles) {
      const fits = title.every((stem, k) => view.tokens[last + 1 + k]?.kind === 'word' && view.tokens[last + 1 + k]!.stem === stem);
      if (fits && (!best || title.length > best.length)) best = { holder, length: title.length };
    }
  }
  return best?.holder;
}
