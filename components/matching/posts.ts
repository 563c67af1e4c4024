// Posts: "its chief executive", "the company's CEO" name the person who holds that post in the
// entity the word before stands for. The story's entities say which posts they hold (`posts` in
// entities.json: Adani Defence's chief executive); the core knows no title of its own.
import type { Entity } from '../../data/schema';
import type { Language } from './languages/types';
import { phraseWords } from './lexicon';
import type { SentenceView } from './sentence-view';

/** entity id -> the posts held in it: who holds each, and the words of each of its titles (lower case, as written). */
export type PostIndex = ReadonlyMap<string, ReadonlyArray<{ holder: string; titles: string[][] }>>;

export function indexPosts(entities: ReadonlyArray<Entity>, language: Language): PostIndex {
  const posts = new Map<string, Array<{ holder: string; titles: string[][] }>>();
  for (const e of entities) {
    for (const post of e.posts ?? []) {
      const list = posts.get(post.of) ?? [];
      list.push({ holder: e.id, titles: post.titles.map((t) => phraseWords(t, language).map((w) => w.text)).filter((words) => words.length > 0) });
      posts.set(post.of, list);
    }
  }
  return posts;
}

/**
 * Who holds the post named right after a possessive word at `last` that stands for entity `of`
 * ("its chief executive", "the company's CEO"): the title written as it is (not "it heads the
 * list"), and not narrowed by an "of" after it ("its head of human resources"); the longest
 * title wins ("chief executive officer" over "chief executive"). A story's titles should be ones
 * no longer noun starts with ("chief executive", not "chief": "its chief financial officer").
 */
export function postHolder(view: SentenceView, last: number, of: string, posts: PostIndex, language: Language): string | undefined {
  const owner = view.tokens[last];
  if (!owner || !(owner.possessive || language.possessivePronouns?.has(owner.text))) return undefined;
  let best: { holder: string; length: number } | undefined;
  for (const { holder, titles } of posts.get(of) ?? []) {
    for (const title of titles) {
      const written = title.every((word, k) => view.tokens[last + 1 + k]?.text === word);
      if (written && endsPhrase(view, last + title.length + 1, language) && (!best || title.length > best.length)) best = { holder, length: title.length };
    }
  }
  return best?.holder;
}

/**
 * Does the possessive word at `last` name a post of any entity ("its chief executive"), whoever
 * the word stands for, held by someone `holds` accepts (anyone, unless given)?
 */
export function namesPost(view: SentenceView, last: number, posts: PostIndex, language: Language, holds: (holder: string) => boolean = () => true): boolean {
  for (const of of posts.keys()) {
    const holder = postHolder(view, last, of, posts, language);
    if (holder !== undefined && holds(holder)) return true;
  }
  return false;
}

/** Does the title end its noun phrase before token `k` (not "head of human resources")? */
function endsPhrase(view: SentenceView, k: number, language: Language): boolean {
  return !(language.ofWords?.has(view.tokens[k]?.text ?? '') ?? false);
}
