// The story verdicts of each article root of a page: a root is judged on its own text, by every
// story's gate, so a story appended beside another is judged apart from it and a root about two
// stories covers both; a short post of a live blog that cannot carry a gate alone counts for a
// story when the posts around it, together, are that story and the post shows the story's signals
// of its own.
import type { StoryVerdict } from '../matching/story-gate';
import type { PageGate, PageVerdict } from './page-gate';

/**
 * Longest root judged with the roots around it when it fails alone: a live blog post or a brief
 * runs to a few paragraphs (the fixtures' posts are 200 to 1,200 characters), while a story of its
 * own, at 2,000 characters and more, shows the gate enough of its own signals either way.
 */
export const POST_MAX_CHARS = 1_500;

export type TextSpan = { start: number; end: number };

/** One story a root covers. */
export interface RootStory {
  story: string;
  verdict: StoryVerdict;
  /** The spans of the root's text that cover the story (root-local offsets); may be empty. */
  ranges: TextSpan[];
}

export interface RootVerdict {
  /** The root's verdict (its best story's): its own, or its group's when it is a short post. */
  verdict: StoryVerdict;
  /** The stories the root covers (their gates accepted it, or its group's did). */
  stories: RootStory[];
}

export interface JudgedRoot {
  text: string;
  /** Roots of one group (the posts of one live blog) share a key; a root alone has its own. */
  group: unknown;
}

/** Judges every root; `roots` in reading order. */
export function judgeRoots(roots: readonly JudgedRoot[], gate: PageGate): RootVerdict[] {
  const judged: PageVerdict[] = [];
  const results: RootVerdict[] = roots.map(({ text }) => {
    const page = gate.judge(text);
    judged.push(page);
    const stories = page.stories.filter((s) => s.verdict.detected).map((s) => ({ ...s, ranges: onStory(gate, text, s) }));
    return { verdict: page, stories };
  });
  const groups = new Map<unknown, number[]>();
  roots.forEach((root, i) => groups.set(root.group, [...(groups.get(root.group) ?? []), i]));
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    // Short posts some story's gate did not accept alone.
    const posts = members.filter((i) => judged[i]!.stories.some((s) => !s.verdict.detected) && roots[i]!.text.length <= POST_MAX_CHARS);
    if (posts.length === 0) continue;
    // The group's roots as one page (a blank line between them, as between sections).
    const together = gate.judge(members.map((i) => roots[i]!.text).join('\n\n'));
    for (const { story, verdict } of together.stories) {
      if (!verdict.detected) continue;
      for (const i of posts) {
        const post = roots[i]!.text;
        const result = results[i]!;
        if (result.stories.some((s) => s.story === story) || !gate.ownSignals(post, story)) continue;
        result.stories.push({ story, verdict, ranges: [{ start: 0, end: post.length }] });
        if (!result.verdict.detected) result.verdict = verdict;
      }
    }
  }
  return results;
}

function onStory(gate: PageGate, text: string, judged: { story: string; verdict: StoryVerdict }): TextSpan[] {
  return gate.passages(text, judged).filter((p) => p.onStory).map(({ start, end }) => ({ start, end }));
}
