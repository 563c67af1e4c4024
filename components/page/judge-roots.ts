// The story verdict of each article root of a page: a root is judged on its own text, so a story
// appended beside another is judged apart from it; a short post of a live blog that cannot carry
// the gate alone counts when the posts around it, together, are the story and the post shows the
// story's signals of its own.
import type { StoryVerdict } from '../matching/story-gate';
import type { PageGate } from './page-gate';

/**
 * Longest root judged with the roots around it when it fails alone: a live blog post or a brief
 * runs to a few paragraphs (the fixtures' posts are 200 to 1,200 characters), while a story of its
 * own, at 2,000 characters and more, shows the gate enough of its own signals either way.
 */
export const POST_MAX_CHARS = 1_500;

export interface RootVerdict {
  /** The verdict the root was matched under: its own, or its group's when it is a short post. */
  verdict: StoryVerdict;
  /** The spans of the root's text that cover the story (root-local offsets); empty when none does. */
  ranges: Array<{ start: number; end: number }>;
}

export interface JudgedRoot {
  text: string;
  /** Roots of one group (the posts of one live blog) share a key; a root alone has its own. */
  group: unknown;
}

/** Judges every root; `roots` in reading order. */
export function judgeRoots(roots: readonly JudgedRoot[], gate: PageGate): RootVerdict[] {
  const results: RootVerdict[] = roots.map(({ text }) => {
    const verdict = gate.judge(text);
    return { verdict, ranges: verdict.detected ? onStory(gate, text, verdict) : [] };
  });
  const groups = new Map<unknown, number[]>();
  roots.forEach((root, i) => groups.set(root.group, [...(groups.get(root.group) ?? []), i]));
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const posts = members.filter((i) => !results[i]!.verdict.detected && roots[i]!.text.length <= POST_MAX_CHARS);
    if (posts.length === 0) continue;
    // The group's roots as one page (a blank line between them, as between sections).
    const text = members.map((i) => roots[i]!.text).join('\n\n');
    const verdict = gate.judge(text);
    if (!verdict.detected) continue;
    for (const i of posts) {
      const post = roots[i]!.text;
      if (gate.ownSignals(post)) results[i] = { verdict, ranges: [{ start: 0, end: post.length }] };
    }
  }
  return results;
}

function onStory(gate: PageGate, text: string, verdict: StoryVerdict) {
  return gate.passages(text, verdict).filter((p) => p.onStory).map(({ start, end }) => ({ start, end }));
}
